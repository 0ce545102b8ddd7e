import { z } from 'zod';
import { DEFAULT_EXTERNAL_HOSTS, MAX_EXTERNAL_URL_LENGTH, parseAllowedExternalUrl } from '../security/externalUrl';
import { describeUrlForLog } from '../security/navigation';
import { parseInput } from './common';

export interface OpenExternalContext {
  /** Starts the system browser (main.ts wraps shell.openExternal, the app's single call of it). */
  openInBrowser(url: string): Promise<void>;
  allowList?: readonly string[];
  log?: (message: string) => void;
}

const inputSchema = z.string().max(MAX_EXTERNAL_URL_LENGTH);

/**
 * Opens an allow-listed http(s) link in the system browser. A URL that is a string but not
 * allowed resolves to false (the contract: "other schemes are refused"); a non-string is a
 * programming error and rejects.
 */
export async function handleOpenExternal(input: unknown, ctx: OpenExternalContext): Promise<boolean> {
  const url = parseInput(inputSchema, input, 'openExternal');
  const allowed = parseAllowedExternalUrl(url, ctx.allowList ?? DEFAULT_EXTERNAL_HOSTS);
  if (!allowed) {
    ctx.log?.(`openExternal refused: ${describeUrlForLog(url)}`);
    return false;
  }
  // The re-serialised URL, so the browser gets exactly what was checked.
  await ctx.openInBrowser(allowed.href);
  return true;
}
