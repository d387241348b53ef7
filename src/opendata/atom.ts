/**
 * Atom feeds (RFC 4287) of public promises: one entry per promise and period with newly approved
 * results, and one per published report-back edition. Built from the public read models only.
 * Every feed and entry has id (a stable `urn:uuid:`), title, updated, link and author; `updated`
 * comes from the data (never the clock), so the same data gives the same bytes.
 */
import { periodName } from "../periods/calendar.js";
import type { OpenDataPromise } from "../publishing/public-open-data.js";
import { publicPromisePath } from "../publishing/public-paths.js";
import { escapeXml, stableUrn } from "./xml.js";

export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

export interface FeedEntry {
  id: string;
  title: string;
  updated: string;
  link: string;
  author: string;
  summary: string;
}

export interface FeedScope {
  /** The name its id is made from (`partnership:<id>`, `promise:<id>`, …). */
  idName: string;
  title: string;
  subtitle: string;
  /** Absolute address of the feed itself and of the page it follows. */
  self: string;
  alternate: string;
  author: string;
}

/** When nothing was ever approved or published: a fixed date, so an empty feed stays the same bytes. */
const EPOCH = "1970-01-01T00:00:00Z";

const asDateTime = (date: string) => (/^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date);

/** The entries of some promises, newest first. */
export function feedEntries(items: OpenDataPromise[], baseUrl: string): FeedEntry[] {
  const entries: FeedEntry[] = [];
  for (const item of items) {
    const p = item.promise;
    const path = publicPromisePath(p.partnershipSlug ?? "", p.ref);
    const author = p.parties.map((x) => x.name).join(", ") || (p.partnershipSlug ?? "");
    const byPeriod = new Map<string, typeof item.followUps>();
    for (const f of item.followUps) byPeriod.set(f.period, [...(byPeriod.get(f.period) ?? []), f]);
    const numberOf = new Map(p.commitments.map((c) => [c.id, c.number]));
    for (const [period, followUps] of byPeriod) {
      const approved = followUps.map((f) => f.approvedAt).filter((d): d is string => d !== null);
      const updated = approved.sort().at(-1) ?? EPOCH;
      const name = periodName(period, "sv");
      const link = item.periodReports.includes(period)
        ? `${baseUrl}${path}/period/${encodeURIComponent(period)}`
        : `${baseUrl}${path}?period=${encodeURIComponent(period)}`;
      const done = followUps.filter((f) => f.status === "done").length;
      entries.push({
        id: stableUrn(`results:${p.id}:${period}`),
        title: `Nya resultat för ${name}: ${p.title.sv}`,
        updated,
        link,
        author,
        summary: `Godkända uppföljningar av ${followUps.length} ${followUps.length === 1 ? "punkt" : "punkter"} (punkt ${followUps
          .map((f) => numberOf.get(f.commitmentId) ?? "?")
          .join(", ")}) för ${name}; ${done} ${done === 1 ? "är genomförd" : "är genomförda"}.`,
      });
    }
    for (const r of item.reports) {
      const decided = r.decisions
        .map((d) => d.decidedOn)
        .sort()
        .at(-1);
      entries.push({
        id: stableUrn(`report:${r.id}`),
        title: `Återrapportering publicerad (utgåva ${r.edition}): ${p.title.sv}`,
        updated: asDateTime(decided ?? r.datedOn ?? p.signedOn ?? EPOCH),
        link: `${baseUrl}${path}/aterrapportering?utgava=${r.edition}`,
        author,
        summary: [r.title.sv, r.registrationNumber ? `Diarienummer ${r.registrationNumber}` : null]
          .filter(Boolean)
          .join(". "),
      });
    }
  }
  return entries.sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));
}

export function atomFeed(scope: FeedScope, entries: FeedEntry[]): string {
  const updated =
    entries
      .map((e) => e.updated)
      .sort()
      .at(-1) ?? EPOCH;
  const x = escapeXml;
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">`,
    `  <id>${stableUrn(scope.idName)}</id>`,
    `  <title>${x(scope.title)}</title>`,
    `  <subtitle>${x(scope.subtitle)}</subtitle>`,
    `  <updated>${x(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${x(scope.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(scope.alternate)}"/>`,
    `  <author><name>${x(scope.author)}</name></author>`,
    `  <rights>CC0 1.0 (http://creativecommons.org/publicdomain/zero/1.0/)</rights>`,
    ...entries.map((e) =>
      [
        `  <entry>`,
        `    <id>${e.id}</id>`,
        `    <title>${x(e.title)}</title>`,
        `    <updated>${x(e.updated)}</updated>`,
        `    <link rel="alternate" type="text/html" href="${x(e.link)}"/>`,
        `    <author><name>${x(e.author)}</name></author>`,
        `    <summary>${x(e.summary)}</summary>`,
        `  </entry>`,
      ].join("\n"),
    ),
    `</feed>`,
  ];
  return `${lines.join("\n")}\n`;
}
