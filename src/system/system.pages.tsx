import { type Context, Hono } from "hono";
import { type FieldErrors, fieldErrorsOf, fieldErrorsOfIssues } from "../accounts/field-errors.js";
import { createPartnership } from "../partnerships/create-partnership.js";
import { isAppError } from "../platform/errors.js";
import type { AppEnv } from "../platform/http/env.js";
import { formError, parseForm, readFormAs } from "../platform/http/form.js";
import { pageContext } from "../platform/http/page-context.js";
import { InviteAdministratorSchema, NewPartnershipSchema } from "./system.types.js";
import { getSystemPartnership, inviteAdministrator, listSystemPartnerships } from "./system-admin.js";
import { SYSTEM_PATH, SystemPartnershipPage, SystemPartnershipsPage } from "./views/system-pages.js";

const stringValues = (values: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => typeof v === "string")) as Record<
    string,
    string
  >;

async function partnershipsPage(
  c: Context<AppEnv>,
  form: { errors?: FieldErrors; values?: Record<string, string> } = {},
  status: 200 | 400 | 409 = 200,
) {
  const partnerships = await listSystemPartnerships({ db: c.get("db"), viewer: c.get("viewer") });
  return c.html(
    <SystemPartnershipsPage ctx={pageContext(c)} partnerships={partnerships} {...form} />,
    status,
  );
}

async function partnershipPage(
  c: Context<AppEnv>,
  form: { errors?: FieldErrors; values?: { email?: string; name?: string }; notice?: string | null } = {},
  status: 200 | 400 = 200,
) {
  const partnership = await getSystemPartnership({
    db: c.get("db"),
    viewer: c.get("viewer"),
    slug: c.req.param("slug") ?? "",
  });
  return c.html(<SystemPartnershipPage ctx={pageContext(c)} partnership={partnership} {...form} />, status);
}

/**
 * The installation's administration (system administrators): /arbete/system. Mounted before the
 * workspace, whose /arbete/:partnership would otherwise take the address ("system" is not a
 * partnership slug anyone can choose).
 */
export const systemPages = new Hono<AppEnv>()
  .get(SYSTEM_PATH, (c) => partnershipsPage(c))
  .post(`${SYSTEM_PATH}/samverkan`, async (c) => {
    const { values, result } = await readFormAs(c, NewPartnershipSchema);
    if (!result.success) {
      const errors = fieldErrorsOfIssues(result.issues);
      if (!errors) throw formError(result.issues);
      return partnershipsPage(c, { errors, values: stringValues(values) }, 400);
    }
    try {
      const created = await createPartnership({
        db: c.get("db"),
        viewer: c.get("viewer"),
        input: result.data,
      });
      return c.redirect(`${SYSTEM_PATH}/samverkan/${created.slug}?skapad=1`, 303);
    } catch (error) {
      if (isAppError(error) && error.code === "conflict")
        return partnershipsPage(c, { errors: { slug: "slug_taken" }, values: stringValues(values) }, 409);
      throw error;
    }
  })
  .get(`${SYSTEM_PATH}/samverkan/:slug`, (c) => {
    const t = c.get("t");
    const q = c.req.query();
    const notice =
      q.skapad !== undefined
        ? t("system.create.done")
        : q.inbjuden !== undefined
          ? t("system.invite.done")
          : null;
    return partnershipPage(c, { notice });
  })
  .post(`${SYSTEM_PATH}/samverkan/:slug/administratorer`, async (c) => {
    const input = await parseForm(c, InviteAdministratorSchema);
    const db = c.get("db");
    const viewer = c.get("viewer");
    const slug = c.req.param("slug");
    try {
      const partnership = await getSystemPartnership({ db, viewer, slug });
      await inviteAdministrator({
        db,
        viewer,
        mail: { config: c.get("config") },
        partnershipId: partnership.id,
        ...input,
      });
    } catch (error) {
      const errors = fieldErrorsOf(error);
      if (!errors) throw error;
      return partnershipPage(c, { errors, values: input }, 400);
    }
    return c.redirect(`${SYSTEM_PATH}/samverkan/${slug}?inbjuden=1`, 303);
  });
