import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { IntakeDraft } from '../../../../shared/model/intake';
import { readDraft } from '../../app/drafts';
import { database } from '../../db/database';
import { i18n, i18nReady } from '../../i18n';
import { FinderScreen } from './FinderScreen';

beforeAll(async () => {
  await i18nReady;
  await i18n.changeLanguage('nl');
  await database().documents.put({
    id: `nf-${crypto.randomUUID()}`, rev: 1, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', updatedBy: 'hub', deleted: false,
    title: 'Omgevingsvisie Voorbeeldstad', description: '', category: '2k', publisherName: 'Gemeente Voorbeeldstad', publishedOn: '2026-03-01', source: 'https://voorbeeldstad.example/1',
  });
});
afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('"Vastleggen: geen document gevonden" (review risk 11)', () => {
  it('puts the search words in the question only: the note for the coordinator starts empty', async () => {
    render(<FinderScreen />);
    fireEvent.change(screen.getByRole('searchbox', { name: i18n.t('finder:field') }), { target: { value: 'bouwvergunning Jansen Kerkstraat' } });
    const record = await screen.findByRole('button', { name: 'Vastleggen: geen document gevonden' }, { timeout: 5000 });
    await act(async () => {
      fireEvent.click(record);
    });
    const draft = readDraft<IntakeDraft>('intake.new');
    expect(draft).toMatchObject({ outcome: 'document-not-found', question: 'bouwvergunning Jansen Kerkstraat' });
    expect(draft?.notFoundNote).toBe(undefined);
  });
});
