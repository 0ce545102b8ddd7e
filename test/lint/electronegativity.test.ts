import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { transformWithEsbuild } from 'vite';
import { describe, expect, it } from 'vitest';
import { readShellConfig } from '../../electron/config';

/**
 * Electronegativity (Doyensec's Electron security scanner) over the shell's sources (electron/)
 * and over what actually ships (out/: main, preload and the renderer bundle). It must report
 * nothing – except findings listed in REVIEWED below, each with the reason it is a false
 * positive. Every run prints those, and an entry that no longer matches anything fails the
 * test, so the list cannot quietly grow stale.
 *
 * Excluded: only AvailableSecurityFixesGlobalCheck (id AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK),
 * which downloads Electron's release list from the internet; the Electron version is pinned in
 * package.json and kept current by dependency updates instead. (The tool also tries to fetch
 * updated translations of its messages on start-up; offline that fails within a second and it
 * carries on with its bundled English texts – that is not a check.)
 */

const root = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

interface Level {
  name: string;
  value: number;
}
interface Issue {
  id: string;
  file: string;
  sample?: string;
  description?: string;
  location: { line: number; column: number };
  severity: Level;
  confidence: Level;
  manualReview: boolean;
}
interface ScanError {
  file: string;
  message: string;
  tolerable: boolean;
}
interface ScanResult {
  globalChecks: number;
  atomicChecks: number;
  issues: Issue[];
  errors: ScanError[];
}
type Electronegativity = (options: {
  input: string;
  excludeFromScan: string[];
  isRelative: boolean;
  electronVersionOverride: string;
}) => Promise<ScanResult>;

const electronegativity = require('@doyensec/electronegativity') as Electronegativity;
// The evaluator Electronegativity itself runs on every CSP it finds (a dependency of the tool).
const toolRequire = createRequire(require.resolve('@doyensec/electronegativity'));
const cspEvaluator = toolRequire('@doyensec/csp-evaluator') as {
  CspParser: new (policy: string) => { csp: unknown };
  CspEvaluator: new (csp: unknown, version: unknown) => { evaluate(): Array<{ severity: number; directive: string; description: string }> };
  Version: { CSP3: unknown };
  severities: Record<string, number>;
};
const { GLOBAL_CHECKS } = toolRequire('./finder/checks/GlobalChecks') as { GLOBAL_CHECKS: Array<{ name: string }> };

/** The one excluded check, by the class name the tool's exclusion list expects. */
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

const ELECTRON_VERSION = (JSON.parse(await readFile(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;

type Scan = 'source' | 'build';

interface ReviewedFinding {
  id: string;
  /** Path relative to the scanned folder ("N/A" for whole-application findings). */
  file: string;
  /** Text the flagged line must contain (atomic checks). */
  sample?: string;
  scans: Scan[];
  reason: string;
}

const REVIEWED: ReviewedFinding[] = [
  {
    id: 'CSP_GLOBAL_CHECK',
    file: 'N/A',
    scans: ['source', 'build'],
    reason:
      'The CSP exists but is built at run time (the hub origin comes from the managed configuration, or LOKET_HUB_URL in development) and sent as a header on every ' +
      'app:// response by electron/protocol.ts; Electronegativity only recognises CSP string literals. The test ' +
      '"the run-time CSP passes the evaluator" below checks the real policy with the same evaluator instead.',
  },
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main.ts',
    sample: 'shell.openExternal(allowed.href)',
    scans: ['source'],
    reason:
      'A "review this call" marker raised for every openExternal with a non-literal URL. This is the app’s only call; ' +
      'the URL is re-checked against the https host allow-list on the line before (parseAllowedExternalUrl, ' +
      'tested in electron/security/externalUrl.test.ts and electron/ipc/openExternal.test.ts).',
  },
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    file: join('main', 'main.js'),
    sample: 'shell.openExternal(allowed.href)',
    scans: ['build'],
    reason: 'The same call in the built main process (see the source entry).',
  },
];

function matches(entry: ReviewedFinding, scan: Scan, issue: Issue): boolean {
  return (
    entry.scans.includes(scan) &&
    entry.id === issue.id &&
    entry.file === issue.file &&
    (entry.sample === undefined || (issue.sample ?? '').includes(entry.sample))
  );
}

function format(issue: Issue): string {
  const review = issue.manualReview ? ', manual review' : '';
  return [
    `${issue.id} [${issue.severity.name}/${issue.confidence.name}${review}] ${issue.file}:${issue.location.line}:${issue.location.column}`,
    issue.sample ? `    ${issue.sample}` : null,
    issue.description ? `    ${issue.description}` : null,
  ]
    .filter((line) => line !== null)
    .join('\n');
}

async function scan(input: string, kind: Scan): Promise<void> {
  const result = await electronegativity({
    input,
    excludeFromScan: EXCLUDED_CHECKS,
    isRelative: true,
    electronVersionOverride: ELECTRON_VERSION,
  });
  expect(result.atomicChecks, 'atomic checks loaded').toBeGreaterThan(30);
  expect(result.globalChecks, 'global checks loaded').toBe(GLOBAL_CHECKS.length - EXCLUDED_CHECKS.length);

  for (const error of result.errors.filter((e) => e.tolerable)) console.warn(`electronegativity (${kind}): parser warning in ${error.file}: ${error.message}`);
  const unscanned = result.errors.filter((e) => !e.tolerable).map((e) => `${relative(input, e.file)}: ${e.message}`);
  expect(unscanned, `files Electronegativity could not analyse (${kind})`).toEqual([]);

  const used = new Set<ReviewedFinding>();
  const unreviewed: Issue[] = [];
  for (const issue of result.issues) {
    const entry = REVIEWED.find((candidate) => matches(candidate, kind, issue));
    if (entry) {
      used.add(entry);
      console.info(`electronegativity (${kind}): reviewed, not a defect: ${issue.id} ${issue.file}:${issue.location.line}\n    ${entry.reason}`);
    } else {
      unreviewed.push(issue);
    }
  }
  if (unreviewed.length > 0) console.error(`Electronegativity findings (${kind}):\n${unreviewed.map(format).join('\n')}`);
  expect(unreviewed.map(format), `Electronegativity findings in ${kind === 'source' ? 'electron/' : 'out/'}`).toEqual([]);

  const stale = REVIEWED.filter((entry) => entry.scans.includes(kind) && !used.has(entry));
  expect(stale.map((entry) => `${entry.id} ${entry.file}`), `REVIEWED entries that no longer match (${kind}): remove them`).toEqual([]);
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Copies out/ for scanning, adjusting what the tool cannot read, without changing what is
 * checked: it only looks at .js/.html files, so the preload (.cjs) is renamed; and its parsers
 * stop at ES2022 syntax (class static blocks in the renderer bundle), so scripts are lowered to
 * ES2020 with esbuild, which keeps every call and object literal the checks look for.
 */
async function stageBuildOutput(out: string, stage: string): Promise<string[]> {
  const staged: string[] = [];
  for (const file of await listFiles(out)) {
    const extension = extname(file);
    let target = join(stage, relative(out, file));
    await mkdir(dirname(target), { recursive: true });
    if (['.js', '.cjs', '.mjs'].includes(extension)) {
      const lowered = await transformWithEsbuild(await readFile(file, 'utf8'), file, { loader: 'js', target: 'es2020' });
      target = `${target.slice(0, -extension.length)}.js`;
      await writeFile(target, lowered.code);
    } else {
      await cp(file, target);
    }
    staged.push(relative(stage, target));
  }
  return staged;
}

describe('Electronegativity', () => {
  it('excludes exactly one check, the online release-list check, and it exists under that name', () => {
    // A misspelt name would make the tool call process.exit(1) in the middle of the test run.
    const names = GLOBAL_CHECKS.map((check) => check.name);
    for (const excluded of EXCLUDED_CHECKS) expect(names).toContain(excluded);
    expect(EXCLUDED_CHECKS).toEqual(['AvailableSecurityFixesGlobalCheck']);
  });

  it('reports nothing unreviewed in the shell sources (electron/)', { timeout: 120_000 }, async () => {
    await scan(join(root, 'electron'), 'source');
  });

  it('reports nothing unreviewed in the build output (out/)', { timeout: 120_000 }, async () => {
    const out = join(root, 'out');
    const required = ['main/main.js', 'preload/preload.cjs', 'renderer/index.html'];
    const missing = required.filter((file) => !existsSync(join(out, file)));
    if (missing.length > 0) {
      throw new Error(`out/ is missing ${missing.join(', ')}: run \`npm run build\` first`);
    }
    const stage = await mkdtemp(join(tmpdir(), 'loket-electronegativity-'));
    try {
      const staged = await stageBuildOutput(out, stage);
      // Make sure the shipped scripts are really among the scanned files.
      expect(staged).toEqual(expect.arrayContaining([join('main', 'main.js'), join('preload', 'preload.js'), join('renderer', 'index.html')]));
      expect(staged.some((file) => file.startsWith(`renderer${sep}`) && file.endsWith('.js'))).toBe(true);
      await scan(stage, 'build');
    } finally {
      await rm(stage, { recursive: true, force: true });
    }
  });

  it('the run-time CSP passes the evaluator Electronegativity would have used', () => {
    const evaluate = (csp: string) =>
      new cspEvaluator.CspEvaluator(new cspEvaluator.CspParser(csp).csp, cspEvaluator.Version.CSP3)
        .evaluate()
        .map((finding) => ({ severity: finding.severity, directive: finding.directive }));
    const { MEDIUM, MEDIUM_MAYBE, INFO } = cspEvaluator.severities;

    // Production: an https hub. The one remaining note is generic – "'self' can be problematic if
    // you host JSONP, Angular or user uploaded files" – and 'self' here is app://loket, which
    // serves only the built bundle.
    expect(evaluate(readShellConfig({ LOKET_HUB_URL: 'https://hub.gemeente.example' }).csp)).toEqual([
      { severity: MEDIUM_MAYBE, directive: 'script-src' },
    ]);
    // A packaged build: the hub from the managed configuration (https only), or none at all.
    const managed = {
      status: 'managed' as const,
      sources: ['/etc/open-loket/config.json'],
      config: { hubUrl: 'https://hub.gemeente.example', centre: 'Stadhuis', workstation: 'K7Q', allowUnencryptedSecrets: false },
    };
    expect(evaluate(readShellConfig({}, { packaged: true, managed }).csp)).toEqual([{ severity: MEDIUM_MAYBE, directive: 'script-src' }]);
    expect(evaluate(readShellConfig({}, { packaged: true, managed: { status: 'missing', locations: [] } }).csp)).toEqual([
      { severity: MEDIUM_MAYBE, directive: 'script-src' },
    ]);

    // Default: the hub on this computer over plain http. Loopback traffic never leaves the
    // machine, and any other http hub is refused at start-up (electron/security/csp.ts).
    const local = evaluate(readShellConfig({}).csp);
    expect(local).toEqual(
      expect.arrayContaining([
        { severity: MEDIUM_MAYBE, directive: 'script-src' },
        { severity: MEDIUM, directive: 'connect-src' },
        { severity: INFO, directive: 'connect-src' },
      ]),
    );
    expect(local).toHaveLength(3);
  });
});
