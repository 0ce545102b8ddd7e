import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { WINDOWS_POLICY_KEY } from '../../shared/deploy/managedConfig';

/**
 * The optional Windows policy key (HKLM\SOFTWARE\Policies\Open Loket), which IT sets by Group
 * Policy or Intune. Read with the system's reg.exe rather than a native addon, so the packaged
 * app needs no node_modules; the output is parsed by a pure function, tested with recorded
 * output.
 */

export type PolicyValues = Record<string, string | number | string[]>;

/** Value name → the config field it sets. */
export const POLICY_VALUE_NAMES = {
  HubUrl: 'hubUrl',
  Centre: 'centre',
  Workstation: 'workstation',
  AllowUnencryptedSecrets: 'allowUnencryptedSecrets',
  ExternalHosts: 'externalHosts',
} as const;

/**
 * Parses `reg query <key>` output: lines of "    <name>    <type>    <data>". REG_SZ and
 * REG_EXPAND_SZ become strings, REG_DWORD a number, REG_MULTI_SZ a list (reg.exe prints its
 * items joined by a literal "\0"); other types and sub-keys are ignored.
 */
export function parseRegQueryOutput(output: string): PolicyValues {
  const values: PolicyValues = {};
  for (const line of output.split(/\r?\n/)) {
    const match = /^ {4}(\S(?:.*?\S)?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/.exec(line);
    if (!match) continue;
    const [, name, type, data = ''] = match as unknown as [string, string, string, string | undefined];
    if (type === 'REG_SZ' || type === 'REG_EXPAND_SZ') values[name] = data;
    else if (type === 'REG_MULTI_SZ') values[name] = data.split('\\0').filter((item) => item !== '');
    else if (type === 'REG_DWORD' && /^0x[0-9a-f]{1,8}$/i.test(data)) values[name] = Number.parseInt(data, 16);
  }
  return values;
}

/**
 * Maps the policy's value names onto config fields; a DWORD 0/1 opt-in becomes a boolean. The
 * host list may be a REG_MULTI_SZ (one host per line in regedit / Group Policy) or a REG_SZ with
 * the hosts separated by ";" (easier in some Intune profiles); both become a list.
 */
export function policyToConfig(values: PolicyValues): Record<string, unknown> {
  const config: Record<string, unknown> = {};
  for (const [valueName, field] of Object.entries(POLICY_VALUE_NAMES)) {
    if (!Object.hasOwn(values, valueName)) continue;
    const value = values[valueName];
    if (field === 'allowUnencryptedSecrets' && typeof value === 'number') config[field] = value === 1;
    else if (field === 'externalHosts' && typeof value === 'string') config[field] = splitHostList(value);
    else config[field] = value;
  }
  return config;
}

/** "a.nl; b.nl;" → ["a.nl", "b.nl"]: spaces around entries and an empty last entry are layout, not hosts. */
function splitHostList(value: string): string[] {
  return value
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export type RunCommand = (file: string, args: string[]) => Promise<{ code: number; stdout: string }>;

export const runCommand: RunCommand = (file, args) =>
  new Promise((resolve, reject) => {
    execFile(file, args, { windowsHide: true, timeout: 10_000, encoding: 'utf8' }, (error, stdout) => {
      if (error && typeof error.code !== 'number') {
        reject(error);
        return;
      }
      resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout });
    });
  });

/**
 * Reads the policy key; null when it does not exist (reg.exe exits with 1). reg.exe is taken from
 * %SystemRoot%\System32 by absolute path (never from PATH) and asked for the 64-bit view, where
 * Group Policy writes.
 */
export function createPolicyReader(env: Readonly<Record<string, string | undefined>>, run: RunCommand = runCommand) {
  return async (): Promise<PolicyValues | null> => {
    const regExe = join(env.SystemRoot ?? 'C:\\Windows', 'System32', 'reg.exe');
    const { code, stdout } = await run(regExe, ['query', WINDOWS_POLICY_KEY, '/reg:64']);
    if (code !== 0) return null;
    return parseRegQueryOutput(stdout);
  };
}
