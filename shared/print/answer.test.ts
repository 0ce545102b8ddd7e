import { describe, expect, it } from 'vitest';
import { buildAnswerHtml } from './answer';
import type { Translate } from './language';

// Keys come back as written, so the test sees which texts the page uses without a locale file.
const t: Translate = (key, values) => (values ? `${key}(${Object.values(values).join(',')})` : key);
const base = { centre: { name: 'Openbaarheidscentrum Voorbeeldstad', phone: '14 0000' }, printedOn: '2026-05-11' as const, links: [{ label: 'Afspraak', url: 'https://voorbeeldstad.example/afspraak' }] };

describe('the printed answer', () => {
  it('prints the translation right-to-left in Arabic, with the links and how to reach the centre', () => {
    const page = buildAnswerHtml({ ...base, language: 'ar', textLanguage: 'ar', title: 'جمع النفايات', body: 'الفقرة الأولى\n\nالفقرة الثانية' }, t);
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).toContain('<div lang="ar" dir="rtl">');
    expect(page.match(/<p>الفقرة/g)).toHaveLength(2);
    expect(page).toContain('https://voorbeeldstad.example/afspraak');
    expect(page).toContain('14 0000');
    expect(page).not.toContain('untranslated');
  });

  it('says so when the answer is only in Dutch, and escapes what coordinators typed', () => {
    const page = buildAnswerHtml({ ...base, language: 'tr', textLanguage: 'nl', title: 'Afval <script>', body: 'Zet de bak buiten & klaar.' }, t);
    expect(page).toContain('<div lang="nl" dir="ltr">');
    expect(page).toContain('untranslated');
    expect(page).toContain('Afval &lt;script&gt;');
    expect(page).not.toContain('<script>');
    expect(page).toContain('documentTitle(Afval &lt;script&gt;)');
  });
});
