import { caseNumberSearchForms } from '../caseNumber/caseNumber';
import { searchWords } from '../text/searchWords';
import { phoneSearchForms } from './phone';

/**
 * The words a case is found by: its number, the visitor's name and contact details, topic and
 * question; plus the number's tail ('00123', '123') and the phone number's canonical digit forms,
 * so staff find a case however they type what they have. Stored as the local multi-entry index
 * `searchWords` (renderer/src/db/schema.ts), never synced.
 */
export function caseSearchWords(record: Record<string, unknown>): string[] {
  const visitor = (record.visitor ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const words = searchWords(
    text(record.number),
    text(record.topic),
    text(record.question),
    text(visitor.name),
    text(visitor.phone),
    text(visitor.email),
  );
  return [...new Set([...words, ...caseNumberSearchForms(text(record.number)), ...phoneSearchForms(text(visitor.phone))])];
}
