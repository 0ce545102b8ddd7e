import { describe, expect, it } from 'vitest';
import { caseSearchWords } from './caseSearch';

describe('caseSearchWords', () => {
  it('indexes number, tail, topic, question and visitor details, phone in canonical forms', () => {
    const words = caseSearchWords({
      number: 'OC-2026-K7Q-00123',
      topic: 'Afval en reiniging',
      question: 'Wanneer komt de vuilniswagen?',
      visitor: { name: 'Fatma Yılmaz', phone: '06 1234 5678', email: 'f.yilmaz@example.nl' },
    });
    expect(words).toEqual(
      expect.arrayContaining(['oc-2026-k7q-00123', 'k7q-00123', '00123', '123', 'afval', 'vuilniswagen', 'fatma', 'yilmaz', 'f.yilmaz@example.nl', '0612345678', '31612345678']),
    );
    expect(new Set(words).size).toBe(words.length);
  });

  it('copes with a case without visitor or number (e.g. a tombstone)', () => {
    expect(caseSearchWords({ deleted: true })).toEqual([]);
  });
});
