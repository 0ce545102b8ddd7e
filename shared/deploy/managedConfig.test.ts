import { describe, expect, it } from 'vitest';
import { MAX_EXTERNAL_HOSTS, parseManagedConfig } from './managedConfig';

const valid = { hubUrl: 'https://hub.gemeente.nl', centre: 'Openbaarheidscentrum Stadhuis', workstation: 'K7Q' };

describe('managed configuration', () => {
  it('accepts the three settings and defaults the secrets opt-in to false', () => {
    expect(parseManagedConfig(valid)).toEqual({
      ok: true,
      config: { hubUrl: 'https://hub.gemeente.nl', centre: 'Openbaarheidscentrum Stadhuis', workstation: 'K7Q', allowUnencryptedSecrets: false },
    });
  });

  it('normalises the hub address to its origin and the station code the way staff type it', () => {
    const parsed = parseManagedConfig({ ...valid, hubUrl: 'HTTPS://Hub.Gemeente.NL:8443/', workstation: ' k7o ', allowUnencryptedSecrets: true });
    expect(parsed).toMatchObject({ ok: true, config: { hubUrl: 'https://hub.gemeente.nl:8443', workstation: 'K70', allowUnencryptedSecrets: true } });
  });

  // Refused hub addresses under the problem each must be reported with, as [what it has, address].
  const refusedHubUrls: Record<string, Array<[string, string]>> = {
    'hubUrl: must start with https://': [
      ['plain http', 'http://hub.gemeente.nl'],
      ['plain http on this computer', 'http://127.0.0.1:8787'],
      ['another scheme', 'ftp://hub.gemeente.nl'],
    ],
    'hubUrl: must not contain a user name or password': [['credentials', 'https://admin:pw@hub.gemeente.nl']],
    'hubUrl: must be the hub address only, without a path, query or fragment': [
      ['a path', 'https://hub.gemeente.nl/sync'],
      ['a query', 'https://hub.gemeente.nl/?x=1'],
    ],
    'hubUrl: is not a URL': [['not a URL', 'hub.gemeente.nl']],
  };
  it.each(Object.entries(refusedHubUrls).flatMap(([problem, cases]) => cases.map(([name, hubUrl]) => [name, hubUrl, problem] as const)))('refuses a hub address with %s', (_name, hubUrl, problem) => {
    const parsed = parseManagedConfig({ ...valid, hubUrl });
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.problems).toContain(problem);
  });

  it('names each missing or wrong setting, without echoing values', () => {
    const parsed = parseManagedConfig({ hubUrl: 'http://secret-host.example', centre: '', workstation: 'UUU', extra: 1 });
    expect(parsed).toEqual({
      ok: false,
      problems: [
        'hubUrl: must start with https://',
        'centre: must not be empty',
        'workstation: must be a station code: 2-4 letters or digits (not I, L, O or U)',
        'unknown setting: extra',
      ],
    });
    expect(JSON.stringify(parsed)).not.toContain('secret-host');
    expect(parseManagedConfig({})).toEqual({ ok: false, problems: ['hubUrl: is missing', 'centre: is missing', 'workstation: is missing'] });
  });

  it('refuses a non-boolean opt-in and control characters in the centre name', () => {
    expect(parseManagedConfig({ ...valid, allowUnencryptedSecrets: 'yes' }).ok).toBe(false);
    expect(parseManagedConfig({ ...valid, centre: 'Stad\nhuis' }).ok).toBe(false);
    expect(parseManagedConfig(null).ok).toBe(false);
    expect(parseManagedConfig([valid]).ok).toBe(false);
  });

  describe('externalHosts (extra sites links may open on)', () => {
    it('accepts exact host names and deliberate subdomain patterns, and leaves the setting out when absent', () => {
      const parsed = parseManagedConfig({ ...valid, externalHosts: ['www.utrecht.nl', '*.provincie-utrecht.nl'] });
      expect(parsed).toMatchObject({ ok: true, config: { externalHosts: ['www.utrecht.nl', '*.provincie-utrecht.nl'] } });
      const plain = parseManagedConfig(valid);
      expect(plain.ok && Object.keys(plain.config)).toEqual(['hubUrl', 'centre', 'workstation', 'allowUnencryptedSecrets']);
    });

    it.each([
      ['a URL instead of a host', 'https://www.utrecht.nl'],
      ['a path', 'www.utrecht.nl/woo'],
      ['a port', 'www.utrecht.nl:443'],
      ['upper case', 'WWW.Utrecht.nl'],
      ['a bare wildcard', '*'],
      ['a top-level wildcard', '*.nl'],
      ['a single label', 'intranet'],
      ['a wildcard in the middle', 'www.*.nl'],
      ['spaces', ' www.utrecht.nl'],
      ['an empty entry', ''],
    ])('rejects the whole configuration for an entry with %s, naming its position', (_name, entry) => {
      const parsed = parseManagedConfig({ ...valid, externalHosts: ['www.utrecht.nl', entry] });
      expect(parsed).toEqual({
        ok: false,
        problems: ['externalHosts.1: must be a host name in lower case such as www.gemeente.nl, or *.gemeente.nl for its subdomains (no https://, path or port)'],
      });
    });

    it('rejects a list that is not a list of strings, and one that is too long', () => {
      expect(parseManagedConfig({ ...valid, externalHosts: 'www.utrecht.nl' })).toMatchObject({ ok: false, problems: [expect.stringMatching(/^externalHosts: /)] });
      expect(parseManagedConfig({ ...valid, externalHosts: [42] })).toMatchObject({ ok: false, problems: [expect.stringMatching(/^externalHosts\.0: /)] });
      const hosts = (count: number) => Array.from({ length: count }, (_, i) => `site${i}.gemeente.nl`);
      expect(parseManagedConfig({ ...valid, externalHosts: hosts(MAX_EXTERNAL_HOSTS) }).ok).toBe(true);
      expect(parseManagedConfig({ ...valid, externalHosts: hosts(MAX_EXTERNAL_HOSTS + 1) })).toEqual({
        ok: false,
        problems: [`externalHosts: must list at most ${MAX_EXTERNAL_HOSTS} hosts`],
      });
    });
  });
});
