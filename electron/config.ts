import type { ManagedConfigState } from '../shared/host';
import { buildShellContentSecurityPolicy, parseHubOrigins } from './security/csp';

/** Start-up configuration of the desktop shell, decided once. */
export interface ShellConfig {
  /** Origins of the sync hub the renderer may connect to (connect-src); empty without one. */
  hubOrigins: readonly string[];
  /** The Content-Security-Policy header for app:// responses. */
  csp: string;
  /** What the renderer learns through HostApi.managedConfig(). */
  managed: ManagedConfigState;
  /** LOKET_SMOKE_TEST=1: report the window's effective settings on stdout and quit (test/electron/run.mjs). */
  smokeTest: boolean;
}

export interface ShellConfigOptions {
  /** app.isPackaged: an installed build, as opposed to `electron .` during development. */
  packaged?: boolean;
  /** The machine's managed configuration (electron/deploy/managedConfig.ts); packaged builds only. */
  managed?: ManagedConfigState;
}

/**
 * A packaged build takes its hub only from the managed configuration (https, validated in
 * shared/deploy/managedConfig.ts): no built-in default and no environment variable, so a desk
 * that IT has not configured connects nowhere and shows the first-run screen. connect-src then
 * lists exactly the configured hub. A development build keeps LOKET_HUB_URL (default: the hub
 * on this computer) and the smoke-test switch.
 *
 * Throws with a user-readable message on an invalid LOKET_HUB_URL (main shows it and exits).
 */
export function readShellConfig(env: Readonly<Record<string, string | undefined>>, options: ShellConfigOptions = {}): ShellConfig {
  if (options.packaged) {
    const managed: ManagedConfigState = options.managed ?? { status: 'missing', locations: [] };
    const hubOrigins = Object.freeze(managed.status === 'managed' ? [managed.config.hubUrl] : []);
    return Object.freeze({ hubOrigins, csp: buildShellContentSecurityPolicy(hubOrigins), managed, smokeTest: false });
  }
  const hubOrigins = Object.freeze(parseHubOrigins(env.LOKET_HUB_URL));
  return Object.freeze({
    hubOrigins,
    csp: buildShellContentSecurityPolicy(hubOrigins),
    managed: { status: 'unmanaged' as const, ...(hubOrigins[0] ? { hubUrl: hubOrigins[0] } : {}) },
    smokeTest: env.LOKET_SMOKE_TEST === '1',
  });
}
