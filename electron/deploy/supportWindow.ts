import { z } from 'zod';

/**
 * Electron supports its three newest stable majors; older ones get no Chromium or V8 security
 * fixes. The window is recorded in data/electron-support.json (updated with each bump, so the
 * check needs no network) and supportWindow.test.ts fails `npm test` when package.json declares
 * an Electron outside it.
 */

export const supportDataSchema = z.object({
  latestStableMajor: z.number().int().min(1),
  supportedMajorCount: z.number().int().min(1).max(10),
  checkedOn: z.iso.date(),
  source: z.url(),
});
export type SupportData = z.infer<typeof supportDataSchema>;

/**
 * The major of an npm range as the project declares it: an exact version, `^X.Y.Z` or `~X.Y.Z`.
 * Anything that could resolve to several majors (`>=38`, `*`, `38 || 45`, a tag) is refused, so
 * the check cannot be passed with a range that also installs an unsupported major.
 */
export function declaredMajor(range: string): number {
  const match = /^[\^~]?(\d+)\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.exec(range.trim());
  if (!match) throw new Error(`electron must be declared as an exact, ^ or ~ version, got ${JSON.stringify(range)}`);
  return Number(match[1]);
}

export function supportedMajors(data: SupportData): number[] {
  return Array.from({ length: data.supportedMajorCount }, (_, i) => data.latestStableMajor - i).filter((major) => major > 0);
}

/** Null when supported, otherwise the message `npm test` prints. */
export function supportProblem(range: string, data: SupportData): string | null {
  const major = declaredMajor(range);
  const supported = supportedMajors(data);
  if (supported.includes(major)) return null;
  return `Electron ${major} is outside the support window recorded on ${data.checkedOn} (supported: ${supported.join(', ')}); move to a supported major (${data.source})`;
}
