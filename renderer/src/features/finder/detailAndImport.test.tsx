import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Centre from '../../centre';
import { i18n, i18nReady } from '../../i18n';
import { CatalogueImport } from './CatalogueImport';
import { DocumentDetail } from './DocumentDetail';
import type { PublishedDocument } from './documentIndex';

const host = vi.hoisted(() => ({ openLink: vi.fn(async (_url: string) => true), print: vi.fn(async () => ({ ok: true })) }));
vi.mock('../../host', () => ({ host }));
vi.mock('../../session', () => ({ useSession: () => ({ status: 'active', user: { id: 'u1', username: 'cor', displayName: 'Cor', role: 'coordinator' } }) }));
const hub = vi.hoisted(() => ({ request: vi.fn() }));
vi.mock('../../centre', async (original) => ({ ...(await original<typeof Centre>()), hubRequest: hub.request }));

beforeAll(async () => {
  await i18nReady;
  await i18n.changeLanguage('nl');
});
afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.clearAllMocks();
});

const document: PublishedDocument = {
  id: 'doc-1',
  title: 'Besluit op Woo-verzoek over bomenkap Havenkade',
  description: 'Het college maakt de stukken over de kap van drie iepen aan de Havenkade deels openbaar.',
  category: '2i',
  publisherName: 'Gemeente Utrecht',
  publishedOn: '2025-03-14',
  source: 'https://open.overheid.nl/documenten/ronl-1234/pdf',
  dossier: { requestDate: '2025-01-06', decisionDate: '2025-03-14' },
};

/** The value next to a label in the document's facts. */
const fact = (label: string) => within(screen.getByRole('article')).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;

describe('the document detail (issue 14 point 7)', () => {
  it('shows title, description, category, publisher and dates', () => {
    render(<DocumentDetail document={document} terms={[]} onBack={() => undefined} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(document.title);
    expect(screen.getByRole('article').textContent).toContain(document.description);
    expect(fact('Categorie')).toBe('2i Woo-verzoeken en -besluiten');
    expect(fact('Organisatie')).toBe('Gemeente Utrecht');
    expect(fact('Gepubliceerd')).toMatch(/^14 maart 2025$|^14-03-2025$/);
    expect(fact('Verzoek ontvangen')).toMatch(/^6 januari 2025$|^06-01-2025$/);
    expect(fact('Besluit genomen')).toMatch(/^14 maart 2025$|^14-03-2025$/);
    expect(fact('Adres')).toBe(document.source);
  });

  it('opens the source link through the host, and says so when the host refuses it', async () => {
    render(<DocumentDetail document={document} terms={[]} onBack={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Openen in de browser' }));
    expect(host.openLink).toHaveBeenCalledWith('https://open.overheid.nl/documenten/ronl-1234/pdf');
    await waitFor(() => expect(host.openLink).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('alert')).toBeNull();
    host.openLink.mockResolvedValueOnce(false);
    fireEvent.click(screen.getByRole('button', { name: 'Openen in de browser' }));
    await screen.findByText('Deze werkplek mag deze website niet openen. Kopieer het adres hieronder of geef het aan de bezoeker. De ICT-afdeling kan de website toestaan.');
  });

  it('shows the refused address in a field staff can copy from, and says IT can allow the site', async () => {
    const municipal = { ...document, source: 'https://www.utrecht.nl/woo/besluit-2024-17.pdf' };
    host.openLink.mockResolvedValueOnce(false);
    render(<DocumentDetail document={municipal} terms={[]} onBack={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Openen in de browser' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('De ICT-afdeling kan de website toestaan.');
    const input = within(alert).getByRole<HTMLInputElement>('textbox', { name: 'Adres van de link' });
    expect(input.value).toBe('https://www.utrecht.nl/woo/besluit-2024-17.pdf');
    expect(input.readOnly).toBe(true);
    // Focus selects the whole address, so Ctrl+C copies it.
    input.focus();
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, municipal.source.length]);
  });

  it('keeps the address on screen when opening fails for another reason', async () => {
    host.openLink.mockRejectedValueOnce(new Error('no browser'));
    render(<DocumentDetail document={document} terms={[]} onBack={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Openen in de browser' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Deze link kon niet worden geopend.');
    expect(within(alert).getByRole<HTMLInputElement>('textbox', { name: 'Adres van de link' }).value).toBe('https://open.overheid.nl/documenten/ronl-1234/pdf');
  });
});

const progress = (bytes: number, extra: Partial<{ added: number; done: boolean; cancelled: boolean }> = {}) => ({
  rows: 0, added: 0, updated: 0, unchanged: 0, skipped: 0, problems: [], cancelled: false, bytes, done: false, ...extra,
});

describe('the catalogue import panel (issue 14 point 5)', () => {
  it('moves the progress bar while the hub reads the file, and Cancel stops the running import', async () => {
    let bytesRead = 0;
    let finish!: (value: unknown) => void;
    hub.request.mockImplementation((path: string) => {
      if (path.startsWith('/catalogue/imports?')) return new Promise((resolve) => (finish = resolve));
      if (path.endsWith('/cancel')) return Promise.resolve(null);
      return Promise.resolve(progress(bytesRead, { added: Math.floor(bytesRead / 2) }));
    });
    const { container } = render(<CatalogueImport />);
    const file = new File(['x'.repeat(1000)], 'catalogus.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByLabelText('Bestand'), { target: { files: [file] } });
    fireEvent.click(screen.getByRole('button', { name: 'Importeren' }));
    const bar = () => container.querySelector('progress')!;
    await waitFor(() => expect(bar()).not.toBeNull());
    expect(bar().value).toBe(0);
    const upload = hub.request.mock.calls.find(([path]) => String(path).startsWith('/catalogue/imports?'))!;
    expect(upload[0]).toMatch(/^\/catalogue\/imports\?format=csv&id=[0-9a-f-]{36}$/);
    expect(upload[2]).toMatchObject({ method: 'POST', body: file });
    const id = /id=([0-9a-f-]+)/.exec(String(upload[0]))![1];

    bytesRead = 400;
    await waitFor(() => expect(bar().value).toBe(40), { timeout: 3000 });
    expect(screen.getByRole('status').textContent).toContain('Bezig… 200 nieuw');
    bytesRead = 800;
    await waitFor(() => expect(bar().value).toBe(80), { timeout: 3000 });

    fireEvent.click(screen.getByRole('button', { name: 'Import stoppen' }));
    expect(hub.request).toHaveBeenCalledWith(`/catalogue/imports/${id}/cancel`, expect.anything(), { method: 'POST' });
    await act(async () => finish(progress(800, { added: 400, done: true, cancelled: true })));
    await screen.findByText('Gestopt; wat al binnen was, blijft. 400 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 overgeslagen.');
    // A stopped import is not shown as complete: the bar stays where the hub stopped reading.
    expect(bar().value).toBe(80);
    expect(screen.getByRole('button', { name: 'Importeren' })).toBeTruthy();
  });
});
