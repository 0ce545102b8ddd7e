import { isDeepStrictEqual } from 'node:util';
import type { FieldMeta, FieldMetaMap } from './records';

export interface MergeInput {
  data: Record<string, unknown>;
  fieldMeta: FieldMetaMap;
  patch: Record<string, unknown>;
  /** The revision the client's change was based on (never above the record's: the hub refuses that). */
  baseRev: number;
  /** When the client made the change (ISO), already bounded by the hub's clock. */
  at: string;
  /** The pushing workstation: a field it set itself after baseRev is not a conflict with itself. */
  clientId?: string;
}

export interface MergeOptions {
  conflictFields: ReadonlySet<string>;
  /** Fields that merge as one unit. */
  groups?: readonly (readonly string[])[];
  /** Object fields merged per sub-field; meta is kept under `field.sub`. */
  nested?: ReadonlySet<string>;
}

export interface FieldConflict {
  field: string;
  /** The value the hub keeps; undefined when the hub has no such field. */
  hubValue: unknown;
  clientValue: unknown;
}

export interface MergeResult {
  /** Fields that take the client's value (top-level; a nested field holds its merged object). */
  accepted: Record<string, unknown>;
  /** Meta keys moved to this revision: the accepted fields, and `field.sub` for nested ones. */
  acceptedMeta: string[];
  /** Decision fields both sides changed: the hub's value stays, both are recorded. */
  conflicts: FieldConflict[];
  /** Last-writer-wins fields where the hub's change is the later one. */
  overruled: string[];
}

const own = <T>(map: Record<string, T>, key: string): T | undefined => (Object.hasOwn(map, key) ? map[key] : undefined);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

type Verdict = 'same' | 'take' | 'conflict' | 'overruled';

/**
 * The per-field merge of one patch into the hub's record (DESIGN.md "Sync protocol", decision 060).
 * A field the hub has not changed since `baseRev` takes the client's value. A field changed on both
 * sides follows its policy: decision fields become a recorded conflict, anything else goes to the
 * later change by (hub-bounded) client time, the incoming change winning a tie. A workstation's
 * later change supersedes its own earlier one. Fields in a group are decided together: if one is
 * held back, all are. Nested fields (visitor details) merge per sub-field, `null` clearing one.
 * Every lookup is an own-property lookup, so fields named `constructor` or `toString` merge like
 * any other.
 */
export function mergePatch(input: MergeInput, options: MergeOptions): MergeResult {
  const result: MergeResult = { accepted: {}, acceptedMeta: [], conflicts: [], overruled: [] };
  const incomingAt = Date.parse(input.at);

  const judge = (current: unknown, value: unknown, meta: FieldMeta | undefined, isDecision: boolean): Verdict => {
    // null clears a field: clearing an absent one changes nothing.
    if (isDeepStrictEqual(current ?? null, value ?? null)) return 'same';
    const ownChange = input.clientId !== undefined && meta?.client === input.clientId;
    if (!meta || meta.rev <= input.baseRev || ownChange) return 'take';
    if (isDecision) return 'conflict';
    return incomingAt >= Date.parse(meta.at) ? 'take' : 'overruled';
  };

  const verdicts = new Map<string, Verdict>();
  for (const field of Object.keys(input.patch)) {
    const value = input.patch[field];
    if (options.nested?.has(field) && isPlainObject(value)) {
      // Per sub-field: the merged object is built below; here only whether anything is taken.
      verdicts.set(field, 'same');
      continue;
    }
    verdicts.set(field, judge(own(input.data, field), value, own(input.fieldMeta, field), options.conflictFields.has(field)));
  }

  // A group is held back as a whole when any member that changes is held back. A group with a
  // decision field in it is then a recorded conflict: a decision is never dropped silently.
  for (const group of options.groups ?? []) {
    const members = group.filter((field) => verdicts.has(field));
    const held = members.map((field) => verdicts.get(field)).find((v) => v === 'conflict' || v === 'overruled');
    if (!held) continue;
    const verdict = group.some((field) => options.conflictFields.has(field)) ? 'conflict' : held;
    for (const field of members) if (verdicts.get(field) !== 'same') verdicts.set(field, verdict);
  }

  for (const [field, verdict] of verdicts) {
    const value = input.patch[field];
    if (verdict === 'take') {
      result.accepted[field] = value;
      result.acceptedMeta.push(field);
    } else if (verdict === 'conflict') result.conflicts.push({ field, hubValue: own(input.data, field), clientValue: value });
    else if (verdict === 'overruled') result.overruled.push(field);
  }

  for (const field of options.nested ?? []) {
    const value = own(input.patch, field);
    if (!isPlainObject(value)) continue;
    const current = own(input.data, field);
    const merged: Record<string, unknown> = isPlainObject(current) ? { ...current } : {};
    let changed = false;
    const wholeMeta = own(input.fieldMeta, field);
    for (const sub of Object.keys(value)) {
      const subValue = value[sub];
      const subCurrent = own(merged, sub);
      const subMeta = own(input.fieldMeta, `${field}.${sub}`);
      // The newer of the whole-object meta (a create, an old-style patch) and the sub-field's own.
      const meta = subMeta && wholeMeta ? (subMeta.rev >= wholeMeta.rev ? subMeta : wholeMeta) : (subMeta ?? wholeMeta);
      const verdict = subValue === null && subCurrent === undefined ? 'same' : judge(subCurrent, subValue, meta, false);
      if (verdict === 'take') {
        if (subValue === null) delete merged[sub];
        else merged[sub] = subValue;
        result.acceptedMeta.push(`${field}.${sub}`);
        changed = true;
      } else if (verdict === 'overruled') result.overruled.push(`${field}.${sub}`);
    }
    if (changed) result.accepted[field] = merged;
  }
  return result;
}
