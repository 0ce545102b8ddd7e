import { z } from 'zod';

/** A sync conflict as the hub shows it to a coordinator's inbox (both values, who and when). */
export const conflictDetailSchema = z.object({
  id: z.uuid(),
  entity: z.string(),
  recordId: z.uuid(),
  field: z.string(),
  hubValue: z.unknown(),
  clientValue: z.unknown(),
  /** The value that stands on the hub, set by this actor at this moment (the record's last change). */
  hubBy: z.string().nullable(),
  hubAt: z.string().nullable(),
  /** The refused side: the workstation it came from and when it reached the hub. */
  clientStation: z.string().nullable(),
  createdAt: z.string(),
});
export type ConflictDetail = z.infer<typeof conflictDetailSchema>;
