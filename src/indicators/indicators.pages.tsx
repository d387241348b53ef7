import { type Context, Hono } from "hono";
import { type AppError, isAppError } from "../platform/errors.js";
import type { AppEnv } from "../platform/http/env.js";
import { describeError } from "../platform/http/errors.js";
import { readFormAs } from "../platform/http/form.js";
import { requireWorkspace, type Workspace } from "../workspace/workspace-context.js";
import { importIndicatorCsv } from "./import-indicators.js";
import type { ImportIssue } from "./indicator-csv.js";
import { describeIndicatorIssues } from "./indicators.messages.js";
import { indicatorsPolicy } from "./indicators.policy.js";
import { type IndicatorImportResult, IndicatorUploadSchema } from "./indicators.types.js";
import { indicatorFigures } from "./list-indicators.js";
import { IndicatorsPage, type IndicatorsPageModel } from "./views/indicators-page.js";

type C = Context<AppEnv>;
const ROOT = "/arbete/:partnership/trygghet";
const CARRY_MAX = 90000;

async function page(
  c: C,
  ws: Workspace,
  extra: Partial<IndicatorsPageModel>,
  status: 200 | 400 | 413 | 422 = 200,
) {
  const figures = await indicatorFigures({
    db: c.get("db"),
    viewer: ws.principal,
    partnershipId: ws.partnership.id,
  });
  const model: IndicatorsPageModel = {
    slug: ws.partnership.slug,
    partnershipName: ws.partnership.name,
    nav: ws.nav,
    figures,
    mayImport: indicatorsPolicy.allows(ws.principal, "import", { partnershipId: ws.partnership.id }),
    ...extra,
  };
  return c.html(<IndicatorsPage ctx={ws.ctx} model={model} />, status);
}

function failureOf(c: C, error: AppError) {
  const t = c.get("t");
  const lines =
    error.code === "import_refused" && Array.isArray(error.details)
      ? describeIndicatorIssues(error.details as ImportIssue[], t as never).map((i) =>
          i.column
            ? t("indicators.import.issue", { row: i.row, column: i.column, message: i.message })
            : t("indicators.import.issueNoColumn", { row: i.row, message: i.message }),
        )
      : [];
  return { message: describeError(error, t).message, lines };
}

const counts = (r: IndicatorImportResult) => [r.valuesCreated, r.valuesUpdated, r.valuesUnchanged].join("-");

/** The workspace page of survey indicators and its import (check, then import). */
export const indicatorsPages = new Hono<AppEnv>()
  .get(ROOT, async (c) => {
    const ws = await requireWorkspace(c);
    const done = c.req.query("inlast");
    const [created, updated, unchanged] = (done ?? "").split("-").map((x) => Number.parseInt(x, 10) || 0);
    return page(
      c,
      ws,
      done !== undefined
        ? {
            done: c.get("t")("indicators.import.done", {
              created: created ?? 0,
              updated: updated ?? 0,
              unchanged: unchanged ?? 0,
            }),
          }
        : {},
    );
  })
  .post(`${ROOT}/import`, async (c) => {
    const ws = await requireWorkspace(c);
    const { result } = await readFormAs(c, IndicatorUploadSchema);
    const t = c.get("t");
    let bytes = new Uint8Array();
    let step: "check" | "import" = "check";
    if (result.success) {
      step = result.data.step;
      if (result.data.file && result.data.file.size > 0)
        bytes = new Uint8Array(await result.data.file.arrayBuffer());
      else if (result.data.content) bytes = new TextEncoder().encode(result.data.content);
    }
    try {
      // No file, or an empty one, is refused by the import like any unreadable file.
      const r = await importIndicatorCsv({
        db: c.get("db"),
        viewer: ws.principal,
        partnershipId: ws.partnership.id,
        file: bytes,
        dryRun: step === "check",
      });
      if (!r.dryRun)
        return c.redirect(`/arbete/${ws.partnership.slug}/trygghet?inlast=${counts(r)}#import`, 303);
      const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, "");
      const summary = t("indicators.import.checked", {
        rows: r.rows,
        created: r.valuesCreated,
        updated: r.valuesUpdated,
        unchanged: r.valuesUnchanged,
        indicators: r.indicatorsCreated.length ? r.indicatorsCreated.join(", ") : t("indicators.import.none"),
      });
      return page(c, ws, { checked: { summary, content: text.length <= CARRY_MAX ? text : null } });
    } catch (error) {
      if (!isAppError(error) || !["import_refused", "invalid_body", "invalid_text"].includes(error.code))
        throw error;
      return page(c, ws, { failure: failureOf(c, error) }, describeError(error, t).status as 400 | 422);
    }
  });
