/**
 * The EST category set municipalities use (one municipality's EST system, Åmål, plus "incidenter
 * mot anställd" which others add; see the evidence notes): the default of every partnership's
 * list until its coordinator changes it. Keys are stable; names and sub-categories may change.
 */
export interface IncidentCategory {
  key: string;
  name: string;
  subcategories: string[];
  active: boolean;
  position: number;
  /** 1 for the defaults (not stored yet); a stored row's version. */
  version: number;
}

export const DEFAULT_CATEGORIES: readonly IncidentCategory[] = [
  { key: "skadegorelse", name: "Skadegörelse", subcategories: ["Klotter", "Glaskross", "Brand"] },
  {
    key: "samling-av-personer",
    name: "Otrygghetsskapande samling av personer",
    subcategories: ["Trapphus", "Källare", "Garage", "Köpcentrum", "Utomhus"],
  },
  {
    key: "ordningsstorande",
    name: "Annat otrygghetsskapande eller ordningsstörande",
    subcategories: [
      "Bråk",
      "Våld",
      "Inbrott",
      "Rån",
      "Misstänkt droghantering",
      "Olovligt boende",
      "Olovlig trafik",
    ],
  },
  {
    key: "otrygg-plats",
    name: "Otrygg plats",
    subcategories: ["Belysning", "Insyn", "Klotter", "Nedskräpning", "Ödslighet"],
  },
  { key: "arrangemang", name: "Arrangemang", subcategories: [] },
  { key: "mot-anstalld", name: "Incidenter mot anställd", subcategories: [] },
].map((c, i) => ({ ...c, active: true, position: i + 1, version: 1 }));

/** A key from a category's name: lower-case ASCII letters, digits and hyphens (å ä → a, ö → o). */
export function categoryKeyOf(name: string): string {
  const key = name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/g, "");
  return key === "" ? "kategori" : key;
}
