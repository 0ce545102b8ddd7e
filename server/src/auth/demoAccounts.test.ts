import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from './demoAccounts';

describe('demo accounts', () => {
  it('has one account per role, with passwords the hub accepts', () => {
    expect(DEMO_ACCOUNTS.map((account) => account.role).sort()).toEqual(['admin', 'coordinator', 'desk', 'phone']);
    for (const account of DEMO_ACCOUNTS) expect(account.password.length).toBeGreaterThanOrEqual(10);
  });

  it('are the ones `npm start` prints', () => {
    const start = readFileSync(resolve(import.meta.dirname, '../../../scripts/start.mjs'), 'utf8');
    const list = start.slice(start.indexOf('const DEMO_ACCOUNTS = ['), start.indexOf('];', start.indexOf('const DEMO_ACCOUNTS = [')));
    const printed = [...list.matchAll(/\['([a-z]+)', '([^']+)', '[^']+'\]/g)].map((match) => [match[1], match[2]]);
    expect(printed).toEqual(DEMO_ACCOUNTS.map((account) => [account.username, account.password]));
  });
});
