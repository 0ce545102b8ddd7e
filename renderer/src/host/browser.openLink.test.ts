import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserHost } from './browser';

afterEach(() => {
  vi.restoreAllMocks();
});

// The finder's "Openen in de browser" goes through host.openLink (issue 14 point 7); in the browser
// host that is a new tab without a way back to the desk's window.
describe('browser host: openLink', () => {
  it('opens an http(s) document link in a new tab without opener', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const url = 'https://open.overheid.nl/documenten/ronl-1234/pdf';
    await expect(createBrowserHost('0.1.0').openLink(url)).resolves.toBe(true);
    expect(open).toHaveBeenCalledWith(url, '_blank', 'noopener,noreferrer');
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'not a url'])('refuses %j and opens nothing', async (url) => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    await expect(createBrowserHost('0.1.0').openLink(url)).resolves.toBe(false);
    expect(open).not.toHaveBeenCalled();
  });
});
