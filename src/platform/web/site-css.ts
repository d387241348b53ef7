/**
 * The public stylesheet, served at /assets/site.css. Kept as a module so the build needs no copy
 * step. Colours meet WCAG AA contrast; focus is always visible; layout works from 320 px. Only
 * logical properties (`inline-start`, `start`) for sides, so right-to-left pages mirror.
 */
export const SITE_CSS = `
:root { --ink: #1b1b1f; --muted: #4a4a55; --line: #c9c9d3; --bg: #ffffff; --band: #f3f4f7;
  --accent: #0b4f8a; --accent-ink: #ffffff; --done: #1d6b36; --partly: #7a4b00; --todo: #5c5c66; --focus: #ffbf47; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; line-height: 1.5; color: var(--ink); background: var(--bg); }
body { margin: 0; overflow-wrap: break-word; hyphens: auto; }
a { color: var(--accent); text-underline-offset: 0.15em; }
a:focus-visible, summary:focus-visible, main:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; inset-inline-start: -10000px; top: 0; }
.skip:focus { inset-inline-start: 1rem; top: 1rem; background: var(--bg); padding: 0.5rem 1rem; z-index: 10; }
.site-header { background: var(--accent); color: var(--accent-ink); }
.site-header .inner { display: flex; flex-wrap: wrap; gap: 0.5rem 2rem; align-items: center; justify-content: space-between; }
.site-header a { color: var(--accent-ink); }
.brand { font-weight: 700; font-size: 1.25rem; margin: 0.75rem 0; }
.inner { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
.lang ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; margin: 0; padding: 0; }
/* Arabic: system fonts that have Arabic glyphs (no web fonts), a little more line height. */
:lang(ar) { font-family: "Noto Sans Arabic", "Noto Naskh Arabic", "Segoe UI", Tahoma, "Geeza Pro", "DejaVu Sans", system-ui, sans-serif; line-height: 1.7; }
.only-sv { color: var(--muted); font-size: 0.9375rem; font-style: italic; margin: 0 0 0.5rem; }
.lang [aria-current] { font-weight: 700; text-decoration: none; }
main { display: block; padding: 1rem 0 3rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 1rem 0; }
h2 { font-size: 1.5rem; margin: 2rem 0 0.75rem; }
h3 { font-size: 1.25rem; margin: 1.5rem 0 0.5rem; }
.lead { font-size: 1.125rem; color: var(--muted); max-width: 42rem; }
.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.25rem 1rem; margin: 1rem 0; }
@media (max-width: 30rem) { .facts { grid-template-columns: minmax(0, 1fr); } .facts dd { margin-bottom: 0.5rem; } }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
.notice { border-inline-start: 4px solid var(--partly); background: #fff8e6; padding: 0.5rem 1rem; }
.cards { list-style: none; padding: 0; display: grid; gap: 1rem; }
.card { border: 1px solid var(--line); border-radius: 0.5rem; padding: 1rem; }
.card h3 { margin-top: 0; }
.bar { display: block; width: 100%; max-width: 24rem; height: 0.75rem; background: var(--band); border: 1px solid var(--line); }
.bar rect { fill: var(--done); }
.points { list-style: none; padding: 0; margin: 0; }
.point { border-top: 1px solid var(--line); padding: 1rem 0; }
.point-text { font-weight: 600; font-size: 1.0625rem; margin: 0.25rem 0 0.5rem; }
.point-number { color: var(--muted); margin: 0; }
.status { display: inline-block; border-radius: 1rem; padding: 0 0.75rem; border: 2px solid currentColor; font-weight: 600; font-size: 0.9375rem; }
.status-done { color: var(--done); }
.status-partly_done, .status-in_progress { color: var(--partly); }
.status-not_started, .status-not_done, .status-not_applicable, .status-none { color: var(--todo); }
.result { margin: 0.5rem 0; }
.meta { color: var(--muted); font-size: 0.9375rem; margin: 0.25rem 0; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
th, td { text-align: start; padding-block: 0.25rem; padding-inline: 0 1rem; border-bottom: 1px solid var(--line); vertical-align: top; }
.periods ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; padding: 0; margin: 0.25rem 0; }
.periods [aria-current] { font-weight: 700; }
details { margin: 1rem 0; }
summary { cursor: pointer; color: var(--accent); }
.site-footer { border-top: 1px solid var(--line); background: var(--band); padding: 1rem 0 2rem; color: var(--muted); }

.partnership { font-weight: 400; margin-inline-start: 0.5rem; }
.signout { display: flex; gap: 0.5rem; align-items: center; }
.workspace-nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; margin: 0 auto; padding-bottom: 0.75rem; }
.workspace-nav [aria-current] { font-weight: 700; text-decoration-thickness: 3px; }
button, .button { font: inherit; padding: 0.375rem 1rem; border-radius: 0.375rem; border: 2px solid var(--accent); background: var(--accent); color: var(--accent-ink); cursor: pointer; }
button.secondary { background: var(--bg); color: var(--accent); }
button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
label { display: block; font-weight: 600; margin: 1rem 0 0.25rem; }
input[type=text], input[type=email], input[type=password], input[type=number], input[type=url], select, textarea { font: inherit; padding: 0.375rem 0.5rem; border: 1px solid var(--muted); border-radius: 0.25rem; width: 100%; max-width: 40rem; }
textarea { min-height: 8rem; }
.hint { color: var(--muted); font-size: 0.9375rem; margin: 0 0 0.25rem; }
.map-click, .map-frame { overflow-x: auto; max-width: 100%; margin: 1rem 0; }
.error-summary { border: 3px solid #b00020; padding: 0.5rem 1rem; margin: 1rem 0; }
.field-error { color: #b00020; font-weight: 600; margin: 0.25rem 0; }
.check { margin: 0.25rem 0; }
label.inline { display: inline; margin: 0; font-weight: 400; }
.actions { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin: 0.5rem 0; }
.actions form { margin: 0; }
fieldset { border: 1px solid var(--line); margin: 1rem 0; max-width: 42rem; }
.success { border-inline-start: 4px solid var(--done); background: #eef8f0; padding: 0.5rem 1rem; }
.mail-body { white-space: pre-wrap; overflow-wrap: anywhere; font: inherit; background: var(--band); padding: 1rem; max-width: 48rem; }
.outbox td { overflow-wrap: break-word; }
svg.chart { max-width: 100%; height: auto; }
.chart-and-table { display: flex; flex-wrap: wrap; gap: 0 2rem; align-items: flex-start; }
.chart-and-table figure { margin: 0; max-width: 100%; }
.chart-and-table table { min-width: 0; }
.filters { border: 1px solid var(--line); border-radius: 0.5rem; padding: 0 1rem 0.75rem; margin: 1rem 0; }
.filters h2 { font-size: 1.25rem; margin: 1rem 0 0; }
.filter-fields { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr)); gap: 0 1rem; }
.filter label { margin: 0.75rem 0 0.25rem; }
.result-count { font-weight: 600; }
.pages ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.5rem; padding: 0; margin: 1.5rem 0; }
.pages a { display: inline-block; min-width: 2.75rem; padding: 0.5rem 0.75rem; text-align: center; border: 1px solid var(--line); border-radius: 0.25rem; }
.pages a[aria-current] { font-weight: 700; background: var(--accent); color: var(--accent-ink); }
.pages .gap { padding: 0.5rem 0; }
.footer-links { list-style: none; display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; padding: 0; margin: 0.5rem 0 0; }
svg.map { display: block; max-width: 100%; height: auto; }
.map-figure { margin: 1rem 0; }
.report svg { max-width: 100%; height: auto; }
.table-scroll { max-width: 100%; overflow-x: auto; margin: 0.5rem 0 1rem; }
.table-scroll table { margin: 0; }
.table-scroll:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
@media print {
  nav, form, button, .skip, .filters, .pages { display: none !important; }
  *, *::before, *::after { color: #000 !important; background: transparent !important; box-shadow: none !important; }
  html, body { background: #fff !important; }
  .site-header { border-bottom: 2px solid #000; }
  .site-footer { border-top: 1px solid #000; }
  a { text-decoration: underline; }
  main a[href]::after { content: " (" attr(href) ")"; font-size: 0.875em; overflow-wrap: anywhere; }
  main a[href^="#"]::after { content: ""; }
  .card, .point, figure, tr { break-inside: avoid; }
  h1, h2, h3 { break-after: avoid; }
  .table-scroll { overflow: visible; }
  .status { border-color: #000; }
}
`;
