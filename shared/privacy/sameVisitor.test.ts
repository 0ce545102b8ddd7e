import { describe, expect, it } from 'vitest';
import { normalEmail, normalPhone, sameVisitor } from './sameVisitor';

describe('the same visitor across cases', () => {
  it('matches a phone number however it was typed, with or without the country code', () => {
    expect(normalPhone('+31 6-1234 5678')).toBe('0612345678');
    expect(normalPhone('0031 (0)6 1234 5678')).toBe('0612345678');
    expect(normalPhone('+31 (0)20 123 4567')).toBe('0201234567');
    expect(sameVisitor({ phone: '06 12 34 56 78' }, { phone: '+31612345678' })).toBe(true);
    expect(sameVisitor({ phone: '06 12 34 56 78' }, { phone: '06 12 34 56 79' })).toBe(false);
  });

  it('matches an e-mail address regardless of case and spaces', () => {
    expect(normalEmail(' Fatma.Yilmaz@Example.org ')).toBe('fatma.yilmaz@example.org');
    expect(sameVisitor({ email: 'fatma.yilmaz@example.org' }, { email: 'FATMA.YILMAZ@example.org', phone: '0201234567' })).toBe(true);
  });

  it('never matches on a name, on empty or too short values, or without a visitor', () => {
    expect(sameVisitor({ phone: '', email: '' }, { phone: '', email: '' })).toBe(false);
    expect(sameVisitor({ phone: '112' }, { phone: '112' })).toBe(false);
    expect(sameVisitor({ email: 'geen' }, { email: 'geen' })).toBe(false);
    expect(sameVisitor({ name: 'Jan de Vries' } as never, { name: 'Jan de Vries' } as never)).toBe(false);
    expect(sameVisitor(undefined, { phone: '0612345678' })).toBe(false);
    expect(sameVisitor({ phone: '0612345678' }, null)).toBe(false);
  });
});
