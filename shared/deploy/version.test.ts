import { describe, expect, it } from 'vitest';
import { compareVersions, isBelowMinimum, parseVersion } from './version';

const v = (text: string) => {
  const parsed = parseVersion(text);
  if (!parsed) throw new Error(`test version ${text} does not parse`);
  return parsed;
};

describe('versions', () => {
  it('parses MAJOR.MINOR.PATCH with optional pre-release and build metadata', () => {
    expect(parseVersion('0.1.0')).toEqual({ major: 0, minor: 1, patch: 0, prerelease: [] });
    expect(parseVersion('v2.10.3-rc.1+build.7')).toEqual({ major: 2, minor: 10, patch: 3, prerelease: ['rc', '1'] });
    for (const bad of ['', '1', '1.2', '1.2.x', 'latest', '1.2.3.4', ' -1.0.0']) expect(parseVersion(bad), bad).toBeUndefined();
  });

  it.each([
    ['0.1.0', '0.2.0', -1],
    ['0.10.0', '0.9.0', 1], // numerically, not as text
    ['1.0.0', '1.0.0', 0],
    ['1.0.0+a', '1.0.0+b', 0],
    ['1.0.0-beta', '1.0.0', -1],
    ['1.0.0-alpha', '1.0.0-beta', -1],
    ['1.0.0-beta.2', '1.0.0-beta.11', -1],
    ['1.0.0-beta', '1.0.0-beta.1', -1],
    ['1.0.0-1', '1.0.0-alpha', -1],
    ['2.0.0', '1.99.99', 1],
  ])('%s compared with %s is %i', (a, b, expected) => {
    expect(compareVersions(v(a), v(b))).toBe(expected);
    expect(compareVersions(v(b), v(a))).toBe(-expected || 0);
  });

  it('says when the running desk is older than the hub’s minimum', () => {
    expect(isBelowMinimum('0.1.0', '0.2.0')).toBe(true);
    expect(isBelowMinimum('0.2.0', '0.2.0')).toBe(false);
    expect(isBelowMinimum('0.3.0', '0.2.0')).toBe(false);
    expect(isBelowMinimum('0.2.0-rc.1', '0.2.0')).toBe(true);
  });

  it('does not warn without a minimum or with an unparsable version', () => {
    expect(isBelowMinimum('0.1.0', undefined)).toBe(false);
    expect(isBelowMinimum('0.1.0', 'soon')).toBe(false);
    expect(isBelowMinimum('test', '9.0.0')).toBe(false);
  });
});
