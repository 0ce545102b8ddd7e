import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { emptyIntake, type IntakeDraft } from '../../../../shared/model/intake';
import { i18n, i18nReady } from '../../i18n';
import { IntakeFindings } from './IntakeFindings';

beforeAll(async () => {
  await i18nReady;
  await i18n.changeLanguage('nl');
});
afterEach(cleanup);

const answerUsed = { id: 'a1', title: 'Paspoort aanvragen', revision: 2 };

function show(change: Partial<IntakeDraft>) {
  const draft: IntakeDraft = { ...emptyIntake({ now: new Date(), channel: 'balie', assignee: '' }), ...change };
  render(<IntakeFindings draft={draft} update={() => undefined} errorFor={() => undefined} onBlur={() => undefined} refFor={() => () => undefined} />);
}

describe('IntakeFindings shows what will be saved (review bug 1)', () => {
  it('keeps a used answer in sight after the outcome changed, with a warning that it will not be saved', () => {
    show({ answerUsed, outcome: 'referred', outcomeChosen: true });
    expect(screen.getByText('Beantwoord met antwoord: Paspoort aanvragen')).toBeTruthy();
    expect(screen.getByText(/Dit antwoord wordt niet opgeslagen bij deze uitkomst/)).toBeTruthy();
  });

  it('shows no warning while the outcome is answered', () => {
    show({ answerUsed, outcome: 'answered', outcomeChosen: true });
    expect(screen.getByText('Beantwoord met antwoord: Paspoort aanvragen')).toBeTruthy();
    expect(screen.queryByText(/wordt niet opgeslagen/)).toBeNull();
  });

  it('lists attached documents under another outcome (they are saved with it)', () => {
    show({ documentsAttached: [{ id: 'd1', title: 'Besluit kapvergunning' }], outcome: 'avg-routed', outcomeChosen: true });
    expect(screen.getByText('Besluit kapvergunning')).toBeTruthy();
  });
});

function Stateful({ initial, focusField }: { initial: Partial<IntakeDraft>; focusField: (field: string) => void }) {
  const [draft, setDraft] = useState<IntakeDraft>({ ...emptyIntake({ now: new Date(), channel: 'balie', assignee: '' }), ...initial });
  return <IntakeFindings draft={draft} update={(change) => setDraft(change)} errorFor={() => undefined} onBlur={() => undefined} refFor={() => () => undefined} focusField={focusField} />;
}

describe('unlinking keeps keyboard focus (review risk 16)', () => {
  it('moves to the next document, and to the outcome when nothing is left to unlink', async () => {
    const focusField = vi.fn();
    const documentsAttached = [
      { id: 'd1', title: 'Besluit kapvergunning' },
      { id: 'd2', title: 'Bomenbeleid' },
    ];
    render(<Stateful initial={{ documentsAttached, outcome: 'document-found', outcomeChosen: true }} focusField={focusField} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '‘Besluit kapvergunning’ loskoppelen' }));
    });
    const next = screen.getByRole('button', { name: '‘Bomenbeleid’ loskoppelen' });
    expect(document.activeElement).toBe(next);
    expect(focusField).not.toHaveBeenCalled();
    await act(async () => {
      fireEvent.click(next);
    });
    expect(focusField).toHaveBeenCalledWith('outcome');
  });
});
