import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserHost } from './browser';

function serveConfig(body: unknown, status = 200) {
  const fetchMock = vi.fn(async () => new Response(JSON.stringify(body), { status }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('browser host: managedConfig', () => {
  it('is unmanaged, with the hub from ./config.json', async () => {
    const fetchMock = serveConfig({ hubUrl: 'http://127.0.0.1:8787' });
    const host = createBrowserHost('0.1.0');
    await expect(host.managedConfig()).resolves.toEqual({ status: 'unmanaged', hubUrl: 'http://127.0.0.1:8787' });
    await expect(host.info()).resolves.toMatchObject({ host: 'browser', version: '0.1.0', hubUrl: 'http://127.0.0.1:8787' });
    // One request for both.
    expect(fetchMock).toHaveBeenCalledOnce();
    expect(fetchMock).toHaveBeenCalledWith('./config.json', { cache: 'no-store' });
  });

  it('is unmanaged without a hub when there is no usable ./config.json', async () => {
    serveConfig({}, 404);
    await expect(createBrowserHost('0.1.0').managedConfig()).resolves.toEqual({ status: 'unmanaged' });
    serveConfig({ hubUrl: 'javascript:alert(1)' });
    await expect(createBrowserHost('0.1.0').managedConfig()).resolves.toEqual({ status: 'unmanaged' });
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('offline'))));
    await expect(createBrowserHost('0.1.0').managedConfig()).resolves.toEqual({ status: 'unmanaged' });
  });
});

describe('browser host: print', () => {
  it('prints the document with its own restrictive CSP in front', async () => {
    const host = createBrowserHost('0.1.0');
    const appended: HTMLIFrameElement[] = [];
    const original = document.body.appendChild.bind(document.body);
    vi.spyOn(document.body, 'appendChild').mockImplementation(<T extends Node>(node: T): T => {
      if (node instanceof HTMLIFrameElement) {
        appended.push(node);
        return node; // not attached: jsdom cannot print
      }
      return original(node);
    });
    void host.print({ html: '<!doctype html><p>Zaak 12</p>', title: 'Zaak 12', target: 'printer' });
    expect(appended).toHaveLength(1);
    expect(appended[0]?.srcdoc).toMatch(/^<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src 'none';[^"]*"><p>Zaak 12<\/p>$/);
    expect(appended[0]?.getAttribute('sandbox')).toBe('allow-modals allow-same-origin');
    vi.restoreAllMocks();
  });
});
