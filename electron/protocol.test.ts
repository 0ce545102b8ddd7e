import { join, resolve, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  APP_SCHEME_REGISTRATION,
  createAppProtocolHandler,
  installAppProtocol,
  mimeTypeFor,
  registerAppScheme,
  resolveAppAsset,
} from './protocol';

const ROOT = resolve('/opt/open-loket/out/renderer');
const CSP = "default-src 'self'";

function resolved(url: string): string {
  const result = resolveAppAsset(ROOT, url);
  if (!result.ok) throw new Error(`expected ${url} to resolve, got ${result.status} (${result.reason})`);
  return result.filePath;
}

function status(url: string): number {
  const result = resolveAppAsset(ROOT, url);
  return result.ok ? 200 : result.status;
}

describe('app:// scheme registration', () => {
  it('registers app as standard, secure and fetch-capable – and nothing more', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(APP_SCHEME_REGISTRATION.privileges).not.toHaveProperty('bypassCSP');
    expect(APP_SCHEME_REGISTRATION.privileges).not.toHaveProperty('corsEnabled');
    expect(APP_SCHEME_REGISTRATION.privileges).not.toHaveProperty('allowServiceWorkers');
  });

  it('installs the handler for the app scheme', () => {
    const protocol = { handle: vi.fn() };
    const handler = vi.fn();
    installAppProtocol(protocol, handler);
    expect(protocol.handle).toHaveBeenCalledWith('app', handler);
  });
});

describe('resolveAppAsset', () => {
  it('serves index.html for the root and for client-side routes', () => {
    expect(resolved('app://loket/')).toBe(join(ROOT, 'index.html'));
    expect(resolved('app://loket')).toBe(join(ROOT, 'index.html'));
    expect(resolved('app://loket/index.html')).toBe(join(ROOT, 'index.html'));
    expect(resolved('app://loket/zaken/0190a3b4')).toBe(join(ROOT, 'index.html'));
    expect(resolved('app://loket/?lang=en#/woo')).toBe(join(ROOT, 'index.html'));
  });

  it('serves assets below the root', () => {
    expect(resolved('app://loket/assets/index-CoQ4r1CX.js')).toBe(join(ROOT, 'assets', 'index-CoQ4r1CX.js'));
    expect(resolved('app://loket//assets//app.css')).toBe(join(ROOT, 'assets', 'app.css'));
    expect(resolved('app://loket/assets/logo%20groot.svg')).toBe(join(ROOT, 'assets', 'logo groot.svg'));
    expect(resolved('app://loket/locales/nl/common.json?v=2')).toBe(join(ROOT, 'locales', 'nl', 'common.json'));
  });

  it.each([
    'app://loket/../../etc/passwd',
    'app://loket/assets/../../../etc/passwd',
    'app://loket/%2e%2e/%2e%2e/etc/passwd',
    'app://loket/%2E%2E/secret.txt',
  ])('keeps dot-segment traversal inside the root: %s', (url) => {
    const result = resolveAppAsset(ROOT, url);
    if (result.ok) expect(result.filePath.startsWith(ROOT + sep)).toBe(true);
  });

  it.each([
    ['an encoded slash', 'app://loket/..%2f..%2fetc%2fpasswd'],
    ['an encoded backslash', 'app://loket/..%5c..%5cwindows%5cwin.ini'],
    ['a literal backslash', 'app://loket/assets\\..\\..\\x.js'],
    ['a drive letter', 'app://loket/C:/Windows/win.ini'],
    ['an NTFS stream', 'app://loket/index.html:stream'],
    ['a NUL byte', 'app://loket/index.html%00.png'],
    ['a control character', 'app://loket/a%0Ab.js'],
    ['a hidden file', 'app://loket/.env'],
    ['a hidden directory', 'app://loket/.vite/manifest.json'],
    ['an encoded dot segment', 'app://loket/assets/%2e%2e%2f%2e%2e%2fx.js'],
    ['a Windows device name', 'app://loket/COM1'],
    ['a device name with an extension', 'app://loket/assets/nul.js'],
    ['a lower-case device name', 'app://loket/con.css'],
    ['a device name before a space', 'app://loket/aux%20.txt'],
    ['a device name as a folder', 'app://loket/LPT9/x.js'],
    ['a superscript-digit port', 'app://loket/COM%C2%B9.js'],
    ['the console input device', 'app://loket/CONIN$'],
    ['a trailing dot Windows would strip', 'app://loket/index.html.'],
    ['a trailing space Windows would strip', 'app://loket/index.html%20'],
  ])('refuses %s', (_name, url) => {
    expect(status(url)).toBe(403);
  });

  it('serves names that only start like a device name', () => {
    expect(resolved('app://loket/assets/console.js')).toBe(join(ROOT, 'assets', 'console.js'));
    expect(resolved('app://loket/assets/com10.js')).toBe(join(ROOT, 'assets', 'com10.js'));
    expect(resolved('app://loket/assets/nullable.css')).toBe(join(ROOT, 'assets', 'nullable.css'));
    expect(resolved('app://loket/assets/prn-icon.svg')).toBe(join(ROOT, 'assets', 'prn-icon.svg'));
  });

  it('refuses malformed percent-encoding', () => {
    expect(status('app://loket/%E0%A4%A.js')).toBe(400);
    expect(status('not a url')).toBe(400);
  });

  it('answers only for the app host', () => {
    expect(status('app://other/index.html')).toBe(404);
    expect(status('app://user@loket/index.html')).toBe(404);
    expect(status('https://loket/index.html')).toBe(404);
  });

  it('needs an absolute root', () => {
    expect(() => resolveAppAsset('out/renderer', 'app://loket/')).toThrow(/absolute/);
  });

  it('never returns a path outside the root (random paths of traversal pieces and arbitrary segments)', () => {
    const piece = fc.oneof(
      fc.constantFrom('..', '.', '%2e%2e', '%2E.', 'a', 'b.js', '%2f', '%5c', '', '~', 'C:', '%00', '..%2f', 'x%2F..', '\\..', '%252e%252e'),
      fc.string({ maxLength: 6 }),
    );
    let resolvedCount = 0;
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (pieces) => {
        const path = pieces.join('/');
        const result = resolveAppAsset(ROOT, `app://loket/${path}`);
        if (!result.ok) return;
        resolvedCount += 1;
        expect(result.filePath.startsWith(ROOT + sep), path).toBe(true);
      }),
      { numRuns: 3000 },
    );
    // Not vacuous: plenty of the random paths do resolve to a file, and each of those stayed inside.
    expect(resolvedCount).toBeGreaterThan(100);
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.PNG', 'image/png'],
    ['a.woff2', 'font/woff2'],
    ['a.wasm', 'application/wasm'],
    ['a.unknown', 'application/octet-stream'],
    ['noextension', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
});

describe('app:// handler', () => {
  const files = new Map<string, string>([
    [join(ROOT, 'index.html'), '<!doctype html><title>Open Loket</title>'],
    [join(ROOT, 'assets', 'app.js'), 'console.log(1)'],
  ]);
  const readFile = vi.fn(async (path: string) => {
    const content = files.get(path);
    if (content === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    return new TextEncoder().encode(content);
  });
  const handler = createAppProtocolHandler({ root: ROOT, csp: CSP, readFile });

  function expectSecurityHeaders(response: Response): void {
    expect(response.headers.get('content-security-policy')).toBe(CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  }

  it('serves index.html with its type and the CSP', async () => {
    const response = await handler({ url: 'app://loket/index.html', method: 'GET' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(response);
    expect(await response.text()).toContain('<title>Open Loket</title>');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await handler({ url: 'app://loket/assets/app.js', method: 'GET' });
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers HEAD without a body', async () => {
    const response = await handler({ url: 'app://loket/', method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('puts the CSP on errors too', async () => {
    for (const [request, code] of [
      [{ url: 'app://loket/assets/missing.js', method: 'GET' }, 404],
      [{ url: 'app://loket/.env', method: 'GET' }, 403],
      [{ url: 'app://loket/%E0%A4%A.js', method: 'GET' }, 400],
      [{ url: 'app://loket/index.html', method: 'POST' }, 405],
      [{ url: 'app://elsewhere/', method: 'GET' }, 404],
    ] as const) {
      const response = await handler(request);
      expect(response.status, request.url).toBe(code);
      expectSecurityHeaders(response);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    }
  });

  it('does not touch the disk for refused paths', async () => {
    readFile.mockClear();
    await handler({ url: 'app://loket/..%2f..%2fetc%2fpasswd', method: 'GET' });
    expect(readFile).not.toHaveBeenCalled();
  });

  it('turns unexpected read errors into a 500 without details', async () => {
    const log = vi.fn();
    const failing = createAppProtocolHandler({
      root: ROOT,
      csp: CSP,
      readFile: async () => {
        throw Object.assign(new Error('EACCES: /opt/open-loket/out/renderer/index.html'), { code: 'EACCES' });
      },
      log,
    });
    const response = await failing({ url: 'app://loket/', method: 'GET' });
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('/opt');
    expect(log).toHaveBeenCalledOnce();
  });
});
