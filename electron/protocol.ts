import { extname, isAbsolute, join, relative, sep } from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './security/origin';

/**
 * The app:// protocol serves the built renderer (out/renderer) to the window. A custom scheme
 * instead of file:// gives the renderer a real origin to pin the CSP, IPC sender checks and
 * navigation rules to, and keeps file:// privileges (reading any local file) out of reach.
 *
 * Electron is passed in (registerAppScheme/installAppProtocol take the `protocol` module), so
 * this file only imports Electron's types and is unit-tested in Node.
 */

/**
 * standard: relative URLs, origin and storage behave like https (IndexedDB needs this);
 * secure: a secure context, so crypto.subtle and friends work and mixed content is blocked;
 * supportFetchAPI: the renderer may fetch its own assets (e.g. locale files).
 * Deliberately NOT bypassCSP, corsEnabled or allowServiceWorkers.
 */
export const APP_SCHEME_REGISTRATION: CustomScheme = Object.freeze({
  scheme: APP_SCHEME,
  privileges: Object.freeze({ standard: true, secure: true, supportFetchAPI: true }),
});

/** Must run before the app's 'ready' event (Electron's rule for privileged schemes). */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_REGISTRATION]);
}

const MIME_TYPES: Readonly<Record<string, string>> = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
});

/** Unknown types are served as opaque bytes (with nosniff), never guessed as HTML or script. */
export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type AssetResolution =
  | { ok: true; filePath: string; mimeType: string }
  | { ok: false; status: 400 | 403 | 404; reason: string };

const INDEX = 'index.html';

/**
 * Names Windows resolves to devices in any folder and with any extension ("COM1.js", "nul.txt",
 * "CON .css"), including the superscript-digit variants; reading one would open a serial port or
 * the console instead of a file.
 */
const WINDOWS_DEVICE_NAME = /^(?:con|prn|aux|nul|conin\$|conout\$|clock\$|(?:com|lpt)[0-9\u00b9\u00b2\u00b3])$/i;

export function isWindowsDeviceName(segment: string): boolean {
  const base = segment.split('.')[0] ?? '';
  return WINDOWS_DEVICE_NAME.test(base.replace(/[ .]+$/, ''));
}

/**
 * Maps an app:// URL to a file below `root`, or says why not. Pure: no file-system access.
 *
 * Each path segment is percent-decoded on its own and then inspected, so an encoded "/" or "\"
 * (%2F, %5C) cannot create a separator after the check, and "..", ".", hidden files, drive
 * letters / NTFS streams (":"), NUL bytes, Windows device names (COM1, NUL, …) and segments
 * ending in a dot or space (which Windows silently strips) are refused. The joined path is then
 * checked to still lie inside the root, as a second line of defence.
 *
 * Paths without an extension are client-side routes and get index.html (SPA fallback).
 */
export function resolveAppAsset(root: string, requestUrl: string): AssetResolution {
  if (!isAbsolute(root)) throw new Error(`The renderer root must be absolute: ${root}`);
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400, reason: 'unparsable URL' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username !== '' || url.password !== '') {
    return { ok: false, status: 404, reason: 'unknown host' };
  }

  const segments: string[] = [];
  for (const raw of url.pathname.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { ok: false, status: 400, reason: 'malformed percent-encoding' };
    }
    // eslint-disable-next-line no-control-regex
    if (segment.startsWith('.') || /[/\\:\u0000-\u001f\u007f]/.test(segment)) {
      return { ok: false, status: 403, reason: 'forbidden path segment' };
    }
    if (isWindowsDeviceName(segment) || /[. ]$/.test(segment)) {
      return { ok: false, status: 403, reason: 'Windows device name or trailing dot/space' };
    }
    segments.push(segment);
  }

  const last = segments.at(-1);
  if (last === undefined || extname(last) === '') {
    segments.splice(0, segments.length, INDEX);
  }

  const filePath = join(root, ...segments);
  const rel = relative(root, filePath);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    return { ok: false, status: 403, reason: 'outside the renderer root' };
  }
  return { ok: true, filePath, mimeType: mimeTypeFor(filePath) };
}

/** Headers on every app:// response, errors included. */
export function responseHeaders(csp: string, contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}

export interface AppProtocolOptions {
  /** Absolute path of out/renderer. */
  root: string;
  /** The Content-Security-Policy header value (electron/security/csp.ts). */
  csp: string;
  /** fs.promises.readFile in main (it reads inside app.asar too). */
  readFile(filePath: string): Promise<Uint8Array>;
  log?: (message: string) => void;
}

/** What the handler needs from a request; Electron passes a full fetch Request. */
export interface RequestLike {
  url: string;
  method: string;
}

const NOT_FOUND_CODES = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);

export function createAppProtocolHandler(options: AppProtocolOptions): (request: RequestLike) => Promise<Response> {
  const log = options.log ?? (() => {});
  const plain = (status: number, text: string): Response =>
    new Response(text, { status, headers: responseHeaders(options.csp, 'text/plain; charset=utf-8') });

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return plain(405, 'Method Not Allowed');
    }
    const resolved = resolveAppAsset(options.root, request.url);
    if (!resolved.ok) {
      log(`app:// ${resolved.status}: ${resolved.reason}`);
      return plain(resolved.status, resolved.status === 404 ? 'Not Found' : 'Bad Request');
    }
    let body: Uint8Array;
    try {
      body = await options.readFile(resolved.filePath);
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      if (typeof code === 'string' && NOT_FOUND_CODES.has(code)) return plain(404, 'Not Found');
      log(`app:// read failed: ${String(error)}`);
      return plain(500, 'Internal Server Error');
    }
    const headers = responseHeaders(options.csp, resolved.mimeType);
    // Copied into a fresh ArrayBuffer-backed view: Response's BodyInit does not accept views
    // over a SharedArrayBuffer-typed buffer (Node's Buffer type allows one).
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}

export function installAppProtocol(
  protocol: Pick<Protocol, 'handle'>,
  handler: (request: RequestLike) => Promise<Response>,
): void {
  protocol.handle(APP_SCHEME, handler);
}
