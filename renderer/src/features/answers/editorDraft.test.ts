import { describe, expect, it } from 'vitest';
import { editorContent, editorDraftFrom, emptyEditorDraft, issueField, validateEditorDraft } from './editorDraft';

describe('the answer editor draft', () => {
  it('turns the typed lists into keywords and documents, and sends only translations that were started', () => {
    const draft = { ...emptyEditorDraft(), title: 'Afval', body: 'Zet de container buiten.', keywords: 'afval, container\n grofvuil,', documentIds: ' ' };
    draft.translations.en = { title: 'Waste', body: 'Put the bin outside.' };
    expect(editorContent(draft)).toEqual({
      title: 'Afval',
      body: 'Zet de container buiten.',
      keywords: ['afval', 'container', 'grofvuil'],
      documentIds: [],
      links: [],
      translations: { en: { title: 'Waste', body: 'Put the bin outside.' } },
    });
  });

  it('says which field is wrong: a half-typed translation, a bad link, an over-long keyword', () => {
    const draft = { ...emptyEditorDraft(), title: 'Afval', body: 'Tekst', keywords: `ok, ${'x'.repeat(61)}`, links: [{ label: 'Site', url: 'www' }] };
    draft.translations.tr = { title: 'Çöp', body: '' };
    const result = validateEditorDraft(draft);
    expect(result.ok).toBe(false);
    const fields = result.ok ? [] : result.issues.map((issue) => [issueField(issue), issue.code]);
    expect(fields).toEqual(expect.arrayContaining([['keywords', 'keyword.tooLong'], ['links.0.url', 'url.invalid'], ['translations.tr.body', 'body.required']]));
    expect(fields).toHaveLength(3);
  });

  it('starts an edit from the stored answer, at its revision', () => {
    const draft = editorDraftFrom({
      id: '0190a0b0-0000-7000-8000-000000000001',
      title: 'Afval',
      body: 'Tekst',
      links: [],
      documentIds: ['d1'],
      keywords: ['afval', 'vuil'],
      revision: 4,
      retired: false,
      updatedAt: '2026-05-11T09:00:00.000Z',
      updatedBy: 'cor',
      translations: { en: { title: 'Waste', body: 'Text' } },
    });
    expect(draft).toMatchObject({ baseRevision: 4, keywords: 'afval, vuil', documentIds: 'd1', topic: '' });
    expect(draft.translations.en).toEqual({ title: 'Waste', body: 'Text' });
    expect(draft.translations.ar).toEqual({ title: '', body: '' });
  });
});
