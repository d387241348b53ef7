/**
 * The public read models' shapes. The promise detail, summaries, follow-ups and progress keep the
 * API's zod schemas (`promises.types.ts`, `followups.types.ts`, `partnerships.types.ts`); these are
 * the parts only the pages show.
 */
import type { Area } from "../partnerships/partnerships.types.js";
import type { Period } from "../periods/periods.types.js";
import type { LocalizedText } from "../platform/i18n/localized-text.js";
import type { PromiseDetail, PromiseSummary } from "../promises/promises.types.js";

/** A report-back edition whose decision chain reached "published". */
export interface PublishedReport {
  id: string;
  edition: number;
  title: LocalizedText;
  /** Diarienummer. */
  registrationNumber: string | null;
  datedOn: string | null;
  /** Ärendet: what the report is about. */
  matter: LocalizedText | null;
  /** A newer edition was published in its place (this one stays readable). */
  replaced: boolean;
  decisions: {
    step: "committee" | "board";
    body: string;
    decidedOn: string;
    paragraph: string | null;
    text: LocalizedText;
  }[];
}

/** The start page: every public promise, grouped by partnership. */
export interface PublicHome {
  /** Public promises in all, of which the groups show the latest HOME_LIMIT. */
  total: number;
  groups: { partnershipName: string; promises: (PromiseSummary & { reportPublished: boolean })[] }[];
}

/** What a promise page shows (the public page, or the workspace preview). */
export interface PromisePageModel {
  promise: PromiseDetail;
  /** The partnership's reporting periods, oldest first (the page links those of the promise's years). */
  periods: Period[];
  /** The current police classification of each of the promise's areas. */
  classifications: AreaClassification[];
  reports: PublishedReport[];
  /** Periods whose period report residents may read, oldest first. */
  periodReports: string[];
  /** "Varför den här punkten" per point id (points without dialogue findings are absent). */
  reasons?: Record<string, PublicPointReasons>;
}

/** The dialogue findings behind a point as residents see them; null counts are "färre än 5". */
export interface PublicPointReasons {
  categories: Array<{ category: string; raisedBy: number | null; dialogues: number; statements: string[] }>;
  participants: Array<{ gender: string; count: number | null }>;
}

/** An area's current police classification. */
export interface AreaClassification {
  areaId: string;
  classification: Area["classifications"][number]["classification"];
}

/** A public promise's address: `/<partnershipSlug>/<ref>`. */
export interface PublicPromiseAddress {
  partnershipSlug: string;
  ref: string;
}
