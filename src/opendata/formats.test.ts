import { describe, expect, it } from "vitest";
import { parseXml } from "../../test/xml.js";
import { csvText } from "../platform/csv.js";
import { parseCsvText } from "../promises/spreadsheet-format.js";
import type { OpenDataPromise } from "../publishing/public-open-data.js";
import { atomFeed, feedEntries } from "./atom.js";
import { tableCsv } from "./formats.js";
import { TABLES } from "./tables.js";
import { stableUrn } from "./xml.js";

describe("CSV", () => {
  it("quotes by RFC 4180 what needs it and parses back to the same cells", () => {
    const cells = [
      ["a", 'citat "så här"', "semi;kolon", "rad\r\nbrytning", "vanlig"],
      ["å ä ö", "", "x", "y\nz", ";"],
    ];
    const text = csvText(cells);
    expect(text.startsWith('\uFEFFa;"citat ""så här""";"semi;kolon";"rad\r\nbrytning";vanlig\r\n')).toBe(
      true,
    );
    expect(parseCsvText(text)).toEqual(cells);
  });

  it("writes numbers with a decimal comma, lists with |, yes/no as ja/nej, nothing as empty", () => {
    const row = Object.fromEntries(TABLES.punkter.columns.map((c) => [c.name, null]));
    const text = tableCsv("punkter", [
      { ...row, vikt: 0.5, ansvariga: ["Kommunen", "Polisen"], text: "a;b" },
    ]);
    const [header, line] = parseCsvText(text);
    const at = (name: string) => line?.[header?.indexOf(name) ?? -1];
    expect(at("vikt")).toBe("0,5");
    expect(at("ansvariga")).toBe("Kommunen | Polisen");
    expect(at("text")).toBe("a;b");
    expect(at("punkt_id")).toBe("");
  });
});

describe("Atom", () => {
  const item = {
    promise: {
      id: "11111111-1111-4111-8111-111111111111",
      ref: "lofte-2020",
      partnershipSlug: "prov",
      title: { sv: "Löfte <2020> & mer" },
      signedOn: "2019-12-01",
      parties: [{ id: "p", name: "Provkommunen", kind: "municipality" }],
      commitments: [{ id: "c1", number: 1 }],
    },
    followUps: [
      {
        id: "f1",
        commitmentId: "c1",
        period: "2020-T1",
        status: "done",
        approvedAt: "2020-05-12T10:00:00.000Z",
      },
    ],
    periods: [],
    reports: [
      {
        id: "22222222-2222-4222-8222-222222222222",
        edition: 1,
        title: { sv: "Återrapportering 2020" },
        registrationNumber: "KS 2021/1",
        datedOn: "2021-02-01",
        matter: null,
        replaced: false,
        decisions: [
          {
            step: "board",
            body: "kommunstyrelsen",
            decidedOn: "2021-03-01",
            paragraph: null,
            text: { sv: "" },
          },
        ],
      },
    ],
    periodReports: ["2020-T1"],
  } as unknown as OpenDataPromise;

  it("has an entry per period with approved results and one per published report-back, newest first", () => {
    const entries = feedEntries([item], "https://example.se");
    expect(entries.map((e) => e.title)).toEqual([
      "Återrapportering publicerad (utgåva 1): Löfte <2020> & mer",
      "Nya resultat för tertial 1 2020: Löfte <2020> & mer",
    ]);
    expect(entries[0]?.updated).toBe("2021-03-01T00:00:00Z");
    expect(entries[0]?.link).toBe("https://example.se/prov/lofte-2020/aterrapportering?utgava=1");
    expect(entries[1]?.link).toBe("https://example.se/prov/lofte-2020/period/2020-T1");
    const xml = atomFeed(
      {
        idName: "x",
        title: "T & <t>",
        subtitle: "s",
        self: "https://example.se/f",
        alternate: "https://example.se/",
        author: "A",
      },
      entries,
    );
    const root = parseXml(xml);
    expect(root.children.filter((c) => c.local === "entry")).toHaveLength(2);
    expect(root.children.find((c) => c.local === "title")?.text).toBe("T & <t>");
    expect(root.children.find((c) => c.local === "updated")?.text).toBe("2021-03-01T00:00:00Z");
  });

  it("an empty feed is still valid, with a fixed updated", () => {
    const root = parseXml(
      atomFeed(
        {
          idName: "x",
          title: "T",
          subtitle: "s",
          self: "https://e.se/f",
          alternate: "https://e.se/",
          author: "A",
        },
        [],
      ),
    );
    expect(root.children.find((c) => c.local === "updated")?.text).toBe("1970-01-01T00:00:00Z");
  });

  it("ids are stable name-based UUIDs", () => {
    expect(stableUrn("a")).toBe(stableUrn("a"));
    expect(stableUrn("a")).not.toBe(stableUrn("b"));
    expect(stableUrn("a")).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
