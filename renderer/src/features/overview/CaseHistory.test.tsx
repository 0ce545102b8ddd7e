import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CaseRow } from '../../../../shared/cases/history';
import { i18n, i18nReady } from '../../i18n';
import { CaseHistory } from './CaseHistory';
import type * as DataModule from './data';

/**
 * The case history screen with its real list (issue 10 point 1). Only the loading of the rows is
 * replaced, so 100,000 cases need not be written to IndexedDB first; filtering, sorting, saved
 * views and the virtualised list are the screen's own.
 */
let rowsForTest: CaseRow[] = [];
vi.mock('./data', async (original) => ({ ...(await original<typeof DataModule>()), loadCaseRows: async () => rowsForTest }));

const row = (i: number, over: Partial<CaseRow> = {}): CaseRow => ({
  id: `id-${i}`, number: `OC-2026-K7Q-${String(i).padStart(6, '0')}`, kind: 'question', status: 'open', channel: 'balie', topic: 'Bomen', assignee: '',
  station: 'K7Q', language: '', createdAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(), updatedAt: '2026-03-02T09:00:00.000Z', closedAt: '',
  overdue: false, hasWoo: false, text: `oc-2026-k7q-${String(i).padStart(6, '0')} bomen`, ...over,
});

// jsdom lays nothing out: the scroller gets the height it has at a desk (640 px = ten 64 px rows).
const VIEWPORT = 640;
const scrollerOnly = (value: number) => ({
  configurable: true,
  get(this: HTMLElement) {
    return this.dataset.testid === 'case-history-scroller' ? value : 0;
  },
});
beforeAll(async () => {
  await i18nReady;
  await i18n.changeLanguage('nl');
  // The virtualiser reads the scroller's client size.
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', scrollerOnly(VIEWPORT));
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', scrollerOnly(1000));
});
afterAll(() => {
  delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
  delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth;
});
afterEach(() => {
  cleanup();
  localStorage.clear();
});

const shownNumbers = () => [...document.querySelectorAll('.overview-case-row .overview-case-number')].map((n) => n.textContent);

// 100,000 rows and typed input: slow on a loaded machine, not a hang.
describe('the case history screen', { timeout: 30_000 }, () => {
  it('renders only a window of rows for 100,000 cases, and another window after scrolling', async () => {
    rowsForTest = Array.from({ length: 100_000 }, (_, i) => row(i + 1));
    render(<CaseHistory />);
    await screen.findByText('100000 zaken van 100000');
    const scroller = screen.getByTestId('case-history-scroller');
    await waitFor(() => expect(scroller.querySelectorAll('li.overview-case-row').length).toBeGreaterThan(0));
    const items = scroller.querySelectorAll('li.overview-case-row');
    // Ten visible rows plus the overscan: a window, never the 100,000.
    expect(items.length).toBeGreaterThanOrEqual(10);
    expect(items.length).toBeLessThanOrEqual(30);
    // Newest first (the default sort) and each row tells its place in the whole list.
    expect(items[0]!.getAttribute('aria-posinset')).toBe('1');
    expect(items[0]!.getAttribute('aria-setsize')).toBe('100000');
    expect(shownNumbers()[0]).toBe('OC-2026-K7Q-100000');

    // Scroll half-way: the window moves, its size stays.
    await act(async () => {
      scroller.scrollTop = 50_000 * 64;
      fireEvent.scroll(scroller);
    });
    await waitFor(() => expect(shownNumbers()).toContain('OC-2026-K7Q-050000'));
    expect(scroller.querySelectorAll('li.overview-case-row').length).toBeLessThanOrEqual(30);
    expect(shownNumbers()).not.toContain('OC-2026-K7Q-100000');
  });

  it('a saved view, applied after the filters were wiped, restores the filters and gives the same rows', async () => {
    rowsForTest = [
      row(1, { overdue: true, topic: 'Parkeren', text: 'oc-2026-k7q-000001 parkeren' }),
      row(2, { overdue: false, topic: 'Parkeren', text: 'oc-2026-k7q-000002 parkeren' }),
      row(3, { overdue: true, topic: 'Bomen' }),
      row(4, { overdue: true, topic: 'Parkeren', text: 'oc-2026-k7q-000004 parkeren' }),
    ];
    const user = userEvent.setup();
    render(<CaseHistory />);
    await screen.findByText('4 zaken van 4');
    await user.type(screen.getByRole('searchbox', { name: 'Zoeken in nummer, vraag, onderwerp, behandelaar' }), 'parkeren');
    await user.click(screen.getByRole('checkbox', { name: 'Alleen te laat' }));
    await user.click(screen.getByRole('checkbox', { name: 'Nieuwste / hoogste eerst' }));
    await screen.findByText('2 zaken van 4');
    const filtered = shownNumbers();
    expect(filtered).toEqual(['OC-2026-K7Q-000001', 'OC-2026-K7Q-000004']);

    await user.type(screen.getByRole('textbox', { name: 'Naam van de weergave' }), 'Parkeren te laat');
    await user.click(screen.getByRole('button', { name: 'Weergave bewaren' }));
    await user.click(screen.getByRole('button', { name: 'Filters wissen' }));
    await screen.findByText('4 zaken van 4');
    expect(shownNumbers()).toEqual(['OC-2026-K7Q-000004', 'OC-2026-K7Q-000003', 'OC-2026-K7Q-000002', 'OC-2026-K7Q-000001']);
    expect((screen.getByRole('checkbox', { name: 'Alleen te laat' }) as HTMLInputElement).checked).toBe(false);

    const views = screen.getByRole('heading', { name: 'Bewaarde weergaven' }).closest('section')!;
    await user.click(within(views).getByRole('button', { name: 'Parkeren te laat' }));
    await screen.findByText('2 zaken van 4');
    expect(shownNumbers()).toEqual(filtered);
    expect((screen.getByRole('searchbox', { name: 'Zoeken in nummer, vraag, onderwerp, behandelaar' }) as HTMLInputElement).value).toBe('parkeren');
    expect((screen.getByRole('checkbox', { name: 'Alleen te laat' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Nieuwste / hoogste eerst' }) as HTMLInputElement).checked).toBe(false);
  });
});
