import { z } from 'zod';

/** How far a catalogue import on the hub is: the hub reports it, the coordinator's screen shows it. */
export const importProgressSchema = z.object({
  rows: z.number(),
  added: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  skipped: z.number(),
  problems: z.array(z.object({ line: z.number(), message: z.string() })),
  cancelled: z.boolean(),
  /** Bytes of the file read so far, for the progress bar. */
  bytes: z.number(),
  done: z.boolean(),
});
export type ImportProgressReport = z.infer<typeof importProgressSchema>;
