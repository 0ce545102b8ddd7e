import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { commitAction } from '../../db/commit';
import { database } from '../../db/database';
import { i18n, i18nReady } from '../../i18n';
import { CaseDossierView } from './CaseDossierView';
import type * as Repository from './repository';
import type { BatchReport } from './repository';

// jsdom has no CSS.escape; react-aria uses it when a modal opens (as in ui/kit.test.tsx).
globalThis.CSS ??= {} as typeof CSS;
CSS.escape ??= (value: string) => value.replace(/[^\w-]/g, (char) => `\\${char}`);

// The erasure itself is tested in visitorErasure.test.tsx; here it is held open and made to fail for one case.
let finish: (report: BatchReport) => void = () => undefined;
const eraseVisitor = vi.fn(() => new Promise<BatchReport>((resolve) => (finish = resolve)));
vi.mock('./repository', async (original) => ({ ...(await original<typeof Repository>()), eraseVisitor: () => eraseVisitor() }));

const ids = { a: crypto.randomUUID(), b: crypto.randomUUID() };
const caseValues = (n: number) => ({ number: `OC-2026-K7Q-0007${n}`, kind: 'question', status: 'open', channel: 'balie', question: `Vraag ${n}`, visitor: { phone: '0612345678' } });

beforeAll(async () => {
  await i18nReady;
  await i18n.changeLanguage('nl');
  await commitAction(database(), { actor: 'anna@K7Q', action: 'case.opened' }, [
    { entity: 'cases', op: 'create', id: ids.a, values: caseValues(1) },
    { entity: 'cases', op: 'create', id: ids.b, values: caseValues(2) },
  ]);
});
afterEach(cleanup);

describe('the erasure dialog while it works and after a partial failure (review risk 14)', () => {
  it('disables both buttons and says it is busy, then names the case that was not erased and the one that was', async () => {
    const user = userEvent.setup();
    render(<CaseDossierView caseId={ids.a} />);
    await user.click(await screen.findByRole('button', { name: 'Gegevens van deze bezoeker verwijderen' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(await within(dialog).findByRole('checkbox'));
    const confirm = within(dialog).getByRole('button', { name: 'Verwijderen uit 2 zaken' });
    await user.click(confirm);
    expect(within(dialog).getByRole('status').textContent).toBe('Bezig met verwijderen…');
    expect(confirm.hasAttribute('disabled')).toBe(true);
    expect(within(dialog).getByRole('button', { name: 'Annuleren' }).hasAttribute('disabled')).toBe(true);
    await user.click(confirm);
    expect(eraseVisitor).toHaveBeenCalledTimes(1);

    finish({ done: [ids.a], failed: [{ id: ids.b, reason: 'QuotaExceededError' }] });
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(
      await screen.findByText('Verwijderen is niet gelukt voor OC-2026-K7Q-00072; wel verwijderd uit OC-2026-K7Q-00071. Probeer het opnieuw voor de zaken die niet lukten.'),
    ).toBeTruthy();
    expect(screen.queryByText('De gegevens van de bezoeker zijn verwijderd uit 2 zaken.')).toBeNull();
  });
});
