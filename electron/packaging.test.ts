import { existsSync, readFileSync } from 'node:fs';
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

const { FileMatcher, getNodeModuleFileMatcher } = builderRequire('app-builder-lib/out/fileMatcher') as {
  FileMatcher: new (from: string, to: string, expand: (s: string) => string, patterns: string[]) => {
    createFilter(): (file: string, stat: { isDirectory(): boolean; moduleFullFilePath?: string }) => boolean;
  };
  getNodeModuleFileMatcher(
    appDir: string,
    destination: string,
    expand: (s: string) => string,
    platformOptions: object,
    packager: { config: { files?: unknown }; debugLogger: { isEnabled: boolean } },
  ): { patterns: string[] };
};

interface BuilderConfig {
  appId?: string;
  productName?: string;
  files?: string[];
  asar?: boolean;
  afterAllArtifactBuild?: string;
  electronFuses?: Record<string, unknown>;
  linux?: { target?: unknown; category?: string; maintainer?: string };
  win?: {
    target?: unknown;
    forceCodeSigning?: boolean;
    signtoolOptions?: Record<string, unknown>;
    cscLink?: unknown;
    cscKeyPassword?: unknown;
    azureSignOptions?: unknown;
  };
  nsis?: { perMachine?: boolean; oneClick?: boolean; allowToChangeInstallationDirectory?: boolean };
  msi?: { perMachine?: boolean; upgradeCode?: string };
}

const root = resolve(import.meta.dirname, '..');
const configText = readFileSync(resolve(root, 'electron-builder.yml'), 'utf8');
const config = yaml.load(configText) as BuilderConfig;
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

/**
 * Whether electron-builder would copy a file of a production dependency into app.asar, decided
 * by its own code: the node_modules matcher built from the `files` option
 * (getNodeModuleFileMatcher) and the per-module filter it applies while copying
 * (computeNodeModuleFileSets in app-builder-lib/out/util/appFileCopier.js).
 */
function packsModuleFile(files: unknown, dependency: string, fileInModule: string): boolean {
  const identity = (text: string) => text;
  const moduleMatcher = getNodeModuleFileMatcher(root, '/app', identity, {}, { config: { files }, debugLogger: { isEnabled: false } });
  // No exclusion at all: NodeModuleCopyHelper then copies without a filter.
  if (moduleMatcher.patterns.length === 0) return true;
  const moduleDir = resolve(root, 'node_modules', dependency);
  const filter = new FileMatcher(moduleDir, `/app/node_modules/${dependency}`, identity, moduleMatcher.patterns).createFilter();
  return filter(resolve(moduleDir, fileInModule), {
    isDirectory: () => false,
    moduleFullFilePath: `node_modules/${dependency}/${fileInModule}`,
  });
}

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

  it('has an app icon where electron-builder looks for it: build/icon.png, a 512×512 PNG (the .deb and the installers use it)', () => {
    const raw = config as unknown as Record<string, { buildResources?: string; icon?: unknown } | undefined>;
    const resources = raw.directories?.buildResources;
    expect(resources).toBe('build');
    // No platform points its icon elsewhere.
    for (const platform of ['linux', 'win', 'mac', 'nsis', 'msi']) expect(raw[platform]?.icon).toBeUndefined();
    const png = readFileSync(resolve(import.meta.dirname, '..', resources!, 'icon.png'));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // IHDR: width and height, big-endian, right after the chunk header.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it('packages only the build output and package.json, into an asar archive, and no node_modules', () => {
    expect(config.files).toEqual(['out/**', 'package.json', '!node_modules/**']);
    expect(config.asar).toBe(true);
  });

  it('leaves every production dependency out of app.asar (pg, hono, PGlite are the hub’s)', () => {
    const dependencies = Object.keys(pkg.dependencies);
    expect(dependencies).toEqual(expect.arrayContaining(['pg', 'hono', '@hono/node-server', '@electric-sql/pglite', 'zod']));
    for (const dependency of dependencies) {
      expect(packsModuleFile(config.files, dependency, 'package.json'), dependency).toBe(false);
      expect(packsModuleFile(config.files, dependency, 'dist/index.js'), dependency).toBe(false);
    }
  });

  it('would pack the dependencies without the exclusion (the check above can fail)', () => {
    expect(packsModuleFile(['out/**', 'package.json'], 'pg', 'lib/index.js')).toBe(true);
    expect(packsModuleFile(['out/**', 'package.json', '!node_modules/pg/**'], 'hono', 'dist/index.js')).toBe(true);
  });

  it('bundles every npm dependency into the main process, so it needs no node_modules', async () => {
    const { default: viteConfig } = (await import('../electron.vite.config')) as { default: { main?: { build?: { externalizeDeps?: unknown } } } };
    expect(viteConfig.main?.build?.externalizeDeps).toBe(false);
  });

  it('builds a .deb only for Linux (category Office, with a maintainer), signed by the hook', () => {
    expect(config.linux?.target).toEqual(['deb']);
    expect(config.linux?.category).toBe('Office');
    expect(config.linux?.maintainer).toMatch(/^.+ <[^<>\s]+@[^<>\s]+>$/);
    expect(config.afterAllArtifactBuild).toBe('./electron/deploy/signDeb.mjs');
    expect(existsSync(resolve(root, config.afterAllArtifactBuild ?? ''))).toBe(true);
  });

  it('builds an MSI for software distribution beside the NSIS installer, both per machine', () => {
    expect(config.win?.target).toEqual(['msi', 'nsis']);
    expect(config.msi?.perMachine).toBe(true);
    expect(config.msi?.upgradeCode).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(config.nsis?.perMachine).toBe(true);
    expect(config.nsis?.oneClick).toBe(false);
    expect(config.nsis?.allowToChangeInstallationDirectory).toBe(false);
  });

  it('signs Windows builds with Authenticode (SHA-256, timestamped) and fails unsigned ones', () => {
    expect(config.win?.forceCodeSigning).toBe(true);
    expect(config.win?.signtoolOptions?.signingHashAlgorithms).toEqual(['sha256']);
    expect(config.win?.signtoolOptions?.rfc3161TimeStampServer).toMatch(/^http:\/\/timestamp\./);
  });

  it('takes the certificate from the release machine’s environment, never from the repository', () => {
    expect(config.win?.cscLink).toBeUndefined();
    expect(config.win?.cscKeyPassword).toBeUndefined();
    expect(config.win?.signtoolOptions?.certificateFile).toBeUndefined();
    expect(config.win?.signtoolOptions?.certificatePassword).toBeUndefined();
    const settings = configText.split('\n').filter((line) => !line.trim().startsWith('#'));
    expect(settings.join('\n')).not.toMatch(/\.(pfx|p12)\b|password:/i);
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
