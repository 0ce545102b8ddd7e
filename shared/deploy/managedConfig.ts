import { z } from 'zod';
import { normaliseStationCode } from '../caseNumber/caseNumber';
import { isValidHostPattern } from './hostPattern';
import type { ManagedConfig } from '../host';

/**
 * The configuration a municipality's IT department sets per machine: which hub the desk syncs
 * with, which centre it belongs to and which workstation it is. A packaged desktop build reads it
 * from an admin-owned file (and on Windows optionally a policy registry key, see
 * electron/deploy/managedConfig.ts); it has no built-in hub address. Validated here so the rules
 * are the same wherever the file is read, and pure so they are tested in Node.
 */

/** Where the desktop shell looks, per platform (the Windows path is below %ProgramData%). */
export const MANAGED_CONFIG_FILE_NAME = 'config.json';
export const LINUX_CONFIG_DIR = '/etc/open-loket';
export const MAC_CONFIG_DIR = '/Library/Application Support/Open Loket';
export const WINDOWS_CONFIG_SUBDIR = 'Open Loket';
/** HKLM only: HKCU\Software\Policies is writable by the signed-in user on many setups. */
export const WINDOWS_POLICY_KEY = 'HKLM\\SOFTWARE\\Policies\\Open Loket';

/** Enough for a municipality, its province and partner sites; a list longer than this is a mistake. */
export const MAX_EXTERNAL_HOSTS = 200;

const HOSTNAME = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/;

/**
 * The hub address: https only (a packaged desk never syncs visitor data in plain text, not even
 * to a hub on the same machine), a plain host name, no user name or password, no path, query or
 * fragment. The result is the origin, which is also exactly what goes into connect-src.
 */
export const hubUrlSchema = z.string().transform((raw, ctx) => {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    ctx.addIssue({ code: 'custom', message: 'is not a URL' });
    return z.NEVER;
  }
  const problems = [
    url.protocol !== 'https:' && 'must start with https://',
    (url.username !== '' || url.password !== '') && 'must not contain a user name or password',
    !HOSTNAME.test(url.hostname) && 'must name the hub by a plain host name',
    (url.pathname !== '/' || url.search !== '' || url.hash !== '') && 'must be the hub address only, without a path, query or fragment',
  ].filter((problem): problem is string => typeof problem === 'string');
  for (const message of problems) ctx.addIssue({ code: 'custom', message });
  return problems.length ? z.NEVER : url.origin;
});

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

export const managedConfigSchema = z.strictObject({
  hubUrl: hubUrlSchema,
  /** The centre as the municipality names it (shown to staff, sent to the hub); 1-100 characters. */
  centre: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(100, 'must be at most 100 characters')
    .refine((text) => !CONTROL.test(text), 'must not contain control characters'),
  /** The workstation's station code: 2-4 characters of Crockford base-32 (it goes into case numbers). */
  workstation: z.string().transform((raw, ctx) => {
    const code = normaliseStationCode(raw);
    if (code === undefined) {
      ctx.addIssue({ code: 'custom', message: 'must be a station code: 2-4 letters or digits (not I, L, O or U)' });
      return z.NEVER;
    }
    return code;
  }),
  /**
   * Linux without a keyring can only "encrypt" secrets with a key hard-coded in Chromium. The
   * desk refuses to store secrets there unless an administrator explicitly accepts that here.
   */
  allowUnencryptedSecrets: z.boolean().default(false),
  /**
   * Extra sites the desk may open in the system browser (https only), on top of the built-in
   * government sources: published Woo documents mostly live on the municipality's or province's
   * own site. Exact host names, or "*.gemeente.nl" for its subdomains. One malformed entry makes
   * the whole configuration invalid (fail closed), and the problem names the entry's position.
   */
  externalHosts: z
    .array(
      z
        .string()
        .refine(
          isValidHostPattern,
          'must be a host name in lower case such as www.gemeente.nl, or *.gemeente.nl for its subdomains (no https://, path or port)',
        ),
    )
    .max(MAX_EXTERNAL_HOSTS, `must list at most ${MAX_EXTERNAL_HOSTS} hosts`)
    .optional(),
}) satisfies z.ZodType<ManagedConfig, unknown>;

export type ParsedManagedConfig =
  | { ok: true; config: ManagedConfig }
  | { ok: false; problems: string[] };

/** Problems are "field: message", for the first-run screen and the log; never the values. */
export function parseManagedConfig(input: unknown): ParsedManagedConfig {
  const result = managedConfigSchema.safeParse(input);
  if (result.success) return { ok: true, config: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      const field = issue.path.map(String).join('.');
      if (issue.code === 'unrecognized_keys') return `unknown setting: ${issue.keys.join(', ')}`;
      if (issue.code === 'invalid_type' && issue.input === undefined) return `${field}: is missing`;
      return field ? `${field}: ${issue.message}` : issue.message;
    }),
  };
}
