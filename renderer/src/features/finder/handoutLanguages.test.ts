import { beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n, i18nReady } from '../../i18n';
import type { PublishedDocument } from './documentIndex';
import { handoutHtml } from './printHandout';

vi.mock('../../host', () => ({ host: { print: vi.fn(async () => ({ ok: true })) } }));

beforeAll(async () => {
  await i18nReady;
  await i18n.changeLanguage('nl');
});

const document: PublishedDocument = {
  id: 'doc-1',
  title: 'Besluit op Woo-verzoek over bomenkap Havenkade',
  description: 'Het college maakt de stukken over de kap van drie iepen deels openbaar.',
  category: '2i',
  publisherName: 'Gemeente Utrecht',
  publishedOn: '2026-03-01',
  source: 'https://open.example/doc-1',
};

describe('the hand-out in the visitor language', () => {
  it('is right-to-left in Arabic, with the Arabic frame texts and the document’s own Dutch title', () => {
    const { html, title, language } = handoutHtml(document, 'ar', 'Openbaarheidscentrum Utrecht', '2026-11-30');
    expect(language).toBe('ar');
    expect(html).toMatch(/<html lang="ar" dir="rtl"/);
    expect(html).toContain('هذه الوثيقة متاحة للجميع. يمكنك قراءتها وتنزيلها بنفسك.');
    expect(html).toContain('أين تجد الوثيقة؟');
    expect(html).toContain('اكتب هذا العنوان في متصفح الإنترنت:');
    expect(html).toContain('>Besluit op Woo-verzoek over bomenkap Havenkade</h1>');
    expect(html).toContain('Het college maakt de stukken over de kap van drie iepen deels openbaar.');
    expect(title).toBe('وثيقة عامة – Besluit op Woo-verzoek over bomenkap Havenkade');
    // No Dutch frame text left over.
    expect(html).not.toContain('Waar vindt u het?');
  });

  it.each([
    ['tr', 'Belgeyi nerede bulabilirsiniz?', 'Bu adresi internet tarayıcınıza yazın:', 'Kamuya açık belge – '],
    ['pl', 'Gdzie go znaleźć?', 'Proszę wpisać ten adres w przeglądarce internetowej:', 'Dokument publiczny – '],
    ['uk', 'Де його знайти?', 'Введіть цю адресу у своєму браузері:', 'Публічний документ – '],
  ])('is left-to-right in %s, with its own frame texts', (lng, whereTitle, where, titlePrefix) => {
    const { html, title } = handoutHtml(document, lng, undefined, '2026-11-30');
    expect(html).toMatch(new RegExp(`<html lang="${lng}" dir="ltr"`));
    expect(html).toContain(whereTitle);
    expect(html).toContain(where);
    expect(title).toBe(`${titlePrefix}${document.title}`);
    expect(html).not.toContain('Typ dit adres in uw browser:');
  });

  it('writes the dates in the hand-out’s language, not the UI’s', () => {
    expect(handoutHtml(document, 'pl', undefined, '2026-11-30').html).toContain('1 marca 2026\u00a0r.');
    expect(handoutHtml(document, 'nl', undefined, '2026-11-30').html).toContain('1 maart 2026');
  });

  it('names the centre when it has no name of its own', () => {
    const { html } = handoutHtml(document, 'nl', undefined, '2026-11-30');
    expect(html).toMatch(/<html lang="nl" dir="ltr"/);
    expect(html).toContain('Typ dit adres in uw browser:');
    expect(html).toContain('<strong>Openbaarheidscentrum</strong>');
  });

  it('falls back to Dutch for a language it does not print in', () => {
    expect(handoutHtml(document, 'de', undefined, '2026-11-30').language).toBe('nl');
  });
});
