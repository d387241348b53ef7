import { Layout, localHref, type PageContext } from "./layout.js";

/** A helpful error page: what went wrong in plain words, the code, and a way back. */
export function ErrorPage(props: {
  ctx: PageContext;
  status: number;
  code: string;
  message: string;
  /** The request's id, for the resident to quote when reporting the problem. */
  requestId?: string;
}) {
  const { ctx } = props;
  return (
    <Layout ctx={ctx} title={ctx.t("errors.title")}>
      <h1>{ctx.t("errors.title")}</h1>
      <p class="lead">{props.message}</p>
      <p class="meta">{ctx.t("errors.code", { code: `${props.status} ${props.code}` })}</p>
      {props.requestId ? <p class="meta">{ctx.t("errors.requestId", { id: props.requestId })}</p> : null}
      <p>
        <a href={localHref(ctx, "/")}>{ctx.t("errors.backHome")}</a>
      </p>
    </Layout>
  );
}
