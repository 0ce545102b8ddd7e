import { isDeepStrictEqual } from 'node:util';
import type { FieldMetaMap } from './records';

export interface MergeInput {
  data: Record<string, unknown>;
  fieldMeta: FieldMetaMap;
  patch: Record<string, unknown>;
  /** The revision the client's change was based on. */
  baseRev: number;
  /** When the client made the change (ISO). */
  at: string;
  /** The pushing workstation: a field it set itself after baseRev is not a conflict with itself. */
  clientId?: string;
}

export interface FieldConflict {
  field: string;
  /** The value the hub keeps; undefined when the hub has no such field. */
  hubValue: unknown;
  clientValue: unknown;
}

export interface MergeResult {
  /** Fields that take the client's value. */
  accepted: Record<string, unknown>;
  /** Decision fields both sides changed: the hub's value stays, both are recorded. */
  conflicts: FieldConflict[];
  /** Last-writer-wins fields where the hub's change is the later one. */
  overruled: string[];
}

/**
 * The per-field merge of one patch into the hub's record (DESIGN.md "Sync protocol"). A field the
 * hub has not changed since `baseRev` takes the client's value. A field changed on both sides
 * follows its policy: decision fields (`conflictFields`) become a recorded conflict, anything else
 * goes to the later change by client time, the incoming change winning a tie. A workstation's
 * later change always supersedes its own earlier one (its outbox may hold several changes based
 * on the same revision). A field already
 * holding the sent value is simply left alone.
 */
export function mergePatch(input: MergeInput, conflictFields: ReadonlySet<string>): MergeResult {
  const result: MergeResult = { accepted: {}, conflicts: [], overruled: [] };
  const incomingAt = Date.parse(input.at);
  for (const [field, value] of Object.entries(input.patch)) {
    const current = input.data[field];
    if (isDeepStrictEqual(current, value)) continue;
    const meta = input.fieldMeta[field];
    const ownChange = input.clientId !== undefined && meta?.client === input.clientId;
    if (!meta || meta.rev <= input.baseRev || ownChange) result.accepted[field] = value;
    else if (conflictFields.has(field)) result.conflicts.push({ field, hubValue: current, clientValue: value });
    else if (incomingAt >= Date.parse(meta.at)) result.accepted[field] = value;
    else result.overruled.push(field);
  }
  return result;
}
