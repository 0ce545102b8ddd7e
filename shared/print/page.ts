/**
 * The frame of every printed document: a complete, self-contained HTML page (no scripts, no
 * external resources – the print window runs with JavaScript off and no network), A4, large
 * readable type, and logical CSS properties so a right-to-left language lays out mirrored.
 */
import { escapeHtml, type SafeHtml } from './html';

export interface PrintPageOptions {
  /** BCP 47 language of the document's text. */
  lang: string;
  dir?: 'ltr' | 'rtl';
  title: string;
  body: SafeHtml;
}

const FONTS: Record<string, string> = {
  ar: "'Noto Naskh Arabic', 'Noto Sans Arabic', 'DejaVu Sans', 'Arial', sans-serif",
};
const DEFAULT_FONT = "'Noto Sans', 'DejaVu Sans', 'Arial', sans-serif";

// Fixed markup, written here: no visitor text goes into the style sheet.
const STYLE = `
@page { size: A4; margin: 18mm 18mm 20mm; }
* { box-sizing: border-box; }
html { color: #111; background: #fff; }
body { margin: 0; font-size: 12pt; line-height: 1.55; max-width: 174mm; }
h1 { font-size: 19pt; line-height: 1.25; margin: 0 0 4mm; }
h2 { font-size: 13.5pt; margin: 7mm 0 2mm; break-after: avoid; }
p { margin: 0 0 3mm; }
.org { font-size: 11pt; color: #333; border-block-end: 2px solid #111; padding-block-end: 3mm; margin-block-end: 6mm; display: flex; justify-content: space-between; gap: 6mm; }
.org strong { font-size: 13pt; color: #111; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 1.5mm 6mm; margin: 0 0 4mm; }
.facts dt { font-weight: 700; }
/* One label column for every list of facts in a document (the formal request has several). */
.facts.aligned { grid-template-columns: 52mm 1fr; }
.facts dd { margin: 0; overflow-wrap: anywhere; }
/* Arabic script needs a larger size to read as easily as the Latin text at 12pt. */
html[lang='ar'] body { font-size: 13.5pt; }
/* Latin values (case number, names, addresses) sit next to their label in right-to-left text too. */
html[dir='rtl'] .facts dd { text-align: right; }
.deadline { border: 2px solid #111; border-radius: 3mm; padding: 4mm 5mm; margin: 4mm 0; font-size: 13pt; break-inside: avoid; }
.deadline strong { font-size: 15pt; }
ol.steps { margin: 0 0 3mm; padding-inline-start: 7mm; }
ol.steps li { margin-block-end: 1.5mm; }
.quote { border-inline-start: 3px solid #777; padding-inline-start: 4mm; margin: 0 0 4mm; overflow-wrap: anywhere; }
.small { font-size: 10pt; color: #333; }
.ltr { direction: ltr; unicode-bidi: isolate; }
@media screen {
  html { background: #e9ecef; }
  body { box-sizing: content-box; background: #fff; margin: 8mm auto; padding: 14mm 18mm; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
}
footer { margin-block-start: 8mm; padding-block-start: 3mm; border-block-start: 1px solid #777; font-size: 10.5pt; }
.signature { margin-block-start: 12mm; }
`;

export function printPage(options: PrintPageOptions): string {
  const base = options.lang.split('-')[0] ?? options.lang;
  const font = FONTS[base] ?? DEFAULT_FONT;
  // The style sheet is this module's constant text; lang, dir and title are escaped like any value.
  return `<!doctype html>
<html lang="${escapeHtml(options.lang)}" dir="${options.dir === 'rtl' ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(options.title)}</title>
<style>body { font-family: ${font}; }${STYLE}</style>
</head>
<body>
${options.body.value}
</body>
</html>
`;
}
