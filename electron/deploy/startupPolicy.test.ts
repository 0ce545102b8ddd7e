import { describe, expect, it } from 'vitest';
import { forbiddenSwitch, startupRefusal } from './startupPolicy';

describe('packaged start-up refuses debugging and sandbox switches', () => {
  it.each([
    ['--remote-debugging-port=9222'],
    ['--remote-debugging-port', '9222'],
    ['--remote-debugging-pipe'],
    ['--no-sandbox'],
    ['-no-sandbox'],
    ['--remote-debugging-address=0.0.0.0'],
    ['--inspect=9229'],
    ['--disable-web-security'],
  ])('exits when started with %s', (...args) => {
    expect(startupRefusal({ packaged: true, platform: 'linux', args })).toMatch(/^Open Loket does not start with --[a-z-]+: /);
  });

  it('names the switch it refused', () => {
    expect(forbiddenSwitch(['--lang=nl', '--remote-debugging-pipe'], 'linux')).toBe('remote-debugging-pipe');
  });

  it('knows the Windows spellings: /switch and any case', () => {
    expect(forbiddenSwitch(['/remote-debugging-port=9222'], 'win32')).toBe('remote-debugging-port');
    expect(forbiddenSwitch(['--No-Sandbox'], 'win32')).toBe('no-sandbox');
    // On Linux "/no-sandbox" is a path argument, not a switch.
    expect(forbiddenSwitch(['/no-sandbox'], 'linux')).toBeNull();
  });

  it('also asks Chromium which switches it parsed', () => {
    expect(forbiddenSwitch([], 'linux', (name) => name === 'no-sandbox')).toBe('no-sandbox');
  });

  it('starts normally otherwise, and ignores arguments after "--"', () => {
    expect(startupRefusal({ packaged: true, platform: 'linux', args: ['--lang=nl', 'zaak.json'] })).toBeNull();
    expect(startupRefusal({ packaged: true, platform: 'linux', args: ['--', '--no-sandbox'] })).toBeNull();
    expect(forbiddenSwitch(['--no-sandboxes', '--remote-debugging'], 'linux')).toBeNull();
  });

  it('lets a development build keep them', () => {
    expect(startupRefusal({ packaged: false, platform: 'linux', args: ['--remote-debugging-port=9222', '--no-sandbox'] })).toBeNull();
  });
});
