/**
 * A strict, namespace-aware XML parser for tests (saxes: well-formedness errors throw), giving a
 * small element tree; and a reader of RDF/XML's striped syntax (typed node elements with
 * `rdf:about`, property elements with `rdf:resource` or a literal) into triples — enough to check
 * the DCAT catalogue, which uses only that part of RDF/XML.
 */
import { SaxesParser } from "saxes";

export interface XmlElement {
  /** Namespace URI and local name. */
  ns: string;
  local: string;
  /** Attributes by `{namespace}local` (no namespace: just `local`). */
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let failure: Error | null = null;
  parser.on("error", (error) => {
    failure ??= error;
  });
  parser.on("opentag", (tag) => {
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) attrs[a.uri ? `{${a.uri}}${a.local}` : a.local] = a.value;
    const element: XmlElement = {
      ns: tag.uri ?? "",
      local: tag.local ?? tag.name,
      attrs,
      children: [],
      text: "",
    };
    stack.at(-1)?.children.push(element);
    stack.push(element);
    root ??= element;
  });
  parser.on("text", (t) => {
    const top = stack.at(-1);
    if (top) top.text += t;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.write(text).close();
  if (failure) throw failure;
  if (!root) throw new Error("no root element");
  return root;
}

/** Child elements by namespace and local name. */
export const childrenOf = (e: XmlElement, ns: string, local: string) =>
  e.children.filter((c) => c.ns === ns && c.local === local);

export const RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

export interface Triple {
  subject: string;
  predicate: string;
  object: { iri: string } | { literal: string; lang?: string };
}

/**
 * The triples of an RDF/XML document in the striped syntax used here. Throws on a node without
 * `rdf:about` (a blank node) or a property element that is neither a resource nor a literal.
 */
export function rdfTriples(root: XmlElement): Triple[] {
  if (root.ns !== RDF || root.local !== "RDF") throw new Error("the root is not rdf:RDF");
  const triples: Triple[] = [];
  for (const node of root.children) {
    const subject = node.attrs[`{${RDF}}about`];
    if (!subject) throw new Error(`a blank node: ${node.ns}${node.local}`);
    triples.push({ subject, predicate: `${RDF}type`, object: { iri: node.ns + node.local } });
    for (const p of node.children) {
      const resource = p.attrs[`{${RDF}}resource`];
      const predicate = p.ns + p.local;
      if (resource !== undefined) triples.push({ subject, predicate, object: { iri: resource } });
      else if (p.children.length === 0) {
        const lang = p.attrs["{http://www.w3.org/XML/1998/namespace}lang"];
        triples.push({ subject, predicate, object: lang ? { literal: p.text, lang } : { literal: p.text } });
      } else throw new Error(`a nested node under ${predicate}: not used here`);
    }
  }
  return triples;
}
