import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * electron-builder.yml is security configuration (asar, fuses), so it is tested like code. It is
 * read with js-yaml, the parser electron-builder itself uses, and validated with
 * electron-builder's own schema validator, so a misspelt option fails here instead of being
 * ignored at packaging time.
 */

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
// app-builder-lib is electron-builder's engine; resolve it the way electron-builder does.
const builderRequire = createRequire(require.resolve('electron-builder/package.json'));
const { validateConfiguration } = builderRequire('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, debugLogger: { isEnabled: boolean; add(key: string, value: unknown): void }): Promise<void>;
};
const schemePath = resolve(dirname(builderRequire.resolve('app-builder-lib/package.json')), 'scheme.json');
const scheme = JSON.parse(readFileSync(schemePath, 'utf8')) as {
  definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
};

interface BuilderConfig {
  appId?: string;
  productName?: string;
  files?: string[];
  asar?: boolean;
  electronFuses?: Record<string, unknown>;
  linux?: { target?: unknown; category?: string; maintainer?: string };
  win?: { target?: unknown };
}

const config = yaml.load(readFileSync(resolve(import.meta.dirname, '../electron-builder.yml'), 'utf8')) as BuilderConfig;

const EXPECTED_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  onlyLoadAppFromAsar: true,
  enableEmbeddedAsarIntegrityValidation: true,
  enableCookieEncryption: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false,
};

describe('electron-builder.yml', () => {
  it('is a valid electron-builder configuration (electron-builder’s own schema check)', async () => {
    await expect(validateConfiguration(config, { isEnabled: false, add: () => {} })).resolves.toBeUndefined();
  });

  it('the schema check would catch a misspelt fuse', async () => {
    const misspelt = { ...config, electronFuses: { ...config.electronFuses, runAsNod: false } };
    await expect(validateConfiguration(misspelt, { isEnabled: false, add: () => {} })).rejects.toThrow(/configuration/);
  });

  it('identifies the app', () => {
    expect(config.appId).toBe('nl.openloket.desk');
    expect(config.productName).toBe('Open Loket');
  });

  it('packages only the build output and package.json, into an asar archive', () => {
    expect(config.files).toEqual(['out/**', 'package.json']);
    expect(config.asar).toBe(true);
  });

  it('builds AppImage and deb (category Office, with a maintainer) for Linux, NSIS for Windows', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Office');
    expect(config.linux?.maintainer).toMatch(/^.+ <[^<>\s]+@[^<>\s]+>$/);
    expect(config.win?.target).toEqual(['nsis']);
  });

  it('flips every fuse to its hardened value', () => {
    expect(config.electronFuses).toEqual(EXPECTED_FUSES);
  });

  it('uses fuse names electron-builder knows, and decides on every fuse it offers', () => {
    const known = Object.keys(scheme.definitions.FuseOptionsV1.properties);
    expect(known.length).toBeGreaterThan(0);
    for (const name of Object.keys(EXPECTED_FUSES)) expect(known, name).toContain(name);
    // resetAdHocDarwinSignature is a macOS signing helper, not a fuse; a new real fuse in a
    // future electron-builder fails this test until someone decides its value.
    expect(known.filter((name) => name !== 'resetAdHocDarwinSignature').sort()).toEqual(Object.keys(EXPECTED_FUSES).sort());
  });
});
