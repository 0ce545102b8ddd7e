import { describe, expect, it } from 'vitest';
import { emptyFiling, filingHasContent, validateFiling, type WooFilingDraft } from './filing';

const today = '2026-03-03';
const body = { code: 'gm0363:college', name: 'College van burgemeester en wethouders van Amsterdam' };

function draft(patch: Partial<WooFilingDraft> = {}): WooFilingDraft {
  return { ...emptyFiling({ today, channel: 'balie' }), subject: 'Stukken over de bomenkap', bestuursorgaan: body, ...patch };
}

const codes = (d: WooFilingDraft) => {
  const result = validateFiling(d, today);
  return result.ok ? [] : result.issues.map((i) => `${i.field}:${i.code}`);
};

describe('validateFiling', () => {
  it('needs a subject and a bestuursorgaan', () => {
    expect(codes(draft({ subject: '  ', bestuursorgaan: null, visitor: { name: '', email: 'a@b.nl', phone: '', postal: '' } }))).toEqual([
      'subject:subject.required',
      'bestuursorgaan:bestuursorgaan.required',
    ]);
  });

  it('needs somewhere to send the decision, unless the visitor accepts an oral decision', () => {
    expect(codes(draft({ decisionDelivery: 'email' }))).toEqual(['visitor.email:email.requiredForDecision']);
    expect(codes(draft({ decisionDelivery: 'post' }))).toEqual(['visitor.postal:postal.requiredForDecision']);
    const oral = validateFiling(draft({ decisionDelivery: 'mondeling' }), today);
    expect(oral).toEqual({
      ok: true,
      value: {
        channel: 'balie',
        subject: 'Stukken over de bomenkap',
        bestuursorgaan: body,
        disclosureForm: 'digitaal',
        decisionDelivery: 'mondeling',
        receivedOn: today,
      },
    });
  });

  it('checks e-mail and phone when given', () => {
    expect(codes(draft({ visitor: { name: '', email: 'geen-adres', phone: '12', postal: '' } }))).toEqual([
      'visitor.email:email.invalid',
      'visitor.phone:phone.format',
    ]);
  });

  it('asks a reason when the date of receipt is not today, and refuses a future date', () => {
    const base = { visitor: { name: '', email: 'a@b.nl', phone: '', postal: '' } };
    expect(codes(draft({ ...base, receivedOn: '2026-03-02' }))).toEqual(['receivedOnReason:receivedOnReason.required']);
    expect(codes(draft({ ...base, receivedOn: '2026-03-04', receivedOnReason: 'x' }))).toEqual(['receivedOn:receivedOn.future']);
    expect(codes(draft({ ...base, receivedOn: '2026-02-30' }))).toEqual(['receivedOn:receivedOn.invalid']);
    const ok = validateFiling(draft({ ...base, receivedOn: '2026-03-02', receivedOnReason: ' Brief van 2 maart ' }), today);
    expect(ok.ok && ok.value).toMatchObject({ receivedOn: '2026-03-02', receivedOnReason: 'Brief van 2 maart', visitor: { email: 'a@b.nl' } });
  });

  it('drops a leftover reason when the date is today again', () => {
    const ok = validateFiling(draft({ decisionDelivery: 'mondeling', receivedOnReason: 'oud' }), today);
    expect(ok.ok && ok.value.receivedOnReason).toBeUndefined();
  });

  it('prefills from the case and knows when something was typed', () => {
    const defaults = emptyFiling({ today, channel: 'telefoon', caseId: 'c1', subject: 'Vraag', visitor: { postal: 'Dorpsstraat 1' } });
    expect(defaults).toMatchObject({ caseId: 'c1', subject: 'Vraag', decisionDelivery: 'post', visitor: { postal: 'Dorpsstraat 1' } });
    expect(filingHasContent({ ...defaults, step: 'form' }, defaults)).toBe(false);
    expect(filingHasContent({ ...defaults, period: '2020' }, defaults)).toBe(true);
  });
});
