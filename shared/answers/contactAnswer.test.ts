import { describe, expect, it } from 'vitest';
import { patchSchemas } from '../sync/records';

// The hub checks every synced contact with these strict schemas: "beantwoord met antwoord X" must pass, nonsense must not.
describe('answerUsed on a synced contact', () => {
  const contacts = patchSchemas.contacts;
  const answerUsed = { id: '0190a0b0-0000-7000-8000-000000000001', title: 'Grofvuil laten ophalen', revision: 2 };

  it('is accepted with the answer, and null clears it', () => {
    expect(contacts.safeParse({ outcome: 'answered', answerUsed }).success).toBe(true);
    expect(contacts.safeParse({ answerUsed: null }).success).toBe(true);
    expect(contacts.safeParse({ outcome: 'answered' }).success).toBe(true);
  });

  it('is refused with unknown fields, an empty title or a revision below 1', () => {
    for (const bad of [{ ...answerUsed, body: 'tekst' }, { ...answerUsed, title: '' }, { ...answerUsed, revision: 0 }, { ...answerUsed, revision: 1.5 }, 'Grofvuil']) {
      expect(contacts.safeParse({ answerUsed: bad }).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
