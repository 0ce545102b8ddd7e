/**
 * Release versions (semantic versioning, MAJOR.MINOR.PATCH with an optional pre-release) and the
 * hub's minimum desk version: installs are pushed by the municipality's software distribution,
 * and the hub tells a desk when it is older than what IT requires, so staff can report it.
 */

const VERSION = /^v?(\d{1,6})\.(\d{1,6})\.(\d{1,6})(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

export interface Version {
  major: number;
  minor: number;
  patch: number;
  /** Pre-release identifiers ("beta", "2"); empty for a release. */
  prerelease: string[];
}

export function parseVersion(text: string): Version | undefined {
  const match = VERSION.exec(text.trim());
  if (!match) return undefined;
  return {
    major: Number(match[1]),
    minor: Number(match[2]),
    patch: Number(match[3]),
    prerelease: match[4] ? match[4].split('.') : [],
  };
}

function compareIdentifiers(a: string, b: string): number {
  const numericA = /^\d+$/.test(a);
  const numericB = /^\d+$/.test(b);
  if (numericA && numericB) return Math.sign(Number(a) - Number(b));
  if (numericA !== numericB) return numericA ? -1 : 1; // numeric identifiers sort first (semver 11.4.3)
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Semver precedence: negative when a < b, 0 when equal (build metadata ignored), positive when a > b. */
export function compareVersions(a: Version, b: Version): number {
  for (const key of ['major', 'minor', 'patch'] as const) {
    if (a[key] !== b[key]) return Math.sign(a[key] - b[key]);
  }
  // A pre-release sorts before its release: 1.0.0-beta < 1.0.0.
  if (a.prerelease.length === 0 || b.prerelease.length === 0) return Math.sign(b.prerelease.length - a.prerelease.length);
  for (let i = 0; i < Math.min(a.prerelease.length, b.prerelease.length); i++) {
    const order = compareIdentifiers(a.prerelease[i]!, b.prerelease[i]!);
    if (order !== 0) return order;
  }
  return Math.sign(a.prerelease.length - b.prerelease.length);
}

/**
 * True when the running desk is older than the hub's minimum. An unparsable version on either
 * side is no reason to nag staff: it is answered with false (the hub validates what it sends).
 */
export function isBelowMinimum(current: string, minimum: string | undefined): boolean {
  if (minimum === undefined) return false;
  const running = parseVersion(current);
  const required = parseVersion(minimum);
  if (!running || !required) return false;
  return compareVersions(running, required) < 0;
}
