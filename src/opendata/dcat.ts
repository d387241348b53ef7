/**
 * The DCAT-AP-SE 3.0.1 catalogue of the installation's open data, in RDF/XML (the form the
 * national data portal harvests): one dataset for the whole installation and one per partnership,
 * each with its distributions (four CSV files, their JSON twins, the Atom feed), licence CC0 and
 * update frequency (the EU frequency vocabulary, from the reporting rhythm), the public read API
 * as a data service. Every resource has an absolute IRI (no blank nodes), as the portal asks.
 */
import type { Partnership } from "../partnerships/partnerships.types.js";
import { openDataPaths } from "../publishing/public-paths.js";
import { CC0 } from "./formats.js";
import { DATASETS, TABLES } from "./tables.js";
import { escapeXml as x } from "./xml.js";

const FREQUENCY = "http://publications.europa.eu/resource/authority/frequency/";
const FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";
const THEME = "http://publications.europa.eu/resource/authority/data-theme/";
const LOCAL_AUTHORITY = "http://purl.org/adms/publishertype/LocalAuthority";
const SWEDISH = "http://publications.europa.eu/resource/authority/language/SWE";
const ENGLISH = "http://publications.europa.eu/resource/authority/language/ENG";
const IANA = "https://www.iana.org/assignments/media-types/";

/** How often a partnership's data changes: each reporting period. */
const RHYTHM: Record<Partnership["periodScheme"], string> = {
  quarter: "QUARTERLY",
  tertial: "ANNUAL_3",
  half: "ANNUAL_2",
};

export interface CatalogInput {
  baseUrl: string;
  /** The installation's publisher (the catalogue's and the national dataset's). */
  publisher: string;
  contactEmail: string;
  partnerships: Pick<Partnership, "slug" | "name" | "municipalityName" | "periodScheme">[];
  /** When a public result or report last changed (ISO date-time), if any. */
  modified: string | null;
}

interface DatasetInput {
  iri: string;
  slug?: string;
  title: { sv: string; en: string };
  description: { sv: string; en: string };
  publisherIri: string;
  landingPage: string;
  frequency: string;
}

export function dcatCatalog(input: CatalogInput): string {
  const base = input.baseUrl;
  const page = `${base}${openDataPaths.page}`;
  const catalogIri = `${base}${openDataPaths.catalog}#katalog`;
  const publisherIri = `${page}#utgivare`;
  const contactIri = `${page}#kontakt`;
  const serviceIri = `${base}/api/v1#tjanst`;
  const fastest =
    (["quarter", "tertial", "half"] as const).find((s) =>
      input.partnerships.some((p) => p.periodScheme === s),
    ) ?? "tertial";
  const datasets: DatasetInput[] = [
    {
      iri: `${page}#dataset`,
      title: { sv: "Medborgarlöften – hela landet", en: "Citizen promises – the whole installation" },
      description: {
        sv: "Alla publicerade medborgarlöften mellan kommuner och polis på webbplatsen: löften, punkter, godkända uppföljningar och framsteg per period, och ett flöde med nya resultat och återrapporteringar.",
        en: "Every published citizen promise between municipalities and the police on this site: promises, points, approved follow-ups and progress by period, and a feed of new results and report-backs.",
      },
      publisherIri,
      landingPage: page,
      frequency: RHYTHM[fastest],
    },
    ...input.partnerships.map((p) => ({
      iri: `${base}${openDataPaths.page}/${encodeURIComponent(p.slug)}#dataset`,
      slug: p.slug,
      title: { sv: `Medborgarlöften – ${p.name}`, en: `Citizen promises – ${p.name}` },
      description: {
        sv: `Publicerade medborgarlöften i ${p.name} (${p.municipalityName}): löften, punkter, godkända uppföljningar och framsteg per period, och ett flöde med nya resultat och återrapporteringar.`,
        en: `Published citizen promises of ${p.name} (${p.municipalityName}): promises, points, approved follow-ups and progress by period, and a feed of new results and report-backs.`,
      },
      publisherIri: `${base}${openDataPaths.page}/${encodeURIComponent(p.slug)}#utgivare`,
      landingPage: `${page}#${encodeURIComponent(p.slug)}`,
      frequency: RHYTHM[p.periodScheme],
    })),
  ];

  const out: string[] = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"`,
    `         xmlns:dcat="http://www.w3.org/ns/dcat#"`,
    `         xmlns:dcterms="http://purl.org/dc/terms/"`,
    `         xmlns:foaf="http://xmlns.com/foaf/0.1/"`,
    `         xmlns:vcard="http://www.w3.org/2006/vcard/ns#">`,
    `  <dcat:Catalog rdf:about="${x(catalogIri)}">`,
    `    <dcterms:title xml:lang="sv">Öppna data om medborgarlöften</dcterms:title>`,
    `    <dcterms:title xml:lang="en">Open data on citizen promises</dcterms:title>`,
    `    <dcterms:description xml:lang="sv">Medborgarlöften mellan kommuner och polis och hur de följs upp, som CSV, JSON och Atom-flöden. Fritt att använda (CC0).</dcterms:description>`,
    `    <dcterms:description xml:lang="en">Citizen promises between municipalities and the police and how they are followed up, as CSV, JSON and Atom feeds. Free to use (CC0).</dcterms:description>`,
    `    <dcterms:publisher rdf:resource="${x(publisherIri)}"/>`,
    `    <dcterms:license rdf:resource="${CC0}"/>`,
    `    <foaf:homepage rdf:resource="${x(page)}"/>`,
    `    <dcterms:language rdf:resource="${SWEDISH}"/>`,
    ...(input.modified
      ? [
          `    <dcterms:modified rdf:datatype="http://www.w3.org/2001/XMLSchema#dateTime">${x(input.modified)}</dcterms:modified>`,
        ]
      : []),
    ...datasets.map((d) => `    <dcat:dataset rdf:resource="${x(d.iri)}"/>`),
    `    <dcat:service rdf:resource="${x(serviceIri)}"/>`,
    `  </dcat:Catalog>`,
    agent(publisherIri, input.publisher),
    ...input.partnerships.map((p) =>
      agent(`${base}${openDataPaths.page}/${encodeURIComponent(p.slug)}#utgivare`, p.municipalityName),
    ),
    `  <vcard:Organization rdf:about="${x(contactIri)}">`,
    `    <vcard:fn>${x(input.publisher)}</vcard:fn>`,
    `    <vcard:hasEmail rdf:resource="mailto:${x(input.contactEmail)}"/>`,
    `  </vcard:Organization>`,
    `  <dcat:DataService rdf:about="${x(serviceIri)}">`,
    `    <dcterms:title xml:lang="sv">Medborgarlöftens öppna API</dcterms:title>`,
    `    <dcterms:title xml:lang="en">The citizen promises' public API</dcterms:title>`,
    `    <dcat:endpointURL rdf:resource="${x(`${base}/api/v1`)}"/>`,
    `    <dcat:endpointDescription rdf:resource="${x(`${base}/api/v1/openapi.json`)}"/>`,
    `    <dcterms:publisher rdf:resource="${x(publisherIri)}"/>`,
    `    <dcterms:license rdf:resource="${CC0}"/>`,
    ...datasets.map((d) => `    <dcat:servesDataset rdf:resource="${x(d.iri)}"/>`),
    `  </dcat:DataService>`,
    ...datasets.map((d) => dataset(d, base, contactIri)),
    `</rdf:RDF>`,
  ];
  return `${out.join("\n")}\n`;
}

function agent(iri: string, name: string): string {
  return [
    `  <foaf:Agent rdf:about="${x(iri)}">`,
    `    <foaf:name>${x(name)}</foaf:name>`,
    `    <dcterms:type rdf:resource="${LOCAL_AUTHORITY}"/>`,
    `  </foaf:Agent>`,
  ].join("\n");
}

function dataset(d: DatasetInput, base: string, contactIri: string): string {
  const distributions = [
    ...DATASETS.flatMap((name) =>
      (["csv", "json"] as const).map((ext) => ({
        url: `${base}${openDataPaths.file(name, ext, d.slug)}`,
        title: {
          sv: `${TABLES[name].title.sv} (${ext.toUpperCase()})`,
          en: `${TABLES[name].title.en} (${ext.toUpperCase()})`,
        },
        description: { sv: TABLES[name].description.sv, en: TABLES[name].description.en },
        format: ext === "csv" ? "CSV" : "JSON",
        mediaType: ext === "csv" ? "text/csv" : "application/json",
      })),
    ),
    {
      url: `${base}${openDataPaths.feed(d.slug)}`,
      title: {
        sv: "Flöde med nya resultat och återrapporteringar (Atom)",
        en: "Feed of new results and report-backs (Atom)",
      },
      description: {
        sv: "En post per löfte och period med nya godkända resultat, och en per publicerad återrapportering.",
        en: "One entry per promise and period with new approved results, and one per published report-back.",
      },
      format: "ATOM",
      mediaType: "application/atom+xml",
    },
  ];
  return [
    `  <dcat:Dataset rdf:about="${x(d.iri)}">`,
    `    <dcterms:title xml:lang="sv">${x(d.title.sv)}</dcterms:title>`,
    `    <dcterms:title xml:lang="en">${x(d.title.en)}</dcterms:title>`,
    `    <dcterms:description xml:lang="sv">${x(d.description.sv)}</dcterms:description>`,
    `    <dcterms:description xml:lang="en">${x(d.description.en)}</dcterms:description>`,
    `    <dcterms:identifier>${x(d.iri)}</dcterms:identifier>`,
    `    <dcterms:publisher rdf:resource="${x(d.publisherIri)}"/>`,
    `    <dcat:contactPoint rdf:resource="${x(contactIri)}"/>`,
    `    <dcterms:accrualPeriodicity rdf:resource="${FREQUENCY}${d.frequency}"/>`,
    `    <dcat:theme rdf:resource="${THEME}JUST"/>`,
    `    <dcat:theme rdf:resource="${THEME}GOVE"/>`,
    `    <dcat:keyword xml:lang="sv">medborgarlöfte</dcat:keyword>`,
    `    <dcat:keyword xml:lang="sv">trygghet</dcat:keyword>`,
    `    <dcat:keyword xml:lang="sv">polis</dcat:keyword>`,
    `    <dcat:keyword xml:lang="sv">kommun</dcat:keyword>`,
    `    <dcat:keyword xml:lang="en">citizen promise</dcat:keyword>`,
    `    <dcterms:language rdf:resource="${SWEDISH}"/>`,
    `    <dcterms:language rdf:resource="${ENGLISH}"/>`,
    `    <dcat:landingPage rdf:resource="${x(d.landingPage)}"/>`,
    ...distributions.map((dist) => `    <dcat:distribution rdf:resource="${x(dist.url)}"/>`),
    `  </dcat:Dataset>`,
    ...distributions.map((dist) =>
      [
        `  <dcat:Distribution rdf:about="${x(dist.url)}">`,
        `    <dcterms:title xml:lang="sv">${x(dist.title.sv)}</dcterms:title>`,
        `    <dcterms:title xml:lang="en">${x(dist.title.en)}</dcterms:title>`,
        `    <dcterms:description xml:lang="sv">${x(dist.description.sv)}</dcterms:description>`,
        `    <dcterms:description xml:lang="en">${x(dist.description.en)}</dcterms:description>`,
        `    <dcat:accessURL rdf:resource="${x(dist.url)}"/>`,
        `    <dcat:downloadURL rdf:resource="${x(dist.url)}"/>`,
        `    <dcterms:format rdf:resource="${FILE_TYPE}${dist.format}"/>`,
        `    <dcat:mediaType rdf:resource="${IANA}${dist.mediaType}"/>`,
        `    <dcterms:license rdf:resource="${CC0}"/>`,
        `  </dcat:Distribution>`,
      ].join("\n"),
    ),
  ].join("\n");
}
