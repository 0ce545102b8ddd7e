import { describe, expect, it } from 'vitest';
import { patchSchemas } from '../../../shared/sync/records';
import { emptyIntake, validateIntake } from '../../../shared/model/intake';
import { woogleRowSchema } from './woogle';

/**
 * Any document the catalogue accepts can be attached to a contact: a title over 1,000 characters
 * (the import allows 2,000) once made the contact unsavable on the desk and refused by the hub.
 */
describe('an attached document with a long catalogue title', () => {
  const title = 'Besluit op het Woo-verzoek over '.padEnd(2000, 'x');
  const row = { dc_identifier: 'doc-1', dc_title: title, dc_type: '2i', dc_source: 'https://example.org/#doc-1' };

  it('is imported, and the same title is accepted on a contact by the hub', () => {
    expect(woogleRowSchema.safeParse(row).success).toBe(true);
    expect(patchSchemas.contacts.safeParse({ documentsAttached: [{ id: 'doc-1', title, category: '2i' }] }).success).toBe(true);
  });

  it('one character more is refused by both', () => {
    const longer = `${title}x`;
    expect(woogleRowSchema.safeParse({ ...row, dc_title: longer }).success).toBe(false);
    expect(patchSchemas.contacts.safeParse({ documentsAttached: [{ id: 'doc-1', title: longer }] }).success).toBe(false);
  });

  it('passes the desk intake validation, so the contact can be saved', () => {
    const draft = emptyIntake({ now: new Date('2026-03-02T09:00:00Z'), channel: 'balie', assignee: 'Team' });
    draft.question = 'Waar staat het besluit over de bomenkap?';
    draft.outcome = 'document-found';
    draft.documentsAttached = [{ id: 'doc-1', title, category: '2i' }];
    const result = validateIntake(draft, { now: new Date('2026-03-02T09:05:00Z'), casePhoneKnown: false });
    expect(result.ok).toBe(true);
  });
});
