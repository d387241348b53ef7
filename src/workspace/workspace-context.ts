import type { Context } from "hono";
import { findPartnershipBySlug, type PartnershipRow } from "../partnerships/partnerships.repository.js";
import { AppError } from "../platform/errors.js";
import type { AppEnv } from "../platform/http/env.js";
import { pageContext } from "../platform/http/page-context.js";
import { parseInput } from "../platform/http/parse.js";
import { SlugSchema } from "../platform/http/schemas.js";
import { grantsIn, type Principal, type RoleGrant } from "../platform/viewer.js";
import type { PageContext } from "../platform/web/layout.js";
import { workspaceMenu } from "../platform/web/menu.js";
import type { NavItem } from "../platform/web/workspace-layout.js";

export interface Workspace {
  principal: Principal;
  partnership: PartnershipRow;
  /** The principal's grants in this partnership (at least one). */
  grants: RoleGrant[];
  nav: NavItem[];
  ctx: PageContext;
}

/** The signed-in principal, or 401 (pages turn that into a redirect to sign-in). */
export function requirePrincipal(c: Context<AppEnv>): Principal {
  const viewer = c.get("viewer");
  if (viewer.kind !== "account") throw new AppError("unauthorized");
  return viewer;
}

/**
 * Resolves `/arbete/:partnership/…`: the signed-in principal and a partnership in which they hold a
 * role. Another partnership answers 404, so nothing of it is revealed.
 */
export async function requireWorkspace(c: Context<AppEnv>, slugParam = "partnership"): Promise<Workspace> {
  const principal = requirePrincipal(c);
  const slug = parseInput(SlugSchema, c.req.param(slugParam), { code: "invalid_ref", param: slugParam });
  const partnership = await findPartnershipBySlug(c.get("db"), slug);
  const grants = partnership ? grantsIn(principal, partnership.id) : [];
  if (!partnership || grants.length === 0)
    throw new AppError("not_found", { entity: "partnership", value: slug });
  return {
    principal,
    partnership,
    grants,
    nav: workspaceMenu(slug, grants, c.get("t")),
    ctx: pageContext(c),
  };
}
