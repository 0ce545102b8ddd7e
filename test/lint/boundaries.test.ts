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
    expect([...rules].sort()).toEqual(
      [
        'electron-not-into-others',
        'only-electron-imports-electron',
        'renderer-not-into-hosts',
        'server-not-into-others',
        'shared-is-pure',
        'shared-no-builtins',
      ].sort(),
    );
  });
});
