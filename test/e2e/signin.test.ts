/**
 * Staff sign-in, roles and the lock (issue 9), against a real hub on loopback.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids';
import { PROTOCOL_VERSION } from '../../shared/sync/mutation';
import { axeViolations } from './support/axe';
import { ACCOUNTS, signInThroughUi, startStack, type Stack } from './support/stack';
import { approvePendingWorkstations } from './support/hub';

const DESK_AREAS = ['Contact', 'Zoeken', 'Woo-verzoeken', 'Zaken'];
const ALL_AREAS = [...DESK_AREAS, 'Overzicht', 'Instellingen'];

const navLinks = async (page: Page) =>
  (await page.getByRole('navigation').getByRole('link').allTextContents()).map((text) => text.replace(/Alt\+\d$/, '').trim());

async function hubCall(stack: Stack, path: string, init: { method?: string; token?: string; body?: unknown } = {}) {
  const response = await fetch(`${stack.hubUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: { ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}), ...(init.body ? { 'Content-Type': 'application/json' } : {}) },
    ...(init.body ? { body: JSON.stringify(init.body) } : {}),
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as Record<string, unknown> | null };
}

async function apiSignIn(stack: Stack, role: keyof typeof ACCOUNTS): Promise<string> {
  const { body } = await hubCall(stack, '/auth/sign-in', { method: 'POST', body: { username: ACCOUNTS[role].username, password: ACCOUNTS[role].password } });
  return body!.accessToken as string;
}

/** Chromium's console lines for the hub's refusals, as "status path". Anything else stays as it is, to fail the comparison. */
function hubRefusals(errors: string[]): string[] {
  return errors.map((error) => {
    const match = /responded with a status of (\d+) .*\(http:\/\/127\.0\.0\.1:\d+(\/[^?:)]*)/.exec(error);
    return match ? `${match[1]} ${match[2]}` : error;
  });
}


const question = (page: Page) => page.getByRole('textbox', { name: 'Vraag van de bezoeker' });
const VISITOR = 'Fenna Zwartewaal';
const QUESTION = 'Ik zoek de vergunning voor de dakkapel op de Lindenlaan';

/** Starts an intake with a named visitor and a typed question, and leaves it unsaved. */
async function startIntake(page: Page): Promise<void> {
  await page.keyboard.press('Alt+N');
  await question(page).waitFor();
  await page.keyboard.type(QUESTION);
  await page.getByRole('button', { name: /Gegevens bezoeker/ }).click();
  await page.getByRole('textbox', { name: 'Naam' }).fill(VISITOR);
}

describe('staff sign-in, roles and the lock', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  it('shows an axe-clean sign-in screen in Dutch and English, keyboard-first', async () => {
    const { page, context } = await stack.openApp({ signIn: false });
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Aanmelden bij Open Loket');
    // The cursor starts in the user name field.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('username');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /Taal/ }).click();
    await page.getByRole('option', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in to Open Loket' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // A wrong password: a clear message, nothing else happens.
    await page.locator('input[name="username"]').fill(ACCOUNTS.desk.username);
    await page.locator('input[name="password"]').fill('not-the-password');
    await page.locator('input[name="password"]').press('Enter');
    expect(await page.getByRole('alert').textContent()).toContain('Unknown user name or wrong password.');
    // Chromium reports the hub's 401 on the console; that refusal, and only that, was expected.
    expect(hubRefusals(stack.takeErrors(context))).toEqual(['401 /auth/sign-in']);
  });

  it.each([
    ['desk', DESK_AREAS, 'Balie'],
    ['phone', DESK_AREAS, 'Telefoon'],
    ['coordinator', ALL_AREAS, 'Coördinator'],
    ['admin', ALL_AREAS, 'Beheerder'],
  ] as const)('signs in as %s and sees exactly its areas', async (role, areas, roleName) => {
    const { page } = await stack.openApp({ signIn: role });
    expect(await navLinks(page)).toEqual(areas);
    const account = page.getByRole('group', { name: 'Medewerker' });
    expect(await account.textContent()).toContain(ACCOUNTS[role].displayName);
    expect(await account.textContent()).toContain(roleName);
    // Synced under this account (the workstation registered on first sign-in).
    await page.getByRole('status').filter({ hasText: 'Alles verzonden' }).waitFor();
  });

  it('refuses a desk user the coordinator pages in the UI, and the hub refuses the coordinator API', async () => {
    const { page } = await stack.openApp({ signIn: 'desk' });
    await page.goto(`${stack.appUrl}#/overview`);
    await page.getByRole('heading', { name: 'Geen toegang' }).waitFor();
    expect(await page.getByText('Dit onderdeel is er niet voor jouw rol (Balie).').isVisible()).toBe(true);
    // Alt+5 (Overzicht) does not reveal it either.
    await page.keyboard.press('Alt+1');
    await page.keyboard.press('Alt+5');
    await page.getByRole('heading', { name: 'Geen toegang' }).waitFor();

    const desk = await apiSignIn(stack, 'desk');
    expect((await hubCall(stack, '/conflicts', { token: desk })).status).toBe(403);
    expect((await hubCall(stack, '/workstations', { token: desk })).status).toBe(403);
    expect((await hubCall(stack, '/admin/users', { token: desk })).status).toBe(403);
    const coordinator = await apiSignIn(stack, 'coordinator');
    expect((await hubCall(stack, '/conflicts', { token: coordinator })).status).toBe(200);
  });

  it('hides the case’s Klantinteracties export (visitor personal data) from desk staff and shows it to a coordinator', async () => {
    for (const [role, shown] of [
      ['desk', 0],
      ['coordinator', 1],
    ] as const) {
      const { page } = await stack.openApp({ signIn: role });
      if (role === 'desk') await approvePendingWorkstations(stack);
      await startIntake(page);
      await page.keyboard.press('Control+Enter');
      const notice = page.getByRole('status').filter({ hasText: 'Contact opgeslagen in nieuwe zaak' });
      await notice.getByRole('link', { name: 'Zaak openen' }).click();
      await page.getByRole('heading', { level: 1, name: /^Zaak OC-/ }).waitFor();
      // The header's actions have rendered (closing or reopening is there for every role).
      await page.getByRole('button', { name: /^Zaak (afsluiten|heropenen)$/ }).waitFor();
      expect(await page.getByRole('button', { name: 'Exporteren (Klantinteracties)' }).count(), role).toBe(shown);
    }
  });

  it('locks after the idle time: the lock screen shows no visitor data, keeps the typed intake and unlocks to it', async () => {
    const { page, context } = await stack.openApp({ signIn: 'desk' });
    await page.evaluate(() => localStorage.setItem('loket.lock', JSON.stringify({ idleSeconds: 2 })));
    await page.reload();
    await page.getByRole('navigation').waitFor();
    await startIntake(page);
    await page.getByRole('textbox', { name: 'Naam' }).focus();
    const route = await page.evaluate(() => location.hash);

    // No input for two seconds: locked.
    await page.getByRole('heading', { level: 1, name: 'Werkplek vergrendeld' }).waitFor({ timeout: 10_000 });
    const visible = await page.locator('body').innerText();
    expect(visible).not.toContain(VISITOR);
    expect(visible).not.toContain('dakkapel');
    expect(visible).toContain('Aangemeld: Bram Balie');
    // Not even for assistive technology: the workspace is out of the accessibility tree.
    expect(await page.getByRole('textbox', { name: 'Naam' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(tmpdir(), 'loket-lock-screen.png') });

    await page.keyboard.type('verkeerd');
    await page.keyboard.press('Enter');
    await page.getByText('Pincode of wachtwoord klopt niet.').waitFor();
    await page.keyboard.type(ACCOUNTS.desk.password);
    await page.keyboard.press('Enter');
    await question(page).waitFor();
    expect(stack.takeErrors(context)).toEqual([]);
    expect(await page.evaluate(() => location.hash)).toBe(route);
    expect(await question(page).inputValue()).toBe(QUESTION);
    expect(await page.getByRole('textbox', { name: 'Naam' }).inputValue()).toBe(VISITOR);
    // Focus is back where it was.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe(VISITOR);
  });

  it('locks after the idle time set on the settings screen (1 minute)', async () => {
    const { page } = await stack.openApp({ signIn: 'coordinator' });
    await page.clock.install();
    await page.reload();
    await page.getByRole('navigation').waitFor();
    await page.getByRole('navigation').getByRole('link', { name: /Instellingen/ }).click();
    const minutes = page.getByRole('textbox', { name: 'Vergrendelen na (minuten)' });
    expect(await minutes.inputValue()).toBe('5');
    await minutes.fill('0');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Vul een heel aantal minuten in, van 1 tot en met 60.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await minutes.fill('1');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Opgeslagen: de werkplek vergrendelt na 1 minuut zonder gebruik.').waitFor();

    // Not yet after 59 seconds untouched; locked after 61.
    await page.clock.fastForward(59_000);
    expect(await page.getByRole('heading', { level: 1, name: 'Werkplek vergrendeld' }).count()).toBe(0);
    await page.clock.fastForward(2_000);
    await page.getByRole('heading', { level: 1, name: 'Werkplek vergrendeld' }).waitFor();
  });

  it('locks on Alt+L and Ctrl+L, and lets another staff member sign in without seeing or losing the first one’s drafts', async () => {
    const { page } = await stack.openApp({ signIn: 'desk' });
    await startIntake(page);
    await page.keyboard.press('Control+L');
    await page.getByRole('heading', { level: 1, name: 'Werkplek vergrendeld' }).waitFor();

    await page.getByRole('button', { name: 'Andere medewerker aanmelden' }).click();
    await page.getByText('De werkplek is vergrendeld voor Bram Balie.', { exact: false }).waitFor();
    await signInThroughUi(page, 'phone');
    // Tess starts clean: Bram's unsaved contact is not hers to see.
    expect(await page.locator('body').innerText()).not.toContain('Er staat een contact klaar');
    await page.keyboard.press('Alt+N');
    await question(page).waitFor();
    expect(await question(page).inputValue()).toBe('');
    expect(await page.locator('body').innerText()).not.toContain(VISITOR);
    await page.keyboard.type('Vraag van Tess');

    await page.keyboard.press('Alt+L');
    await page.getByRole('heading', { level: 1, name: 'Werkplek vergrendeld' }).waitFor();
    await page.getByRole('button', { name: 'Andere medewerker aanmelden' }).click();
    await signInThroughUi(page, 'desk');
    // Bram is back where he was, with everything he typed.
    await question(page).waitFor();
    expect(await question(page).inputValue()).toBe(QUESTION);
    expect(await page.getByRole('textbox', { name: 'Naam' }).inputValue()).toBe(VISITOR);
  });

  it('signs a revoked session out at the next sync', async () => {
    const { page, context } = await stack.openApp({ signIn: 'coordinator' });
    await page.getByRole('status').filter({ hasText: 'Alles verzonden' }).waitFor();
    const users = await stack.auth.service.listUsers();
    const cor = users.find((user) => user.username === ACCOUNTS.coordinator.username)!;
    const admin = users.find((user) => user.username === ACCOUNTS.admin.username)!;
    await stack.auth.service.endSessions({ userId: admin.id, username: admin.username, role: 'admin' }, cor.id);

    // The network coming back starts a sync round at once.
    await context.setOffline(true);
    await context.setOffline(false);
    await page.getByText('Je sessie is beëindigd. Meld je opnieuw aan.').waitFor({ timeout: 15_000 });
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Aanmelden bij Open Loket');
    // What Chromium logged on the way: the hub refusing the ended session (the sync calls – records,
    // and the answer library, guide and centre settings pulled down – then the refresh), nothing else.
    const refusals = hubRefusals(stack.takeErrors(context));
    expect(refusals).toContain('401 /auth/refresh');
    expect(refusals.filter((line) => !/^401 \/(sync\/(pull|push|audit)|answers|guide|centre\/settings|auth\/refresh)$/.test(line))).toEqual([]);
  });

  it('refuses a second workstation that claims the first one’s clientId', async () => {
    const { page } = await stack.openApp({ signIn: 'coordinator' });
    await page.getByRole('status').filter({ hasText: 'Alles verzonden' }).waitFor();
    const stations = await stack.auth.service.listWorkstations();
    const first = stations.at(-1)!;

    const intruder = await apiSignIn(stack, 'admin');
    const claim = await hubCall(stack, '/workstations', { method: 'POST', token: intruder, body: { clientId: first.clientId, name: 'Kopie' } });
    expect(claim.status).toBe(409);
    expect((claim.body!.error as { code: string }).code).toBe('client-id-registered');
    const own = await hubCall(stack, '/workstations', { method: 'POST', token: intruder, body: { clientId: newId(), name: 'Tweede balie' } });
    expect(own.status).toBe(201);
    const push = await hubCall(stack, '/sync/push', {
      method: 'POST',
      token: intruder,
      body: { clientId: first.clientId, protocol: PROTOCOL_VERSION, schemaVersion: 2, mutations: [] },
    });
    expect(push.status).toBe(403);
    expect((push.body!.error as { code: string }).code).toBe('client-id-mismatch');
  });
});

describe('administration in the desk', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  it('lets a coordinator approve a desk’s workstation (accounts stay hidden) and an admin create an account that must choose its password', async () => {
    // A desk signs in on a new workstation: it waits for approval and says so.
    const desk = await stack.openApp({ signIn: 'desk' });
    await desk.page.getByText('Deze werkplek wacht op goedkeuring door een coördinator').waitFor();
    const pending = (await stack.auth.service.listWorkstations()).find((station) => station.status === 'pending')!;

    const coordinator = await stack.openApp({ signIn: 'coordinator' });
    await coordinator.page.keyboard.press('Alt+6');
    await coordinator.page.getByRole('heading', { level: 2, name: 'Werkplekken' }).waitFor();
    expect(await coordinator.page.getByRole('heading', { name: 'Accounts' }).count()).toBe(0);
    expect(await axeViolations(coordinator.page)).toEqual([]);
    await coordinator.page.getByRole('button', { name: `Werkplek ${pending.stationCode} goedkeuren` }).click();
    await coordinator.page.getByRole('button', { name: `Werkplek ${pending.stationCode} uitschakelen` }).waitFor();
    expect((await stack.auth.service.listWorkstations()).find((station) => station.id === pending.id)?.status).toBe('approved');

    const admin = await stack.openApp({ signIn: 'admin' });
    await admin.page.keyboard.press('Alt+6');
    await admin.page.getByRole('heading', { level: 2, name: 'Accounts' }).waitFor();
    const create = admin.page.getByRole('form', { name: 'Nieuw account' });
    await create.getByRole('textbox', { name: 'Gebruikersnaam', exact: true }).fill('nina');
    await create.getByRole('textbox', { name: 'Naam', exact: true }).fill('Nina Nieuw');
    await admin.page.locator('input[name="new-password"]').fill('tijdelijk-wachtwoord');
    await admin.page.getByRole('button', { name: 'Account aanmaken' }).click();
    await admin.page.getByText('Account van Nina Nieuw aangemaakt.').waitFor();
    expect(await axeViolations(admin.page)).toEqual([]);

    const nina = await stack.openApp({ signIn: false });
    await nina.page.locator('input[name="username"]').fill('nina');
    await nina.page.locator('input[name="password"]').fill('tijdelijk-wachtwoord');
    await nina.page.locator('input[name="password"]').press('Enter');
    await nina.page.getByRole('heading', { level: 1, name: 'Kies een nieuw wachtwoord' }).waitFor();
    await nina.page.locator('input[name="new-password"]').fill('ninas-eigen-wachtwoord');
    await nina.page.locator('input[name="repeat-password"]').fill('ninas-eigen-wachtwoord');
    await nina.page.locator('input[name="repeat-password"]').press('Enter');
    await nina.page.getByRole('navigation').waitFor();
    expect(await navLinks(nina.page)).toEqual(DESK_AREAS);
  });
});

describe('working on when the hub is gone', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  it('unlocks with the PIN after the hub has stopped, and keeps the work', async () => {
    const { page, context } = await stack.openApp({ signIn: 'desk', pin: '24680' });
    await page.getByRole('status').filter({ hasText: 'Alles verzonden' }).waitFor();
    await startIntake(page);
    await page.keyboard.press('Alt+L');
    await page.getByRole('heading', { level: 1, name: 'Werkplek vergrendeld' }).waitFor();

    await stack.stopHub();
    expect(await fetch(`${stack.hubUrl}/health`).then(() => 'up', () => 'down')).toBe('down');
    await page.keyboard.type('24680');
    await page.keyboard.press('Enter');
    await question(page).waitFor();
    expect(await question(page).inputValue()).toBe(QUESTION);

    // The session survives a restart of the app, with the hub still gone.
    await page.reload();
    await page.getByRole('navigation').waitFor();
    expect(await page.getByRole('group', { name: 'Medewerker' }).textContent()).toContain('Bram Balie');
    await page.getByRole('status').filter({ hasText: 'Hub niet bereikbaar' }).waitFor();
    // Chromium logs the stopped hub's refused connections; only those.
    expect(stack.takeErrors(context).every((error) => error.includes('net::ERR_CONNECTION_REFUSED') && error.includes(stack.hubUrl))).toBe(true);
  });
});
