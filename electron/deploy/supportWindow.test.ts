import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { declaredMajor, supportDataSchema, supportProblem, supportedMajors } from './supportWindow';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
const data = supportDataSchema.parse(JSON.parse(readFileSync(resolve(root, 'data/electron-support.json'), 'utf8')));

describe('the declared Electron', () => {
  it('is inside the support window recorded in data/electron-support.json', () => {
    expect(supportProblem(pkg.devDependencies.electron ?? '', data)).toBeNull();
  });

  it('is the Electron that is installed (package.json and node_modules agree on the major)', () => {
    const installed = createRequire(import.meta.url)('electron/package.json') as { version: string };
    expect(declaredMajor(installed.version)).toBe(declaredMajor(pkg.devDependencies.electron ?? ''));
  });
});

describe('support window check', () => {
  const window45 = { latestStableMajor: 45, supportedMajorCount: 3, checkedOn: '2026-11-30', source: 'https://www.electronjs.org/' };

  it('supports the three newest majors', () => {
    expect(supportedMajors(window45)).toEqual([45, 44, 43]);
  });

  it.each(['^45.5.0', '~44.0.1', '43.2.0', '^45.0.0-beta.3'])('accepts %s', (range) => {
    expect(supportProblem(range, window45)).toBeNull();
  });

  it.each([
    ['^38.8.6', /Electron 38 is outside the support window .* \(supported: 45, 44, 43\)/],
    ['^42.0.0', /Electron 42 is outside/],
    ['^46.0.0', /Electron 46 is outside/],
  ])('fails %s', (range, message) => {
    expect(supportProblem(range, window45)).toMatch(message);
  });

  it.each(['>=38.0.0', '*', 'latest', '38 || 45', '^45', ''])('refuses a range that could install any major (%j)', (range) => {
    expect(() => declaredMajor(range)).toThrow(/exact, \^ or ~ version/);
  });

  it('rejects a malformed data file', () => {
    expect(supportDataSchema.safeParse({ ...window45, latestStableMajor: '45' }).success).toBe(false);
    expect(supportDataSchema.safeParse({ ...window45, checkedOn: 'yesterday' }).success).toBe(false);
  });
});
