/**
 * shared/ never reads or writes a Date in the host's time zone (eslint.config.js, decision 031).
 * Runs the repository's ESLint configuration, as `npm test` does, on fixture code and on shared/.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** The restricted-syntax findings, as 'line: first words of the message', for code linted as if it were shared/x.ts. */
async function findings(code: string, filePath = 'shared/calendar/fixture.ts'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  return result!.messages
    .filter((message) => message.ruleId === 'no-restricted-syntax')
    .map((message) => `${message.line}: ${message.message.split(/[:,]/)[0]}`);
}

describe('the shared/ date rule (ESLint no-restricted-syntax)', () => {
  it('fires on every local-time Date getter and setter', async () => {
    const methods = ['getFullYear', 'getMonth', 'getDate', 'getDay', 'getHours', 'getMinutes', 'getSeconds', 'getMilliseconds', 'getTimezoneOffset', 'getYear',
      'setFullYear', 'setMonth', 'setDate', 'setHours', 'setMinutes', 'setSeconds', 'setMilliseconds', 'toDateString', 'toTimeString'];
    const code = `export const d = new Date(0);\n${methods.map((method) => `d.${method}();`).join('\n')}\n`;
    expect(await findings(code)).toEqual(methods.map((_, index) => `${index + 2}: Local-time Date method in shared/`));
  });

  it('fires on toLocale*String and Intl.DateTimeFormat without timeZone, and on new Date(y, m, d)', async () => {
    const code = [
      'export const d = new Date(0);',
      "d.toLocaleDateString('nl-NL');",
      "d.toLocaleTimeString('nl-NL', { hour: '2-digit' });",
      'd.toLocaleString();',
      "new Intl.DateTimeFormat('nl-NL', { day: 'numeric' });",
      'Intl.DateTimeFormat();',
      'new Date(2026, 4, 11);',
      'new Date(2026, 4, 11, 16, 0);',
    ].join('\n');
    expect(await findings(code)).toEqual([
      '2: toLocale*String without a timeZone formats in the host zone',
      '3: toLocale*String without a timeZone formats in the host zone',
      '4: toLocale*String without a timeZone formats in the host zone',
      '5: Intl.DateTimeFormat without a timeZone formats in the host zone',
      '6: Intl.DateTimeFormat without a timeZone formats in the host zone',
      '7: new Date(y',
      '8: new Date(y',
    ]);
  });

  it('allows instants, UTC methods, explicit zones and ISO strings', async () => {
    const code = [
      "export const d = new Date('2026-05-11T16:00+02:00');",
      'new Date(Date.UTC(2026, 4, 11)).getUTCDay();',
      'd.getTime(); d.getUTCFullYear(); d.setUTCDate(1); d.toISOString(); new Date(0); new Date(d.getTime() + 1);',
      "d.toLocaleDateString('nl-NL', { timeZone: 'Europe/Amsterdam' });",
      "new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric' });",
    ].join('\n');
    expect(await findings(code)).toEqual([]);
  });

  it('applies to shared/ only (the renderer formats through its own path)', async () => {
    expect(await findings('export const h = new Date(0).getHours();', 'electron/fixture.ts')).toEqual([]);
    expect(await findings('export const h = new Date(0).getHours();', 'shared/model/fixture.test.ts')).toHaveLength(1);
  });

  it('the real shared/ is clean', async () => {
    const results = await eslint.lintFiles(['shared']);
    const hits = results.flatMap((result) =>
      result.messages.filter((message) => message.ruleId === 'no-restricted-syntax').map((message) => `${result.filePath}:${message.line}`),
    );
    expect(results.length).toBeGreaterThan(20);
    expect(hits).toEqual([]);
  });
});
