import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { GuideDefinition } from '../../../../shared/guide/definition';
import { startCentreSync } from '../../centre';
import { i18n, i18nReady } from '../../i18n';
import { GuideEditor } from './GuideEditor';
import { guideDefinition } from './guideStore';

// jsdom has no CSS.escape; react-aria uses it when the Select's pop-up opens (as in ui/kit.test.tsx).
globalThis.CSS ??= {} as typeof CSS;
CSS.escape ??= (value: string) => value.replace(/[^\w-]/g, (char) => `\\${char}`);

vi.mock('../../session', () => ({ useSession: () => ({ status: 'active', user: { id: 'u1', username: 'cor', displayName: 'Cor', role: 'coordinator' } }) }));

/** A hub with no edited guide yet (the desk uses the built-in version 1) that records what is posted. */
function fakeHub(posted: GuideDefinition[]) {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    if (!url.endsWith('/guide')) return new Response('{}', { status: 404 });
    if (init?.method === 'POST') {
      const body = JSON.parse(String(init.body)) as GuideDefinition;
      posted.push(body);
      return Response.json({ guide: body, savedAt: '2026-03-02T09:00:00.000Z', savedBy: 'cor' });
    }
    return Response.json({ guide: null, savedAt: null, savedBy: null });
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

const type = (group: HTMLElement, label: string, value: string, index = 0) =>
  fireEvent.change(within(group).getAllByRole('textbox', { name: label })[index]!, { target: { value } });

async function choose(group: HTMLElement, option: string) {
  await userEvent.click(within(group).getByRole('button', { name: /Leidt naar/ }));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

describe('the coordinator adds to the guide through the editor (issue 14 point 2)', { timeout: 60_000 }, () => {
  it('a new question, reached by a new choice, with a choice leading to a route, is saved as version 2', async () => {
    const posted: GuideDefinition[] = [];
    const stop = fakeHub(posted);
    render(<GuideEditor />);
    fireEvent.click(screen.getByRole('button', { name: 'Wegwijzer bewerken' }));

    // A new question 4 with its two choices.
    fireEvent.click(screen.getByRole('button', { name: 'Vraag toevoegen' }));
    const q4 = screen.getByRole('group', { name: 'Vraag 4' });
    type(q4, 'Vraag in het Nederlands', 'Gaat het om een melding?');
    type(q4, 'Vraag in het Engels', 'Is it about a report?');
    const [c1, c2] = within(q4).getAllByRole('group', { name: /^Keuze [12]$/ }) as [HTMLElement, HTMLElement];
    type(c1, 'Keuze in het Nederlands', 'Ja, een melding openbare ruimte');
    type(c1, 'Keuze in het Engels', 'Yes, a public-space report');
    type(c2, 'Keuze in het Nederlands', 'Nee, gegevens over mijzelf');
    type(c2, 'Keuze in het Engels', 'No, data about myself');
    await choose(c2, 'Route: AVG-inzageverzoek');

    // A new choice on question 1 that leads to the new question.
    const q1 = screen.getByRole('group', { name: 'Vraag 1' });
    fireEvent.click(within(q1).getByRole('button', { name: 'Keuze toevoegen' }));
    const added = within(q1).getByRole('group', { name: 'Keuze 5' });
    type(added, 'Keuze in het Nederlands', 'Een melding');
    type(added, 'Keuze in het Engels', 'A report');
    await choose(added, 'Vraag: Gaat het om een melding?');

    fireEvent.click(screen.getByRole('button', { name: 'Opslaan als versie 2' }));
    await screen.findByText('Versie 2 is opgeslagen. Alle balies krijgen hem binnen een minuut.');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(posted).toHaveLength(1);
    const saved = posted[0]!;
    expect(saved.version).toBe(2);
    expect(saved.questions).toHaveLength(4);
    const newQuestion = saved.questions[3]!;
    expect(newQuestion.text).toEqual({ nl: 'Gaat het om een melding?', en: 'Is it about a report?' });
    expect(newQuestion.choices).toEqual([
      { id: 'keuze-1', label: { nl: 'Ja, een melding openbare ruimte', en: 'Yes, a public-space report' }, route: 'other' },
      { id: 'keuze-2', label: { nl: 'Nee, gegevens over mijzelf', en: 'No, data about myself' }, route: 'avg' },
    ]);
    expect(saved.questions[0]!.choices).toHaveLength(5);
    expect(saved.questions[0]!.choices[4]).toEqual({ id: 'keuze-1', label: { nl: 'Een melding', en: 'A report' }, next: newQuestion.id });
    // The desk uses the saved version straight away.
    expect(guideDefinition().version).toBe(2);
    expect(guideDefinition().questions[3]!.id).toBe(newQuestion.id);
    stop();
  });
});
