/**
 * The open data tables: promises (löften), points (punkter), approved follow-ups (uppföljningar)
 * and progress (framsteg), as rows with Swedish column names, built from the public read models
 * only. The same rows become CSV (`csv.ts`) and JSON; the column documentation here is what the
 * open data page (`/oppna-data`) and the JSON files show.
 */
import { presentProgress } from "../followups/promise-progress.js";
import type { FollowUpStatus } from "../followups/statuses.js";
import { periodName } from "../periods/calendar.js";
import { translator } from "../platform/i18n/index.js";
import type { OpenDataPromise, PublicOpenData } from "../publishing/public-open-data.js";
import { publicPromisePath } from "../publishing/public-paths.js";

export type Cell = string | number | boolean | null | string[];
export type Row = Record<string, Cell>;

export const DATASETS = ["loften", "punkter", "uppfoljningar", "framsteg"] as const;
export type DatasetName = (typeof DATASETS)[number];

export interface Column {
  name: string;
  sv: string;
  en: string;
}

export interface TableDoc {
  name: DatasetName;
  title: { sv: string; en: string };
  description: { sv: string; en: string };
  columns: Column[];
}

const col = (name: string, sv: string, en: string): Column => ({ name, sv, en });

const PROMISE_KEY = [
  col("samverkan", "Samverkans kortnamn i adressen", "The partnership's short name in addresses"),
  col(
    "lofte_referens",
    "Löftets referens (unik inom samverkan)",
    "The promise's reference (unique per partnership)",
  ),
  col("lofte_id", "Löftets id (UUID)", "The promise's id (UUID)"),
];

export const TABLES: Record<DatasetName, TableDoc> = {
  loften: {
    name: "loften",
    title: { sv: "Medborgarlöften", en: "Citizen promises" },
    description: {
      sv: "En rad per publicerat medborgarlöfte.",
      en: "One row per published citizen promise.",
    },
    columns: [
      col("samverkan", "Samverkans kortnamn i adressen", "The partnership's short name in addresses"),
      col("samverkan_namn", "Samverkans namn", "The partnership's name"),
      col("kommun", "Kommunen", "The municipality"),
      col("lofte_id", "Löftets id (UUID)", "The promise's id (UUID)"),
      col(
        "lofte_referens",
        "Löftets referens (unik inom samverkan)",
        "The promise's reference (unique per partnership)",
      ),
      col("titel", "Löftets titel på svenska", "The promise's title in Swedish"),
      col(
        "titel_en",
        "Löftets titel på engelska (tom om den saknas)",
        "The title in English (empty when missing)",
      ),
      col("fran_ar", "Första året löftet gäller", "First year of the promise"),
      col("till_ar", "Sista året löftet gäller", "Last year of the promise"),
      col("status", "Läge (kod): published, following_up, reported_back, closed", "Status code"),
      col("status_text", "Läget i ord", "The status in words (Swedish)"),
      col("undertecknat", "Datum då löftet undertecknades (ÅÅÅÅ-MM-DD)", "Date signed (YYYY-MM-DD)"),
      col("omraden", "Områden löftet gäller (flera skiljs med |)", "Areas (several separated by |)"),
      col("parter", "Parter bakom löftet (flera skiljs med |)", "Parties (several separated by |)"),
      col("antal_punkter", "Antal punkter i löftet", "Number of points"),
      col(
        "framsteg_procent",
        "Hur långt arbetet har kommit, i procent, enligt senaste godkända uppföljning",
        "Progress in percent as of the latest approved follow-up",
      ),
      col(
        "framsteg_period",
        "Perioden framsteget gäller (kod, t.ex. 2017-T3)",
        "The period of the progress (code)",
      ),
      col(
        "aterrapportering_publicerad",
        "ja om en återrapportering är publicerad",
        "ja (yes) when a report-back is published",
      ),
      col("adress", "Löftets sida på webbplatsen", "The promise's page"),
      col(
        "demodata",
        "ja om löftet innehåller påhittade demovärden",
        "ja (yes) when the promise holds invented demo values",
      ),
    ],
  },
  punkter: {
    name: "punkter",
    title: { sv: "Löftenas punkter", en: "The promises' points" },
    description: {
      sv: "En rad per punkt i ett publicerat löfte, med senaste godkända resultat.",
      en: "One row per point of a published promise, with its latest approved result.",
    },
    columns: [
      ...PROMISE_KEY,
      col("punkt_id", "Punktens id (UUID)", "The point's id (UUID)"),
      col("punkt_nummer", "Punktens nummer i löftet", "The point's number"),
      col("extern_id", "Punktens egen beteckning", "The point's own label"),
      col("text", "Vad parterna lovar, på svenska", "What the parties promise, in Swedish"),
      col("text_en", "Samma på engelska (tom om den saknas)", "The same in English (empty when missing)"),
      col(
        "ansvar",
        "Vem som ansvarar (kod): joint, municipality, police, other",
        "Who is responsible (code)",
      ),
      col("ansvariga", "Ansvariga parter (flera skiljs med |)", "Responsible parties (|-separated)"),
      col("medverkande", "Medverkande parter (flera skiljs med |)", "Contributing parties (|-separated)"),
      col("vikt", "Punktens vikt när framsteget räknas", "The point's weight in the progress"),
      col(
        "malvarden",
        "Mätbara mål: beskrivning, mål och enhet (flera skiljs med |)",
        "Measurable targets (|-separated)",
      ),
      col(
        "senaste_period",
        "Perioden för senaste godkända uppföljning (kod)",
        "Period of the latest approved follow-up (code)",
      ),
      col(
        "senaste_status",
        "Status i senaste godkända uppföljning (kod)",
        "Status of the latest approved follow-up (code)",
      ),
      col("senaste_status_text", "Samma i ord", "The same in words (Swedish)"),
      col(
        "framsteg_procent",
        "Punktens framsteg i procent (tom om punkten inte räknas)",
        "The point's progress in percent",
      ),
    ],
  },
  uppfoljningar: {
    name: "uppfoljningar",
    title: { sv: "Godkända uppföljningar", en: "Approved follow-ups" },
    description: {
      sv: "En rad per godkänd uppföljning av en punkt i en period. Utkast och uppföljningar som inte är godkända finns aldrig med.",
      en: "One row per approved follow-up of a point in a period. Drafts and follow-ups not approved are never included.",
    },
    columns: [
      ...PROMISE_KEY,
      col("punkt_nummer", "Punktens nummer i löftet", "The point's number"),
      col("punkt_id", "Punktens id (UUID)", "The point's id (UUID)"),
      col("uppfoljning_id", "Uppföljningens id (UUID)", "The follow-up's id (UUID)"),
      col("period", "Perioden (kod, t.ex. 2017-T3)", "The period (code)"),
      col("period_namn", "Perioden i ord", "The period in words (Swedish)"),
      col(
        "status",
        "Status (kod): not_started, in_progress, done, partly_done, not_done, not_applicable",
        "Status code",
      ),
      col("status_text", "Status i ord", "The status in words (Swedish)"),
      col("beskrivning", "Vad som har gjorts, på svenska", "What was done, in Swedish"),
      col(
        "beskrivning_en",
        "Samma på engelska (tom om den saknas)",
        "The same in English (empty when missing)",
      ),
      col(
        "matningar",
        "Uppmätta värden: mål, värde och enhet (flera skiljs med |)",
        "Measured values (|-separated)",
      ),
      col("godkand", "När uppföljningen godkändes (UTC, ISO 8601)", "When it was approved (UTC, ISO 8601)"),
    ],
  },
  framsteg: {
    name: "framsteg",
    title: { sv: "Framsteg per period", en: "Progress by period" },
    description: {
      sv: "En rad per löfte och period med godkända uppföljningar: hur långt arbetet har kommit enligt den publicerade regeln.",
      en: "One row per promise and period with approved follow-ups: progress by the published rule.",
    },
    columns: [
      ...PROMISE_KEY,
      col("period", "Perioden (kod)", "The period (code)"),
      col("period_namn", "Perioden i ord", "The period in words (Swedish)"),
      col("framsteg_procent", "Framsteg i procent (tom om ingen punkt räknas)", "Progress in percent"),
      col("raknade_punkter", "Punkter som räknas", "Points counted"),
      col("undantagna_punkter", "Punkter som inte räknas (ej aktuella)", "Points left out (not applicable)"),
      col("antal_punkter", "Punkter i löftet", "Points in the promise"),
      col("regelversion", "Versionen av regeln för framsteg", "Version of the progress rule"),
    ],
  },
};

const t = translator("sv");
const statusText = (status: string | null) =>
  status ? t(`followUpStatus.${status as FollowUpStatus}`) : null;

function key(item: OpenDataPromise): Row {
  return {
    samverkan: item.promise.partnershipSlug ?? "",
    lofte_referens: item.promise.ref,
    lofte_id: item.promise.id,
  };
}

function targetLine(t: {
  description: { sv: string };
  targetValue: number | null;
  unit: string;
  direction: string;
}) {
  if (t.targetValue === null) return `${t.description.sv} (${t.unit})`;
  const sign = t.direction === "at_least" ? "≥" : t.direction === "at_most" ? "≤" : "=";
  return `${t.description.sv}: ${sign} ${t.targetValue} ${t.unit}`.trim();
}

/** The rows of one dataset, in a stable order (promises newest first, then by point and period). */
export function buildRows(name: DatasetName, data: PublicOpenData, baseUrl: string): Row[] {
  const partnershipOf = new Map(data.partnerships.map((p) => [p.id, p]));
  switch (name) {
    case "loften":
      return data.promises.map(({ promise: p, reports }) => {
        const partnership = partnershipOf.get(p.partnershipId);
        return {
          samverkan: p.partnershipSlug ?? "",
          samverkan_namn: partnership?.name ?? "",
          kommun: partnership?.municipalityName ?? "",
          lofte_id: p.id,
          lofte_referens: p.ref,
          titel: p.title.sv,
          titel_en: p.title.en ?? null,
          fran_ar: p.fromYear,
          till_ar: p.toYear,
          status: p.status,
          status_text: t(`promiseStatus.${p.status}`),
          undertecknat: p.signedOn,
          omraden: p.areas.map((a) => a.name),
          parter: p.parties.map((x) => x.name),
          antal_punkter: p.commitmentCount,
          framsteg_procent: p.progress.overall.percent,
          framsteg_period: p.progress.period,
          aterrapportering_publicerad: reports.length > 0,
          adress: `${baseUrl}${publicPromisePath(p.partnershipSlug ?? "", p.ref)}`,
          demodata: p.demo,
        };
      });
    case "punkter":
      return data.promises.flatMap((item) =>
        item.promise.commitments.map((c) => ({
          ...key(item),
          punkt_id: c.id,
          punkt_nummer: c.number,
          extern_id: c.externalId,
          text: c.text.sv,
          text_en: c.text.en ?? null,
          ansvar: c.responsibleKind,
          ansvariga: c.responsibleParties.map((x) => x.name),
          medverkande: c.contributors.map((x) => x.name),
          vikt: c.weight,
          malvarden: c.targets.map(targetLine),
          senaste_period: c.latestFollowUp?.period ?? null,
          senaste_status: c.latestFollowUp?.status ?? null,
          senaste_status_text: statusText(c.latestFollowUp?.status ?? null),
          framsteg_procent: c.progress,
        })),
      );
    case "uppfoljningar":
      return data.promises.flatMap((item) => {
        const commitments = new Map(item.promise.commitments.map((c) => [c.id, c]));
        return item.followUps.map((f) => {
          const c = commitments.get(f.commitmentId);
          const targets = new Map((c?.targets ?? []).map((x) => [x.id, x]));
          return {
            ...key(item),
            punkt_nummer: c?.number ?? null,
            punkt_id: f.commitmentId,
            uppfoljning_id: f.id,
            period: f.period,
            period_namn: periodName(f.period, "sv"),
            status: f.status,
            status_text: statusText(f.status),
            beskrivning: f.narrative?.sv ?? null,
            beskrivning_en: f.narrative?.en ?? null,
            matningar: f.measurements.map((m) => {
              const target = targets.get(m.targetId);
              return target ? `${target.description.sv}: ${m.value} ${target.unit}`.trim() : String(m.value);
            }),
            godkand: f.approvedAt,
          };
        });
      });
    case "framsteg":
      return data.promises.flatMap((item) =>
        progressByPeriod(item).map((p) => ({
          ...key(item),
          period: p.period,
          period_namn: periodName(p.period, "sv"),
          framsteg_procent: p.percent,
          raknade_punkter: p.counted,
          undantagna_punkter: p.excluded,
          antal_punkter: p.total,
          regelversion: p.rule,
        })),
      );
  }
}

/**
 * The promise's progress as of each period that has approved follow-ups, oldest first: each point
 * counts with its latest approved status up to that period (the published rule, as on the page).
 */
export function progressByPeriod(item: OpenDataPromise) {
  const starts = new Map(item.periods.map((p) => [p.code, p.startsOn]));
  const codes = [...new Set(item.followUps.map((f) => f.period))].sort((a, b) =>
    (starts.get(a) ?? a).localeCompare(starts.get(b) ?? b),
  );
  return codes.map((code) => {
    const until = starts.get(code) ?? code;
    const progress = presentProgress(
      code,
      item.promise.commitments.map((c) => {
        const approved = item.followUps.filter(
          (f) => f.commitmentId === c.id && (starts.get(f.period) ?? f.period) <= until,
        );
        return {
          id: c.id,
          number: c.number,
          weight: c.weight,
          responsibleParties: c.responsibleParties,
          status: approved.at(-1)?.status ?? null,
        };
      }),
    );
    return { period: code, rule: progress.rule.version, ...progress.overall };
  });
}
