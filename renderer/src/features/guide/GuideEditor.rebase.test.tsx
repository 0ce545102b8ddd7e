import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_GUIDE } from '../../../../shared/guide/defaultGuide';
import type { GuideDefinition } from '../../../../shared/guide/definition';
import { writeDraft } from '../../app/drafts';
import { startCentreSync } from '../../centre';
import { i18n, i18nReady } from '../../i18n';
import { GuideEditor } from './GuideEditor';
import { refreshGuide } from './guideStore';

vi.mock('../../session', () => ({ useSession: () => ({ status: 'active', user: { id: 'u1', username: 'cor', displayName: 'Cor', role: 'coordinator' } }) }));

/** A hub where a colleague already saved `version`; records what is posted. */
function hubAt(version: number, posted: GuideDefinition[]) {
  const colleague = { ...structuredClone(DEFAULT_GUIDE), version };
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    if (!url.endsWith('/guide')) return new Response('{}', { status: 404 });
    if (init?.method === 'POST') {
      const body = JSON.parse(String(init.body)) as GuideDefinition;
      if (body.version !== version + 1) return Response.json({ error: 'stale' }, { status: 409 });
      posted.push(body);
      return Response.json({ guide: body, savedAt: '2026-03-02T09:00:00.000Z', savedBy: 'cor' });
    }
    return Response.json({ guide: colleague, savedAt: '2026-03-02T08:00:00.000Z', savedBy: 'ans' });
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

const myEdit = () => {
  const guide = structuredClone(DEFAULT_GUIDE);
  guide.questions[0]!.text.nl = 'Waar kunnen we u mee helpen vandaag?';
  return guide;
};

describe('a guide draft made on an older version (review bug 5)', () => {
  it('says so before saving, and "take the new version as base" keeps the changes and saves on top of it', async () => {
    const posted: GuideDefinition[] = [];
    const stop = hubAt(DEFAULT_GUIDE.version + 1, posted);
    try {
      writeDraft('guide-edit', { base: DEFAULT_GUIDE.version, guide: myEdit() });
      await act(() => refreshGuide());
      render(<GuideEditor />);
      const newer = DEFAULT_GUIDE.version + 1;
      expect(screen.getByText(new RegExp(`Intussen is versie ${newer} opgeslagen; uw wijzigingen zijn gemaakt op versie ${DEFAULT_GUIDE.version}`))).toBeTruthy();
      await act(async () => {
        fireEvent.click(screen.getByRole('button', { name: 'Nieuwe versie als basis nemen en mijn wijzigingen houden' }));
      });
      expect(screen.queryByText(/Intussen is versie/)).toBeNull();
      fireEvent.click(screen.getByRole('button', { name: 'Verder met bewerken' }));
      expect((screen.getAllByRole('textbox', { name: 'Vraag in het Nederlands' })[0] as HTMLInputElement).value).toBe('Waar kunnen we u mee helpen vandaag?');
      fireEvent.click(screen.getByRole('button', { name: `Opslaan als versie ${newer + 1}` }));
      await screen.findByText(`Versie ${newer + 1} is opgeslagen. Alle balies krijgen hem binnen een minuut.`);
      expect(posted.map((guide) => [guide.version, guide.questions[0]!.text.nl])).toEqual([[newer + 1, 'Waar kunnen we u mee helpen vandaag?']]);
    } finally {
      stop();
    }
  });

  it('after a 409 offers the same way forward instead of only "discard"', async () => {
    const posted: GuideDefinition[] = [];
    const stop = hubAt(DEFAULT_GUIDE.version + 1, posted);
    try {
      // The desk has not pulled the colleague's version yet: the save itself finds out.
      render(<GuideEditor />);
      fireEvent.click(screen.getByRole('button', { name: 'Wegwijzer bewerken' }));
      fireEvent.change(screen.getAllByRole('textbox', { name: 'Vraag in het Nederlands' })[0]!, { target: { value: 'Waar kunnen we u mee helpen vandaag?' } });
      fireEvent.click(screen.getByRole('button', { name: `Opslaan als versie ${DEFAULT_GUIDE.version + 1}` }));
      await screen.findByText(/Neem die als basis en houd uw wijzigingen/);
      await act(async () => {
        fireEvent.click(screen.getByRole('button', { name: 'Nieuwe versie als basis nemen en mijn wijzigingen houden' }));
      });
      fireEvent.click(await screen.findByRole('button', { name: `Opslaan als versie ${DEFAULT_GUIDE.version + 2}` }));
      await screen.findByText(`Versie ${DEFAULT_GUIDE.version + 2} is opgeslagen. Alle balies krijgen hem binnen een minuut.`);
      expect(posted[0]!.questions[0]!.text.nl).toBe('Waar kunnen we u mee helpen vandaag?');
    } finally {
      stop();
    }
  });
});

describe('guide editor accessibility (review risks 16, 17)', () => {
  it('names every remove-choice button with its question, and the toggle controls the editor', () => {
    render(<GuideEditor />);
    const toggle = screen.getByRole('button', { name: 'Wegwijzer bewerken' });
    fireEvent.click(toggle);
    expect(document.getElementById(toggle.getAttribute('aria-controls') ?? '')).toBeTruthy();
    const names = screen.getAllByRole('button', { name: /keuze \d+ verwijderen/ }).map((button) => button.textContent);
    expect(names.length).toBeGreaterThan(4);
    expect(new Set(names).size).toBe(names.length);
    expect(screen.getByRole('button', { name: 'Vraag 2, keuze 1 verwijderen' })).toBeTruthy();
  });

  it('keeps focus in the question when a choice or a question is removed', async () => {
    render(<GuideEditor />);
    fireEvent.click(screen.getByRole('button', { name: 'Wegwijzer bewerken' }));
    const q2 = screen.getByRole('group', { name: 'Vraag 2' });
    const before = within(q2).getAllByRole('group', { name: /^Keuze \d+$/ }).length;
    await act(async () => {
      fireEvent.click(within(q2).getByRole('button', { name: 'Vraag 2, keuze 1 verwijderen' }));
    });
    expect(within(q2).getAllByRole('group', { name: /^Keuze \d+$/ })).toHaveLength(before - 1);
    expect(document.activeElement).toBe(within(q2).getByRole('button', { name: 'Vraag 2, keuze 1 verwijderen' }));
    const questions = screen.getAllByRole('group', { name: /^Vraag \d+$/ }).length;
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: `Vraag ${questions} verwijderen` }));
    });
    // The last question went: focus moves to the remove button of the one now last, not <body>.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: `Vraag ${questions - 1} verwijderen` }));
  });
});
