import type { PageContext } from "./layout.js";

/** The hidden CSRF field every state-changing form of a signed-in page must carry. */
export function CsrfField(props: { ctx: PageContext }) {
  return <input type="hidden" name="_csrf" value={props.ctx.csrfToken ?? ""} />;
}
