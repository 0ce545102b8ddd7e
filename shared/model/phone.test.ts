import { describe, expect, it } from 'vitest';
import { checkPhone, phoneQueryForm, phoneSearchForms } from './phone';

describe('checkPhone', () => {
  // Every way of writing a number that staff type, under the E.164 form it is stored as.
  const accepted: Record<string, string[]> = {
    '+31612345678': ['06-12345678', '0612345678', '06 1234 5678', '+31 6 12345678', '+31 (0)6 12345678', '0031 6 12345678'],
    '+31201234567': ['020-1234567', '(020) 123 45 67'],
    '+3221234567': ['+32 2 123 45 67'],
    '+4930123456789': ['+49 30 123456789'],
    '14020': ['14 020'],
    '08001234': ['0800-1234'],
  };
  it.each(Object.entries(accepted).flatMap(([e164, inputs]) => inputs.map((input) => [input, e164] as const)))('accepts %s', (input, e164) => {
    expect(checkPhone(input)).toEqual({ ok: true, e164 });
  });

  const rejected: Record<string, string[]> = {
    characters: ['06-1234567a', 'bel me', '06+12345678', ''],
    tooShort: ['06-1234567', '020-123', '+32 123'],
    tooLong: ['06-123456789', '+31 6 123456789', '+49 1234 5678 9012 345'],
    format: ['612345678', '+0612345678'],
  };
  it.each(Object.entries(rejected).flatMap(([problem, inputs]) => inputs.map((input) => [input, problem] as const)))('rejects %s (%s)', (input, problem) => {
    expect(checkPhone(input)).toEqual({ ok: false, problem });
  });
});

describe('phone search forms', () => {
  it('indexes a Dutch number nationally and with its country code', () => {
    expect(phoneSearchForms('+31 6 12345678')).toEqual(['0612345678', '31612345678']);
    expect(phoneSearchForms('06-12345678')).toEqual(['0612345678', '31612345678']);
    expect(phoneSearchForms('+32 2 123 45 67')).toEqual(['3221234567']);
    expect(phoneSearchForms('niet geldig')).toEqual([]);
    expect(phoneSearchForms(undefined)).toEqual([]);
  });

  it('turns a typed (partial) number into the form that prefix-matches the index', () => {
    expect(phoneQueryForm('06-1234')).toBe('061234');
    expect(phoneQueryForm('+31 6 1234')).toBe('061234');
    expect(phoneQueryForm('+31 (0)6 1234')).toBe('061234');
    expect(phoneQueryForm('0032 2')).toBe('322');
    expect(phoneQueryForm('jansen')).toBeUndefined();
  });
});
