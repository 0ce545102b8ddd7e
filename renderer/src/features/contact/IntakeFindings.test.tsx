import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
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
