/**
 * XML helpers of open data: escaping (the renderers' one; the text rule keeps control characters
 * out of content) and stable ids.
 */
import { createHash } from "node:crypto";

export { escapeHtml as escapeXml } from "../reports/render/html.js";

/**
 * A stable `urn:uuid:` for a name (a name-based UUID, version 5 layout, from SHA-1): the same feed
 * or entry keeps its id across renders and servers, as Atom asks (RFC 4287 4.2.6).
 */
export function stableUrn(name: string): string {
  const h = createHash("sha1").update(`medborgarlofte:${name}`).digest();
  h[6] = ((h[6] as number) & 0x0f) | 0x50;
  h[8] = ((h[8] as number) & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString("hex");
  return `urn:uuid:${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}
