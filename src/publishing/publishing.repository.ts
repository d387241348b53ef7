/**
 * The queries of the read models. Each one assembles what a page or an API answer needs in one
 * round trip (JSON aggregated in SQL), and every filter on lifecycle state is applied here, in
 * SQL, so that unpublished rows never leave the database for a public read model.
 *
 * `audience` says whose read it is: `public` (what residents see, whoever is signed in) or
 * `staff` (the workspace preview: every status and state of one partnership's promise).
 */
import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "../platform/db/client.js";
import { queryRows } from "../platform/db/rows.js";
import type { LocalizedText } from "../platform/i18n/localized-text.js";
import {
  PUBLIC_FOLLOW_UP_STATES,
  PUBLIC_PROMISE_STATUSES,
  PUBLIC_REPORT_STATUSES,
} from "./publishing.policy.js";
import type { AreaClassification, PublishedReport } from "./publishing.types.js";

export type Audience = "public" | "staff";

const list = (values: readonly string[]): SQL =>
  sql`(${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;
const PUBLIC_PROMISE = list(PUBLIC_PROMISE_STATUSES);
const PUBLIC_FOLLOW_UP = list(PUBLIC_FOLLOW_UP_STATES);
const PUBLIC_REPORT = list(PUBLIC_REPORT_STATUSES);

/** A timestamp as the ISO string `Date#toISOString` gives, the same on both databases. */
const iso = (column: SQL): SQL => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export interface AreaRef {
  id: string;
  name: string;
}
export interface PartyRef {
  id: string;
  name: string;
  kind: string;
}

/** A promise with what its summary shows (areas, parties, number of points, demo flag). */
export interface PromiseSummaryRow {
  id: string;
  ref: string;
  partnershipId: string;
  partnershipSlug: string;
  partnershipName: string;
  title: LocalizedText;
  fromYear: number;
  toYear: number;
  status: string;
  signedOn: string | null;
  areas: AreaRef[];
  parties: PartyRef[];
  commitmentCount: number;
  demo: boolean;
  /** A report-back edition of the promise is published. */
  reportPublished: boolean;
}

/** The summary columns of promise `p` (areas, parties, count and demo flag as subqueries). */
const SUMMARY_COLUMNS = sql`
  p.id, p.ref, p.partnership_id as "partnershipId", pa.slug as "partnershipSlug", pa.name as "partnershipName", p.title,
  p.from_year as "fromYear", p.to_year as "toYear", p.status, p.signed_on::text as "signedOn",
  coalesce((
    select json_agg(json_build_object('id', a.id, 'name', a.name) order by a.name)
    from promise_areas x join areas a on a.id = x.area_id where x.promise_id = p.id
  ), '[]') as areas,
  coalesce((
    select json_agg(json_build_object('id', t.id, 'name', t.name, 'kind', t.kind) order by t.kind, t.name)
    from promise_parties x join parties t on t.id = x.party_id where x.promise_id = p.id
  ), '[]') as parties,
  (select count(*)::int from commitments c where c.promise_id = p.id) as "commitmentCount",
  exists (
    select 1 from demo_markers m where m.table_name = 'promises' and m.row_id = p.id::text
  ) as demo,
  exists (
    select 1 from report_backs r where r.promise_id = p.id and r.status in ${PUBLIC_REPORT}
  ) as "reportPublished"`;

/**
 * The periods of promise `p` whose period report is public (`rp` a reporting period): the period
 * is closed, the promise's points have at least one follow-up in it, and every one of them is
 * approved (a report of a period still being approved would mix approved and unapproved results).
 */
const PUBLIC_PERIOD_REPORT = sql`rp.partnership_id = p.partnership_id
  and rp.year between p.from_year and p.to_year
  and rp.closed_at is not null
  and exists (
    select 1 from follow_ups f join commitments c on c.id = f.commitment_id
    where c.promise_id = p.id and f.period_id = rp.id and f.state in ${PUBLIC_FOLLOW_UP})
  and not exists (
    select 1 from follow_ups f join commitments c on c.id = f.commitment_id
    where c.promise_id = p.id and f.period_id = rp.id and f.state not in ${PUBLIC_FOLLOW_UP})`;

/** Where a page of the API's list starts: after this promise in the list's order. */
export interface PromiseCursor {
  fromYear: number;
  ref: string;
  id: string;
}

/**
 * Public promises matching the filter, newest first (from_year desc, ref, id: a total order, so a
 * cursor is exact), at most `limit`, after `after` when given. The cursor's condition starts an
 * index scan of `promises_list_idx` at the cursor's year (a few rows of that year are skipped).
 */
export function selectPublicPromiseSummaries(
  ex: Executor,
  filter: {
    partnershipId?: string;
    year?: number;
    status?: string;
    limit?: number;
    after?: PromiseCursor;
  } = {},
): Promise<PromiseSummaryRow[]> {
  const conditions = [sql`p.status in ${PUBLIC_PROMISE}`];
  if (filter.partnershipId) conditions.push(sql`p.partnership_id = ${filter.partnershipId}`);
  if (filter.year !== undefined) conditions.push(sql`${filter.year} between p.from_year and p.to_year`);
  if (filter.status !== undefined) conditions.push(sql`p.status = ${filter.status}`);
  const after = filter.after;
  if (after)
    conditions.push(sql`p.from_year <= ${after.fromYear}
      and (p.from_year < ${after.fromYear} or (p.ref, p.id) > (${after.ref}, ${after.id}::uuid))`);
  return queryRows<PromiseSummaryRow>(
    ex,
    sql`select ${SUMMARY_COLUMNS}
        from promises p join partnerships pa on pa.id = p.partnership_id
        where ${sql.join(conditions, sql` and `)}
        order by p.from_year desc, p.ref, p.id${filter.limit === undefined ? sql`` : sql` limit ${filter.limit}`}`,
  );
}

export interface PeriodJson {
  id: string;
  code: string;
  year: number;
  index: number;
  startsOn: string;
  endsOn: string;
  deadline: string;
  closed: boolean;
}

/** The head of a promise page: the promise, its summary, agreement, periods and published reports. */
export interface PromiseHeadRow extends PromiseSummaryRow {
  background: LocalizedText | null;
  howMade: LocalizedText | null;
  agreement: { id: string; title: LocalizedText; signedOn: string | null } | null;
  /** The current police classification of each of the promise's areas, by area id. */
  classifications: AreaClassification[];
  periods: PeriodJson[];
  reports: PublishedReport[];
  /** Codes of the periods whose period report is public, oldest first. */
  periodReports: string[];
  /** The promise's areas with their GeoJSON boundary (null when none), for the map. */
  boundaries: { id: string; name: string; geojson: unknown }[];
  /** The partnership's contact address (shown on public pages). */
  contact: PartnershipContact;
}

export interface PartnershipContact {
  name: string;
  email: string | null;
  phone: string | null;
}

const CONTACT_JSON = sql`json_build_object('name', pa.name, 'email', pa.contact_email, 'phone', pa.contact_phone)`;

const PERIOD_JSON = sql`json_build_object(
  'id', rp.id, 'code', rp.code, 'year', rp.year, 'index', rp.index, 'startsOn', rp.starts_on,
  'endsOn', rp.ends_on, 'deadline', rp.deadline, 'closed', rp.closed_at is not null)`;

/**
 * One promise by id or reference: public ones only for the public, any status of one
 * partnership for its staff. Null when there is none the audience may see.
 */
export async function selectPromiseHead(
  ex: Executor,
  key: { id: string } | { ref: string; partnershipSlug?: string },
  scope: { audience: "public" } | { audience: "staff"; partnershipId: string },
): Promise<PromiseHeadRow | null> {
  const where =
    "id" in key
      ? sql`p.id = ${key.id}`
      : key.partnershipSlug === undefined
        ? sql`p.ref = ${key.ref}`
        : sql`p.ref = ${key.ref} and p.partnership_id = ${partnershipOf(key.partnershipSlug)}`;
  const [row] = await selectPromiseHeads(ex, where, scope);
  return row ?? null;
}

/** The heads of several public promises in one query (open data reads the whole country). */
export function selectPublicPromiseHeads(ex: Executor, ids: readonly string[]): Promise<PromiseHeadRow[]> {
  return ids.length === 0 ? Promise.resolve([]) : selectPromiseHeads(ex, sql`p.id in ${list(ids)}`, PUBLIC);
}

const PUBLIC = { audience: "public" } as const;

function selectPromiseHeads(
  ex: Executor,
  where: SQL,
  scope: { audience: "public" } | { audience: "staff"; partnershipId: string },
): Promise<PromiseHeadRow[]> {
  const visible =
    scope.audience === "public"
      ? sql`p.status in ${PUBLIC_PROMISE}`
      : sql`p.partnership_id = ${scope.partnershipId}`;
  return queryRows<PromiseHeadRow>(
    ex,
    sql`select ${SUMMARY_COLUMNS}, p.background, p.how_made as "howMade",
          (select json_build_object('id', g.id, 'title', g.title, 'signedOn', g.signed_on)
             from agreements g where g.id = p.agreement_id) as agreement,
          coalesce((
            select json_agg(json_build_object('areaId', k.area_id, 'classification', k.classification))
            from (
              select distinct on (k.area_id) k.area_id, k.classification
              from promise_areas x join area_classifications k on k.area_id = x.area_id
              where x.promise_id = p.id order by k.area_id, k.valid_from desc
            ) k
          ), '[]') as classifications,
          coalesce((
            select json_agg(${PERIOD_JSON} order by rp.starts_on)
            from reporting_periods rp where rp.partnership_id = p.partnership_id
          ), '[]') as periods,
          coalesce((
            select json_agg(json_build_object(
              'id', r.id, 'edition', r.edition, 'title', r.title,
              'registrationNumber', r.registration_number, 'datedOn', r.dated_on, 'matter', r.matter,
              'replaced', r.replaced_at is not null,
              'decisions', coalesce((
                select json_agg(json_build_object(
                  'step', d.step, 'body', d.body, 'decidedOn', d.decided_on, 'paragraph', d.paragraph,
                  'text', d.text)
                  order by d.decided_on, d.created_at)
                from report_decisions d where d.report_id = r.id
              ), '[]')) order by r.edition desc)
            from report_backs r where r.promise_id = p.id and r.status in ${PUBLIC_REPORT}
          ), '[]') as reports,
          coalesce((
            select json_agg(rp.code order by rp.starts_on) from reporting_periods rp
            where ${scope.audience === "public" ? PUBLIC_PERIOD_REPORT : sql`false`}
          ), '[]') as "periodReports",
          coalesce((
            select json_agg(json_build_object('id', a.id, 'name', a.name, 'geojson', a.geojson) order by a.name)
            from promise_areas x join areas a on a.id = x.area_id where x.promise_id = p.id
          ), '[]') as boundaries,
          ${CONTACT_JSON} as contact
        from promises p join partnerships pa on pa.id = p.partnership_id
        where ${where} and ${visible}`,
  );
}

export interface LineageJson {
  commitmentId: string;
  promiseRef: string;
  number: number;
}

export interface CommitmentJsonRow {
  id: string;
  promiseId: string;
  externalId: string;
  number: number;
  text: LocalizedText;
  responsibleKind: string;
  weight: number;
  carryOver: string | null;
  carryOverReason: LocalizedText | null;
  parties: (PartyRef & { role: string })[];
  units: AreaRef[];
  goals: { id: string; number: number; text: LocalizedText }[];
  targets: {
    id: string;
    position: number;
    description: LocalizedText;
    unit: string;
    targetValue: number | null;
    direction: string;
  }[];
  carriedFrom: LineageJson | null;
  carriedTo: LineageJson[];
}

/**
 * The points of a promise with their parties, units, council goals, targets and lineage. A
 * lineage link is kept only to a promise the audience may see (public: a public promise; staff:
 * one of the same partnership, or a public one).
 */
export function selectCommitments(
  ex: Executor,
  promise: { id: string; partnershipId: string },
  audience: Audience,
): Promise<CommitmentJsonRow[]> {
  return selectCommitmentsWhere(ex, sql`c.promise_id = ${promise.id}`, promise.partnershipId, audience);
}

/** The points of several public promises in one query, by promise and number. */
export function selectPublicCommitments(
  ex: Executor,
  promiseIds: readonly string[],
): Promise<CommitmentJsonRow[]> {
  if (promiseIds.length === 0) return Promise.resolve([]);
  return selectCommitmentsWhere(ex, sql`c.promise_id in ${list(promiseIds)}`, null, "public");
}

function selectCommitmentsWhere(
  ex: Executor,
  where: SQL,
  partnershipId: string | null,
  audience: Audience,
): Promise<CommitmentJsonRow[]> {
  const linkVisible = (alias: string) => {
    const p = sql.raw(alias);
    return audience === "public"
      ? sql`${p}.status in ${PUBLIC_PROMISE}`
      : sql`(${p}.partnership_id = ${partnershipId} or ${p}.status in ${PUBLIC_PROMISE})`;
  };
  return queryRows<CommitmentJsonRow>(
    ex,
    sql`select c.id, c.promise_id as "promiseId", c.external_id as "externalId", c.number, c.text,
          c.responsible_kind as "responsibleKind", c.weight, c.carry_over as "carryOver",
          c.carry_over_reason as "carryOverReason",
          coalesce((
            select json_agg(json_build_object('id', t.id, 'name', t.name, 'kind', t.kind, 'role', x.role)
              order by t.kind, t.name)
            from commitment_parties x join parties t on t.id = x.party_id where x.commitment_id = c.id
          ), '[]') as parties,
          coalesce((
            select json_agg(json_build_object('id', u.id, 'name', u.name) order by u.name)
            from commitment_units x join units u on u.id = x.unit_id where x.commitment_id = c.id
          ), '[]') as units,
          coalesce((
            select json_agg(json_build_object('id', g.id, 'number', g.number, 'text', g.text) order by g.number)
            from commitment_goals x join council_goals g on g.id = x.goal_id where x.commitment_id = c.id
          ), '[]') as goals,
          coalesce((
            select json_agg(json_build_object(
              'id', t.id, 'position', t.position, 'description', t.description, 'unit', t.unit,
              'targetValue', t.target_value, 'direction', t.direction) order by t.position)
            from targets t where t.commitment_id = c.id
          ), '[]') as targets,
          (select json_build_object('commitmentId', f.id, 'promiseRef', fp.ref, 'number', f.number)
             from commitments f join promises fp on fp.id = f.promise_id
             where f.id = c.carried_from_id and ${linkVisible("fp")}) as "carriedFrom",
          coalesce((
            select json_agg(json_build_object('commitmentId', n.id, 'promiseRef', np.ref, 'number', n.number)
              order by np.ref, n.number)
            from commitments n join promises np on np.id = n.promise_id
            where n.carried_from_id = c.id and ${linkVisible("np")}
          ), '[]') as "carriedTo"
        from commitments c where ${where}
        order by c.promise_id, c.number`,
  );
}

export interface FollowUpJsonRow {
  id: string;
  promiseId: string;
  commitmentId: string;
  periodCode: string;
  periodStartsOn: string;
  status: string;
  state: string;
  narrative: LocalizedText | null;
  submittedAt: string | null;
  approvedAt: string | null;
  measurements: { targetId: string; value: number }[];
}

/**
 * The follow-ups of a promise's points with their measurements, oldest period first: the
 * approved ones for the public, every state for staff.
 */
export function selectFollowUps(
  ex: Executor,
  promiseId: string,
  audience: Audience,
): Promise<FollowUpJsonRow[]> {
  return selectFollowUpsWhere(ex, sql`c.promise_id = ${promiseId}`, audience);
}

/** The approved follow-ups of several public promises in one query. */
export function selectPublicFollowUps(
  ex: Executor,
  promiseIds: readonly string[],
): Promise<FollowUpJsonRow[]> {
  if (promiseIds.length === 0) return Promise.resolve([]);
  return selectFollowUpsWhere(ex, sql`c.promise_id in ${list(promiseIds)}`, "public");
}

function selectFollowUpsWhere(ex: Executor, where: SQL, audience: Audience): Promise<FollowUpJsonRow[]> {
  const visible = audience === "public" ? sql`and f.state in ${PUBLIC_FOLLOW_UP}` : sql``;
  return queryRows<FollowUpJsonRow>(
    ex,
    sql`select f.id, c.promise_id as "promiseId", f.commitment_id as "commitmentId", rp.code as "periodCode",
          rp.starts_on::text as "periodStartsOn", f.status, f.state, f.narrative,
          ${iso(sql`f.submitted_at`)} as "submittedAt", ${iso(sql`f.approved_at`)} as "approvedAt",
          coalesce((
            select json_agg(json_build_object('targetId', m.target_id, 'value', m.value)
              order by t.position, m.id)
            from follow_up_measurements m join targets t on t.id = m.target_id
            where m.follow_up_id = f.id
          ), '[]') as measurements
        from follow_ups f
          join reporting_periods rp on rp.id = f.period_id
          join commitments c on c.id = f.commitment_id
        where ${where} ${visible}
        order by rp.starts_on, f.commitment_id`,
  );
}

/** The promise of a point, when that promise is public. */
export async function findPublicPromiseOfCommitment(
  ex: Executor,
  commitmentId: string,
): Promise<string | null> {
  const [row] = await queryRows<{ promiseId: string }>(
    ex,
    sql`select c.promise_id as "promiseId" from commitments c join promises p on p.id = c.promise_id
        where c.id = ${commitmentId} and p.status in ${PUBLIC_PROMISE}`,
  );
  return row?.promiseId ?? null;
}

export interface PartnershipJsonRow {
  id: string;
  slug: string;
  name: string;
  municipalityName: string;
  periodScheme: string;
  deadlineOffsetDays: number;
}

const PARTNERSHIP_COLUMNS = sql`pa.id, pa.slug, pa.name, pa.municipality_name as "municipalityName",
  pa.period_scheme as "periodScheme", pa.deadline_offset_days as "deadlineOffsetDays"`;

export function selectPartnerships(ex: Executor): Promise<PartnershipJsonRow[]> {
  return queryRows(ex, sql`select ${PARTNERSHIP_COLUMNS} from partnerships pa order by pa.name`);
}

export async function selectPartnership(ex: Executor, id: string): Promise<PartnershipJsonRow | null> {
  const [row] = await queryRows<PartnershipJsonRow>(
    ex,
    sql`select ${PARTNERSHIP_COLUMNS} from partnerships pa where pa.id = ${id}`,
  );
  return row ?? null;
}

/**
 * One of a partnership's public lists (parties with their units, areas with their classification
 * history, periods) or null when the partnership does not exist: one query either way.
 */
export async function selectPartnershipList<T>(
  ex: Executor,
  partnershipId: string,
  what: "parties" | "areas" | "periods",
): Promise<T[] | null> {
  const lists: Record<typeof what, SQL> = {
    parties: sql`select json_agg(json_build_object(
        'id', t.id, 'kind', t.kind, 'name', t.name, 'shortName', t.short_name,
        'units', coalesce((
          select json_agg(json_build_object('id', u.id, 'name', u.name, 'parentId', u.parent_id) order by u.name)
          from units u where u.party_id = t.id), '[]')) order by t.kind, t.name)
      from parties t where t.partnership_id = pa.id`,
    areas: sql`select json_agg(json_build_object(
        'id', a.id, 'name', a.name, 'kind', a.kind, 'parentId', a.parent_id, 'geojson', a.geojson,
        'classifications', coalesce((
          select json_agg(json_build_object(
            'classification', k.classification, 'validFrom', k.valid_from, 'validTo', k.valid_to,
            'source', k.source) order by k.valid_from)
          from area_classifications k where k.area_id = a.id), '[]')) order by a.name)
      from areas a where a.partnership_id = pa.id`,
    periods: sql`select json_agg(${PERIOD_JSON} order by rp.starts_on)
      from reporting_periods rp where rp.partnership_id = pa.id`,
  };
  const [row] = await queryRows<{ items: T[] }>(
    ex,
    sql`select coalesce((${lists[what]}), '[]') as items from partnerships pa where pa.id = ${partnershipId}`,
  );
  return row ? row.items : null;
}

/** A partnership by its address slug (the workspace preview authorizes against it). */
export async function findPartnershipIdBySlug(ex: Executor, slug: string): Promise<string | null> {
  const [row] = await queryRows<{ id: string }>(ex, sql`select id from partnerships where slug = ${slug}`);
  return row?.id ?? null;
}

/** A published report-back edition of a public promise: its frozen document and its place. */
export interface PublicReportEditionRow {
  promiseId: string;
  ref: string;
  title: LocalizedText;
  edition: number;
  replaced: boolean;
  /** The document model frozen at the decision (what was decided). */
  frozenModel: unknown;
  /** Every published edition of the promise, newest first. */
  editions: { edition: number; replaced: boolean }[];
}

/**
 * A published edition (the given one, else the newest) of a public promise's report-back, in one
 * query; null when there is none residents may read.
 */
export async function selectPublicReportEdition(
  ex: Executor,
  partnershipSlug: string,
  ref: string,
  edition?: number,
): Promise<PublicReportEditionRow | null> {
  const which = edition === undefined ? sql`true` : sql`r.edition = ${edition}`;
  const [row] = await queryRows<PublicReportEditionRow>(
    ex,
    sql`select p.id as "promiseId", p.ref, p.title, r.edition, r.replaced_at is not null as replaced,
          r.frozen_model as "frozenModel",
          (select json_agg(json_build_object('edition', x.edition, 'replaced', x.replaced_at is not null)
             order by x.edition desc)
           from report_backs x where x.promise_id = p.id and x.status in ${PUBLIC_REPORT}) as editions
        from promises p join report_backs r on r.promise_id = p.id
        where p.ref = ${ref} and p.partnership_id = ${partnershipOf(partnershipSlug)}
          and p.status in ${PUBLIC_PROMISE} and r.status in ${PUBLIC_REPORT}
          and r.frozen_model is not null and ${which}
        order by r.edition desc limit 1`,
  );
  return row ?? null;
}

/**
 * A public period report's promise: the promise is public and the period's report is public by
 * the rule above; null otherwise. The Dnr is the newest published report-back's, if any.
 */
export async function selectPublicPeriodReport(
  ex: Executor,
  partnershipSlug: string,
  ref: string,
  periodCode: string,
): Promise<{ promiseId: string; registrationNumber: string | null } | null> {
  const [row] = await queryRows<{ promiseId: string; registrationNumber: string | null }>(
    ex,
    sql`select p.id as "promiseId",
          (select r.registration_number from report_backs r
             where r.promise_id = p.id and r.status in ${PUBLIC_REPORT}
             order by r.edition desc limit 1) as "registrationNumber"
        from promises p join reporting_periods rp on rp.code = ${periodCode}
        where p.ref = ${ref} and p.partnership_id = ${partnershipOf(partnershipSlug)}
          and p.status in ${PUBLIC_PROMISE} and ${PUBLIC_PERIOD_REPORT}`,
  );
  return row ?? null;
}

const partnershipOf = (slug: string) => sql`(select pa.id from partnerships pa where pa.slug = ${slug})`;

/** Where public promises with a reference live (one per partnership that has such a promise). */
export async function selectPublicPromisePlaces(
  ex: Executor,
  ref: string,
): Promise<{ partnershipSlug: string; partnershipName: string; title: LocalizedText }[]> {
  return queryRows(
    ex,
    sql`select pa.slug as "partnershipSlug", pa.name as "partnershipName", p.title
        from promises p join partnerships pa on pa.id = p.partnership_id
        where p.ref = ${ref} and p.status in ${PUBLIC_PROMISE}
        order by pa.name, pa.slug`,
  );
}

// --- the national overview (the start page) -------------------------------------------------

/** The start page's filters: every one optional; values as residents chose them in the form. */
export interface OverviewFilter {
  /** One partnership's (its public page); not one of the start page's filters. */
  partnershipId?: string;
  county?: string;
  municipality?: string;
  classification?: string;
  year?: number;
}

/** A promise of the overview: its summary, its partnership's place and its progress inputs. */
export interface OverviewRow extends PromiseSummaryRow {
  county: string | null;
  municipalityName: string;
  /** Each point's weight and the status of its latest approved follow-up (the progress rule's input). */
  progressInputs: { id: string; weight: number; status: string | null }[];
}

/**
 * The overview's conditions on promise `p` and its partnership `pa`. An area classification matches
 * a promise when one of its areas had that police classification during the promise's years.
 */
function overviewConditions(filter: OverviewFilter): SQL {
  const conditions = [sql`p.status in ${PUBLIC_PROMISE}`];
  if (filter.partnershipId !== undefined) conditions.push(sql`p.partnership_id = ${filter.partnershipId}`);
  if (filter.county !== undefined) conditions.push(sql`pa.county = ${filter.county}`);
  if (filter.municipality !== undefined) conditions.push(sql`pa.municipality_name = ${filter.municipality}`);
  if (filter.year !== undefined)
    conditions.push(sql`p.from_year <= ${filter.year} and p.to_year >= ${filter.year}`);
  if (filter.classification !== undefined)
    conditions.push(sql`exists (
      select 1 from promise_areas x join area_classifications k on k.area_id = x.area_id
      where x.promise_id = p.id and k.classification = ${filter.classification}
        and k.valid_from <= make_date(p.to_year, 12, 31)
        and (k.valid_to is null or k.valid_to >= make_date(p.from_year, 1, 1)))`);
  return sql.join(conditions, sql` and `);
}

/**
 * One page of the overview: public promises matching the filter, by partnership name, newest
 * first within one, with what their progress needs; and how many match in all.
 */
export async function selectOverviewPage(
  ex: Executor,
  filter: OverviewFilter,
  page: { limit: number; offset: number; count?: boolean },
): Promise<{ rows: OverviewRow[]; total: number }> {
  const where = overviewConditions(filter);
  const [rows, count] = await Promise.all([
    queryRows<OverviewRow>(
      ex,
      // The page's rows first (an index walk: partnerships by name, each one's promises newest
      // first), then their columns: the progress subqueries run for these rows only, not for the
      // rows an OFFSET skips.
      sql`with page as (
            select p.id, row_number() over () as position
            from (select p.id from promises p join partnerships pa on pa.id = p.partnership_id
                  where ${where}
                  order by pa.name, pa.id, p.from_year desc, p.ref
                  limit ${page.limit} offset ${page.offset}) p)
          select ${SUMMARY_COLUMNS}, pa.county, pa.municipality_name as "municipalityName",
            coalesce((
              select json_agg(json_build_object('id', c.id, 'weight', c.weight, 'status', (
                select f.status from follow_ups f join reporting_periods rp on rp.id = f.period_id
                where f.commitment_id = c.id and f.state in ${PUBLIC_FOLLOW_UP}
                order by rp.starts_on desc limit 1)) order by c.number)
              from commitments c where c.promise_id = p.id
            ), '[]') as "progressInputs"
          from page g join promises p on p.id = g.id join partnerships pa on pa.id = p.partnership_id
          order by g.position`,
    ),
    page.count === false
      ? Promise.resolve(null)
      : queryRows<{ n: number }>(
          ex,
          sql`select count(*)::int as n from promises p join partnerships pa on pa.id = p.partnership_id
              where ${where}`,
        ),
  ]);
  return { rows, total: count ? (count[0]?.n ?? 0) : rows.length };
}

/** The choices of the overview's filters: counties, municipalities and years that have public promises. */
export async function selectOverviewChoices(
  ex: Executor,
): Promise<{ counties: string[]; municipalities: string[]; fromYear: number | null; toYear: number | null }> {
  const [row] = await queryRows<{
    counties: string[];
    municipalities: string[];
    fromYear: number | null;
    toYear: number | null;
  }>(
    ex,
    sql`with places as (
          select distinct pa.county, pa.municipality_name from partnerships pa
          where exists (select 1 from promises p where p.partnership_id = pa.id and p.status in ${PUBLIC_PROMISE}))
        select
          coalesce((select json_agg(x.county order by x.county) from (select distinct county from places where county is not null) x), '[]') as counties,
          coalesce((select json_agg(x.m order by x.m) from (select distinct municipality_name as m from places) x), '[]') as municipalities,
          (select min(p.from_year) from promises p where p.status in ${PUBLIC_PROMISE}) as "fromYear",
          (select max(p.to_year) from promises p where p.status in ${PUBLIC_PROMISE}) as "toYear"`,
  );
  return row ?? { counties: [], municipalities: [], fromYear: null, toYear: null };
}

/** A partnership's public page: who it is, how to reach it, its areas (boundaries, current classification). */
export interface PartnershipPageRow {
  id: string;
  slug: string;
  name: string;
  municipalityName: string;
  county: string | null;
  contact: PartnershipContact;
  areas: { id: string; name: string; geojson: unknown; classification: string | null }[];
}

export async function selectPartnershipPage(ex: Executor, slug: string): Promise<PartnershipPageRow | null> {
  const [row] = await queryRows<PartnershipPageRow>(
    ex,
    sql`select pa.id, pa.slug, pa.name, pa.municipality_name as "municipalityName", pa.county,
          ${CONTACT_JSON} as contact,
          coalesce((
            select json_agg(json_build_object('id', a.id, 'name', a.name, 'geojson', a.geojson,
              'classification', (
                select k.classification from area_classifications k
                where k.area_id = a.id and k.valid_from <= current_date
                  and (k.valid_to is null or k.valid_to >= current_date)
                order by k.valid_from desc limit 1)) order by a.name)
            from areas a where a.partnership_id = pa.id
          ), '[]') as areas
        from partnerships pa where pa.slug = ${slug}`,
  );
  return row ?? null;
}

/** Every partnership's name, address and contact (the accessibility statement's list), by name. */
export function selectPartnershipContacts(
  ex: Executor,
): Promise<{ slug: string; name: string; email: string | null; phone: string | null }[]> {
  return queryRows(
    ex,
    sql`select pa.slug, pa.name, pa.contact_email as email, pa.contact_phone as phone
        from partnerships pa order by pa.name, pa.id`,
  );
}
