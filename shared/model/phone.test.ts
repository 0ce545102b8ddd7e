import { describe, expect, it } from 'vitest';
import { checkPhone, phoneQueryForm, phoneSearchForms } from './phone';

describe('checkPhone', () => {
  it.each([
    ['06-12345678', '+31612345678'],
    ['0612345678', '+31612345678'],
    ['06 1234 5678', '+31612345678'],
    ['+31 6 12345678', '+31612345678'],
    ['+31 (0)6 12345678', '+31612345678'],
    ['0031 6 12345678', '+31612345678'],
    ['020-1234567', '+31201234567'],
    ['(020) 123 45 67', '+31201234567'],
    ['+32 2 123 45 67', '+3221234567'],
    ['+49 30 123456789', '+4930123456789'],
    ['14 020', '14020'],
    ['0800-1234', '08001234'],
  ])('accepts %s', (input, e164) => {
    expect(checkPhone(input)).toEqual({ ok: true, e164 });
  });

  it.each([
    ['06-1234567a', 'characters'],
    ['bel me', 'characters'],
    ['06+12345678', 'characters'],
    ['', 'characters'],
    ['06-1234567', 'tooShort'],
    ['020-123', 'tooShort'],
    ['+32 123', 'tooShort'],
    ['06-123456789', 'tooLong'],
    ['+31 6 123456789', 'tooLong'],
    ['+49 1234 5678 9012 345', 'tooLong'],
    ['612345678', 'format'],
    ['+0612345678', 'format'],
  ])('rejects %s (%s)', (input, problem) => {
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
