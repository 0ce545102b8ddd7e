import { join, win32 } from 'node:path';
import {
  LINUX_CONFIG_DIR,
  MAC_CONFIG_DIR,
  MANAGED_CONFIG_FILE_NAME,
  WINDOWS_CONFIG_SUBDIR,
  WINDOWS_POLICY_KEY,
  parseManagedConfig,
} from '../../shared/deploy/managedConfig';
import type { ManagedConfigState } from '../../shared/host';
import { policyToConfig, type PolicyValues } from './registry';

/**
 * Loads the machine's managed configuration for a packaged build: the admin-owned file, and on
 * Windows the policy registry key, whose values take precedence (Group Policy is what IT
 * enforces; the file is the simple way to deploy). Every source is injected, so this is tested
 * without a real /etc, %ProgramData% or registry.
 */

export interface FileOwner {
  uid: number;
  mode: number;
}

export interface ManagedConfigSources {
  platform: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Resolves to the file's text, or null when it does not exist. */
  readFile(path: string): Promise<string | null>;
  /** POSIX only: owner and mode, to refuse a file that someone other than root could change. */
  statFile?(path: string): Promise<FileOwner>;
  /** Windows only: the policy key's values, or null when the key does not exist. */
  readPolicy?(): Promise<PolicyValues | null>;
}

export function managedConfigPath(platform: string, env: Readonly<Record<string, string | undefined>>): string {
  if (platform === 'win32') {
    // %ProgramData% is machine-wide; its Open Loket folder is created by the installer.
    return win32.join(env.ProgramData ?? env.ALLUSERSPROFILE ?? 'C:\\ProgramData', WINDOWS_CONFIG_SUBDIR, MANAGED_CONFIG_FILE_NAME);
  }
  return join(platform === 'darwin' ? MAC_CONFIG_DIR : LINUX_CONFIG_DIR, MANAGED_CONFIG_FILE_NAME);
}

/** A configuration file that a non-administrator can change would let any user redirect the sync. */
export function ownershipProblem(owner: FileOwner): string | null {
  if (owner.uid !== 0) return 'the file must be owned by root';
  if ((owner.mode & 0o022) !== 0) return 'the file must not be writable by group or others (chmod 644)';
  return null;
}

export async function loadManagedConfig(sources: ManagedConfigSources): Promise<ManagedConfigState> {
  const path = managedConfigPath(sources.platform, sources.env);
  const policyKey = sources.platform === 'win32' && sources.readPolicy ? WINDOWS_POLICY_KEY : null;
  const locations = policyKey ? [path, policyKey] : [path];

  const text = await sources.readFile(path);
  const policy = policyKey && sources.readPolicy ? await sources.readPolicy() : null;
  const policyConfig = policy ? policyToConfig(policy) : {};
  const hasPolicy = Object.keys(policyConfig).length > 0;
  if (text === null && !hasPolicy) return { status: 'missing', locations };

  const used = [...(text !== null ? [path] : []), ...(hasPolicy && policyKey ? [policyKey] : [])];
  const problems: string[] = [];

  if (text !== null && sources.platform !== 'win32' && sources.statFile) {
    const problem = ownershipProblem(await sources.statFile(path));
    if (problem) problems.push(`${path}: ${problem}`);
  }

  let fileConfig: Record<string, unknown> = {};
  if (text !== null) {
    try {
      const json: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
      if (json === null || typeof json !== 'object' || Array.isArray(json)) problems.push(`${path}: must be a JSON object`);
      else fileConfig = json as Record<string, unknown>;
    } catch {
      problems.push(`${path}: is not valid JSON`);
    }
  }
  if (problems.length) return { status: 'invalid', sources: used, problems };

  const parsed = parseManagedConfig({ ...fileConfig, ...policyConfig });
  if (!parsed.ok) return { status: 'invalid', sources: used, problems: parsed.problems };
  return { status: 'managed', config: parsed.config, sources: used };
}
