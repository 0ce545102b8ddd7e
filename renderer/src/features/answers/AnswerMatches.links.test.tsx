import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Answer } from '../../../../shared/answers/answer';
import { buildAnswerIndex } from '../../../../shared/answers/search';
import { database } from '../../db/database';
import { i18n, i18nReady } from '../../i18n';
import { AnswerMatches } from './AnswerMatches';

// The desktop host refuses links outside its allow-list; here the host decides per test.
const host = vi.hoisted(() => ({ openLink: vi.fn(async (_url: string) => true), print: vi.fn(async () => ({ ok: true })) }));
vi.mock('../../host', () => ({ host }));
vi.mock('../../centre', () => ({ useCentreSettings: () => undefined }));
vi.mock('../contact', () => ({ answerContactWith: vi.fn() }));

const documentId = `answer-links-${crypto.randomUUID()}`;
const answer: Answer = {
  id: crypto.randomUUID(),
  revision: 1,
  retired: false,
  updatedAt: '2026-01-01T00:00:00Z',
  updatedBy: 'cor',
  title: 'Besluit over de bomenkap',
  body: 'Het besluit staat op de website van de gemeente.',
  links: [{ label: 'Besluit bomenkap', url: 'https://www.utrecht.nl/woo/besluit-bomenkap.pdf' }],
  documentIds: [documentId],
  keywords: ['bomenkap'],
};
vi.mock('./store', () => ({ useAnswerIndex: () => buildAnswerIndex([answer]) }));

beforeAll(async () => {
  await i18nReady;
  await i18n.changeLanguage('nl');
  await database().documents.put({
    id: documentId,
    rev: 1,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    updatedBy: 'hub',
    deleted: false,
    title: 'Woo-besluit Havenkade',
    description: '',
    source: 'https://www.provincie-utrecht.nl/woo/havenkade',
  });
});
afterEach(() => {
  cleanup();
  host.openLink.mockReset();
});

async function openAnswer(): Promise<void> {
  render(<AnswerMatches query="bomenkap" />);
  fireEvent.click(await screen.findByRole('button', { name: /Besluit over de bomenkap/ }));
}

function shownAddress(alert: HTMLElement): string {
  return within(alert).getByRole<HTMLInputElement>('textbox', { name: 'Adres van de link' }).value;
}

describe('a link in an answer that the host will not open', () => {
  it('shows the refused address to copy and says IT can allow the site', async () => {
    host.openLink.mockResolvedValue(false);
    await openAnswer();
    fireEvent.click(screen.getByRole('button', { name: 'Besluit bomenkap' }));
    const alert = await screen.findByRole('alert');
    expect(host.openLink).toHaveBeenCalledWith('https://www.utrecht.nl/woo/besluit-bomenkap.pdf');
    expect(alert.textContent).toContain('Deze werkplek mag deze website niet openen.');
    expect(alert.textContent).toContain('De ICT-afdeling kan de website toestaan.');
    expect(shownAddress(alert)).toBe('https://www.utrecht.nl/woo/besluit-bomenkap.pdf');
  });

  it('shows the address of a refused linked catalogue document', async () => {
    host.openLink.mockResolvedValue(false);
    await openAnswer();
    fireEvent.click(await screen.findByRole('button', { name: 'Woo-besluit Havenkade' }));
    expect(shownAddress(await screen.findByRole('alert'))).toBe('https://www.provincie-utrecht.nl/woo/havenkade');
  });

  it('shows nothing when the link opens, and the address when opening fails', async () => {
    host.openLink.mockResolvedValue(true);
    await openAnswer();
    fireEvent.click(screen.getByRole('button', { name: 'Besluit bomenkap' }));
    await vi.waitFor(() => expect(host.openLink).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('alert')).toBeNull();
    host.openLink.mockRejectedValue(new Error('no browser'));
    fireEvent.click(screen.getByRole('button', { name: 'Besluit bomenkap' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Deze link kon niet worden geopend.');
    expect(shownAddress(alert)).toBe('https://www.utrecht.nl/woo/besluit-bomenkap.pdf');
  });
});
