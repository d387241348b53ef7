import { describe, expect, it } from "vitest";
import {
  assembleProtocolExtract,
  assembleReportBack,
  decisionSentence,
  targetsTable,
} from "./assemble-report-back.js";
import { type Block, type DocumentModel, inlineText, textsOf } from "./document.js";
import { attForm, periodWords } from "./phrases.js";
import type { CommitmentData, ReportBackInput } from "./report-data.js";

const point = (number: number, kind: CommitmentData["responsibleKind"]): CommitmentData => ({
  id: `c${number}`,
  number,
  text: `Punkt ${number} ska göras.`,
  responsibleKind: kind,
  responsibleParties: [{ id: "k", name: "Kommunen", shortName: null }],
  weight: 1,
  carryOver: null,
  carryOverReason: null,
  goals: [],
  targets: [
    {
      id: `t${number}`,
      description: "Trygghetsvandringar",
      unit: "st",
      targetValue: 2,
      direction: "at_least",
    },
  ],
  followUps: [
    {
      periodCode: "2017-T3",
      status: "done",
      state: "approved",
      narrative: `Resultat ${number}.`,
      measurements: { [`t${number}`]: 3 },
    },
  ],
});

const input: ReportBackInput = {
  municipality: "Exempels kommun",
  promise: {
    id: "p",
    ref: "p-2017",
    title: "Medborgarlöfte 2017",
    fromYear: 2017,
    toYear: 2017,
    periods: ["2017-T1", "2017-T2", "2017-T3"],
    commitments: [point(1, "joint"), point(2, "municipality"), point(3, "police")],
  },
  report: {
    id: "r",
    edition: 1,
    status: "draft",
    registrationNumber: "KS 2018/124",
    title: "Återrapportering av medborgarlöfte 2017",
    addressee: "kommunstyrelsen",
    issuingUnit: "Kommunledningsförvaltningen",
    datedOn: "2018-01-23",
    matter: "Ärendet.",
    background: "Bakgrunden.",
    genderEquality: "Jämställdhet.",
    publicationNote: "",
    committeeNote: "",
    goalsIntro: "",
    mblStatement: "Ingen MBL.",
    decisionItems: [{ id: "d", text: "Kommunstyrelsen godkänner återrapporteringen." }],
    consultations: [],
    signatories: [{ name: "Paul Håkansson", title: null }],
    distribution: ["Hållbarhetschefen"],
    links: [],
    attachments: [{ id: "a1", title: "Medborgarlöfte 2017", kind: "promise", periodCode: null }],
  },
};

const text = (blocks: Block[]) => [...textsOf(blocks)].map((t) => t.text).join("\n");
const fieldsOf = (model: DocumentModel) =>
  Object.fromEntries(
    (model.meta.letterhead?.fields ?? []).map((f) => [f.label, f.lines.map(inlineText).join(" | ")]),
  );

describe("the tjänsteskrivelse heading block", () => {
  it("has municipality and office, TJÄNSTESKRIVELSE, Datum, Diarienummer and the addressee", () => {
    const { meta } = assembleReportBack(input);
    expect(meta.letterhead?.organisation).toEqual(["Exempels kommun", "Kommunledningsförvaltningen"]);
    expect(meta.letterhead?.documentType).toBe("TJÄNSTESKRIVELSE");
    expect(meta.letterhead?.addressee).toBe("Kommunstyrelsen");
    expect(fieldsOf(assembleReportBack(input))).toEqual({ Datum: "2018-01-23", Diarienummer: "KS 2018/124" });
    expect(meta.runningHeader).toEqual(["Exempels kommun", "Dnr KS 2018/124"]);
  });

  it("prints no Handläggare while there is none, and name, title, unit, phone and e-mail once there is", () => {
    expect(fieldsOf(assembleReportBack(input))).not.toHaveProperty("Handläggare");
    const withOfficer = assembleReportBack({
      ...input,
      report: {
        ...input.report,
        office: "Säkerhetsenheten",
        handlingOfficer: {
          name: "Anna Andersson",
          title: "Trygghetsstrateg",
          unit: "Säkerhetsenheten",
          phone: "013-20 60 00",
          email: "anna@example.se",
        },
      },
    });
    expect(withOfficer.meta.letterhead?.organisation).toEqual([
      "Exempels kommun",
      "Kommunledningsförvaltningen",
      "Säkerhetsenheten",
    ]);
    // The unit is on the office line already, so not repeated under the officer.
    expect(fieldsOf(withOfficer).Handläggare).toBe(
      "Anna Andersson, Trygghetsstrateg | Telefon 013-20 60 00 | anna@example.se",
    );
  });

  it("carries a logo as base64 with a text alternative", () => {
    const bytes = new Uint8Array([137, 80, 78, 71]);
    const { meta } = assembleReportBack({
      ...input,
      report: { ...input.report, logo: { mediaType: "image/png", bytes } },
    });
    expect(meta.letterhead?.logo).toEqual({
      mediaType: "image/png",
      base64: "iVBORw==",
      alt: "Exempels kommuns logotyp",
    });
  });
});

describe("the decision", () => {
  const decision = {
    body: "kommunstyrelsen",
    decidedOn: "2018-02-06",
    paragraph: "45",
    items: ["Kommunstyrelsen godkänner återrapportering av resultat från medborgarlöftet 2017."],
  };
  const decided = assembleReportBack({ ...input, report: { ...input.report, status: "decided", decision } });

  it("a draft prints none", () => {
    expect(text(assembleReportBack(input).blocks)).not.toContain("beslutade");
    expect(assembleReportBack(input).meta.decision).toBeNull();
  });

  it("a decided edition prints 'Kommunstyrelsen beslutade 2018-02-06, § 45, att …' in a box before the proposal", () => {
    const box = decided.blocks.find((b) => b.type === "box");
    expect(box?.type === "box" && box.label).toBe("Beslut");
    expect(box?.type === "box" && text(box.blocks)).toBe(
      "Kommunstyrelsen beslutade 2018-02-06, § 45, att godkänna återrapportering av resultat från medborgarlöftet 2017.",
    );
    const all = text(decided.blocks);
    expect(all.indexOf("beslutade")).toBeLessThan(all.indexOf("Förslag till kommunstyrelsens beslut"));
  });

  it("carries the Dnr and the decision in its metadata", () => {
    expect(decided.meta.decision).toEqual({
      body: "kommunstyrelsen",
      decidedOn: "2018-02-06",
      paragraph: "§ 45",
      sentence:
        "Kommunstyrelsen beslutade 2018-02-06, § 45, att godkänna återrapportering av resultat från medborgarlöftet 2017.",
    });
    expect(decided.meta.keywords).toEqual(["Dnr KS 2018/124", "Kommunstyrelsen 2018-02-06 § 45"]);
  });

  it("several items are numbered att-clauses; items it cannot turn into att-form are printed as written", () => {
    expect(
      decisionSentence({
        ...decision,
        items: ["Kommunstyrelsen godkänner rapporten.", "Kommunstyrelsen lägger den till handlingarna."],
      }),
    ).toBe(
      "Kommunstyrelsen beslutade 2018-02-06, § 45, att 1. godkänna rapporten, 2. lägga den till handlingarna.",
    );
    expect(decisionSentence({ ...decision, paragraph: null, items: ["Rapporten godkänns."] })).toBe(
      "Kommunstyrelsen beslutade 2018-02-06: 1. Rapporten godkänns.",
    );
  });

  it("a correction edition says which edition and decision it replaces, and why", () => {
    const correction = assembleReportBack({
      ...input,
      report: {
        ...input.report,
        edition: 2,
        replaces: {
          edition: 1,
          body: "kommunstyrelsen",
          decidedOn: "2018-02-06",
          paragraph: "45",
          reason: "Fel siffra i punkt 2",
        },
      },
    });
    const box = correction.blocks.find((b) => b.type === "box");
    expect(box?.type === "box" && box.label).toBe("Rättelse");
    expect(box?.type === "box" && text(box.blocks)).toBe(
      "Denna utgåva (utgåva 2) ersätter utgåva 1, som kommunstyrelsen beslutade 2018-02-06, § 45.\nSkäl till rättelsen: Fel siffra i punkt 2.",
    );
    expect(fieldsOf(correction).Utgåva).toBe("2");
  });

  it("a protokollsutdrag: '§ 45  Dnr …  title', 'Kommunstyrelsen beslutar att …', distribution, signature boxes", () => {
    const extract = assembleProtocolExtract({ ...input, report: { ...input.report, decision } });
    expect(extract.meta.kind).toBe("protokollsutdrag");
    expect(extract.meta.titleParts).toEqual([
      "§ 45",
      "Dnr KS 2018/124",
      "Återrapportering av medborgarlöfte 2017",
    ]);
    expect(extract.meta.letterhead?.documentType).toBe("PROTOKOLLSUTDRAG");
    expect(extract.meta.footerSignatures).toEqual(["Justerandes signatur", "Utdragsbestyrkande"]);
    expect(text(extract.blocks)).toBe(
      "Kommunstyrelsen beslutar att godkänna återrapportering av resultat från medborgarlöftet 2017.\nBeslutet skickas till\nHållbarhetschefen",
    );
    expect(() => assembleProtocolExtract(input)).toThrow(RangeError);
  });
});

describe("the points", () => {
  it("by default in one list as in the seed (joint, municipality, police), without subheadings", () => {
    const { blocks } = assembleReportBack(input);
    expect(blocks.filter((b) => b.type === "heading" && b.level === 3)).toEqual([]);
    const list = blocks.find((b) => b.type === "list" && b.items.some((i) => i.blocks?.length));
    expect(list?.type === "list" && list.items.map((i) => inlineText(i.content))).toEqual([
      "Punkt 1 ska göras.",
      "Punkt 2 ska göras.",
      "Punkt 3 ska göras.",
    ]);
  });

  it("under group subheadings when the setting asks for them", () => {
    const { blocks } = assembleReportBack({ ...input, settings: { pointGroupHeadings: true } });
    expect(
      blocks.filter((b) => b.type === "heading" && b.level === 3).map((b) => b.type === "heading" && b.text),
    ).toEqual(["Kommunens och polisens gemensamma åtgärder", "Kommunens åtaganden", "Polisens åtaganden"]);
  });
});

describe("the targets table", () => {
  it("prints 'Inget mål' for a measure without a target, never 'minst 0', with the measured value", () => {
    const base = point(1, "joint");
    const c: CommitmentData = {
      ...base,
      targets: [
        ...base.targets,
        { id: "m1", description: "Besökare", unit: "personer", targetValue: null, direction: "at_least" },
      ],
    };
    const followUp = {
      ...(base.followUps[0] as CommitmentData["followUps"][number]),
      measurements: { t1: 3, m1: 37 },
    };
    const [table] = targetsTable(c, followUp);
    const out = text([table as Block]);
    expect(out).toContain("minst 2 st");
    expect(out).toContain("37 personer");
    expect(out).toContain("Inget mål");
    expect(out).not.toContain("minst 0");
  });
});

describe("demo honesty", () => {
  const marked = (blocks: Block[]): string[] => {
    const out: string[] = [];
    const walk = (bs: Block[]) => {
      for (const b of bs) {
        if (b.type === "paragraph" || b.type === "note")
          for (const c of b.content) if (typeof c !== "string" && "mark" in c) out.push(c.text);
        if (b.type === "list")
          for (const i of b.items) {
            for (const c of i.content) if (typeof c !== "string" && "mark" in c) out.push(c.text);
            walk(i.blocks ?? []);
          }
        if (b.type === "table")
          for (const r of b.rows)
            for (const cell of r)
              if (typeof cell !== "string")
                for (const c of cell) if (typeof c !== "string" && "mark" in c) out.push(c.text);
        if (b.type === "box") walk(b.blocks);
      }
    };
    walk(blocks);
    return out;
  };

  it("marks every invented value where it is printed and explains the mark once", () => {
    const model = assembleReportBack({
      ...input,
      demo: {
        reportFields: ["registrationNumber", "datedOn"],
        attachmentIds: ["a1"],
        targetIds: ["t2"],
        followUpStatuses: ["c1/2017-T3"],
        measurements: ["c3/2017-T3/t3"],
      },
    });
    expect(fieldsOf(model)).toEqual({ Datum: "2018-01-23", Diarienummer: "KS 2018/124" });
    const lines = model.meta.letterhead?.fields.flatMap((f) => f.lines.flat()) ?? [];
    expect(lines).toEqual([
      { text: "2018-01-23", mark: "demo" },
      { text: "KS 2018/124", mark: "demo" },
    ]);
    expect(model.meta.runningHeader).toEqual(["Exempels kommun", "Dnr KS 2018/124*"]);
    expect(marked(model.blocks)).toEqual([
      "Medborgarlöfte 2017",
      "Status: genomförd.",
      "Trygghetsvandringar",
      "minst 2 st",
      "3 st",
    ]);
    expect(model.blocks[0]).toEqual({
      type: "note",
      content: ["* Exempeldata: värdet är påhittat för demonstrationen och finns inte i originaldokumentet."],
    });
  });

  it("prints no mark and no note without demo markers", () => {
    const model = assembleReportBack(input);
    expect(marked(model.blocks)).toEqual([]);
    expect(model.blocks.some((b) => b.type === "note")).toBe(false);
  });
});

describe("phrases", () => {
  it("writes periods in words", () => {
    expect(periodWords("2017-T2")).toBe("tertial 2 2017");
    expect(periodWords("2026-Q4")).toBe("kvartal 4 2026");
    expect(periodWords("2018-H1")).toBe("halvår 1 2018");
  });

  it("turns a proposal item into the minutes' att-form", () => {
    expect(attForm("Kommunstyrelsen godkänner rapporten.", "kommunstyrelsen")).toBe("godkänna rapporten");
    expect(attForm("Kommunstyrelsen ger kommundirektören i uppdrag att X.", "kommunstyrelsen")).toBe(
      "ge kommundirektören i uppdrag att X",
    );
    expect(attForm("Socialnämnden antar planen", "socialnämnden")).toBe("anta planen");
    expect(attForm("att godkänna rapporten", "kommunstyrelsen")).toBe("godkänna rapporten");
    expect(attForm("Rapporten godkänns.", "kommunstyrelsen")).toBeNull();
  });
});
