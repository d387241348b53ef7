import type { MessageKey } from "../platform/i18n/index.js";
import type { Role, RoleGrant } from "../platform/viewer.js";
import type { NavItem } from "../web/workspace-layout.js";

/**
 * The workspace navigation. Each module adds its entry here; `roles` says who sees it (the
 * policies decide what they may do there — hiding a link is only a convenience).
 */
interface NavEntry {
  path: (slug: string) => string;
  label: MessageKey;
  roles: readonly Role[] | "all";
  /** Position in the menu, lowest first (the daily work first, administration last). */
  order: number;
}

const ENTRIES: NavEntry[] = [];

/** Registers a navigation entry (called once per module, at import). */
export function addNavEntry(entry: NavEntry): void {
  ENTRIES.push(entry);
  ENTRIES.sort((a, b) => a.order - b.order);
}

export function workspaceNav(slug: string, grants: RoleGrant[], t: (key: MessageKey) => string): NavItem[] {
  return ENTRIES.filter(
    (e) => e.roles === "all" || grants.some((g) => (e.roles as readonly Role[]).includes(g.role)),
  ).map((e) => ({ href: e.path(slug), label: t(e.label) }));
}
