import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_GUIDE } from '../../../../shared/guide/defaultGuide';
import type { GuideDefinition } from '../../../../shared/guide/definition';
import { startCentreSync } from '../../centre';
import { i18n, i18nReady } from '../../i18n';
import { GuideEditor } from './GuideEditor';
import { guideDefinition, refreshGuide } from './guideStore';

// The editor is for coordinators; who is signed in comes from the session.
vi.mock('../../session', () => ({ useSession: () => ({ status: 'active', user: { id: 'u1', username: 'cor', displayName: 'Cor', role: 'coordinator' } }) }));

const version = (n: number, text = 'Waarmee kunnen we helpen?'): GuideDefinition => {
  const guide = structuredClone(DEFAULT_GUIDE);
  guide.version = n;
  guide.questions[0]!.text.nl = text;
  return guide;
};

/** A hub that answers GET /guide with `hubGuide` and records what is posted. */
function fakeHub(hubGuide: () => GuideDefinition | null, posted: GuideDefinition[] = [], status = 200) {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    if (!url.endsWith('/guide')) return new Response('{}', { status: 404 });
    if (init?.method === 'POST') {
      if (status !== 200) return new Response('{}', { status });
      const body = JSON.parse(String(init.body)) as GuideDefinition;
      posted.push(body);
      return Response.json({ guide: body, savedAt: '2026-03-02T09:00:00.000Z', savedBy: 'cor' });
    }
    const guide = hubGuide();
    return Response.json({ guide, savedAt: guide ? '2026-03-02T09:00:00.000Z' : null, savedBy: guide ? 'cor' : null });
  });
  return startCentreSync({ fetch, hubUrl: async () => 'https://hub.example' });
}

beforeAll(async () => {
  await i18nReady;
  await i18n.changeLanguage('nl');
});
afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('the guide on the desk (issue 14 point 2)', () => {
  it('uses the built-in guide until the hub has a newer one, keeps that offline, and never goes back to an older one', async () => {
    let hubGuide: GuideDefinition | null = null;
    const stop = fakeHub(() => hubGuide);
    await refreshGuide();
    expect(guideDefinition()).toBe(DEFAULT_GUIDE);
    hubGuide = version(3);
    await refreshGuide();
    expect(guideDefinition().version).toBe(3);
    expect(guideDefinition().questions[0]!.text.nl).toBe('Waarmee kunnen we helpen?');
    stop();
    // No hub (offline): the cached copy stays.
    await expect(refreshGuide()).rejects.toThrow();
    expect(guideDefinition().version).toBe(3);
    const again = fakeHub(() => version(2, 'Oud'));
    await refreshGuide();
    expect(guideDefinition().version).toBe(3);
    again();
  });
});

// The editor renders every question and choice as fields: slow on a loaded machine, so more time.
describe('the coordinator’s guide editor', { timeout: 30_000 }, () => {
  it('does not save a guide with a missing text and says where and what; a fixed one is saved as the next version', async () => {
    const posted: GuideDefinition[] = [];
    const stop = fakeHub(() => null, posted);
    render(<GuideEditor />);
    fireEvent.click(screen.getByRole('button', { name: 'Wegwijzer bewerken' }));
    const first = screen.getAllByRole('textbox', { name: 'Vraag in het Nederlands' })[0]!;
    fireEvent.change(first, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan als versie 2' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Opslaan kan nog niet: 1 probleem.');
    expect(alert.textContent).toContain('Vraag 1 (‘…’): de Nederlandse tekst ontbreekt.');
    expect(posted).toEqual([]);

    fireEvent.change(first, { target: { value: 'Waarmee kunnen we helpen?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan als versie 2' }));
    await screen.findByText('Versie 2 is opgeslagen. Alle balies krijgen hem binnen een minuut.');
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ version: 2, questions: [{ id: 'need', text: { nl: 'Waarmee kunnen we helpen?' } }, {}, {}] });
    expect(guideDefinition().version).toBe(2);
    stop();
  });

  it('lists a new question nobody reaches as a problem, in words', async () => {
    const stop = fakeHub(() => null);
    render(<GuideEditor />);
    fireEvent.click(screen.getByRole('button', { name: 'Wegwijzer bewerken' }));
    fireEvent.click(screen.getByRole('button', { name: 'Vraag toevoegen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan als versie 2' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Vraag 4 (‘…’): geen enkele keuze leidt naar deze vraag.');
    expect(alert.textContent).toContain('Vraag 4, keuze 1 (‘…’): de Nederlandse tekst ontbreekt.');
    stop();
  });

  it('an explanation in one language only is a problem; in both it is saved', async () => {
    const posted: GuideDefinition[] = [];
    const stop = fakeHub(() => null, posted);
    render(<GuideEditor />);
    fireEvent.click(screen.getByRole('button', { name: 'Wegwijzer bewerken' }));
    // Question 1, choice 3 ('Een klacht') has no explanation yet.
    const nl = screen.getAllByRole('textbox', { name: 'Toelichting in het Nederlands (niet verplicht)' })[2]!;
    fireEvent.change(nl, { target: { value: 'Verwijs naar de klachtenregeling.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan als versie 2' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Vraag 1, keuze 3 (‘Een klacht’): de Engelse tekst ontbreekt.');
    fireEvent.change(screen.getAllByRole('textbox', { name: 'Toelichting in het Engels (niet verplicht)' })[2]!, { target: { value: 'Refer to the complaints procedure.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan als versie 2' }));
    await screen.findByText(/Versie 2 is opgeslagen/);
    expect(posted[0]!.questions[0]!.choices[2]!.hint).toEqual({ nl: 'Verwijs naar de klachtenregeling.', en: 'Refer to the complaints procedure.' });
    stop();
  });

  it('keeps the edit when the hub refuses it because someone saved meanwhile', async () => {
    const stop = fakeHub(() => null, [], 409);
    render(<GuideEditor />);
    fireEvent.click(screen.getByRole('button', { name: 'Wegwijzer bewerken' }));
    const first = screen.getAllByRole('textbox', { name: 'Vraag in het Nederlands' })[0]!;
    fireEvent.change(first, { target: { value: 'Nieuwe tekst' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan als versie 2' }));
    await screen.findByText(/Iemand anders heeft intussen een nieuwe versie opgeslagen/);
    await waitFor(() => expect(localStorage.getItem('loket.draft.guide-edit')).toContain('Nieuwe tekst'));
    stop();
  });
});
