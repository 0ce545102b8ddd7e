import { describe, expect, it } from 'vitest';
import { answerIn, answerLanguages, validateAnswer, type Answer, type AnswerContentInput } from './answer';
import { buildAnswerIndex, searchAnswers } from './search';

const content: AnswerContentInput = {
  title: '  Paspoort of ID-kaart aanvragen ',
  body: 'U maakt een afspraak bij de gemeente. Neem een pasfoto mee.',
  links: [{ label: 'Afspraak maken', url: 'https://www.voorbeeldstad.example/afspraak' }],
  documentIds: ['doc-1', 'doc-1'],
  keywords: ['paspoort', 'identiteitskaart', 'paspoort'],
  topic: '',
};

describe('validateAnswer', () => {
  it('accepts a complete answer, trimmed, without duplicate keywords or documents and without an empty topic', () => {
    const result = validateAnswer(content);
    expect(result).toEqual({
      ok: true,
      value: {
        title: 'Paspoort of ID-kaart aanvragen',
        body: 'U maakt een afspraak bij de gemeente. Neem een pasfoto mee.',
        links: [{ label: 'Afspraak maken', url: 'https://www.voorbeeldstad.example/afspraak' }],
        documentIds: ['doc-1'],
        keywords: ['paspoort', 'identiteitskaart'],
      },
    });
  });

  it('says per field what is wrong', () => {
    const result = validateAnswer({
      ...content,
      title: ' ',
      body: 'x'.repeat(4001),
      links: [{ label: '', url: 'javascript:alert(1)' }, { label: 'Site', url: 'niet een adres' }],
      keywords: ['ok', ' '],
      translations: { en: { title: 'Passport', body: '' } },
    });
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues).toEqual(
      expect.arrayContaining([
        { field: 'title', code: 'title.required' },
        { field: 'body', code: 'body.tooLong', params: { max: 4000 } },
        { field: 'links.0.label', code: 'label.required' },
        { field: 'links.0.url', code: 'url.invalid' },
        { field: 'links.1.url', code: 'url.invalid' },
        { field: 'keywords.1', code: 'keyword.empty' },
        { field: 'translations.en.body', code: 'body.required' },
      ]),
    );
    expect(issues).toHaveLength(7);
  });

  it('refuses unknown fields, unknown translation languages and wrong types instead of throwing', () => {
    for (const bad of [{ ...content, colour: 'red' }, { ...content, translations: { de: { title: 'Pass', body: 'Text' } } }, { ...content, links: 'https://x.nl' }, null, 'text']) {
      const result = validateAnswer(bad);
      expect(result.ok, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('answer languages', () => {
  const answer = { title: 'Afval', body: 'Zet de container buiten.', translations: { en: { title: 'Waste', body: 'Put the bin outside.' } } };
  it('shows a translation where there is one and the Dutch text otherwise', () => {
    expect(answerIn(answer, 'en')).toEqual({ title: 'Waste', body: 'Put the bin outside.', language: 'en' });
    expect(answerIn(answer, 'tr')).toEqual({ title: 'Afval', body: 'Zet de container buiten.', language: 'nl' });
    expect(answerLanguages(answer)).toEqual(['nl', 'en']);
  });
});

function answer(id: number, title: string, body: string, keywords: string[] = [], retired = false): Answer {
  return {
    id: `0190a0b0-0000-7000-8000-00000000000${id}`,
    title,
    body,
    links: [],
    documentIds: [],
    keywords,
    revision: 1,
    retired,
    updatedAt: '2026-05-11T09:00:00.000Z',
    updatedBy: 'cor',
  };
}

describe('searchAnswers', () => {
  const library = [
    answer(1, 'Een kapvergunning aanvragen', 'Voor het kappen van een boom heeft u soms een vergunning nodig.', ['bomen', 'kappen']),
    answer(2, 'Parkeervergunning voor bewoners', 'Bewoners van het centrum vragen een parkeervergunning online aan.', ['parkeren']),
    answer(3, 'Grofvuil laten ophalen', 'Maak een afspraak; wij halen het grofvuil gratis op.', ['afval']),
    answer(4, 'Oude regeling hondenbelasting', 'Deze regeling bestaat niet meer.', ['hond'], true),
  ];
  const index = buildAnswerIndex(library);
  const titles = (query: string) => searchAnswers(index, query).map((a) => a.title);

  it('finds by title, keyword and body, inflections and accents forgiven', () => {
    expect(titles('grofvuil')).toEqual(['Grofvuil laten ophalen']);
    expect(titles('bomen')).toEqual(['Een kapvergunning aanvragen']);
    expect(titles('Parkéren')).toEqual(['Parkeervergunning voor bewoners']);
  });

  it('forgives a typo in a longer word and matches the word still being typed', () => {
    expect(titles('grofvuill')).toEqual(['Grofvuil laten ophalen']);
    expect(titles('parkeerverg')).toEqual(['Parkeervergunning voor bewoners']);
  });

  it('needs every word to match, never offers a retired answer, and gives nothing for an empty query', () => {
    expect(titles('grofvuil parkeren')).toEqual([]);
    expect(titles('hondenbelasting')).toEqual([]);
    expect(titles('  ')).toEqual([]);
    expect(titles('de het')).toEqual([]);
  });
});
