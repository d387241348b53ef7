/**
 * THE catalog of the matrix: every mutation of the API and of the forms (and the sensitive reads
 * the issue names: the outbox and the exports), each with the policy rule that governs it, the
 * resource that rule is asked about, how to put its target in the right state, and what to send.
 * A mutating route that is not here fails the completeness test of authorization.matrix.test.ts.
 */
import { sql } from "drizzle-orm";
import { DEMO_DIALOGUE, DEMO_FINDING } from "../../src/demo/dialogues-2016.js";
import { ROUND_2026_PROMISE, ROUND_2026_REF } from "../../src/demo/round-2026-ids.js";
import { DEMO_FINDING as DEMO_WALK_FINDING, DEMO_WALK_ID } from "../../src/demo/safety-walk-2016.js";
import {
  AREA,
  COMMITMENT,
  DEMO_PARTNERSHIP_ID,
  PROMISE as DEMO_PROMISE,
  PARTY,
} from "../../src/demo/skaggetorp-2017-ids.js";
import { queryRows } from "../../src/platform/db/rows.js";
import { translator } from "../../src/platform/i18n/index.js";
import { EDITABLE } from "../../src/reports/reports.types.js";
import {
  clearFollowUp,
  clearReportBacks,
  clearReportDefaults,
  consultationIds,
  DEMO_SLUG,
  DRAFT,
  DRAFT_POINT_NUMBER,
  draftFollowUp,
  grantsOfAccount,
  latestReport,
  MANAGED,
  OUTBOX_MAIL,
  periodId,
  pointFacts,
  REPORT_REF,
  ROUND_POINT,
  ROUND_POINT_NUMBER,
  resetDraftPromise,
  resetManagedAccount,
  resetSharedAccount,
  resubmit,
  SHARED,
  SUBMITTED_FOLLOW_UP,
  setPeriodOpen,
  setReportStatus,
  UNIT_OF,
  versionOf,
} from "./fixtures.js";
import { INCIDENT_ENTRIES } from "./incidents-catalog.js";
import { PREVENTION_ENTRIES } from "./prevention-entries.js";
import { type CaseContext, kindOf, type MatrixEntry, type PointTarget } from "./types.js";

const W = `/arbete/${DEMO_SLUG}`;
const OPEN = "2026-T3";
const CLOSED = "2026-T2";
const partnership = () => ({ partnershipId: DEMO_PARTNERSHIP_ID });
const roundPoint = (ctx: CaseContext) => ROUND_POINT[ctx.point];
const draftPoint = (ctx: CaseContext) => DRAFT.point[ctx.point];
const partyOf = (target: PointTarget) => (kindOf(target) === "police" ? PARTY.police : PARTY.municipality);
/** The other kind of point (a change of kind needs the right for both). */
const swapped = (target: PointTarget): PointTarget =>
  kindOf(target) === "police" ? "municipality" : "police";
const sv = translator("sv");

// The follow-up round: the form and the API (policy "round").

const followUpForm = (intent: "save" | "submit"): MatrixEntry => ({
  id: intent === "save" ? "follow-up form: save" : "follow-up form: save and submit",
  method: "POST",
  route: "/arbete/:partnership/punkter/:commitmentId/:period",
  via: "page",
  policy: "round",
  action: "write",
  scoping: "point",
  resource: (ctx) => pointFacts(ctx.db, roundPoint(ctx)),
  async prepare(ctx) {
    await setPeriodOpen(ctx.db, OPEN, true);
    await clearFollowUp(ctx.db, roundPoint(ctx), OPEN);
  },
  request: (ctx) => ({
    path: `${W}/punkter/${roundPoint(ctx)}/${OPEN}`,
    form: { version: "", status: "in_progress", narrative: "Matrisens uppföljning.", intent },
  }),
});

const ROUND: MatrixEntry[] = [
  followUpForm("save"),
  followUpForm("submit"),
  {
    id: "period page: approve",
    method: "POST",
    route: "/arbete/:partnership/perioder/:period/granska",
    via: "page",
    policy: "round",
    action: "approve",
    scoping: "partnership",
    resource: partnership,
    async prepare(ctx) {
      await setPeriodOpen(ctx.db, OPEN, true);
      await resubmit(ctx.db, SUBMITTED_FOLLOW_UP);
    },
    request: () => ({
      path: `${W}/perioder/${OPEN}/granska`,
      form: { followUpIds: [SUBMITTED_FOLLOW_UP], intent: "approve", comment: "" },
    }),
  },
  {
    id: "period page: return",
    method: "POST",
    route: "/arbete/:partnership/perioder/:period/granska",
    via: "page",
    policy: "round",
    action: "review",
    scoping: "partnership",
    resource: partnership,
    async prepare(ctx) {
      await setPeriodOpen(ctx.db, OPEN, true);
      await resubmit(ctx.db, SUBMITTED_FOLLOW_UP);
    },
    request: () => ({
      path: `${W}/perioder/${OPEN}/granska`,
      form: { followUpIds: [SUBMITTED_FOLLOW_UP], intent: "return", comment: "Komplettera, tack." },
    }),
  },
  {
    id: "period page: close",
    method: "POST",
    route: "/arbete/:partnership/perioder/:period/stang",
    via: "page",
    policy: "round",
    action: "managePeriods",
    scoping: "partnership",
    resource: partnership,
    prepare: (ctx) => setPeriodOpen(ctx.db, OPEN, true),
    request: () => ({ path: `${W}/perioder/${OPEN}/stang`, form: { confirm: "yes" } }),
  },
  {
    id: "follow-up settings page",
    method: "GET",
    route: "/arbete/:partnership/installningar/uppfoljning",
    via: "page",
    policy: "round",
    action: "configure",
    scoping: "partnership",
    resource: partnership,
    read: true,
    request: () => ({ path: `${W}/installningar/uppfoljning` }),
  },
  {
    id: "follow-up settings page: save",
    method: "POST",
    route: "/arbete/:partnership/installningar/uppfoljning",
    via: "page",
    policy: "round",
    action: "configure",
    scoping: "partnership",
    resource: partnership,
    request: () => ({ path: `${W}/installningar/uppfoljning`, form: { fourEyes: "true", version: "1" } }),
  },
  {
    id: "period page: close, confirmation step",
    method: "GET",
    route: "/arbete/:partnership/perioder/:period/stang",
    via: "page",
    policy: "round",
    action: "managePeriods",
    scoping: "partnership",
    resource: partnership,
    read: true,
    prepare: (ctx) => setPeriodOpen(ctx.db, OPEN, true),
    request: () => ({ path: `${W}/perioder/${OPEN}/stang` }),
  },
  {
    id: "period page: reopen",
    method: "POST",
    route: "/arbete/:partnership/perioder/:period/oppna",
    via: "page",
    policy: "round",
    action: "managePeriods",
    scoping: "partnership",
    resource: partnership,
    prepare: (ctx) => setPeriodOpen(ctx.db, CLOSED, false),
    request: () => ({ path: `${W}/perioder/${CLOSED}/oppna`, form: { reason: "Ett värde saknades." } }),
  },
  {
    id: "API: save follow-up",
    method: "PUT",
    route: "/api/v1/commitments/:commitmentId/follow-ups/:period",
    via: "api",
    policy: "round",
    action: "write",
    scoping: "point",
    resource: (ctx) => pointFacts(ctx.db, roundPoint(ctx)),
    async prepare(ctx) {
      await setPeriodOpen(ctx.db, OPEN, true);
      await clearFollowUp(ctx.db, roundPoint(ctx), OPEN);
    },
    request: (ctx) => ({
      path: `/api/v1/commitments/${roundPoint(ctx)}/follow-ups/${OPEN}`,
      json: {
        version: null,
        status: "in_progress",
        narrative: "Matrisens uppföljning.",
        measurements: [],
        links: [],
      },
    }),
  },
  {
    id: "API: submit follow-up",
    method: "POST",
    route: "/api/v1/commitments/:commitmentId/follow-ups/:period/submit",
    via: "api",
    policy: "round",
    action: "write",
    scoping: "point",
    resource: (ctx) => pointFacts(ctx.db, roundPoint(ctx)),
    async prepare(ctx) {
      await setPeriodOpen(ctx.db, OPEN, true);
      await draftFollowUp(ctx.db, roundPoint(ctx), OPEN);
    },
    request: (ctx) => ({
      path: `/api/v1/commitments/${roundPoint(ctx)}/follow-ups/${OPEN}/submit`,
      json: { version: 1 },
    }),
  },
  ...(["approve", "return"] as const).map(
    (verb): MatrixEntry => ({
      id: `API: ${verb} follow-ups`,
      method: "POST",
      route: `/api/v1/periods/:periodId/${verb}`,
      via: "api",
      policy: "round",
      action: "review",
      scoping: "partnership",
      resource: partnership,
      async prepare(ctx) {
        await setPeriodOpen(ctx.db, OPEN, true);
        await resubmit(ctx.db, SUBMITTED_FOLLOW_UP);
      },
      request: async (ctx) => ({
        path: `/api/v1/periods/${await periodId(ctx.db, OPEN)}/${verb}`,
        json: {
          followUpIds: [SUBMITTED_FOLLOW_UP],
          ...(verb === "return" ? { comment: "Komplettera." } : {}),
        },
      }),
    }),
  ),
  {
    id: "API: close period",
    method: "POST",
    route: "/api/v1/periods/:periodId/close",
    via: "api",
    policy: "round",
    action: "managePeriods",
    scoping: "partnership",
    resource: partnership,
    prepare: (ctx) => setPeriodOpen(ctx.db, OPEN, true),
    request: async (ctx) => ({ path: `/api/v1/periods/${await periodId(ctx.db, OPEN)}/close` }),
  },
  {
    id: "API: reopen period",
    method: "POST",
    route: "/api/v1/periods/:periodId/reopen",
    via: "api",
    policy: "round",
    action: "managePeriods",
    scoping: "partnership",
    resource: partnership,
    prepare: (ctx) => setPeriodOpen(ctx.db, CLOSED, false),
    request: async (ctx) => ({
      path: `/api/v1/periods/${await periodId(ctx.db, CLOSED)}/reopen`,
      json: { reason: "Ett värde saknades." },
    }),
  },
];

// The reporting calendar: a period's schedule (round.managePeriods) and the partnership's rhythm
// (partnerships.configureReporting). The rhythm stays tertial so the other cases keep their periods.

const rhythm = { periodScheme: "tertial", deadlineOffsetDays: 14, reminderDaysBefore: 7 };
const CALENDAR: MatrixEntry[] = [
  {
    id: "period page: deadline and reminder days",
    method: "POST",
    route: "/arbete/:partnership/perioder/:period/tidsfrist",
    via: "page",
    policy: "round",
    action: "managePeriods",
    scoping: "partnership",
    resource: partnership,
    prepare: (ctx) => setPeriodOpen(ctx.db, OPEN, true),
    request: () => ({
      path: `${W}/perioder/${OPEN}/tidsfrist`,
      form: { deadline: "2027-01-20", reminderDaysBefore: "5" },
    }),
  },
  {
    id: "API: period schedule",
    method: "PUT",
    route: "/api/v1/periods/:periodId/schedule",
    via: "api",
    policy: "round",
    action: "managePeriods",
    scoping: "partnership",
    resource: partnership,
    prepare: (ctx) => setPeriodOpen(ctx.db, OPEN, true),
    request: async (ctx) => ({
      path: `/api/v1/periods/${await periodId(ctx.db, OPEN)}/schedule`,
      json: { deadline: "2027-01-21", reminderDaysBefore: null },
    }),
  },
  {
    id: "reporting settings page",
    method: "GET",
    route: "/arbete/:partnership/installningar/rapportering",
    via: "page",
    policy: "partnerships",
    action: "configureReporting",
    scoping: "partnership",
    resource: partnership,
    read: true,
    request: () => ({ path: `${W}/installningar/rapportering` }),
  },
  {
    id: "reporting settings page: save",
    method: "POST",
    route: "/arbete/:partnership/installningar/rapportering",
    via: "page",
    policy: "partnerships",
    action: "configureReporting",
    scoping: "partnership",
    resource: partnership,
    request: async (ctx) => ({
      path: `${W}/installningar/rapportering`,
      form: {
        ...rhythm,
        deadlineOffsetDays: "15",
        reminderDaysBefore: "7",
        version: String(await versionOf(ctx.db, "partnerships", DEMO_PARTNERSHIP_ID)),
      },
    }),
  },
  {
    id: "API: reporting settings",
    method: "GET",
    route: "/api/v1/partnerships/:partnershipId/reporting-settings",
    via: "api",
    policy: "partnerships",
    action: "configureReporting",
    scoping: "partnership",
    resource: partnership,
    read: true,
    request: () => ({ path: `/api/v1/partnerships/${DEMO_PARTNERSHIP_ID}/reporting-settings` }),
  },
  {
    id: "API: change reporting settings",
    method: "PUT",
    route: "/api/v1/partnerships/:partnershipId/reporting-settings",
    via: "api",
    policy: "partnerships",
    action: "configureReporting",
    scoping: "partnership",
    resource: partnership,
    request: async (ctx) => ({
      path: `/api/v1/partnerships/${DEMO_PARTNERSHIP_ID}/reporting-settings`,
      json: { ...rhythm, version: await versionOf(ctx.db, "partnerships", DEMO_PARTNERSHIP_ID) },
    }),
  },
];

// The promise editor (policy "promises").

const promiseFields = (title: string) => ({
  title,
  fromYear: "2027",
  toYear: "2028",
  background: "",
  howMade: "",
  areaIds: [AREA.skaggetorp],
  partyIds: [PARTY.municipality, PARTY.police],
});

const pointFields = (target: PointTarget, text: string) => ({
  text,
  responsibleKind: kindOf(target),
  responsiblePartyIds: [partyOf(target)],
  unitIds: [UNIT_OF[target]],
  weight: "1",
});

const pointResource = (ctx: CaseContext) => ({
  partnershipId: DEMO_PARTNERSHIP_ID,
  responsibleKind: kindOf(ctx.point),
});

const EDITOR: MatrixEntry[] = [
  {
    id: "editor: create promise",
    method: "POST",
    route: "/arbete/:partnership/loften",
    via: "page",
    policy: "promises",
    action: "manage",
    scoping: "partnership",
    resource: partnership,
    request: (ctx) => ({
      path: `${W}/loften`,
      form: { ref: `mx-${ctx.caseId}`, ...promiseFields("Nytt löfte") },
    }),
  },
  {
    id: "editor: promise details",
    method: "POST",
    route: "/arbete/:partnership/loften/:ref/uppgifter",
    via: "page",
    policy: "promises",
    action: "manage",
    scoping: "partnership",
    resource: partnership,
    prepare: (ctx) => resetDraftPromise(ctx.db),
    request: async (ctx) => ({
      path: `${W}/loften/${DRAFT.ref}/uppgifter`,
      form: {
        version: String(await versionOf(ctx.db, "promises", DRAFT.promise)),
        ...promiseFields("Ändrad titel"),
      },
    }),
  },
  {
    id: "editor: public texts (kommunikatör)",
    method: "POST",
    route: "/arbete/:partnership/loften/:ref/texter",
    via: "page",
    policy: "promises",
    action: "editPublicTexts",
    scoping: "partnership",
    resource: partnership,
    prepare: (ctx) => resetDraftPromise(ctx.db),
    request: async (ctx) => ({
      path: `${W}/loften/${DRAFT.ref}/texter`,
      form: {
        version: String(await versionOf(ctx.db, "promises", DRAFT.promise)),
        background: "En bakgrund skriven för invånarna.",
        howMade: "Tillsammans med boende.",
      },
    }),
  },
  // --- translations of a promise's public texts (issue 10.2, helper lang) ---
  {
    id: "translations: status page",
    method: "GET",
    route: "/arbete/:partnership/loften/:ref/oversattningar",
    via: "page",
    policy: "promises",
    action: "editPublicTexts",
    scoping: "partnership",
    resource: partnership,
    read: true,
    request: () => ({ path: `${W}/loften/${DRAFT.ref}/oversattningar` }),
  },
  {
    id: "translations: language form",
    method: "GET",
    route: "/arbete/:partnership/loften/:ref/oversattningar/:locale",
    via: "page",
    policy: "promises",
    action: "editPublicTexts",
    scoping: "partnership",
    resource: partnership,
    read: true,
    request: () => ({ path: `${W}/loften/${DRAFT.ref}/oversattningar/ar` }),
  },
  {
    id: "translations: save a language",
    method: "POST",
    route: "/arbete/:partnership/loften/:ref/oversattningar/:locale",
    via: "page",
    policy: "promises",
    action: "editPublicTexts",
    scoping: "partnership",
    resource: partnership,
    prepare: (ctx) => resetDraftPromise(ctx.db),
    request: async (ctx) => ({
      path: `${W}/loften/${DRAFT.ref}/oversattningar/en`,
      form: {
        version: String(await versionOf(ctx.db, "promises", DRAFT.promise)),
        "texts.0.key": `promise.${DRAFT.promise}.title`,
        "texts.0.text": "A title in English",
      },
    }),
  },
  {
    id: "API: translations",
    method: "GET",
    route: "/api/v1/promises/:promiseId/translations",
    via: "api",
    policy: "promises",
    action: "editPublicTexts",
    scoping: "partnership",
    resource: partnership,
    read: true,
    request: () => ({ path: `/api/v1/promises/${DRAFT.promise}/translations` }),
  },
  {
    id: "API: save translations",
    method: "PUT",
    route: "/api/v1/promises/:promiseId/translations/:locale",
    via: "api",
    policy: "promises",
    action: "editPublicTexts",
    scoping: "partnership",
    resource: partnership,
    prepare: (ctx) => resetDraftPromise(ctx.db),
    request: async (ctx) => ({
      path: `/api/v1/promises/${DRAFT.promise}/translations/so`,
      json: {
        version: await versionOf(ctx.db, "promises", DRAFT.promise),
        texts: [{ key: `promise.${DRAFT.promise}.title`, text: "Cinwaan af-Soomaali ah" }],
      },
    }),
  },
  // --- end translations ---
  {
    id: "editor: promise status",
    method: "POST",
    route: "/arbete/:partnership/loften/:ref/lage",
    via: "page",
    policy: "promises",
    action: "manage",
    scoping: "partnership",
    resource: partnership,
    prepare: (ctx) => resetDraftPromise(ctx.db),
    request: async (ctx) => ({
      path: `${W}/loften/${DRAFT.ref}/lage`,
      form: { to: "in_consultation", version: String(await versionOf(ctx.db, "promises", DRAFT.promise)) },
    }),
  },
  {
    id: "editor: add point",
    method: "POST",
    route: "/arbete/:partnership/loften/:ref/punkter",
    via: "page",
    policy: "promises",
    action: "editCommitment",
    scoping: "point",
    resource: pointResource,
    prepare: (ctx) => resetDraftPromise(ctx.db),
    request: (ctx) => ({
      path: `${W}/loften/${DRAFT.ref}/punkter`,
      form: pointFields(ctx.point, "En ny punkt från matrisen."),
    }),
  },
  {
    id: "editor: edit point",
    method: "POST",
    route: "/arbete/:partnership/loften/:ref/punkter/:commitmentId",
    via: "page",
    policy: "promises",
    action: "editCommitment",
    scoping: "point",
    resource: pointResource,
    prepare: (ctx) => resetDraftPromise(ctx.db),
    request: (ctx) => ({
      path: `${W}/loften/${DRAFT.ref}/punkter/${draftPoint(ctx)}`,
      form: { version: "1", ...pointFields(ctx.point, "Ändrad text från matrisen.") },
    }),
  },
  {
    id: "editor: edit point, changing its kind",
    method: "POST",
    route: "/arbete/:partnership/loften/:ref/punkter/:commitmentId",
    via: "page",
    policy: "promises",
    action: "editCommitment",
    scoping: "point",
    resource: (ctx) => ({ ...pointResource(ctx), newResponsibleKind: kindOf(swapped(ctx.point)) }),
    prepare: (ctx) => resetDraftPromise(ctx.db),
    request: (ctx) => ({
      path: `${W}/loften/${DRAFT.ref}/punkter/${draftPoint(ctx)}`,
      form: { version: "1", ...pointFields(swapped(ctx.point), "Punkten byter ansvar.") },
    }),
  },
  {
    id: "editor: move point",
    method: "POST",
    route: "/arbete/:partnership/loften/:ref/punkter/:commitmentId/flytta",
    via: "page",
    policy: "promises",
    action: "manage",
    scoping: "partnership",
    resource: partnership,
    prepare: (ctx) => resetDraftPromise(ctx.db),
    request: () => ({
      path: `${W}/loften/${DRAFT.ref}/punkter/${DRAFT.point.municipality}/flytta`,
      form: { direction: "down", version: "1" },
    }),
  },
  {
    id: "editor: remove point",
    method: "POST",
    route: "/arbete/:partnership/loften/:ref/punkter/:commitmentId/ta-bort",
    via: "page",
    policy: "promises",
    action: "editCommitment",
    scoping: "point",
    resource: pointResource,
    prepare: (ctx) => resetDraftPromise(ctx.db),
    request: (ctx) => ({
      path: `${W}/loften/${DRAFT.ref}/punkter/${draftPoint(ctx)}/ta-bort`,
      form: { version: "1" },
    }),
  },
  {
    id: "editor: carry-over decision",
    method: "POST",
    route: "/arbete/:partnership/loften/:ref/punkter/:commitmentId/overforing",
    via: "page",
    policy: "promises",
    action: "decideCarryOver",
    scoping: "point",
    resource: pointResource,
    prepare: (ctx) => resetDraftPromise(ctx.db),
    request: (ctx) => ({
      path: `${W}/loften/${DRAFT.ref}/punkter/${draftPoint(ctx)}/overforing`,
      form: { decision: "close", reason: "Punkten är klar.", version: "1" },
    }),
  },
  {
    id: "editor: new promise from this",
    method: "POST",
    route: "/arbete/:partnership/loften/:ref/nytt-fran-detta",
    via: "page",
    policy: "promises",
    action: "manage",
    scoping: "partnership",
    resource: partnership,
    async prepare(ctx) {
      await ctx.db.execute(
        sql`UPDATE commitments SET carry_over = NULL, carry_over_reason = NULL WHERE id = ${COMMITMENT[1]}`,
      );
    },
    request: (ctx) => ({
      path: `${W}/loften/${REPORT_REF}/nytt-fran-detta`,
      form: {
        ref: `mx-${ctx.caseId}`,
        title: "Nästa löfte",
        fromYear: "2027",
        toYear: "2028",
        carry: [COMMITMENT[1]],
        [`reason.${COMMITMENT[1]}`]: "Arbetet fortsätter.",
      },
    }),
  },
];

// Imports: a follow-up row of a point, by the form and by the API (policy "round", action "write").

const importRefusal = {
  status: 422,
  marker: (ctx: CaseContext) =>
    sv("editor.import.not_allowed_follow_up", {
      id: `${ROUND_2026_REF}-${ROUND_POINT_NUMBER[ctx.point]}`,
    }),
};

/**
 * The import finds its promise, then asks whether the viewer may import at all (before it reads
 * the file's rows: a role that may not is refused 403 even for an unchanged file).
 */
const findPromise = [{ policy: "promises", action: "importSpreadsheet", resource: partnership }];

const IMPORTS: MatrixEntry[] = [
  {
    id: "editor: import spreadsheet",
    method: "POST",
    route: "/arbete/:partnership/loften/:ref/import",
    via: "page",
    policy: "round",
    action: "write",
    scoping: "point",
    gates: findPromise,
    resource: (ctx) => pointFacts(ctx.db, roundPoint(ctx)),
    async prepare(ctx) {
      await setPeriodOpen(ctx.db, OPEN, true);
      await clearFollowUp(ctx.db, roundPoint(ctx), OPEN);
    },
    request: (ctx) => ({
      path: `${W}/loften/${ROUND_2026_REF}/import`,
      file: { name: "import.csv", type: "text/csv", content: ctx.world.importCsv[ctx.point] },
    }),
    refusedAs: importRefusal,
  },
  {
    id: "API: import spreadsheet",
    method: "POST",
    route: "/api/v1/promises/:promiseId/import",
    via: "api",
    policy: "round",
    action: "write",
    scoping: "point",
    gates: findPromise,
    resource: (ctx) => pointFacts(ctx.db, roundPoint(ctx)),
    async prepare(ctx) {
      await setPeriodOpen(ctx.db, OPEN, true);
      await clearFollowUp(ctx.db, roundPoint(ctx), OPEN);
    },
    request: (ctx) => ({
      path: `/api/v1/promises/${ROUND_2026_PROMISE}/import`,
      raw: { type: "text/csv", content: ctx.world.importCsv[ctx.point] },
    }),
    refusedAs: importRefusal,
  },
];

// Imports that change a point of the draft promise (policy "promises", action "editCommitment").

const importPointRefusal = {
  status: 422,
  marker: (ctx: CaseContext) =>
    sv("editor.import.not_allowed_point", { id: `${DRAFT.ref}-${DRAFT_POINT_NUMBER[ctx.point]}` }),
};

const POINT_IMPORTS: MatrixEntry[] = [
  {
    id: "editor: import spreadsheet (a point's row)",
    method: "POST",
    route: "/arbete/:partnership/loften/:ref/import",
    via: "page",
    policy: "promises",
    action: "editCommitment",
    scoping: "point",
    gates: findPromise,
    resource: pointResource,
    prepare: (ctx) => resetDraftPromise(ctx.db),
    request: (ctx) => ({
      path: `${W}/loften/${DRAFT.ref}/import`,
      file: { name: "import.csv", type: "text/csv", content: ctx.world.importPointCsv[ctx.point] },
    }),
    refusedAs: importPointRefusal,
  },
  {
    id: "API: import spreadsheet (a point's row)",
    method: "POST",
    route: "/api/v1/promises/:promiseId/import",
    via: "api",
    policy: "promises",
    action: "editCommitment",
    scoping: "point",
    gates: findPromise,
    resource: pointResource,
    prepare: (ctx) => resetDraftPromise(ctx.db),
    request: (ctx) => ({
      path: `/api/v1/promises/${DRAFT.promise}/import`,
      raw: { type: "text/csv", content: ctx.world.importPointCsv[ctx.point] },
    }),
    refusedAs: importPointRefusal,
  },
];

// The report-back's decision chain and formal parts (policy "reports").

const REPORT_BASE = `${W}/loften/${REPORT_REF}/aterrapportering`;
const reportVersion = async (ctx: CaseContext) => String((await latestReport(ctx.db)).version);

const chain = (
  id: string,
  step: string,
  status: string,
  form: (ctx: CaseContext) => Promise<Record<string, string>>,
): MatrixEntry => ({
  id,
  method: "POST",
  route: `/arbete/:partnership/loften/:ref/aterrapportering/${step}`,
  via: "page",
  policy: "reports",
  action: "moveChain",
  scoping: "partnership",
  resource: partnership,
  prepare: (ctx) => setReportStatus(ctx.db, status),
  request: async (ctx) => ({
    path: `${REPORT_BASE}/${step}`,
    form: { version: await reportVersion(ctx), ...(await form(ctx)) },
  }),
});

const REPORTS: MatrixEntry[] = [
  chain("report: publish (next step)", "skicka", "decided", async () => ({})),
  chain("report: record consultation", "samrad", "consultation", async (ctx) => {
    const [first] = await consultationIds(ctx.db);
    return {
      "consultations.0.id": first ?? "",
      "consultations.0.stance": "no_objection",
      "consultations.0.comment": "Inget att invända.",
    };
  }),
  chain("report: record decision", "beslut", "to_board", async () => ({
    decidedOn: "2026-11-25",
    body: "kommunstyrelsen",
    paragraph: "§ 12",
    text: "Kommunstyrelsen godkänner återrapporteringen.",
  })),
  chain("report: correction (new edition)", "rattelse", "decided", async () => ({
    reason: "Matrisens rättelse.",
  })),
  chain("report: record committee decision", "utskott", "to_committee", async () => ({
    decidedOn: "2026-11-20",
    body: "trygghets- och demokratiutskottet",
    paragraph: "§ 7",
  })),
  {
    id: "report: create (any promise)",
    method: "POST",
    route: "/arbete/:partnership/loften/:ref/aterrapportering/skapa",
    via: "page",
    policy: "reports",
    action: "editFormalParts",
    scoping: "partnership",
    resource: partnership,
    prepare: (ctx) => clearReportBacks(ctx.db, ROUND_2026_REF),
    request: () => ({ path: `${W}/loften/${ROUND_2026_REF}/aterrapportering/skapa`, form: {} }),
  },
  {
    id: "report: edit a list of the formal parts",
    method: "POST",
    route: "/arbete/:partnership/loften/:ref/aterrapportering/listor/:list",
    via: "page",
    policy: "reports",
    action: "editFormalParts",
    scoping: "partnership",
    resource: partnership,
    prepare: (ctx) => setReportStatus(ctx.db, "draft"),
    request: async (ctx) => ({
      path: `${REPORT_BASE}/listor/distribution`,
      form: {
        version: await reportVersion(ctx),
        "items.0.recipient": "Hållbarhetschefen",
        "items.1.recipient": "Polismyndigheten LPO Linköping",
      },
    }),
  },
  ...REPORT_API(),
  {
    id: "report defaults: save",
    method: "POST",
    route: "/arbete/:partnership/rapporter/standard",
    via: "page",
    policy: "reports",
    action: "editDefaults",
    scoping: "partnership",
    resource: partnership,
    prepare: (ctx) => clearReportDefaults(ctx.db),
    request: () => ({
      path: `${W}/rapporter/standard`,
      form: { version: "0", issuingUnit: "Kommunledningsförvaltningen", distribution: "Polismyndigheten" },
    }),
  },
  {
    id: "report defaults: logo",
    method: "POST",
    route: "/arbete/:partnership/rapporter/standard/logotyp",
    via: "page",
    policy: "reports",
    action: "editDefaults",
    scoping: "partnership",
    resource: partnership,
    prepare: (ctx) => clearReportDefaults(ctx.db),
    request: () => ({
      path: `${W}/rapporter/standard/logotyp`,
      file: {
        name: "logo.svg",
        type: "image/svg+xml",
        content: '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>',
      },
    }),
  },
  {
    id: "report: edit formal parts",
    method: "POST",
    route: "/arbete/:partnership/loften/:ref/aterrapportering/redigera",
    via: "page",
    policy: "reports",
    action: "editFormalParts",
    scoping: "partnership",
    resource: partnership,
    prepare: (ctx) => setReportStatus(ctx.db, "draft"),
    async request(ctx) {
      const { id, version } = await latestReport(ctx.db);
      // The form sends every part; send the stored ones back with one changed.
      const [row] = await queryRows<Record<string, unknown>>(
        ctx.db,
        sql`SELECT * FROM report_backs WHERE id = ${id}`,
      );
      const column = (f: string) => f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
      const form: Record<string, string> = { version: String(version) };
      for (const f of EDITABLE) {
        const value = row?.[column(f)];
        form[f] = typeof value === "string" ? value : ((value as { sv?: string } | null)?.sv ?? "");
      }
      form.registrationNumber = "KS 2026/0001";
      return { path: `${REPORT_BASE}/redigera`, form };
    },
  },
];

// The same through the API (JSON): create, formal parts, and every step of the chain.

function REPORT_API(): MatrixEntry[] {
  const api = `/api/v1/promises/${DEMO_PROMISE}/report-back`;
  const version = async (ctx: CaseContext) => (await latestReport(ctx.db)).version;
  const entry = (
    id: string,
    path: string,
    action: "moveChain" | "editFormalParts",
    status: string,
    json: (ctx: CaseContext) => Promise<Record<string, unknown>>,
    method: "POST" | "PUT" = "POST",
  ): MatrixEntry => ({
    id,
    method,
    route: `/api/v1/promises/:promiseId/report-back/${path.replace("distribution", ":list")}`,
    via: "api",
    policy: "reports",
    action,
    scoping: "partnership",
    resource: partnership,
    prepare: (ctx) => setReportStatus(ctx.db, status),
    request: async (ctx) => ({
      path: `${api}/${path}`,
      json: { version: await version(ctx), ...(await json(ctx)) },
    }),
  });
  return [
    {
      id: "API: create a report-back",
      method: "POST",
      route: "/api/v1/promises/:promiseId/report-back/create",
      via: "api",
      policy: "reports",
      action: "editFormalParts",
      scoping: "partnership",
      resource: partnership,
      prepare: (ctx) => clearReportBacks(ctx.db, ROUND_2026_REF),
      request: () => ({ path: `/api/v1/promises/${ROUND_2026_PROMISE}/report-back/create`, json: {} }),
    },
    entry("API: report heading and texts", "sections", "editFormalParts", "draft", async () => ({
      registrationNumber: "KS 2026/0002",
      officerName: "Matris Handläggare",
    })),
    entry(
      "API: report list",
      "lists/distribution",
      "editFormalParts",
      "draft",
      async () => ({ items: [{ recipient: "Hållbarhetschefen" }] }),
      "PUT",
    ),
    entry("API: report next step", "advance", "moveChain", "decided", async () => ({})),
    entry("API: report consultation", "consultations", "moveChain", "consultation", async (ctx) => {
      const [first] = await consultationIds(ctx.db);
      return { consultations: [{ id: first, stance: "no_objection", consultedOn: "2026-11-10" }] };
    }),
    entry("API: report committee decision", "committee-decision", "moveChain", "to_committee", async () => ({
      body: "trygghets- och demokratiutskottet",
      decidedOn: "2026-11-20",
      paragraph: "§ 8",
    })),
    entry("API: report decision", "decision", "moveChain", "to_board", async () => ({
      body: "kommunstyrelsen",
      decidedOn: "2026-11-25",
      paragraph: "§ 13",
      text: "Kommunstyrelsen godkänner återrapporteringen.",
    })),
    entry("API: report correction", "correction", "moveChain", "decided", async () => ({
      reason: "Matrisens rättelse.",
    })),
  ];
}

// Accounts: administration in the workspace, and one's own credentials (policy "accounts").

const MANAGED_BASE = `${W}/konton/${MANAGED.account}`;
const managedResource = async (ctx: CaseContext) => ({
  partnershipId: DEMO_PARTNERSHIP_ID,
  accountGrants: await grantsOfAccount(ctx.db, MANAGED.account),
});

const sharedResource = async (ctx: CaseContext) => ({
  partnershipId: DEMO_PARTNERSHIP_ID,
  accountGrants: await grantsOfAccount(ctx.db, SHARED.account),
});

const ACCOUNTS: MatrixEntry[] = [
  {
    id: "own password",
    method: "POST",
    route: "/byt-losenord",
    via: "page",
    policy: "accounts",
    action: "manageOwnCredentials",
    scoping: "partnership",
    resource: () => undefined,
    async prepare(ctx) {
      if (ctx.actor)
        await ctx.db.execute(
          sql`UPDATE accounts SET password_hash = ${ctx.world.passwordHash} WHERE id = ${ctx.actor.accountId}`,
        );
    },
    request: (ctx) => ({
      path: "/byt-losenord",
      form: {
        currentPassword: ctx.world.password,
        newPassword: `nytt-losenord-${ctx.caseId}`,
        repeatPassword: `nytt-losenord-${ctx.caseId}`,
      },
    }),
  },
  {
    id: "own API token: create",
    method: "POST",
    route: "/konto/nycklar",
    via: "page",
    policy: "accounts",
    action: "manageOwnCredentials",
    scoping: "partnership",
    resource: () => undefined,
    request: () => ({ path: "/konto/nycklar", form: { name: "Matrisens nyckel", lifetimeDays: "30" } }),
  },
  {
    id: "own API token: revoke",
    method: "POST",
    route: "/konto/nycklar/:tokenId/aterkalla",
    via: "page",
    policy: "accounts",
    action: "manageOwnCredentials",
    scoping: "partnership",
    resource: () => undefined,
    async prepare(ctx) {
      const owner = ctx.actor?.accountId ?? MANAGED.account;
      await ctx.db.execute(sql`INSERT INTO api_tokens (id, account_id, name, token_hash)
        VALUES (${tokenIdOf(ctx)}, ${owner}, 'att återkalla', ${`hash-${ctx.caseId}`})
        ON CONFLICT (id) DO UPDATE SET revoked_at = NULL`);
    },
    request: (ctx) => ({ path: `/konto/nycklar/${tokenIdOf(ctx)}/aterkalla`, form: {} }),
  },
  {
    id: "own API token: revoke another account's",
    method: "POST",
    route: "/konto/nycklar/:tokenId/aterkalla",
    via: "page",
    policy: "accounts",
    action: "manageOwnCredentials",
    scoping: "partnership",
    resource: () => undefined,
    notOwn: true,
    async prepare(ctx) {
      await ctx.db.execute(sql`INSERT INTO api_tokens (id, account_id, name, token_hash)
        VALUES (${tokenIdOf(ctx)}, ${MANAGED.account}, 'någon annans', ${`hash-${ctx.caseId}`})
        ON CONFLICT (id) DO UPDATE SET revoked_at = NULL`);
    },
    request: (ctx) => ({ path: `/konto/nycklar/${tokenIdOf(ctx)}/aterkalla`, form: {} }),
  },
  {
    id: "accounts: create account",
    method: "POST",
    route: "/arbete/:partnership/konton",
    via: "page",
    policy: "accounts",
    action: "administer",
    scoping: "partnership",
    resource: partnership,
    request: (ctx) => ({
      path: `${W}/konton`,
      form: {
        email: `mx-${ctx.caseId}@example.se`,
        name: "Ny Användare",
        personId: "",
        role: "reader",
        partyId: "",
      },
    }),
  },
  {
    id: "accounts: send a new-password link",
    method: "POST",
    route: "/arbete/:partnership/konton/:accountId/losenord",
    via: "page",
    policy: "accounts",
    action: "manageAccount",
    scoping: "partnership",
    resource: managedResource,
    prepare: (ctx) => resetManagedAccount(ctx.db),
    request: async (ctx) => ({
      path: `${MANAGED_BASE}/losenord`,
      form: { version: String(await versionOf(ctx.db, "accounts", MANAGED.account)) },
    }),
  },
  {
    id: "accounts: disable",
    method: "POST",
    route: "/arbete/:partnership/konton/:accountId/status",
    via: "page",
    policy: "accounts",
    action: "manageAccount",
    scoping: "partnership",
    resource: managedResource,
    prepare: (ctx) => resetManagedAccount(ctx.db),
    request: async (ctx) => ({
      path: `${MANAGED_BASE}/status`,
      form: { version: String(await versionOf(ctx.db, "accounts", MANAGED.account)), disabled: "true" },
    }),
  },
  {
    id: "accounts: grant role",
    method: "POST",
    route: "/arbete/:partnership/konton/:accountId/roller",
    via: "page",
    policy: "accounts",
    action: "changeRoles",
    scoping: "partnership",
    resource: managedResource,
    prepare: (ctx) => resetManagedAccount(ctx.db),
    request: () => ({ path: `${MANAGED_BASE}/roller`, form: { role: "reporter", partyId: PARTY.police } }),
  },
  {
    id: "accounts: send a new-password link (account also in another partnership)",
    method: "POST",
    route: "/arbete/:partnership/konton/:accountId/losenord",
    via: "page",
    policy: "accounts",
    action: "manageAccount",
    scoping: "partnership",
    resource: sharedResource,
    request: async (ctx) => ({
      path: `${W}/konton/${SHARED.account}/losenord`,
      form: { version: String(await versionOf(ctx.db, "accounts", SHARED.account)) },
    }),
  },
  {
    id: "accounts: grant role (account also in another partnership)",
    method: "POST",
    route: "/arbete/:partnership/konton/:accountId/roller",
    via: "page",
    policy: "accounts",
    action: "changeRoles",
    scoping: "partnership",
    resource: sharedResource,
    prepare: (ctx) => resetSharedAccount(ctx.db),
    request: () => ({
      path: `${W}/konton/${SHARED.account}/roller`,
      form: { role: "communicator", partyId: "" },
    }),
  },
  {
    id: "accounts: revoke role",
    method: "POST",
    route: "/arbete/:partnership/konton/:accountId/roller/:grantId/ta-bort",
    via: "page",
    policy: "accounts",
    action: "changeRoles",
    scoping: "partnership",
    resource: managedResource,
    prepare: (ctx) => resetManagedAccount(ctx.db),
    request: () => ({ path: `${MANAGED_BASE}/roller/${MANAGED.revocableGrant}/ta-bort`, form: {} }),
  },
];

// Sign-in with OpenID Connect: the partnership's providers and passwords (policy "accounts",
// action manageSignIn). Starting a sign-in and the callback are GETs and part of signing in.

const SIGN_IN_PROVIDER = "5d1c0a7e-0000-4000-8000-000000000013";
async function resetSignInProvider(ctx: CaseContext): Promise<void> {
  await ctx.db.execute(sql`
    INSERT INTO sign_in_providers (id, partnership_id, name, issuer, client_id, client_secret_ref, allowed_domains)
    VALUES (${SIGN_IN_PROVIDER}, ${DEMO_PARTNERSHIP_ID}, 'Matrisens tjänst', 'https://idp.example.se', 'matris',
            'env:OIDC_SECRET_MATRIX', ARRAY['example.se'])
    ON CONFLICT (id) DO UPDATE SET enabled = true, version = 1`);
}

const SIGN_IN: MatrixEntry[] = [
  {
    id: "sign-in: add a provider",
    method: "POST",
    route: "/arbete/:partnership/inloggning/leverantorer",
    via: "page",
    policy: "accounts",
    action: "manageSignIn",
    scoping: "partnership",
    resource: partnership,
    request: (ctx) => ({
      path: `${W}/inloggning/leverantorer`,
      form: {
        name: `Tjänst ${ctx.caseId}`.slice(0, 100),
        issuer: "https://idp.example.se",
        clientId: "matris",
        clientSecretRef: "env:OIDC_SECRET_MATRIX",
        allowedDomains: "example.se",
      },
    }),
  },
  {
    id: "sign-in: switch a provider off",
    method: "POST",
    route: "/arbete/:partnership/inloggning/leverantorer/:providerId/status",
    via: "page",
    policy: "accounts",
    action: "manageSignIn",
    scoping: "partnership",
    resource: partnership,
    prepare: resetSignInProvider,
    request: () => ({
      path: `${W}/inloggning/leverantorer/${SIGN_IN_PROVIDER}/status`,
      form: { version: "1", enabled: "false" },
    }),
  },
  {
    id: "sign-in: passwords on",
    method: "POST",
    route: "/arbete/:partnership/inloggning/losenord",
    via: "page",
    policy: "accounts",
    action: "manageSignIn",
    scoping: "partnership",
    resource: partnership,
    async prepare(ctx) {
      await ctx.db.execute(
        sql`DELETE FROM partnership_sign_in_settings WHERE partnership_id = ${DEMO_PARTNERSHIP_ID}`,
      );
    },
    request: () => ({ path: `${W}/inloggning/losenord`, form: { version: "0", passwordsDisabled: "false" } }),
  },
];

/** A token id unique to the case (uuid-shaped from the case id's hash). */
function tokenIdOf(ctx: CaseContext): string {
  let h = 0;
  for (const ch of ctx.caseId) h = (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0;
  const hex = h.toString(16).padStart(8, "0");
  return `${hex}-0000-4000-8000-${hex}${hex.slice(0, 4)}`;
}

// Sensitive reads the issue names: the outbox (administrators) and the exports (staff).

const READS: MatrixEntry[] = [
  {
    id: "API: outbox",
    method: "GET",
    route: "/api/v1/partnerships/:partnershipId/outbox",
    via: "api",
    policy: "outbox",
    action: "read",
    scoping: "partnership",
    resource: partnership,
    read: true,
    request: () => ({ path: `/api/v1/partnerships/${DEMO_PARTNERSHIP_ID}/outbox` }),
  },
  {
    id: "API: outbox mail",
    method: "GET",
    route: "/api/v1/partnerships/:partnershipId/outbox/:mailId",
    via: "api",
    policy: "outbox",
    action: "read",
    scoping: "partnership",
    resource: partnership,
    read: true,
    request: () => ({ path: `/api/v1/partnerships/${DEMO_PARTNERSHIP_ID}/outbox/${OUTBOX_MAIL}` }),
  },
  {
    id: "outbox page",
    method: "GET",
    route: "/arbete/:partnership/utkorg",
    via: "page",
    policy: "outbox",
    action: "read",
    scoping: "partnership",
    resource: partnership,
    read: true,
    request: () => ({ path: `${W}/utkorg` }),
  },
  {
    id: "outbox page: mail",
    method: "GET",
    route: "/arbete/:partnership/utkorg/:mailId",
    via: "page",
    policy: "outbox",
    action: "read",
    scoping: "partnership",
    resource: partnership,
    read: true,
    request: () => ({ path: `${W}/utkorg/${OUTBOX_MAIL}` }),
  },
  {
    id: "API: a follow-up (internal)",
    method: "GET",
    route: "/api/v1/commitments/:commitmentId/follow-ups/:period",
    via: "api",
    policy: "round",
    action: "read",
    scoping: "partnership",
    resource: partnership,
    read: true,
    request: () => ({ path: `/api/v1/commitments/${ROUND_POINT.municipality}/follow-ups/${OPEN}` }),
  },
  {
    id: "report: period report",
    method: "GET",
    route: "/arbete/:partnership/loften/:ref/period/:period",
    via: "page",
    policy: "reports",
    action: "read",
    scoping: "partnership",
    resource: partnership,
    read: true,
    request: () => ({ path: `${W}/loften/${REPORT_REF}/period/2017-T1` }),
  },
  {
    id: "preview of a draft promise",
    method: "GET",
    route: "/arbete/:partnership/loften/:ref/forhandsvisning",
    via: "page",
    policy: "publishing",
    action: "preview",
    scoping: "partnership",
    resource: partnership,
    read: true,
    request: () => ({ path: `${W}/loften/${DRAFT.ref}/forhandsvisning` }),
  },
  {
    id: "accounts: an account's page",
    method: "GET",
    route: "/arbete/:partnership/konton/:accountId",
    via: "page",
    policy: "accounts",
    action: "seeAccount",
    scoping: "partnership",
    resource: managedResource,
    read: true,
    request: () => ({ path: MANAGED_BASE }),
  },
  {
    id: "API: export CSV",
    method: "GET",
    route: "/api/v1/promises/:promiseId/export.csv",
    via: "api",
    policy: "promises",
    action: "readInternal",
    scoping: "partnership",
    resource: partnership,
    read: true,
    request: () => ({ path: `/api/v1/promises/${ROUND_2026_PROMISE}/export.csv` }),
  },
  {
    id: "editor: export CSV",
    method: "GET",
    route: "/arbete/:partnership/loften/:ref/export.csv",
    via: "page",
    policy: "promises",
    action: "readInternal",
    scoping: "partnership",
    resource: partnership,
    read: true,
    request: () => ({ path: `${W}/loften/${ROUND_2026_REF}/export.csv` }),
  },
];

// The installation's administration (system administrators; no matrix actor is one, so every
// case here is a refusal: the allowed path is tested in system/system.http.test.ts).

const SYSTEM: MatrixEntry[] = [
  {
    id: "system: create partnership",
    method: "POST",
    route: "/arbete/system/samverkan",
    via: "page",
    policy: "partnerships",
    action: "create",
    scoping: "partnership",
    resource: () => undefined,
    request: (ctx) => ({
      path: "/arbete/system/samverkan",
      form: {
        slug: `mx-${ctx.caseId}`,
        name: "Matris",
        municipalityName: "Matris kommun",
        policeName: "LPO Matris",
      },
    }),
  },
  {
    id: "API: create partnership",
    method: "POST",
    route: "/api/v1/system/partnerships",
    via: "api",
    policy: "partnerships",
    action: "create",
    scoping: "partnership",
    resource: () => undefined,
    request: (ctx) => ({
      path: "/api/v1/system/partnerships",
      json: {
        slug: `mx-${ctx.caseId}`,
        name: "Matris",
        municipalityName: "Matris kommun",
        policeName: "LPO Matris",
      },
    }),
  },
  {
    id: "system: invite administrator",
    method: "POST",
    route: "/arbete/system/samverkan/:slug/administratorer",
    via: "page",
    policy: "system",
    action: "administer",
    scoping: "partnership",
    resource: () => undefined,
    request: (ctx) => ({
      path: `/arbete/system/samverkan/${DEMO_SLUG}/administratorer`,
      form: { email: `mx-${ctx.caseId}@example.se`, name: "Matris Admin" },
    }),
  },
  {
    id: "API: invite administrator",
    method: "POST",
    route: "/api/v1/system/partnerships/:partnershipId/administrators",
    via: "api",
    policy: "system",
    action: "administer",
    scoping: "partnership",
    resource: () => undefined,
    request: (ctx) => ({
      path: `/api/v1/system/partnerships/${DEMO_PARTNERSHIP_ID}/administrators`,
      json: { email: `mx-${ctx.caseId}@example.se`, name: "Matris Admin" },
    }),
  },
  {
    id: "system: the partnerships",
    method: "GET",
    route: "/arbete/system",
    via: "page",
    policy: "system",
    action: "administer",
    scoping: "partnership",
    resource: () => undefined,
    read: true,
    request: () => ({ path: "/arbete/system" }),
  },
  {
    id: "system: one partnership",
    method: "GET",
    route: "/arbete/system/samverkan/:slug",
    via: "page",
    policy: "system",
    action: "administer",
    scoping: "partnership",
    resource: () => undefined,
    read: true,
    request: () => ({ path: `/arbete/system/samverkan/${DEMO_SLUG}` }),
  },
  {
    id: "API: the partnerships (system)",
    method: "GET",
    route: "/api/v1/system/partnerships",
    via: "api",
    policy: "system",
    action: "administer",
    scoping: "partnership",
    resource: () => undefined,
    read: true,
    request: () => ({ path: "/api/v1/system/partnerships" }),
  },
];

/** A staff read governed by a partnership-wide rule: every role of the partnership, or some. */
const staffRead = (
  id: string,
  route: string,
  policy: string,
  action: string,
  path: (ctx: CaseContext) => string,
  via: "page" | "api" = "page",
): MatrixEntry => ({
  id,
  method: "GET",
  route,
  via,
  policy,
  action,
  scoping: "partnership",
  resource: partnership,
  read: true,
  request: (ctx) => ({ path: path(ctx) }),
});

/** The workspace's other reads: internal data every page and document of the workspace shows. */
const STAFF_READS: MatrixEntry[] = [
  staffRead("workspace: Att rapportera", "/arbete/:partnership", "round", "read", () => W),
  staffRead("workspace: periods", "/arbete/:partnership/perioder", "round", "read", () => `${W}/perioder`),
  staffRead(
    "workspace: a period's overview",
    "/arbete/:partnership/perioder/:period",
    "round",
    "read",
    () => `${W}/perioder/${OPEN}`,
  ),
  staffRead(
    "workspace: a point's follow-up form",
    "/arbete/:partnership/punkter/:commitmentId/:period",
    "round",
    "read",
    () => `${W}/punkter/${ROUND_POINT.municipality}/${OPEN}`,
  ),
  staffRead(
    "workspace: a point's history",
    "/arbete/:partnership/punkter/:commitmentId/historik",
    "round",
    "read",
    () => `${W}/punkter/${ROUND_POINT.municipality}/historik`,
  ),
  staffRead(
    "workspace: progress",
    "/arbete/:partnership/loften/:ref/framsteg",
    "round",
    "read",
    () => `${W}/loften/${ROUND_2026_REF}/framsteg`,
  ),
  staffRead(
    "editor: the list",
    "/arbete/:partnership/loften",
    "promises",
    "readInternal",
    () => `${W}/loften`,
  ),
  staffRead(
    "editor: a draft promise",
    "/arbete/:partnership/loften/:ref",
    "promises",
    "readInternal",
    () => `${W}/loften/${DRAFT.ref}`,
  ),
  staffRead(
    "editor: export XLSX",
    "/arbete/:partnership/loften/:ref/export.xlsx",
    "promises",
    "readInternal",
    () => `${W}/loften/${ROUND_2026_REF}/export.xlsx`,
  ),
  staffRead(
    "API: export XLSX",
    "/api/v1/promises/:promiseId/export.xlsx",
    "promises",
    "readInternal",
    () => `/api/v1/promises/${ROUND_2026_PROMISE}/export.xlsx`,
    "api",
  ),
  staffRead("reports: the list", "/arbete/:partnership/rapporter", "reports", "read", () => `${W}/rapporter`),
  staffRead(
    "report-back: the workspace page",
    "/arbete/:partnership/loften/:ref/aterrapportering",
    "reports",
    "read",
    () => `${W}/loften/${REPORT_REF}/aterrapportering`,
  ),
  staffRead(
    "report-back: DOCX download (draft)",
    "/arbete/:partnership/loften/:ref/aterrapportering/ladda-ner/:format",
    "reports",
    "read",
    () => `${W}/loften/${REPORT_REF}/aterrapportering/ladda-ner/docx`,
  ),
  staffRead(
    "period report: DOCX download",
    "/arbete/:partnership/loften/:ref/period/:period/ladda-ner/:format",
    "reports",
    "read",
    () => `${W}/loften/${REPORT_REF}/period/2017-T1/ladda-ner/docx`,
  ),
  staffRead(
    "API: the report-back's state",
    "/api/v1/promises/:promiseId/report-back",
    "reports",
    "read",
    () => `/api/v1/promises/${DEMO_PROMISE}/report-back`,
    "api",
  ),
  staffRead(
    "accounts: the list",
    "/arbete/:partnership/konton",
    "accounts",
    "administer",
    () => `${W}/konton`,
  ),
];

// A partnership's own setup (policy "partnerships", action "setup"): the pages and the API.

const SETUP = `${W}/installningar`;
const SETUP_API = `/api/v1/partnerships/${DEMO_SLUG}/setup`;
const squareBoundary = {
  type: "Polygon",
  coordinates: [
    [
      [15.58, 58.43],
      [15.6, 58.43],
      [15.6, 58.42],
      [15.58, 58.42],
      [15.58, 58.43],
    ],
  ],
};
const setupEntry = (
  id: string,
  method: MatrixEntry["method"],
  route: string,
  via: "page" | "api",
  request: MatrixEntry["request"],
): MatrixEntry => ({
  id,
  method,
  route,
  via,
  policy: "partnerships",
  action: "setup",
  scoping: "partnership",
  resource: partnership,
  request,
});

/** The demo partnership's version now (the contact forms send it back). */
const partnershipVersion = async (ctx: CaseContext) =>
  (
    await queryRows<{ version: number }>(
      ctx.db,
      sql`select version from partnerships where id = ${DEMO_PARTNERSHIP_ID}`,
    )
  )[0]?.version ?? 1;

/** A name no earlier request used (the session and the token case of one cell share a caseId). */
let requests = 0;
const unique = (ctx: CaseContext) => `${ctx.caseId}-${++requests}`;

const SETUP_ENTRIES: MatrixEntry[] = [
  setupEntry("setup: add party", "POST", "/arbete/:partnership/installningar/parter", "page", (ctx) => ({
    path: `${SETUP}/parter`,
    form: { kind: "housing_company", name: `Bostadsbolag ${unique(ctx)}`, shortName: `B-${unique(ctx)}` },
  })),
  setupEntry("setup: add unit", "POST", "/arbete/:partnership/installningar/enheter", "page", (ctx) => ({
    path: `${SETUP}/enheter`,
    form: { partyId: PARTY.municipality, name: `Enhet ${unique(ctx)}` },
  })),
  setupEntry("setup: add person", "POST", "/arbete/:partnership/installningar/personer", "page", (ctx) => ({
    path: `${SETUP}/personer`,
    form: { partyId: PARTY.municipality, name: `Person ${unique(ctx)}` },
  })),
  setupEntry("setup: add area", "POST", "/arbete/:partnership/installningar/omraden", "page", (ctx) => ({
    path: `${SETUP}/omraden`,
    form: { name: `Område ${unique(ctx)}`, kind: "place", classification: "risk", validFrom: "2024-01-01" },
  })),
  setupEntry(
    "setup: classify area",
    "POST",
    "/arbete/:partnership/installningar/omraden/:areaId/klassning",
    "page",
    () => ({
      path: `${SETUP}/omraden/${AREA.skaggetorp}/klassning`,
      form: { classification: "vulnerable", validFrom: "2015-01-01", validTo: "2015-12-31" },
    }),
  ),
  setupEntry(
    "setup: area boundary",
    "POST",
    "/arbete/:partnership/installningar/omraden/:areaId/grans",
    "page",
    () => ({
      path: `${SETUP}/omraden/${AREA.skaggetorp}/grans`,
      file: { name: "grans.geojson", type: "application/geo+json", content: JSON.stringify(squareBoundary) },
    }),
  ),
  setupEntry("setup: add goal set", "POST", "/arbete/:partnership/installningar/mal", "page", (ctx) => ({
    path: `${SETUP}/mal`,
    form: { name: `Mål ${unique(ctx)}`, fromYear: "2023", toYear: "2026", goals: "Trygghet\nDelaktighet" },
  })),
  setupEntry(
    "setup: add agreement",
    "POST",
    "/arbete/:partnership/installningar/overenskommelser",
    "page",
    (ctx) => ({
      path: `${SETUP}/overenskommelser`,
      form: {
        title: `Överenskommelse ${unique(ctx)}`,
        validFrom: "2025-01-01",
        validTo: "2026-12-31",
        partyIds: [PARTY.municipality, PARTY.police],
        focusProblems: "Otrygghet",
      },
    }),
  ),
  setupEntry("API setup: apply file", "POST", "/api/v1/partnerships/:slug/setup", "api", async (ctx) => {
    const [row] = await queryRows<{ name: string; municipality_name: string; period_scheme: string }>(
      ctx.db,
      sql`select name, municipality_name, period_scheme from partnerships where id = ${DEMO_PARTNERSHIP_ID}`,
    );
    return {
      path: SETUP_API,
      json: {
        partnership: {
          slug: DEMO_SLUG,
          name: row?.name,
          municipalityName: row?.municipality_name,
          periodScheme: row?.period_scheme,
        },
        parties: [{ shortName: `F-${unique(ctx)}`, name: `Förening ${unique(ctx)}`, kind: "association" }],
      },
    };
  }),
  setupEntry("API setup: add party", "POST", "/api/v1/partnerships/:slug/setup/parties", "api", (ctx) => ({
    path: `${SETUP_API}/parties`,
    json: { kind: "school", name: `Skola ${unique(ctx)}`, shortName: `S-${unique(ctx)}` },
  })),
  setupEntry("API setup: add unit", "POST", "/api/v1/partnerships/:slug/setup/units", "api", (ctx) => ({
    path: `${SETUP_API}/units`,
    json: { partyId: PARTY.police, name: `Enhet ${unique(ctx)}` },
  })),
  setupEntry("API setup: add person", "POST", "/api/v1/partnerships/:slug/setup/people", "api", (ctx) => ({
    path: `${SETUP_API}/people`,
    json: { partyId: PARTY.police, name: `Person ${unique(ctx)}`, email: "p@example.se" },
  })),
  setupEntry("API setup: add area", "POST", "/api/v1/partnerships/:slug/setup/areas", "api", (ctx) => ({
    path: `${SETUP_API}/areas`,
    json: { name: `Område ${unique(ctx)}`, ownerPartyId: PARTY.municipality, boundary: squareBoundary },
  })),
  setupEntry(
    "API setup: classify area",
    "POST",
    "/api/v1/partnerships/:slug/setup/areas/:areaId/classifications",
    "api",
    () => ({
      path: `${SETUP_API}/areas/${AREA.skaggetorp}/classifications`,
      json: { classification: "risk", validFrom: "2016-01-01" },
    }),
  ),
  setupEntry(
    "API setup: area boundary",
    "PUT",
    "/api/v1/partnerships/:slug/setup/areas/:areaId/boundary",
    "api",
    () => ({ path: `${SETUP_API}/areas/${AREA.skaggetorp}/boundary`, json: { boundary: squareBoundary } }),
  ),
  setupEntry(
    "API setup: add goal set",
    "POST",
    "/api/v1/partnerships/:slug/setup/goal-sets",
    "api",
    (ctx) => ({
      path: `${SETUP_API}/goal-sets`,
      json: { name: `Mål ${unique(ctx)}`, fromYear: 2023, toYear: 2026, goals: ["Trygghet"] },
    }),
  ),
  setupEntry(
    "API setup: add agreement",
    "POST",
    "/api/v1/partnerships/:slug/setup/agreements",
    "api",
    (ctx) => ({
      path: `${SETUP_API}/agreements`,
      json: {
        title: `Överenskommelse ${unique(ctx)}`,
        validFrom: "2025-01-01",
        validTo: "2026-12-31",
        partyIds: [PARTY.municipality],
      },
    }),
  ),
  // The partnership's contact address for residents (issue 10.7): the page form and the API.
  setupEntry(
    "setup: contact address",
    "POST",
    "/arbete/:partnership/installningar/kontakt",
    "page",
    async (ctx) => ({
      path: `${SETUP}/kontakt`,
      form: {
        email: `kontakt-${unique(ctx)}@linkoping.se`,
        phone: "",
        version: String(await partnershipVersion(ctx)),
      },
    }),
  ),
  setupEntry(
    "API setup: contact address",
    "PUT",
    "/api/v1/partnerships/:slug/setup/contact",
    "api",
    async (ctx) => ({
      path: `${SETUP_API}/contact`,
      json: {
        email: `kontakt-${unique(ctx)}@linkoping.se`,
        phone: "013-20 60 00",
        version: await partnershipVersion(ctx),
      },
    }),
  ),
  staffRead("setup: the page", "/arbete/:partnership/installningar", "partnerships", "setup", () => SETUP),
  staffRead(
    "setup: an area's page",
    "/arbete/:partnership/installningar/omraden/:areaId",
    "partnerships",
    "setup",
    () => `${SETUP}/omraden/${AREA.skaggetorp}`,
  ),
  staffRead(
    "API setup: read",
    "/api/v1/partnerships/:slug/setup",
    "partnerships",
    "setup",
    () => SETUP_API,
    "api",
  ),
];

// Dialogues (policy "dialogues"): the pages and the API.

const DIALOGUES = `${W}/dialoger`;
const DIALOGUES_API = `/api/v1/partnerships/${DEMO_SLUG}/dialogues`;
const DIALOGUE = DEMO_DIALOGUE.doors;
const DIALOGUE_FINDING = DEMO_FINDING.doorsLitter;
/** A finding the removal cases remove (put back before each case). */
const REMOVABLE_FINDING = "e1d2c3b4-a596-4877-8899-aabbccddee01";
const dialogueVersion = (ctx: CaseContext) => versionOf(ctx.db, "dialogues", DIALOGUE);
const dialogueForm = (ctx: CaseContext) => ({
  kind: "citizen",
  title: `Dialog ${unique(ctx)}`,
  heldOn: "2016-11-12",
  areaId: AREA.skaggetorp,
  method: "meeting",
  organiserIds: [PARTY.municipality],
});
const dialogueJson = (ctx: CaseContext) => ({
  ...dialogueForm(ctx),
  participants: [{ gender: "women", ageBand: "25-44", count: 7 }],
});
const putBackFinding = async (ctx: CaseContext) => {
  await ctx.db.execute(
    sql`INSERT INTO dialogue_findings (id, dialogue_id, category, statement, raised_by)
        VALUES (${REMOVABLE_FINDING}, ${DIALOGUE}, 'annat', 'Matrisens problem.', 5) ON CONFLICT DO NOTHING`,
  );
};
const dialogueEntry = (
  id: string,
  method: MatrixEntry["method"],
  route: string,
  via: "page" | "api",
  request: MatrixEntry["request"],
  prepare?: MatrixEntry["prepare"],
): MatrixEntry => ({
  id,
  method,
  route,
  via,
  policy: "dialogues",
  action: "manage",
  scoping: "partnership",
  resource: partnership,
  request,
  ...(prepare ? { prepare } : {}),
});

const DIALOGUE_ENTRIES: MatrixEntry[] = [
  dialogueEntry("dialogues: record", "POST", "/arbete/:partnership/dialoger", "page", (ctx) => ({
    path: DIALOGUES,
    form: {
      ...dialogueForm(ctx),
      "participants.0.gender": "men",
      "participants.0.ageBand": "16-24",
      "participants.0.count": "5",
    },
  })),
  dialogueEntry(
    "dialogues: change",
    "POST",
    "/arbete/:partnership/dialoger/:dialogueId",
    "page",
    async (ctx) => ({
      path: `${DIALOGUES}/${DIALOGUE}`,
      form: { ...dialogueForm(ctx), version: String(await dialogueVersion(ctx)) },
    }),
  ),
  dialogueEntry(
    "dialogues: återkoppling",
    "POST",
    "/arbete/:partnership/dialoger/:dialogueId/aterkoppling",
    "page",
    async (ctx) => ({
      path: `${DIALOGUES}/${DIALOGUE}/aterkoppling`,
      form: {
        feedbackOn: "2016-12-01",
        feedbackHow: `Brev ${unique(ctx)}`,
        version: String(await dialogueVersion(ctx)),
      },
    }),
  ),
  dialogueEntry(
    "dialogues: add finding",
    "POST",
    "/arbete/:partnership/dialoger/:dialogueId/problem",
    "page",
    async (ctx) => ({
      path: `${DIALOGUES}/${DIALOGUE}/problem`,
      form: {
        category: "trafik",
        statement: `Problem ${unique(ctx)}`,
        raisedBy: "6",
        version: String(await dialogueVersion(ctx)),
      },
    }),
  ),
  dialogueEntry(
    "dialogues: link finding",
    "POST",
    "/arbete/:partnership/dialoger/:dialogueId/problem/:findingId/punkter",
    "page",
    async (ctx) => ({
      path: `${DIALOGUES}/${DIALOGUE}/problem/${DIALOGUE_FINDING}/punkter`,
      form: { commitmentIds: [COMMITMENT[2]], version: String(await dialogueVersion(ctx)) },
    }),
  ),
  dialogueEntry(
    "dialogues: remove finding",
    "POST",
    "/arbete/:partnership/dialoger/:dialogueId/problem/:findingId/ta-bort",
    "page",
    async (ctx) => ({
      path: `${DIALOGUES}/${DIALOGUE}/problem/${REMOVABLE_FINDING}/ta-bort`,
      form: { version: String(await dialogueVersion(ctx)) },
    }),
    putBackFinding,
  ),
  dialogueEntry("API dialogues: record", "POST", "/api/v1/partnerships/:slug/dialogues", "api", (ctx) => ({
    path: DIALOGUES_API,
    json: dialogueJson(ctx),
  })),
  dialogueEntry(
    "API dialogues: change",
    "PUT",
    "/api/v1/partnerships/:slug/dialogues/:dialogueId",
    "api",
    async (ctx) => ({
      path: `${DIALOGUES_API}/${DIALOGUE}`,
      json: { ...dialogueJson(ctx), version: await dialogueVersion(ctx) },
    }),
  ),
  dialogueEntry(
    "API dialogues: återkoppling",
    "PUT",
    "/api/v1/partnerships/:slug/dialogues/:dialogueId/feedback",
    "api",
    async (ctx) => ({
      path: `${DIALOGUES_API}/${DIALOGUE}/feedback`,
      json: {
        feedbackOn: "2016-12-01",
        feedbackHow: `Brev ${unique(ctx)}`,
        version: await dialogueVersion(ctx),
      },
    }),
  ),
  dialogueEntry(
    "API dialogues: add finding",
    "POST",
    "/api/v1/partnerships/:slug/dialogues/:dialogueId/findings",
    "api",
    async (ctx) => ({
      path: `${DIALOGUES_API}/${DIALOGUE}/findings`,
      json: {
        category: "trafik",
        statement: `Problem ${unique(ctx)}`,
        raisedBy: 6,
        version: await dialogueVersion(ctx),
      },
    }),
  ),
  dialogueEntry(
    "API dialogues: link finding",
    "PUT",
    "/api/v1/partnerships/:slug/dialogues/:dialogueId/findings/:findingId/commitments",
    "api",
    async (ctx) => ({
      path: `${DIALOGUES_API}/${DIALOGUE}/findings/${DIALOGUE_FINDING}/commitments`,
      json: { commitmentIds: [COMMITMENT[2]], version: await dialogueVersion(ctx) },
    }),
  ),
  dialogueEntry(
    "API dialogues: remove finding",
    "DELETE",
    "/api/v1/partnerships/:slug/dialogues/:dialogueId/findings/:findingId",
    "api",
    async (ctx) => ({
      path: `${DIALOGUES_API}/${DIALOGUE}/findings/${REMOVABLE_FINDING}`,
      json: { version: await dialogueVersion(ctx) },
    }),
    putBackFinding,
  ),
  staffRead("dialogues: the list", "/arbete/:partnership/dialoger", "dialogues", "read", () => DIALOGUES),
  staffRead(
    "dialogues: the new form",
    "/arbete/:partnership/dialoger/ny",
    "dialogues",
    "manage",
    () => `${DIALOGUES}/ny`,
  ),
  staffRead(
    "dialogues: a dialogue",
    "/arbete/:partnership/dialoger/:dialogueId",
    "dialogues",
    "read",
    () => `${DIALOGUES}/${DIALOGUE}`,
  ),
  staffRead(
    "dialogues: why this point",
    "/arbete/:partnership/dialoger/punkter/:commitmentId",
    "dialogues",
    "read",
    () => `${DIALOGUES}/punkter/${COMMITMENT[7]}`,
  ),
  staffRead(
    "API dialogues: list",
    "/api/v1/partnerships/:slug/dialogues",
    "dialogues",
    "read",
    () => DIALOGUES_API,
    "api",
  ),
  staffRead(
    "API dialogues: one",
    "/api/v1/partnerships/:slug/dialogues/:dialogueId",
    "dialogues",
    "read",
    () => `${DIALOGUES_API}/${DIALOGUE}`,
    "api",
  ),
  staffRead(
    "API dialogues: why this point",
    "/api/v1/partnerships/:slug/points/:commitmentId/reasons",
    "dialogues",
    "read",
    () => `/api/v1/partnerships/${DEMO_SLUG}/points/${COMMITMENT[7]}/reasons`,
    "api",
  ),
];
// End of the dialogues' block.

// Safety walks (policy "walks"): recording and correcting findings, moving a finding's status (its
// owners, by the round's point-ownership rule), marking a description public, the photos'
// retention (configure), and the reads.

const WALKS = `${W}/trygghetsvandringar`;
const WALKS_API = `/api/v1/partnerships/${DEMO_SLUG}/walks`;
/** The demo walk's finding of each point target's party and unit. */
const WALK_FINDING: Record<PointTarget, string> = {
  municipality: DEMO_WALK_FINDING.vegetation,
  municipalityOtherUnit: DEMO_WALK_FINDING.lighting,
  police: DEMO_WALK_FINDING.traffic,
};
const resetFinding = async (ctx: CaseContext, id: string) => {
  await ctx.db.execute(
    sql`UPDATE walk_findings SET status = 'new', rejection_reason = NULL, version = 1 WHERE id = ${id}`,
  );
};
/** The walks' settings back to the defaults (no row: version 1). */
const walkSettingsDefaults = async (ctx: CaseContext) => {
  await ctx.db.execute(sql`DELETE FROM walk_settings WHERE partnership_id = ${DEMO_PARTNERSHIP_ID}`);
};
const findingResource = (ctx: CaseContext) => ({
  partnershipId: DEMO_PARTNERSHIP_ID,
  responsiblePartyId: partyOf(ctx.point),
  responsiblePartyKind: kindOf(ctx.point),
  unitId: UNIT_OF[ctx.point],
});
const walkEntry = (
  id: string,
  method: MatrixEntry["method"],
  route: string,
  via: "page" | "api",
  request: MatrixEntry["request"],
  prepare?: MatrixEntry["prepare"],
): MatrixEntry => ({
  id,
  method,
  route,
  via,
  policy: "walks",
  action: "manage",
  scoping: "partnership",
  resource: partnership,
  request,
  ...(prepare ? { prepare } : {}),
});
const findingFields = {
  category: "lighting",
  responsiblePartyId: PARTY.municipality,
  latitude: "58.425",
  longitude: "15.59",
};

/** The demo's litter finding as stored (its responsible party kept: the status cases own by it). */
const litterFields = {
  category: "litter",
  description: "Mycket skräp vid miljöstugan bakom centrumhuset.",
  responsiblePartyId: PARTY.propertyOwners,
  latitude: "58.424",
  longitude: "15.588",
};

const WALK_ENTRIES: MatrixEntry[] = [
  walkEntry("walks: record a walk", "POST", "/arbete/:partnership/trygghetsvandringar", "page", () => ({
    path: WALKS,
    form: { areaId: AREA.skaggetorp, walkedOn: "2026-10-01", residents: "5" },
  })),
  walkEntry(
    "walks: add a finding",
    "POST",
    "/arbete/:partnership/trygghetsvandringar/:walkId/fynd",
    "page",
    () => ({
      path: `${WALKS}/${DEMO_WALK_ID}/fynd`,
      form: { ...findingFields, "karta.x": "200", "karta.y": "150" },
    }),
  ),
  walkEntry(
    "walks: description public",
    "POST",
    "/arbete/:partnership/trygghetsvandringar/:walkId/fynd/:findingId/publicering",
    "page",
    () => ({
      path: `${WALKS}/${DEMO_WALK_ID}/fynd/${DEMO_WALK_FINDING.litter}/publicering`,
      form: { version: "1", descriptionPublic: "true" },
    }),
    (ctx) => resetFinding(ctx, DEMO_WALK_FINDING.litter),
  ),
  walkEntry(
    "walks: correct a finding",
    "POST",
    "/arbete/:partnership/trygghetsvandringar/:walkId/fynd/:findingId/andra",
    "page",
    () => ({
      path: `${WALKS}/${DEMO_WALK_ID}/fynd/${DEMO_WALK_FINDING.litter}/andra`,
      form: { ...litterFields, version: "1", "karta.x": "210", "karta.y": "160" },
    }),
    (ctx) => resetFinding(ctx, DEMO_WALK_FINDING.litter),
  ),
  walkEntry("API walks: record a walk", "POST", "/api/v1/partnerships/:slug/walks", "api", () => ({
    path: WALKS_API,
    json: { areaId: AREA.skaggetorp, walkedOn: "2026-10-02", youth: 2 },
  })),
  walkEntry(
    "API walks: add a finding",
    "POST",
    "/api/v1/partnerships/:slug/walks/:walkId/findings",
    "api",
    () => ({
      path: `${WALKS_API}/${DEMO_WALK_ID}/findings`,
      json: { ...findingFields, latitude: 58.425, longitude: 15.59 },
    }),
  ),
  walkEntry(
    "API walks: description public",
    "PATCH",
    "/api/v1/partnerships/:slug/walks/:walkId/findings/:findingId",
    "api",
    () => ({
      path: `${WALKS_API}/${DEMO_WALK_ID}/findings/${DEMO_WALK_FINDING.litter}`,
      json: { version: 1, descriptionPublic: true },
    }),
    (ctx) => resetFinding(ctx, DEMO_WALK_FINDING.litter),
  ),
  walkEntry(
    "API walks: correct a finding",
    "PUT",
    "/api/v1/partnerships/:slug/walks/:walkId/findings/:findingId",
    "api",
    () => ({
      path: `${WALKS_API}/${DEMO_WALK_ID}/findings/${DEMO_WALK_FINDING.litter}`,
      json: { ...litterFields, latitude: 58.424, longitude: 15.588, version: 1 },
    }),
    (ctx) => resetFinding(ctx, DEMO_WALK_FINDING.litter),
  ),
  ...(["page", "api"] as const).map(
    (via): MatrixEntry => ({
      id: via === "page" ? "walks: finding status" : "API walks: finding status",
      method: "POST",
      route:
        via === "page"
          ? "/arbete/:partnership/trygghetsvandringar/:walkId/fynd/:findingId/status"
          : "/api/v1/partnerships/:slug/walks/:walkId/findings/:findingId/status",
      via,
      policy: "walks",
      action: "updateStatus",
      scoping: "point",
      resource: findingResource,
      prepare: (ctx) => resetFinding(ctx, WALK_FINDING[ctx.point]),
      request: (ctx) =>
        via === "page"
          ? {
              path: `${WALKS}/${DEMO_WALK_ID}/fynd/${WALK_FINDING[ctx.point]}/status`,
              form: { status: "in_progress", version: "1" },
            }
          : {
              path: `${WALKS_API}/${DEMO_WALK_ID}/findings/${WALK_FINDING[ctx.point]}/status`,
              json: { status: "in_progress", version: 1 },
            },
    }),
  ),
  {
    ...walkEntry(
      "walks: photo retention (form)",
      "POST",
      "/arbete/:partnership/trygghetsvandringar/installningar",
      "page",
      () => ({ path: `${WALKS}/installningar`, form: { photoRetentionMonths: "18", version: "1" } }),
      (ctx) => walkSettingsDefaults(ctx),
    ),
    action: "configure",
  },
  {
    ...walkEntry(
      "API walks: change the photo retention",
      "PUT",
      "/api/v1/partnerships/:slug/walk-settings",
      "api",
      () => ({
        path: `/api/v1/partnerships/${DEMO_SLUG}/walk-settings`,
        json: { photoRetentionMonths: 6, version: 1 },
      }),
      (ctx) => walkSettingsDefaults(ctx),
    ),
    action: "configure",
  },
  staffRead(
    "API walks: the settings",
    "/api/v1/partnerships/:slug/walk-settings",
    "walks",
    "read",
    () => `/api/v1/partnerships/${DEMO_SLUG}/walk-settings`,
    "api",
  ),
  staffRead("walks: the list", "/arbete/:partnership/trygghetsvandringar", "walks", "read", () => WALKS),
  staffRead(
    "walks: a walk",
    "/arbete/:partnership/trygghetsvandringar/:walkId",
    "walks",
    "read",
    () => `${WALKS}/${DEMO_WALK_ID}`,
  ),
  staffRead(
    "walks: the page correcting a finding",
    "/arbete/:partnership/trygghetsvandringar/:walkId/fynd/:findingId/andra",
    "walks",
    "manage",
    () => `${WALKS}/${DEMO_WALK_ID}/fynd/${DEMO_WALK_FINDING.litter}/andra`,
  ),
  staffRead(
    "walks: a walk's map image",
    "/arbete/:partnership/trygghetsvandringar/:walkId/karta.svg",
    "walks",
    "read",
    () => `${WALKS}/${DEMO_WALK_ID}/karta.svg`,
  ),
  {
    ...staffRead(
      "walks: a finding's photo",
      "/arbete/:partnership/trygghetsvandringar/:walkId/fynd/:findingId/foto",
      "walks",
      "read",
      () => `${WALKS}/${DEMO_WALK_ID}/fynd/${DEMO_WALK_FINDING.lighting}/foto`,
    ),
    async prepare(ctx) {
      await ctx.db.execute(
        sql`INSERT INTO walk_finding_photos (finding_id, content_type, data)
            VALUES (${DEMO_WALK_FINDING.lighting}, 'image/png', 'iVBORw0KGgo=') ON CONFLICT DO NOTHING`,
      );
    },
  },
  staffRead(
    "API walks: the list",
    "/api/v1/partnerships/:slug/walks",
    "walks",
    "read",
    () => WALKS_API,
    "api",
  ),
  staffRead(
    "API walks: a walk",
    "/api/v1/partnerships/:slug/walks/:walkId",
    "walks",
    "read",
    () => `${WALKS_API}/${DEMO_WALK_ID}`,
    "api",
  ),
];

// --- Survey indicators (policy "indicators"; issue 11.3) ---

const surveyCsv = (ctx: CaseContext) =>
  `indikator;typ;område;år;grupp;värde;källa;n\nMatrisens indikator ${unique(ctx)};procent;Skäggetorp;2016;alla;42;Matrisen;100\n`;
const INDICATOR_ENTRIES: MatrixEntry[] = [
  {
    id: "indicators: import results (page)",
    method: "POST",
    route: "/arbete/:partnership/trygghet/import",
    via: "page",
    policy: "indicators",
    action: "import",
    scoping: "partnership",
    resource: partnership,
    request: (ctx) => ({ path: `${W}/trygghet/import`, form: { step: "import", content: surveyCsv(ctx) } }),
  },
  {
    id: "API: import survey results",
    method: "POST",
    route: "/api/v1/partnerships/:slug/indicators/import",
    via: "api",
    policy: "indicators",
    action: "import",
    scoping: "partnership",
    resource: partnership,
    request: (ctx) => ({
      path: `/api/v1/partnerships/${DEMO_SLUG}/indicators/import`,
      raw: { type: "text/csv", content: surveyCsv(ctx) },
    }),
  },
  staffRead(
    "indicators: the page",
    "/arbete/:partnership/trygghet",
    "indicators",
    "read",
    () => `${W}/trygghet`,
  ),
  staffRead(
    "API: survey indicators",
    "/api/v1/partnerships/:slug/indicators",
    "indicators",
    "read",
    () => `/api/v1/partnerships/${DEMO_SLUG}/indicators`,
    "api",
  ),
];

export const CATALOG: readonly MatrixEntry[] = [
  ...ROUND,
  ...CALENDAR,
  ...EDITOR,
  ...IMPORTS,
  ...POINT_IMPORTS,
  ...REPORTS,
  ...ACCOUNTS,
  ...SIGN_IN,
  ...SYSTEM,
  ...READS,
  ...STAFF_READS,
  ...SETUP_ENTRIES,
  ...PREVENTION_ENTRIES,
  ...DIALOGUE_ENTRIES,
  ...INCIDENT_ENTRIES,
  ...WALK_ENTRIES,
  ...INDICATOR_ENTRIES,
];

/** Actions of the declared tables that no HTTP route performs, and why (the rest are all above). */
export const ACTIONS_WITHOUT_ROUTE: Record<string, string> = {
  "system.inviteSystemAdministrator":
    "only the command line (`admin:invite`) invites a system administrator (system/system.http.test.ts)",
};

/**
 * Mutating routes that are not in the matrix, and why. Signing in and out are not governed by a
 * policy: signing in is how a viewer comes to exist (it is guarded by throttling and a same-origin
 * check, tested in accounts.http.test.ts), and signing out ends one's own session whoever one is.
 */
export const NOT_IN_MATRIX: Record<string, string> = {
  "POST /logga-in": "signing in creates the viewer the policies are asked about (accounts.http.test.ts)",
  "POST /logga-ut": "signing out ends the caller's own session; anyone may (accounts.http.test.ts)",
  "POST /glomt-losenord":
    "asking for a reset link is public by design: the same answer whether or not the address has an account, rate-limited per address (account-links.http.test.ts)",
  "POST /inbjudan/:token":
    "the one-time link is the credential (hashed, expiring, single use; account-links.http.test.ts)",
  "POST /nytt-losenord/:token":
    "the one-time link is the credential (hashed, expiring, single use; account-links.http.test.ts)",
  // --- subscriptions (following a promise or an area by e-mail) ---
  "POST /:partnership/folj":
    "following by e-mail is anonymous by design (the same for everyone): origin-checked, rate-limited per client and address, double opt-in (subscriptions.http.test.ts)",
  "POST /prenumerera/bekrafta/:token":
    "the confirmation link is the credential (hashed, expiring; subscriptions.http.test.ts)",
  "POST /avprenumerera/:token":
    "the link of a subscription's mail is the credential; RFC 8058 one-click (subscriptions.http.test.ts)",
  "POST /api/v1/subscriptions":
    "following by e-mail is anonymous by design: rate-limited, double opt-in (subscriptions.http.test.ts)",
  "POST /api/v1/subscriptions/confirm": "the mail's token is the credential (subscriptions.http.test.ts)",
  "POST /api/v1/subscriptions/unsubscribe": "the mail's token is the credential (subscriptions.http.test.ts)",
  // Signing in through an OpenID provider is two GETs, so no entry is needed here; they are part
  // of signing in like POST /logga-in: GET /logga-in/med/:providerId (start: state, nonce, PKCE)
  // and GET /logga-in/oidc/callback (the provider's answer), tested in sso/sso.http.test.ts.
};

/**
 * Reads under /arbete/ and of the API that are not in the matrix, and why. Every other such GET must
 * have a catalog entry (the completeness test), so a new internal read cannot skip the matrix.
 */
export const READS_NOT_IN_MATRIX: Record<string, string> = {
  "GET /arbete": "the signed-in account's own list of workspaces (accounts.http.test.ts)",
  "GET /api/v1/me": "the caller's own account (accounts.http.test.ts)",
  "GET /arbete/:partnership/lagesbild":
    "redirects to the newest year's lägesbild, whose page is in the matrix (listing the years asks prevention.read)",
  "GET /api/v1/openapi.json": "the public API document",
  "GET /api/v1/schemas/partnership-setup.json": "the setup file's format (JSON Schema), public by design",
  "GET /api/v1/partnerships": "public: the publishing boundary (publishing tests and property test)",
  "GET /api/v1/partnerships/:partnershipId": "public: the publishing boundary",
  "GET /api/v1/partnerships/:partnershipId/parties": "public: the publishing boundary",
  "GET /api/v1/partnerships/:partnershipId/areas": "public: the publishing boundary",
  "GET /api/v1/partnerships/:partnershipId/periods": "public: the publishing boundary",
  "GET /api/v1/promises": "public: the publishing boundary",
  "GET /api/v1/promises/:promiseId": "public: the publishing boundary",
  "GET /api/v1/promises/:promiseId/follow-ups": "public: the publishing boundary",
  "GET /api/v1/promises/:promiseId/progress": "public: the publishing boundary",
  "GET /api/v1/commitments/:commitmentId": "public: the publishing boundary",
  "GET /api/v1/spreadsheets/template.xlsx": "an empty template, public by design",
  "GET /api/v1/spreadsheets/template.csv": "an empty template, public by design",
  "GET /arbete/:partnership/loften/mall.xlsx": "an empty template (the page twin of the public API template)",
  "GET /arbete/:partnership/loften/mall.csv": "an empty template (the page twin of the public API template)",
  "GET /arbete/:partnership/inloggning":
    "the sign-in settings page; its changes are in the matrix (accounts.manageSignIn)",
  "GET /arbete/:partnership/rapporter/standard":
    "the defaults page; its changes are in the matrix (reports.editDefaults)",
  "GET /arbete/:partnership/loften/:ref/aterrapportering/redigera":
    "the edit form; its change is in the matrix (reports.editFormalParts)",
  "GET /arbete/:partnership/loften/:ref/aterrapportering/listor/:list":
    "a list's edit form; its change is in the matrix (reports.editFormalParts)",
};

/**
 * `ALL` routes of the app are middleware (Hono lists `use` as ALL); each is named here so that a
 * handler registered with `all()` — a mutation the catalog would miss — fails the test.
 */
export const MIDDLEWARE: Record<string, string> = {
  "/*": "the published snapshot (public pages from memory), headers, request context, authentication and CSRF",
};
