import qrcode from 'qrcode-generator';
import { html, type SafeHtml } from '../../../../shared/print/html';
import { receiptDirection, type ReceiptLanguage } from '../../../../shared/print/language';
import { printPage } from '../../../../shared/print/page';
import type { PublishedDocument } from './documentIndex';

/** Translates a key of the `handout` namespace in the hand-out's language (i18next getFixedT). */
export type HandoutTranslate = (key: string, values?: Record<string, string>) => string;

/**
 * The QR code as SVG built from the module matrix with the escaping `html` tag: only numbers go
 * into the markup, so nothing needs to be trusted as raw HTML. Error correction M survives a
 * crumpled print; the quiet zone is the standard four modules.
 */
export function qrSvg(text: string, sizeMm = 38, labelledBy?: string): SafeHtml {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const count = qr.getModuleCount();
  const quiet = 4;
  const cells: SafeHtml[] = [];
  for (let row = 0; row < count; row++) {
    for (let column = 0; column < count; column++) {
      if (qr.isDark(row, column)) cells.push(html`<rect x="${column + quiet}" y="${row + quiet}" width="1" height="1"/>`);
    }
  }
  const side = count + 2 * quiet;
  // An image needs a text alternative (axe svg-img-alt): the caption that says what to do with it.
  const label = labelledBy ? html` aria-labelledby="${labelledBy}"` : '';
  return html`<svg xmlns="http://www.w3.org/2000/svg" role="img"${label} viewBox="0 0 ${side} ${side}" width="${sizeMm}mm" height="${sizeMm}mm" shape-rendering="crispEdges"><rect width="${side}" height="${side}" fill="#fff"/><g fill="#000">${cells}</g></svg>`;
}

/** A long address may wrap after its slashes and hyphens instead of running off the page. */
function breakable(address: string): SafeHtml {
  const parts = address.split(/(?<=[/\-?&=])/);
  return html`${parts.map((part, i) => (i === 0 ? part : html`<wbr>${part}`))}`;
}

/**
 * The hand-out is one page: Woogle allows a 2,000-character title and a 20,000-character
 * description, which would run to several pages (and push the address and QR code off the first).
 * Longer text is cut at a word with an ellipsis; the whole document is behind the link.
 */
const MAX_TITLE = 160;
const MAX_DESCRIPTION = 500;
const MAX_DESCRIPTION_AR = 360;

export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > max * 0.6 ? cut.slice(0, atWord) : cut).replace(/[\s.,;:–-]+$/, '')}…`;
}

/** A long address in large bold type takes half the page; from this length it is printed small (the QR code is the easy way in). */
const LONG_ADDRESS = 90;

function address(source: string): SafeHtml {
  return source.length > LONG_ADDRESS
    ? html`<p class="ltr small" dir="ltr">${breakable(source)}</p>`
    : html`<p class="ltr" dir="ltr"><strong>${breakable(source)}</strong></p>`;
}

export interface HandoutData {
  /** The visitor's language: the frame texts are in it; the document's own title and description stay as published. */
  language: ReceiptLanguage;
  document: PublishedDocument;
  /** The category's name in the hand-out's language, when known. */
  categoryName?: string;
  /** The publication date, formatted for the hand-out's language. */
  publishedOn?: string;
  centreName: string;
  printedOn: string;
}

/** One page for the visitor: what the document is, where it is, and a QR code to open it. */
export function buildHandoutHtml(data: HandoutData, t: HandoutTranslate): string {
  const { document } = data;
  const title = shorten(document.title, MAX_TITLE);
  // Arabic pages print in larger type (shared/print/page.ts), so the description gets less room there.
  const description = shorten(document.description, data.language === 'ar' ? MAX_DESCRIPTION_AR : MAX_DESCRIPTION);
  const body = html`<div class="org"><strong>${data.centreName}</strong><span>${data.printedOn}</span></div>
<h1 dir="auto">${title}</h1>
<p>${t('handout:intro')}</p>
${description ? html`<p class="quote" dir="auto">${description}</p>` : ''}
<dl class="facts">
${data.categoryName ? html`<dt>${t('handout:category')}</dt><dd dir="auto">${data.categoryName}</dd>` : ''}
${document.publisherName ? html`<dt>${t('handout:publisher')}</dt><dd dir="auto">${document.publisherName}</dd>` : ''}
${data.publishedOn ? html`<dt>${t('handout:published')}</dt><dd>${data.publishedOn}</dd>` : ''}
</dl>
<h2>${t('handout:whereTitle')}</h2>
<div class="deadline"><p>${t('handout:where')}</p>${address(document.source)}
${qrSvg(document.source, 38, 'qr-caption')}
<p class="small" id="qr-caption">${t('handout:qr')}</p></div>
<p class="small">${t('handout:help')}</p>`;
  return printPage({ lang: data.language, dir: receiptDirection(data.language), title: handoutTitle(title, t), body });
}

/** The print job's name and the page's <title>: the same words in the same language. */
export function handoutTitle(title: string, t: HandoutTranslate): string {
  return t('handout:documentTitle', { title: shorten(title, MAX_TITLE) });
}
