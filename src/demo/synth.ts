/**
 * A synthetic national dataset for benchmarks (issue 12.7): `medborgarlofte synth --partnerships
 * 290 --years 10`. Each partnership is a made-up municipality (with its county and police region)
 * and its local police area, with districts, a few parties and units, one promise per year with
 * 5–8 points, the tertial periods, follow-ups (approved in closed periods, under way in the open
 * one) and two accounts (a coordinator and a reporter). Everything is marked as synthetic: slugs,
 * promise refs and e-mail domains start with `syntetisk`, names say "(syntetisk)", and every
 * partnership, promise and account has a demo marker ("Syntetisk data …"), so public pages label
 * the promises as demo data. Rows go in with bulk inserts, a batch of partnerships per audited
 * transaction.
 */
import { randomUUID } from "node:crypto";
import { hashPassword } from "../accounts/password.js";
import { type PeriodRef, periodBounds, periodCode, periodDeadline } from "../periods/calendar.js";
import { addDays } from "../periods/iso-date.js";
import type { Db } from "../platform/db/client.js";
import { mutate, SYSTEM_ACTOR } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import {
  type CommitmentData,
  DEMO_TABLES,
  type DemoDataset,
  type DemoRows,
  type FollowUpData,
  flattenDataset,
  type PeriodData,
  type PromiseData,
  sv,
} from "./dataset.js";
import { countSyntheticPartnerships, insertRowsInChunks, type SynthAccountRows } from "./demo.repository.js";

/** The password of every synthetic account (published here: the data is for benchmarks only). */
export const SYNTH_PASSWORD = "syntetisk-losenord";
export const SYNTH_SLUG_PREFIX = "syntetisk-";
const NOTE = "Syntetisk data (medborgarlofte synth), inte en riktig samverkan";

export interface SynthOptions {
  partnerships: number;
  years: number;
  /** The last year (default: this year); its last period is left open with follow-ups under way. */
  lastYear?: number;
  now?: Date;
  seed?: number;
  /** Called after each batch with the number of partnerships written so far. */
  progress?: (done: number, total: number) => void;
}

export interface SynthResult {
  partnerships: number;
  rows: Record<string, number>;
  ms: number;
}

const COUNTIES: [string, string][] = [
  ["Stockholms län", "Stockholm"],
  ["Uppsala län", "Mitt"],
  ["Södermanlands län", "Öst"],
  ["Östergötlands län", "Öst"],
  ["Jönköpings län", "Öst"],
  ["Kronobergs län", "Syd"],
  ["Kalmar län", "Syd"],
  ["Gotlands län", "Stockholm"],
  ["Blekinge län", "Syd"],
  ["Skåne län", "Syd"],
  ["Hallands län", "Väst"],
  ["Västra Götalands län", "Väst"],
  ["Värmlands län", "Bergslagen"],
  ["Örebro län", "Bergslagen"],
  ["Västmanlands län", "Mitt"],
  ["Dalarnas län", "Bergslagen"],
  ["Gävleborgs län", "Mitt"],
  ["Västernorrlands län", "Nord"],
  ["Jämtlands län", "Nord"],
  ["Västerbottens län", "Nord"],
  ["Norrbottens län", "Nord"],
];
const STEMS = [
  "Björk",
  "Ek",
  "Gran",
  "Lind",
  "Sjö",
  "Berg",
  "Ås",
  "Dal",
  "Hult",
  "Mark",
  "Näs",
  "Strand",
  "Vik",
  "Holm",
  "Fors",
  "Lunda",
  "Hed",
  "Mo",
  "Sand",
  "Ör",
];
const ENDINGS = [
  "köping",
  "by",
  "stad",
  "åker",
  "hamn",
  "fors",
  "torp",
  "sund",
  "berga",
  "vik",
  "näs",
  "ryd",
  "lösa",
  "bro",
  "tuna",
];
const DISTRICTS = [
  "Centrum",
  "Norra staden",
  "Södermalm",
  "Västerås",
  "Österäng",
  "Stationsområdet",
  "Hamnen",
];
const POINTS: { text: string; kind: CommitmentData["responsibleKind"]; target?: [string, number] }[] = [
  {
    text: "Polisen genomför trygghetsvandringar tillsammans med boende.",
    kind: "joint",
    target: ["vandringar", 6],
  },
  {
    text: "Fritidsgården håller öppet fredagskvällar under hela året.",
    kind: "municipality",
    target: ["kvällar", 40],
  },
  { text: "Polisen är synlig i centrum på kvällstid under helger.", kind: "police", target: ["kvällar", 30] },
  {
    text: "Kommunen förbättrar belysningen på gång- och cykelvägar.",
    kind: "municipality",
    target: ["platser", 5],
  },
  {
    text: "Fältassistenter och polis möter unga på skolor och mötesplatser.",
    kind: "joint",
    target: ["besök", 20],
  },
  {
    text: "Kommunen och polisen håller medborgardialoger i stadsdelen.",
    kind: "joint",
    target: ["dialoger", 3],
  },
  { text: "Nedskräpning och klotter tas bort inom två dygn.", kind: "municipality" },
  { text: "Polisen riktar insatser mot narkotikaförsäljning i området.", kind: "police" },
  {
    text: "Föräldravandringar stöds med samordning och material.",
    kind: "municipality",
    target: ["vandringar", 12],
  },
  { text: "Kommunen och fastighetsägare ser över otrygga platser.", kind: "joint" },
  {
    text: "Polisen informerar om brottsutvecklingen på samverkansmöten.",
    kind: "police",
    target: ["möten", 4],
  },
  { text: "Skolan arbetar förebyggande mot skadegörelse.", kind: "municipality" },
];
const UNITS = ["Kultur och fritid", "Socialförvaltningen", "Utbildningsförvaltningen", "Samhällsbyggnad"];
const STATUSES: FollowUpData["status"][] = [
  "done",
  "done",
  "in_progress",
  "in_progress",
  "partly_done",
  "not_done",
];

/** mulberry32: deterministic variety for a given seed. */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const toSlug = (name: string) =>
  name
    .toLowerCase()
    .replaceAll("å", "a")
    .replaceAll("ä", "a")
    .replaceAll("ö", "o")
    .replace(/[^a-z0-9]+/g, "-");

/** Distinct municipality names: stem + ending, numbered once the combinations run out. */
export function municipalityName(n: number): string {
  const stem = STEMS[n % STEMS.length] ?? "Ek";
  const ending = ENDINGS[Math.floor(n / STEMS.length) % ENDINGS.length] ?? "by";
  const round = Math.floor(n / (STEMS.length * ENDINGS.length));
  return `${stem}${ending}${round > 0 ? ` ${round + 1}` : ""}`;
}

/** One synthetic partnership as a dataset (flattened like the demo), plus its two accounts. */
export function synthPartnership(
  n: number,
  options: { years: number; lastYear: number; now: Date; random: () => number; passwordHash: string },
): { rows: DemoRows; accounts: SynthAccountRows } {
  const { random, lastYear, now } = options;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const name = municipalityName(n);
  const [county, region] = COUNTIES[n % COUNTIES.length] ?? ["Stockholms län", "Stockholm"];
  const slug = `${SYNTH_SLUG_PREFIX}${String(n + 1).padStart(3, "0")}-${toSlug(name)}`.slice(0, 63);
  const partnershipId = randomUUID();
  const party = { municipality: randomUUID(), police: randomUUID(), council: randomUUID() };
  const units = UNITS.map((unitName) => ({ id: randomUUID(), partyId: party.municipality, name: unitName }));
  const policeUnit = { id: randomUUID(), partyId: party.police, name: "Kommunpolisen" };
  const coordinatorPerson = randomUUID();
  const reporterPerson = randomUUID();
  const municipalityArea = randomUUID();
  const districts = DISTRICTS.slice(0, 2 + Math.floor(random() * 3)).map((d) => ({
    id: randomUUID(),
    parentId: municipalityArea,
    kind: "district",
    name: `${d}, ${name}`,
    geojson: null,
  }));
  const offset = 14;
  const firstYear = lastYear - options.years + 1;

  const periods: PeriodData[] = [];
  const periodIds = new Map<string, { id: string; closed: boolean; deadline: string }>();
  for (let year = firstYear; year <= lastYear; year++) {
    for (const index of [1, 2, 3]) {
      const ref: PeriodRef = { scheme: "tertial", year, index };
      const bounds = periodBounds(ref);
      const deadline = periodDeadline(ref, offset);
      const closed = new Date(`${deadline}T23:59:59Z`) < now && !(year === lastYear && index === 3);
      const id = randomUUID();
      periods.push({
        id,
        scheme: "tertial",
        year,
        index,
        code: periodCode(ref),
        ...bounds,
        deadline,
        closedAt: closed ? new Date(`${addDays(deadline, 3)}T12:00:00Z`) : null,
      });
      periodIds.set(`${year}-${index}`, { id, closed, deadline });
    }
  }

  const promises: PromiseData[] = [];
  const followUps: FollowUpData[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const district = pick(districts);
    const count = 5 + Math.floor(random() * 4);
    const start = Math.floor(random() * POINTS.length);
    const commitments: CommitmentData[] = [];
    for (let i = 0; i < count; i++) {
      const point = POINTS[(start + i) % POINTS.length] ?? POINTS[0];
      if (!point) continue;
      const responsible =
        point.kind === "joint"
          ? [party.municipality, party.police]
          : point.kind === "police"
            ? [party.police]
            : [party.municipality];
      const targets = point.target
        ? [
            {
              id: randomUUID(),
              description: sv(`Antal ${point.target[0]}`),
              unit: point.target[0],
              targetValue: point.target[1],
              direction: "at_least" as const,
            },
          ]
        : [];
      commitments.push({
        id: randomUUID(),
        externalId: String(i + 1),
        number: i + 1,
        text: sv(point.text),
        responsibleKind: point.kind,
        carryOver: null,
        responsibleParties: responsible,
        contributorParties: i % 3 === 0 ? [party.council] : [],
        units: point.kind === "police" ? [] : [pick(units).id],
        goals: [],
        targets,
      });
    }
    const current = year === lastYear;
    promises.push({
      id: randomUUID(),
      ref: `${SYNTH_SLUG_PREFIX}${String(n + 1).padStart(3, "0")}-${year}`,
      title: sv(`Medborgarlöfte ${year} för ${district.name} (syntetisk)`),
      fromYear: year,
      toYear: year,
      status: current ? "following_up" : year === lastYear - 1 ? "reported_back" : "closed",
      signedOn: `${year - 1}-12-${String(10 + Math.floor(random() * 15))}`,
      background: sv(`Syntetiskt löfte för ${district.name}, genererat för prestandamätning.`),
      areas: [district.id],
      parties: [party.municipality, party.police],
      commitments,
      demo: { title: NOTE },
    });
    for (const index of [1, 2, 3]) {
      const period = periodIds.get(`${year}-${index}`);
      if (!period) continue;
      for (const c of commitments) {
        const open = !period.closed;
        // The open period: about a third not started yet, the rest drafts or submitted.
        if (open && random() < 0.35) continue;
        const state: FollowUpData["state"] = open ? (random() < 0.5 ? "draft" : "submitted") : "approved";
        const value = c.targets[0]
          ? Math.round(((c.targets[0].targetValue ?? 10) * index * (0.5 + random())) / 3)
          : null;
        const followUpId = randomUUID();
        followUps.push({
          id: followUpId,
          commitmentId: c.id,
          periodId: period.id,
          status: pick(STATUSES),
          state,
          narrative: sv(
            `Arbetet under tertial ${index} ${year} har genomförts enligt plan (syntetisk text).`,
          ),
          authorId: reporterPerson,
          submittedAt: state === "draft" ? null : new Date(`${addDays(period.deadline, -5)}T08:00:00Z`),
          approvedAt: state === "approved" ? new Date(`${addDays(period.deadline, -2)}T13:00:00Z`) : null,
          approvedById: state === "approved" ? coordinatorPerson : null,
          measurements:
            c.targets[0] && value !== null ? [{ id: randomUUID(), targetId: c.targets[0].id, value }] : [],
        });
      }
    }
  }

  const dataset: DemoDataset = {
    partnership: {
      id: partnershipId,
      slug,
      name: `${name} kommun och LPO ${name} (syntetisk)`,
      municipalityName: `${name} kommun`,
      county,
      periodScheme: "tertial",
      deadlineOffsetDays: offset,
      demo: { name: NOTE },
    },
    parties: [
      { id: party.municipality, kind: "municipality", name: `${name} kommun`, shortName: "Kommunen" },
      {
        id: party.police,
        kind: "police",
        name: `Polismyndigheten LPO ${name}, polisregion ${region}`,
        shortName: "Polisen",
      },
      { id: party.council, kind: "other", name: `Brottsförebyggande rådet i ${name}, ${county}` },
    ],
    units: [...units, policeUnit],
    people: [
      {
        id: coordinatorPerson,
        partyId: party.municipality,
        unitId: null,
        name: `Samordnare ${name}`,
        title: "Samordnare",
      },
      {
        id: reporterPerson,
        partyId: party.municipality,
        unitId: units[0]?.id ?? null,
        name: `Rapportör ${name}`,
        title: null,
      },
    ],
    areas: [{ id: municipalityArea, kind: "municipality", name, geojson: null }, ...districts],
    // Every third partnership's first district is classified by the police (the overview filters by it).
    areaClassifications: districts.slice(0, n % 3 === 0 ? 1 : 0).map((d, i) => ({
      id: randomUUID(),
      areaId: d.id,
      classification: (["vulnerable", "risk", "especially_vulnerable"] as const)[(n / 3 + i) % 3] as string,
      validFrom: `${firstYear}-01-01`,
      validTo: null,
      source: "Syntetisk",
    })),
    councilGoalSets: [],
    agreements: [],
    promises,
    periods,
    followUps,
    reportBacks: [],
  };
  const domain = `${slug}.invalid`;
  const coordinator = { id: randomUUID(), grantId: randomUUID() };
  const reporter = { id: randomUUID(), grantId: randomUUID() };
  const accountRows = [
    {
      id: coordinator.id,
      email: `samordnare@${domain}`,
      name: `Samordnare ${name}`,
      personId: coordinatorPerson,
      passwordHash: options.passwordHash,
      mustChangePassword: false,
    },
    {
      id: reporter.id,
      email: `rapportor@${domain}`,
      name: `Rapportör ${name}`,
      personId: reporterPerson,
      passwordHash: options.passwordHash,
      mustChangePassword: false,
    },
  ];
  const accounts: SynthAccountRows = {
    accounts: accountRows,
    grants: [
      {
        id: coordinator.grantId,
        accountId: coordinator.id,
        partnershipId,
        role: "coordinator",
        partyId: null,
      },
      {
        id: reporter.grantId,
        accountId: reporter.id,
        partnershipId,
        role: "reporter",
        partyId: party.municipality,
      },
    ],
    grantUnits: [{ grantId: reporter.grantId, unitId: units[0]?.id ?? "" }],
  };
  const rows = flattenDataset(dataset);
  for (const a of accountRows)
    rows.demoMarkers.push({ tableName: "accounts", rowId: a.id, field: "email", note: NOTE });
  return { rows, accounts };
}

/**
 * Generates the synthetic partnerships in batches (one audited transaction each). Refuses when
 * synthetic partnerships are already there (run it on a fresh database, or restore one).
 * @example await synthesize(database.db, { partnerships: 290, years: 10 });
 */
export async function synthesize(db: Db, options: SynthOptions): Promise<SynthResult> {
  const started = Date.now();
  if (!Number.isInteger(options.partnerships) || options.partnerships < 1 || options.partnerships > 2000)
    throw new AppError("bad_request", { field: "partnerships" });
  if (!Number.isInteger(options.years) || options.years < 1 || options.years > 50)
    throw new AppError("bad_request", { field: "years" });
  if ((await countSyntheticPartnerships(db, SYNTH_SLUG_PREFIX)) > 0)
    throw new AppError("conflict", { entity: "synth", constraint: "synthetic partnerships already exist" });
  const now = options.now ?? new Date();
  const lastYear = options.lastYear ?? now.getUTCFullYear();
  const random = generator(options.seed ?? 2026);
  const passwordHash = await hashPassword(SYNTH_PASSWORD);
  const totals: Record<string, number> = {};
  const batchSize = 20;
  for (let first = 0; first < options.partnerships; first += batchSize) {
    const last = Math.min(options.partnerships, first + batchSize);
    const parts: ReturnType<typeof synthPartnership>[] = [];
    for (let n = first; n < last; n++)
      parts.push(synthPartnership(n, { years: options.years, lastYear, now, random, passwordHash }));
    const rows = Object.fromEntries(
      Object.keys(DEMO_TABLES).map((key) => [
        key,
        parts.flatMap((p) => p.rows[key as keyof DemoRows] as unknown[]),
      ]),
    ) as unknown as DemoRows;
    const accounts: SynthAccountRows = {
      accounts: parts.flatMap((p) => p.accounts.accounts),
      grants: parts.flatMap((p) => p.accounts.grants),
      grantUnits: parts.flatMap((p) => p.accounts.grantUnits),
    };
    await mutate(db, SYSTEM_ACTOR, async (tx, audit) => {
      const counts = await insertRowsInChunks(tx, rows, accounts);
      for (const [key, value] of Object.entries(counts)) totals[key] = (totals[key] ?? 0) + value;
      audit({
        action: "synth.loaded",
        entityType: "partnership",
        entityId: rows.partnerships[0]?.id ?? "",
        after: { partnerships: last - first, note: NOTE },
      });
    });
    options.progress?.(last, options.partnerships);
  }
  return { partnerships: options.partnerships, rows: totals, ms: Date.now() - started };
}
