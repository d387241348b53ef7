/**
 * The one way access is decided. Each module declares its rules in one table (`definePolicy`):
 * per action, which roles of the resource's partnership may do it, each always or under a
 * condition on the grant and the resource. Services ask `policy.authorize(viewer, action,
 * resource)` before they read or write; nothing else decides access.
 *
 * Refusals carry a reason, and the reason decides the answer:
 * - `sign_in`     the public viewer, where signing in could help → 401 (pages redirect to sign-in)
 * - `not_member`  no role in the partnership → 404, so the partnership's data is not revealed
 * - `role`        a role in the partnership, but not one this action allows → 403
 * - `condition`   the role may do this only for some resources (e.g. its own party's points) → 403
 *
 * @example
 * export const reportsPolicy = definePolicy("reports", {
 *   read: partnershipRule({ roles: { coordinator: true, reader: true } }),
 * });
 * reportsPolicy.authorize(viewer, "read", { partnershipId });
 */
import { AppError } from "./errors.js";
import { grantsIn, isSystemAdministrator, ROLES, type Role, type RoleGrant, type Viewer } from "./viewer.js";

export type RefusalReason = "sign_in" | "not_member" | "role" | "condition";

export type Decision = { allowed: true } | { allowed: false; reason: RefusalReason };

export const ALLOWED: Decision = { allowed: true };
export const refuse = (reason: RefusalReason): Decision => ({ allowed: false, reason });

/** A role's right to one action: always, or when the condition holds for its grant and the resource. */
export type RoleRight<R> = true | ((grant: RoleGrant, resource: R) => boolean);

/** A resource that belongs to a partnership (every rule of a partnership's data takes one). */
export interface InPartnership {
  partnershipId: string;
}

/** One action's rule: a decision for any viewer and resource, and its role table when it has one. */
export interface Rule<R> {
  decide(viewer: Viewer, resource: R): Decision;
  /** The roles of the partnership and their rights (for the matrix and the documentation). */
  readonly roles?: Readonly<Partial<Record<Role, RoleRight<R>>>>;
}

/**
 * The usual rule: the system (command line) may; the public viewer is asked to sign in (or gets
 * `not_member` when `public: "hidden"`); a viewer without a role in the resource's partnership is
 * `not_member`; otherwise one of the viewer's grants there must allow it.
 */
export function partnershipRule<R extends InPartnership>(options: {
  roles: Partial<Record<Role, RoleRight<R>>>;
  /** How the public viewer is refused: asked to sign in (default) or told nothing exists. */
  public?: "sign_in" | "hidden";
}): Rule<R> {
  const roles = options.roles;
  return {
    roles,
    decide(viewer, resource) {
      if (viewer.kind === "system") return ALLOWED;
      if (viewer.kind === "public") return refuse(options.public === "hidden" ? "not_member" : "sign_in");
      const grants = grantsIn(viewer, resource.partnershipId);
      if (grants.length === 0) return refuse("not_member");
      let roleAllowed = false;
      for (const grant of grants) {
        const right = roles[grant.role];
        if (right === undefined) continue;
        roleAllowed = true;
        if (right === true || right(grant, resource)) return ALLOWED;
      }
      return refuse(roleAllowed ? "condition" : "role");
    },
  };
}

/** Every role of the partnership (members read their partnership's internal data). */
export const EVERY_ROLE = Object.fromEntries(ROLES.map((r) => [r, true])) as Record<Role, true>;

/** A rule that is not about a partnership's roles (e.g. one's own credentials). */
export function customRule<R>(decide: (viewer: Viewer, resource: R) => Decision): Rule<R> {
  return { decide };
}

/**
 * The installation's administration: the command line and signed-in system administrators. The
 * public is asked to sign in; any other account holds no role that could allow it (403).
 */
export function systemRule<R>(): Rule<R> {
  return customRule((viewer) => {
    if (viewer.kind === "system" || isSystemAdministrator(viewer)) return ALLOWED;
    return refuse(viewer.kind === "public" ? "sign_in" : "role");
  });
}

/** What a refusal becomes when thrown: 401, 404 (naming the entity asked for) or 403. */
export interface NotFoundAs {
  entity: string;
  value: string;
}

export interface Policy<A extends Record<string, unknown>> {
  readonly name: string;
  readonly rules: { readonly [K in keyof A]: Rule<A[K]> };
  can<K extends keyof A & string>(viewer: Viewer, action: K, resource: A[K]): Decision;
  /** True when allowed (for showing or hiding a control). */
  allows<K extends keyof A & string>(viewer: Viewer, action: K, resource: A[K]): boolean;
  /** Throws the refusal as an AppError: unauthorized (401), not_found (404) or forbidden (403). */
  authorize<K extends keyof A & string>(
    viewer: Viewer,
    action: K,
    resource: A[K],
    notFound?: NotFoundAs,
  ): void;
}

/** Declares a module's policy table. Action names are `<module>.<action>` in refusals. */
export function definePolicy<A extends Record<string, unknown>>(
  name: string,
  rules: { [K in keyof A]: Rule<A[K]> },
): Policy<A> {
  const policy: Policy<A> = {
    name,
    rules,
    can: (viewer, action, resource) => rules[action].decide(viewer, resource),
    allows: (viewer, action, resource) => rules[action].decide(viewer, resource).allowed,
    authorize(viewer, action, resource, notFound) {
      const decision = rules[action].decide(viewer, resource);
      if (decision.allowed) return;
      throw refusalError(decision.reason, `${name}.${action}`, notFound);
    },
  };
  registerPolicy(policy as unknown as Policy<Record<string, unknown>>);
  return policy;
}

export function refusalError(reason: RefusalReason, action: string, notFound?: NotFoundAs): AppError {
  switch (reason) {
    case "sign_in":
      return new AppError("unauthorized");
    case "not_member":
      return new AppError("not_found", notFound ? { ...notFound } : { entity: "partnership" });
    default:
      return new AppError("forbidden", { entity: action, reason });
  }
}

const REGISTRY = new Map<string, Policy<Record<string, unknown>>>();

function registerPolicy(policy: Policy<Record<string, unknown>>): void {
  if (REGISTRY.has(policy.name)) throw new Error(`policy ${policy.name} is declared twice`);
  REGISTRY.set(policy.name, policy);
}

/** Every declared policy (for the generated authorization matrix and the documentation). */
export function declaredPolicies(): Policy<Record<string, unknown>>[] {
  return [...REGISTRY.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The roles a partnership rule lets through, at least under a condition (for a menu entry shown to
 * those who may use it; the rule still decides each action).
 */
export function rolesOf<R>(rule: Rule<R>): Role[] {
  return Object.keys(rule.roles ?? {}) as Role[];
}
