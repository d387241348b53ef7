import { Hono } from "hono";
import { isAppError } from "../platform/errors.js";
import type { AppEnv } from "../platform/http/env.js";
import { describeError } from "../platform/http/errors.js";
import { formError, parseForm, readFormAs } from "../platform/http/form.js";
import { parseInput } from "../platform/http/parse.js";
import { PeriodCodeSchema } from "../platform/http/schemas.js";
import { requireWorkspace } from "../workspace/workspace-context.js";
import { periodName } from "./calendar.js";
import { changePeriodSchedule, changeReportingSettings, getReportingSettings } from "./edit-calendar.js";
import { PeriodScheduleSchema, ReportingSettingsChangeSchema } from "./periods.types.js";
import { ReportingSettingsPage } from "./views/settings-page.js";

const SETTINGS = "/arbete/:partnership/installningar/rapportering";

/** The reporting calendar's pages: the administrator's rhythm, and a period's deadline (form on the period page). */
export const periodsPages = new Hono<AppEnv>()
  .get(SETTINGS, async (c) => {
    const ws = await requireWorkspace(c);
    const settings = await getReportingSettings({
      db: c.get("db"),
      viewer: ws.principal,
      partnershipId: ws.partnership.id,
    });
    const model = { slug: ws.partnership.slug, partnershipName: ws.partnership.name, nav: ws.nav, settings };
    return c.html(<ReportingSettingsPage ctx={ws.ctx} model={model} />);
  })
  .post(SETTINGS, async (c) => {
    const ws = await requireWorkspace(c);
    const db = c.get("db");
    const frame = { slug: ws.partnership.slug, partnershipName: ws.partnership.name, nav: ws.nav };
    const { result } = await readFormAs(c, ReportingSettingsChangeSchema);
    try {
      if (!result.success) throw formError(result.issues);
      const { version, ...input } = result.data;
      const done = await changeReportingSettings({
        db,
        viewer: ws.principal,
        partnershipId: ws.partnership.id,
        version,
        input,
      });
      const words = (codes: string[]) => codes.map((code) => periodName(code, ws.ctx.locale));
      const saved = {
        created: words(done.periods.created),
        removed: words(done.periods.removed),
        kept: words(done.periods.kept),
      };
      return c.html(<ReportingSettingsPage ctx={ws.ctx} model={{ ...frame, settings: done, saved }} />);
    } catch (error) {
      if (!isAppError(error) || (error.code !== "invalid_body" && error.code !== "conflict")) throw error;
      const described = describeError(error, c.get("t"));
      const settings = await getReportingSettings({
        db,
        viewer: ws.principal,
        partnershipId: ws.partnership.id,
      });
      return c.html(
        <ReportingSettingsPage ctx={ws.ctx} model={{ ...frame, settings, error: described.message }} />,
        described.status as 400 | 409,
      );
    }
  })
  .post("/arbete/:partnership/perioder/:period/tidsfrist", async (c) => {
    const ws = await requireWorkspace(c);
    const code = parseInput(PeriodCodeSchema, c.req.param("period"), {
      code: "bad_request",
      param: "period",
    });
    await changePeriodSchedule({
      db: c.get("db"),
      viewer: ws.principal,
      period: { partnershipId: ws.partnership.id, code },
      input: await parseForm(c, PeriodScheduleSchema),
    });
    return c.redirect(`/arbete/${ws.partnership.slug}/perioder/${code}?klart=scheduled`, 303);
  });
