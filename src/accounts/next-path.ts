/**
 * A `next` address honoured after sign-in only when it is a path on this site: it starts with one
 * "/", and is not "//host" or "/\host" (which browsers treat as another site).
 *
 * @example
 * localPathOrNull("/konto/nycklar"); // "/konto/nycklar"
 * localPathOrNull("//evil.example"); // null
 */
export function localPathOrNull(next: string | undefined | null): string | null {
  if (!next || next.length > 2000) return null;
  if (!/^\/(?![/\\])/.test(next)) return null;
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return null;
  return next;
}
