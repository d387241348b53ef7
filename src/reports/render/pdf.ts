/**
 * Renders a document model to PDF: its HTML printed by Chromium (print rules in html.ts), with a
 * running header (municipality, Dnr) and a footer "Sida X av Y" on every page (an extract adds its
 * signature boxes), and the Dnr and decision in the PDF's document information. Lays out only.
 */
import type { PdfProvider } from "../../platform/pdf/pdf.js";
import type { DocumentModel } from "../model/document.js";
import { escapeHtml, renderHtml } from "./html.js";
import { withPdfInfo } from "./pdf-info.js";

const FONT = "font-family:'Liberation Sans',Arial,sans-serif;font-size:8.5pt;color:#333";

/** Chromium's header and footer templates of a model. */
export function pdfTemplates(model: DocumentModel): { headerTemplate: string; footerTemplate: string } {
  const [left = "", ...rest] = model.meta.runningHeader ?? [model.meta.municipality];
  const headerTemplate = `<div style="${FONT};width:100%;box-sizing:border-box;padding:0 22mm;display:flex;justify-content:space-between"><span>${escapeHtml(left)}</span><span>${escapeHtml(rest.join("  "))}</span></div>`;
  const signatures = model.meta.footerSignatures ?? [];
  const boxes = signatures.length
    ? `<div style="display:flex;gap:6mm;margin-bottom:2mm">${signatures
        .map(
          (s) =>
            `<div style="flex:1;border:1px solid #555;height:11mm;padding:1mm 2mm;box-sizing:border-box">${escapeHtml(s)}</div>`,
        )
        .join("")}</div>`
    : "";
  const footerTemplate = `<div style="${FONT};width:100%;box-sizing:border-box;padding:0 22mm">${boxes}<div style="text-align:center">Sida <span class="pageNumber"></span> av <span class="totalPages"></span></div></div>`;
  return { headerTemplate, footerTemplate };
}

/** Prints a model to PDF with its running header and footer and its metadata. */
export async function renderPdf(model: DocumentModel, provider: PdfProvider): Promise<Buffer> {
  const extract = (model.meta.footerSignatures?.length ?? 0) > 0;
  const pdf = await provider.render(renderHtml(model), {
    ...pdfTemplates(model),
    margin: { top: "22mm", bottom: extract ? "36mm" : "20mm", left: "22mm", right: "22mm" },
  });
  return withPdfInfo(pdf, {
    Subject: model.meta.description ?? null,
    Keywords: model.meta.keywords?.join("; ") || null,
    Author: model.meta.municipality || null,
  });
}
