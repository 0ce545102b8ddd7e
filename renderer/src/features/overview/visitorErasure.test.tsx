import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commitAction } from '../../db/commit';
import { database } from '../../db/database';
import { i18n, i18nReady } from '../../i18n';
import { setStationCode, useActor } from '../../workstation';
import { CaseDossierView } from './CaseDossierView';
import { casesOfSameVisitor } from './repository';

/**
 * "Remove this visitor's data" covers the visitor, not one case (issue 10 point 8): the dialog
 * offers the same visitor's other cases (same phone or e-mail), erases the ticked ones with the
 * confirmed one, each audited; the others stay.
 */
// jsdom has no CSS.escape; react-aria uses it when a modal opens (as in ui/kit.test.tsx).
globalThis.CSS ??= {} as typeof CSS;
CSS.escape ??= (value: string) => value.replace(/[^\w-]/g, (char) => `\\${char}`);

const ids = { a: crypto.randomUUID(), b: crypto.randomUUID(), c: crypto.randomUUID(), d: crypto.randomUUID() };
const caseValues = (n: number, visitor: Record<string, string>) => ({ number: `OC-2026-K7Q-0005${n}`, kind: 'question', status: n === 2 ? 'closed' : 'open', channel: 'balie', question: `Vraag ${n} over mijn situatie`, visitor });

beforeAll(async () => {
  await i18nReady;
  await i18n.changeLanguage('nl');
  await setStationCode(database(), 'K9C');
  await commitAction(database(), { actor: 'anna@K7Q', action: 'case.opened' }, [
    { entity: 'cases', op: 'create', id: ids.a, values: caseValues(1, { name: 'Fatma Yılmaz', phone: '06 12345678', email: 'fatma@example.org' }) },
    // The same phone number, typed differently.
    { entity: 'cases', op: 'create', id: ids.b, values: caseValues(2, { name: 'F. Yilmaz', phone: '+31 6 1234 5678' }) },
    // The same e-mail address.
    { entity: 'cases', op: 'create', id: ids.c, values: caseValues(3, { email: 'FATMA@example.org' }) },
    // Someone else with the same name.
    { entity: 'cases', op: 'create', id: ids.d, values: caseValues(4, { name: 'Fatma Yılmaz', phone: '0687654321' }) },
  ]);
});
afterEach(cleanup);

/** The station code is read by a live query; until it has loaded the actor is 'werkplek-onbekend'. */
function ActorShown() {
  return <span data-testid="actor">{useActor()}</span>;
}
async function renderDossier(caseId: string) {
  render(
    <>
      <CaseDossierView caseId={caseId} />
      <ActorShown />
    </>,
  );
  await waitFor(() => expect(screen.getByTestId('actor').textContent).toBe('werkplek-K9C'));
}

describe('erasing one visitor across cases', () => {
  it('finds the other cases by phone or e-mail, never by name', async () => {
    expect((await casesOfSameVisitor(database(), ids.a)).map((c) => c.number)).toEqual(['OC-2026-K7Q-00052', 'OC-2026-K7Q-00053']);
    expect(await casesOfSameVisitor(database(), ids.d)).toEqual([]);
  });

  it('offers them in the confirmation, erases the ticked one with this case, audits each and leaves the rest', async () => {
    const user = userEvent.setup();
    await renderDossier(ids.a);
    await user.click(await screen.findByRole('button', { name: 'Gegevens van deze bezoeker verwijderen' }));
    const dialog = await screen.findByRole('alertdialog');
    const group = await within(dialog).findByRole('group', { name: 'Dezelfde bezoeker (zelfde telefoonnummer of e-mailadres) heeft nog 2 zaken. Aanvinken om die ook te wissen:' });
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes.map((b) => b.closest('label')!.textContent)).toEqual(['Zaak OC-2026-K7Q-00052 (Gesloten)', 'Zaak OC-2026-K7Q-00053 (Open)']);
    // Nothing else is erased unless ticked.
    expect(boxes.map((b) => (b as HTMLInputElement).checked)).toEqual([false, false]);
    await user.click(boxes[0]!);
    await user.click(within(dialog).getByRole('button', { name: 'Verwijderen uit 2 zaken' }));
    await screen.findByText('De gegevens van de bezoeker zijn verwijderd uit 2 zaken.');

    const db = database();
    for (const id of [ids.a, ids.b]) {
      const record = (await db.cases.get(id))!;
      expect(record.visitor ?? null).toBeNull();
      expect(record.question).toBe('');
      expect((await db.audit.where('recordId').equals(id).toArray()).map((e) => [e.action, e.actor])).toContainEqual(['privacy.erased', 'werkplek-K9C']);
      expect((await db.outbox.where('id').equals(id).toArray()).at(-1)!.patch).toMatchObject({ visitor: null, question: '' });
    }
    expect((await db.cases.get(ids.c))!.visitor).toEqual({ email: 'FATMA@example.org' });
    expect((await db.cases.get(ids.d))!.visitor).toMatchObject({ name: 'Fatma Yılmaz' });
    expect((await db.audit.where('recordId').equals(ids.c).toArray()).map((e) => e.action)).not.toContain('privacy.erased');
  });

  it('with no other cases, the confirmation erases this case only, as before', async () => {
    const user = userEvent.setup();
    await renderDossier(ids.d);
    await user.click(await screen.findByRole('button', { name: 'Gegevens van deze bezoeker verwijderen' }));
    const dialog = await screen.findByRole('alertdialog');
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Verwijderen' }).hasAttribute('disabled')).toBe(false));
    expect(within(dialog).queryByRole('group')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Verwijderen' }));
    await screen.findByText('De gegevens van de bezoeker zijn verwijderd.');
    expect((await database().cases.get(ids.d))!.visitor ?? null).toBeNull();
  });
});
