import { buildShellContentSecurityPolicy, parseHubOrigins } from './security/csp';

/** Start-up configuration of the desktop shell, read from the environment once. */
export interface ShellConfig {
  /** Origins of the sync hub(s) the renderer may connect to (LOKET_HUB_URL, comma-separated). */
  hubOrigins: readonly string[];
  /** The Content-Security-Policy header for app:// responses. */
  csp: string;
  /** LOKET_SMOKE_TEST=1: report the window's effective settings on stdout and quit (test/electron/run.mjs). */
  smokeTest: boolean;
}

/** Throws with a user-readable message on an invalid LOKET_HUB_URL (main shows it and exits). */
export function readShellConfig(env: Readonly<Record<string, string | undefined>>): ShellConfig {
  const hubOrigins = Object.freeze(parseHubOrigins(env.LOKET_HUB_URL));
  return Object.freeze({
    hubOrigins,
    csp: buildShellContentSecurityPolicy(hubOrigins),
    smokeTest: env.LOKET_SMOKE_TEST === '1',
  });
}
