/**
 * What a packaged build refuses at start. Remote debugging gives anyone on the machine (or the
 * network, with --remote-debugging-address) full control of the renderer, including the visitor
 * data in IndexedDB; --no-sandbox removes Chromium's OS sandbox. Electron has no fuse for these
 * Chromium switches, so main.ts checks the command line before anything else and exits.
 */
export const FORBIDDEN_SWITCHES: readonly string[] = Object.freeze([
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'remote-allow-origins',
  'no-sandbox',
  'disable-web-security',
  'disable-site-isolation-trials',
  // Node's inspector; the enableNodeCliInspectArguments fuse already ignores them: belt and braces.
  'inspect',
  'inspect-brk',
  'inspect-port',
  'inspect-publish-uid',
]);

/**
 * The first forbidden switch on the command line, or null. Accepts the forms Chromium accepts:
 * "--name", "--name=value", "-name", and on Windows "/name", case-insensitively (Chromium
 * lower-cases switch names on Windows). Arguments after a bare "--" are not switches.
 */
export function forbiddenSwitch(args: readonly string[], platform: string, hasSwitch?: (name: string) => boolean): string | null {
  const prefix = platform === 'win32' ? /^(?:--?|\/)([^=]+)/ : /^--?([^=]+)/;
  for (const arg of args) {
    if (arg === '--') break;
    const name = prefix.exec(arg)?.[1]?.toLowerCase();
    if (name !== undefined && FORBIDDEN_SWITCHES.includes(name)) return name;
  }
  // What Chromium itself parsed (it may also read switches from places argv does not show).
  return FORBIDDEN_SWITCHES.find((name) => hasSwitch?.(name) === true) ?? null;
}

/**
 * The message main.ts prints before exiting, or null when the app may start. Only packaged builds
 * refuse; a development build keeps the switches (debugging is its purpose).
 */
export function startupRefusal(input: {
  packaged: boolean;
  platform: string;
  args: readonly string[];
  hasSwitch?: (name: string) => boolean;
}): string | null {
  if (!input.packaged) return null;
  const name = forbiddenSwitch(input.args, input.platform, input.hasSwitch);
  return name ? `Open Loket does not start with --${name}: it would weaken the protection of visitor data.` : null;
}
