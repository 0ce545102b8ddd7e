import { describe, expect, it, vi } from 'vitest';
import { combineExternalHosts } from './externalUrl';
import { createNavigationGuard, describeUrlForLog, isAllowedNavigation } from './navigation';

function preventable() {
  return { preventDefault: vi.fn() };
}

async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('navigation guard', () => {
  it('lets the window move within the app', () => {
    const guard = createNavigationGuard({ openInBrowser: vi.fn() });
    const event = preventable();
    guard.onWillNavigate(event, 'app://loket/index.html');
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(isAllowedNavigation('app://loket/zaken')).toBe(true);
  });

  it.each([
    'https://open.overheid.nl/', // even allow-listed sites never replace the app in its window
    'http://127.0.0.1:8787/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,hi',
    'app://other/index.html',
    'about:blank',
    'not a url',
  ])('cancels navigation to %s', (url) => {
    const log = vi.fn();
    const openInBrowser = vi.fn();
    const guard = createNavigationGuard({ openInBrowser, log });
    const event = preventable();
    guard.onWillNavigate(event, url);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(openInBrowser).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledOnce();
  });

  it('denies every new window and sends allow-listed links to the browser', async () => {
    const openInBrowser = vi.fn(async () => {});
    const guard = createNavigationGuard({ openInBrowser });
    expect(guard.windowOpenHandler({ url: 'https://wetten.overheid.nl/BWBR0045754' })).toEqual({ action: 'deny' });
    await settle();
    expect(openInBrowser).toHaveBeenCalledWith('https://wetten.overheid.nl/BWBR0045754');
  });

  it.each(['https://example.com/', 'javascript:alert(1)', 'file:///C:/Windows/system32/calc.exe', 'app://loket/index.html', 'about:blank'])(
    'denies a window for %s without opening anything',
    async (url) => {
      const openInBrowser = vi.fn();
      const guard = createNavigationGuard({ openInBrowser });
      expect(guard.windowOpenHandler({ url })).toEqual({ action: 'deny' });
      await settle();
      expect(openInBrowser).not.toHaveBeenCalled();
    },
  );

  it('uses the configured allow-list', async () => {
    const openInBrowser = vi.fn();
    const guard = createNavigationGuard({ openInBrowser, allowList: ['www.gemeente.nl'] });
    guard.windowOpenHandler({ url: 'https://open.overheid.nl/' });
    guard.windowOpenHandler({ url: 'https://www.gemeente.nl/loket' });
    await settle();
    expect(openInBrowser.mock.calls).toEqual([['https://www.gemeente.nl/loket']]);
  });

  it('with IT\'s extra hosts (as main.ts combines them) sends those and the built-in sources to the browser, nothing else', async () => {
    const openInBrowser = vi.fn();
    const guard = createNavigationGuard({ openInBrowser, allowList: combineExternalHosts(['www.utrecht.nl', '*.provincie-utrecht.nl']) });
    for (const url of ['https://open.overheid.nl/', 'https://www.utrecht.nl/woo', 'https://woo.provincie-utrecht.nl/9', 'https://www.amersfoort.nl/', 'https://provincie-utrecht.nl/']) {
      expect(guard.windowOpenHandler({ url })).toEqual({ action: 'deny' });
    }
    await settle();
    expect(openInBrowser.mock.calls).toEqual([['https://open.overheid.nl/'], ['https://www.utrecht.nl/woo'], ['https://woo.provincie-utrecht.nl/9']]);
  });

  it('still denies (and logs) when the browser cannot be started', async () => {
    const log = vi.fn();
    const guard = createNavigationGuard({
      openInBrowser: () => Promise.reject(new Error('no browser')),
      log,
    });
    expect(guard.windowOpenHandler({ url: 'https://open.overheid.nl/' })).toEqual({ action: 'deny' });
    await settle();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('no browser'));
  });

  it('a throwing opener does not escape the handler', async () => {
    const guard = createNavigationGuard({
      openInBrowser: () => {
        throw new Error('boom');
      },
    });
    expect(guard.windowOpenHandler({ url: 'https://open.overheid.nl/' })).toEqual({ action: 'deny' });
    await settle();
  });

  it('logs only scheme and host, never paths or queries with visitor data', () => {
    expect(describeUrlForLog('https://example.com/zaak?bsn=123456782')).toBe('https://example.com');
    expect(describeUrlForLog('javascript:alert(document.cookie)')).toBe('javascript:');
    expect(describeUrlForLog('garbage')).toBe('<unparsable URL>');
    expect(describeUrlForLog(7)).toBe('<not a string>');
  });
});
