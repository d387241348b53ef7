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

/** A promise as the start page and a partnership's page list it: with its progress (whole percent). */
export type ListedPromise = PromiseSummary & { reportPublished: boolean; progress: number | null };

/** The start page's filters (the form's values, checked). */
export interface OverviewFilters {
  county?: string;
  municipality?: string;
  classification?: AreaClassification["classification"];
  year?: number;
}

/** The start page (the national overview): one page of public promises matching the filters, by partnership. */
export interface PublicHome {
  filters: OverviewFilters;
  choices: { counties: string[]; municipalities: string[]; years: number[] };
  /** Promises matching the filters in all. */
  total: number;
  page: number;
  pageCount: number;
  groups: {
    partnership: { slug: string; name: string; municipalityName: string; county: string | null };
    promises: ListedPromise[];
  }[];
}

/** A partnership's contact address, shown on its public pages. */
export interface PublicContact {
  name: string;
  email: string | null;
  phone: string | null;
}

/** A map area: a name and its boundary (null when setup has none). */
export interface PublicMapArea {
  id: string;
  name: string;
  boundary: unknown;
  classification?: AreaClassification["classification"] | null;
}

/** A partnership's public page: name, contact, its areas (map) and its public promises. */
export interface PublicPartnershipPage {
  slug: string;
  name: string;
  municipalityName: string;
  county: string | null;
  contact: PublicContact;
  areas: PublicMapArea[];
  promises: ListedPromise[];
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
  /** The promise's areas with their boundaries (the map). */
  areas: PublicMapArea[];
  /** The partnership's contact address. */
  contact: PublicContact;
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
