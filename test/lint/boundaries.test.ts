import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { cruise, type IReporterOutput, type ICruiseResult } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const config = require('../../.dependency-cruiser.cjs');
const root = resolve(import.meta.dirname, '../..');

async function violations(baseDir: string, paths: string[]) {
  const result: IReporterOutput = await cruise(
    paths,
    { ruleSet: { forbidden: config.forbidden }, ...config.options, baseDir, validate: true },
  );
  const output = result.output as ICruiseResult;
  return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
}

describe('architecture boundaries (dependency-cruiser)', () => {
  it('the repository has no forbidden imports', async () => {
    const found = await violations(root, ['shared', 'renderer', 'electron', 'server']);
    expect(found).toEqual([]);
  });

  it('catches each kind of forbidden import (fixture with deliberate violations)', async () => {
    const found = await violations(resolve(root, 'test/lint/fixtures/bad'), ['shared', 'renderer', 'electron', 'server']);
    const rules = new Set(found.map((line) => line.split(':')[0]));
    expect(found).toContain('feature-through-index: renderer/src/features/alpha/AlphaScreen.ts -> renderer/src/features/beta/internal.ts');
    expect(found).toContain('feature-through-index: renderer/src/app/shell.ts -> renderer/src/features/beta/internal.ts');
    // A feature's own files, and another feature's index, are fine.
    expect(found.filter((line) => line.startsWith('feature-through-index')).length).toBe(2);
    expect([...rules].sort()).toEqual(
      [
        'building-blocks-not-into-features',
        'electron-not-into-others',
        'feature-through-index',
        'no-circular',
        'only-electron-imports-electron',
        'renderer-not-into-hosts',
        'server-not-into-others',
        'shared-is-pure',
        'shared-no-builtins',
      ].sort(),
    );
  });
});

describe('every npm package imported directly is declared in package.json (no-undeclared-dependency)', () => {
  it('holds for the whole repository: code, tests, scripts and the build configuration', async () => {
    const result = await cruise(
      ['shared', 'renderer', 'electron', 'server', 'test', 'scripts', 'electron.vite.config.ts', 'vitest.config.ts', 'eslint.config.js'],
      // The fixtures break the rules on purpose; they are checked below.
      { ruleSet: { forbidden: config.forbidden }, ...config.options, exclude: { path: `${config.options.exclude.path}|^test/lint/fixtures/` }, baseDir: root, validate: true },
    );
    const output = result.output as ICruiseResult;
    const undeclared = output.summary.violations.filter((v) => v.rule.name === 'no-undeclared-dependency').map((v) => `${v.from} -> ${v.to}`);
    expect(undeclared).toEqual([]);
    // The check sees npm packages at all (an exclude pattern once hid everything under a dist/ folder).
    const external = output.modules.flatMap((m) => m.dependencies).filter((d) => d.dependencyTypes.includes('npm'));
    expect(external.map((d) => d.module)).toEqual(expect.arrayContaining(['uuid', '@internationalized/date', 'react-aria-components', 'zod']));
  });

  it('fires on a package that is installed but not declared (fixture with its own package.json)', async () => {
    const found = await violations(resolve(root, 'test/lint/fixtures/undeclared'), ['.']);
    expect(found).toEqual([expect.stringMatching(/^no-undeclared-dependency: uses\.ts -> .*node_modules\/uuid\//)]);
  });
});
