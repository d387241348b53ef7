import type { MessageKey } from "../i18n/index.js";
import type { MenuEntry } from "../module.js";
import type { RoleGrant } from "../viewer.js";
import type { NavItem } from "./workspace-layout.js";

/**
 * The workspace menu: the composition root registers every module's entries once; a page asks
 * for the items the viewer's roles see. Hiding a link is only a convenience: the policies decide.
 */
const ENTRIES: MenuEntry[] = [];

export function registerMenu(entries: readonly MenuEntry[]): void {
  ENTRIES.push(...entries);
  ENTRIES.sort((a, b) => a.order - b.order);
}

export function workspaceMenu(slug: string, grants: RoleGrant[], t: (key: MessageKey) => string): NavItem[] {
  return ENTRIES.filter(
    (e) => e.roles === "all" || grants.some((g) => (e.roles as readonly string[]).includes(g.role)),
  ).map((e) => ({ href: e.path(slug), label: t(e.label) }));
}
