/**
 * The coordinator's workspace end to end (issue 10): a hub seeded by two desks, a coordinator who
 * finds the overdue requests, reassigns two, opens a case's audit trail, exports the period's
 * indicators as CSV and XLSX and reads the files, prints the report (screenshot), resolves a
 * conflict, erases a closed case's visitor data, sees the scheduled purge remove the visitor of a
 * case past its retention, extends an AVG access request; axe on every screen (the case dossier
 * too) in Dutch and English; desk staff do not see the area.
 *
 * `UPDATE_SCREENSHOTS=1 npx vitest run --project e2e test/e2e/coordinator` refreshes
 * docs/screenshots/coordinator-*.png.
 */
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { startStack, type Stack } from './support/stack';
import { capturePrints, lastPrinted } from './support/print';
import { hubRecord, seedCoordinatorHub, type Seeded } from './coordinatorSeed';
import { amsterdamInstant } from '../../shared/calendar/amsterdam';
import { computeAvgTerm } from '../../shared/woo/deadline';

const shots = process.env.UPDATE_SCREENSHOTS ? resolve(import.meta.dirname, '../../docs/screenshots') : mkdtempSync(join(tmpdir(), 'coordinator-shots-'));
mkdirSync(shots, { recursive: true });

let stack: Stack;
let seeded: Seeded;
beforeAll(async () => {
  stack = await startStack();
  seeded = await seedCoordinatorHub(stack.hubUrl);
}, 60_000);
afterAll(async () => {
  await stack?.close();
});

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

async function view(page: Page, name: RegExp) {
  await page.getByRole('navigation', { name: /Onderdelen van het overzicht|Parts of the overview/ }).getByRole('link', { name }).click();
}

async function expectAxeClean(page: Page, where: string) {
  expect(await axeViolations(page), where).toEqual([]);
}

describe('the coordinator workspace', () => {
  it('is hidden from desk staff', async () => {
    const { page } = await stack.openApp({ signIn: 'desk' });
    const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
    await nav.getByRole('link', { name: /Zaken/ }).waitFor();
    await expect(nav.getByRole('link', { name: /Overzicht/ }).count()).resolves.toBe(0);
  });

  it('the journey: overdue requests, reassign two, AVG extension, audit trail, exports, printed report, conflict, erasure, scheduled purge', { timeout: 240_000 }, async () => {
    const { page } = await stack.openApp({ signIn: 'coordinator' });
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: /Overzicht/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();

    // The deadline board: the three overdue requests on top, marked in text and icon.
    await view(page, /Termijnenbord/);
    const table = page.getByRole('table', { name: /Open Woo-verzoeken/ });
    for (const number of seeded.overdue) await table.getByRole('link', { name: number }).waitFor({ timeout: 30_000 });
    const rows = table.locator('tbody tr');
    const overdueRows = rows.filter({ hasText: 'Te laat' });
    await expect(overdueRows.count()).resolves.toBe(3);
    const topThree = await rows.evaluateAll((trs) => trs.slice(0, 3).map((tr) => tr.getAttribute('data-state')));
    expect(topThree).toEqual(['overdue', 'overdue', 'overdue']);
    await expectAxeClean(page, 'board nl');
    await page.screenshot({ path: resolve(shots, 'coordinator-board.png') });

    // Reassign two of them; the report says what succeeded.
    for (const number of seeded.overdue.slice(0, 2)) await page.getByRole('checkbox', { name: `Zaak ${number} kiezen` }).check({ force: true });
    await page.getByRole('button', { name: '2 toewijzen…' }).click();
    const dialog = page.getByRole('dialog', { name: '2 verzoeken toewijzen' });
    await dialog.getByRole('textbox', { name: 'Toewijzen aan' }).fill('Team Woo');
    await expectAxeClean(page, 'assign dialog');
    await dialog.getByRole('button', { name: 'Toewijzen', exact: true }).click();
    await page.getByRole('heading', { name: 'Toegewezen aan Team Woo: 2 gelukt, 0 mislukt' }).waitFor();
    // The table follows the database (live query) a moment after the report.
    for (const number of seeded.overdue.slice(0, 2)) {
      await expect.poll(() => rows.filter({ hasText: number }).textContent()).toContain('Team Woo');
    }
    await expect(rows.filter({ hasText: seeded.overdue[2]! }).textContent()).resolves.not.toContain('Team Woo');

    // The AVG access request: its term from the day of receipt, extended by two months with a reason.
    const avgRow = rows.filter({ hasText: seeded.avgCase.number });
    await expect(avgRow.textContent()).resolves.toContain('AVG-inzageverzoek');
    await expect(avgRow.textContent()).resolves.toContain('Verlengen kan tot en met');
    await avgRow.getByRole('button', { name: `AVG-inzageverzoek ${seeded.avgCase.number} met 2 maanden verlengen` }).click();
    const extend = page.getByRole('dialog', { name: `AVG-inzageverzoek ${seeded.avgCase.number} verlengen` });
    await extend.getByRole('textbox', { name: 'Reden van de verlenging' }).fill('Gegevens bij drie afdelingen');
    await expectAxeClean(page, 'avg extension dialog');
    await extend.getByRole('button', { name: 'Verlengen', exact: true }).click();
    await page.getByText(`${seeded.avgCase.number} is verlengd`).waitFor();
    await expect.poll(() => avgRow.textContent()).toContain('Verlengd met 2 maanden');
    const extendedBy = computeAvgTerm({ receivedOn: seeded.avgCase.receivedOn, extended: true }).decideBy;
    await expect
      .poll(async () => (await hubRecord(stack.hubUrl, seeded.avgCase.taskId))?.dueAt, { timeout: 30_000 })
      .toBe(amsterdamInstant(extendedBy, '17:00').toISOString());

    // The case history: find the first reassigned case and open its audit trail.
    await view(page, /Zaakgeschiedenis/);
    await page.getByRole('status').filter({ hasText: /zaken van/ }).waitFor();
    await expectAxeClean(page, 'case history nl');
    // The list under the filters: scrolled into view (the workspace scrolls inside its own pane).
    await page.getByTestId('case-history-scroller').evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await page.screenshot({ path: resolve(shots, 'coordinator-case-history.png') });
    await page.getByRole('searchbox', { name: /Zoeken in nummer/ }).fill(seeded.overdue[0]!);
    await page.getByRole('status').filter({ hasText: '1 zaak van' }).waitFor();
    await page.getByRole('link', { name: new RegExp(seeded.overdue[0]!) }).click();
    await page.getByRole('heading', { level: 1, name: `Zaak ${seeded.overdue[0]}` }).waitFor();
    const audit = page.getByRole('table', { name: /Logboek van zaak/ });
    const assigned = audit.locator('tbody tr').filter({ hasText: 'case.assigned' });
    await expect(assigned.count()).resolves.toBe(1);
    const cells = await assigned.locator('td').allTextContents();
    expect(cells[4]).toBe('assignee');
    expect(cells[2]).toMatch(/^[A-Z0-9]{2,4}$/);
    await page.getByRole('list').filter({ hasText: 'Woo-verzoek ontvangen' }).first().waitFor();
    // The timeline shows what issue 14 recorded on the contacts: the answer used, documents, "niet gevonden".
    await page.getByText('Beantwoord met antwoord: Een Woo-verzoek indienen (versie 2)').waitFor();
    await page.getByText('Besluit op Woo-verzoek bomenkap (Woo-verzoeken en -besluiten)').waitFor();
    await page.getByText('Niet gevonden: advies boomdeskundige').waitFor();
    await expectAxeClean(page, 'dossier nl');
    await page.getByRole('heading', { name: 'Tijdlijn' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: resolve(shots, 'coordinator-dossier.png') });

    // Indicators for the year: CSV and XLSX, read back.
    await page.getByRole('link', { name: 'Terug naar de zaakgeschiedenis' }).click();
    await view(page, /Kengetallen/);
    await page.getByRole('heading', { name: 'Kerncijfers' }).waitFor();
    await expectAxeClean(page, 'indicators nl');
    await page.screenshot({ path: resolve(shots, 'coordinator-indicators.png'), fullPage: true });
    const csv = await download(page, 'Kengetallen als CSV');
    expect(csv.name).toMatch(/^indicatoren-\d{4}-01-01-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = csv.bytes.toString('utf8');
    expect(text.startsWith('\uFEFFKerncijfers\r\nIndicator;Aantal;Van;Percentage\r\n')).toBe(true);
    // Five requests received this year (unless the seed crossed New Year), one decided 25 days after receipt: in term.
    expect(text).toMatch(/Woo-verzoeken besloten;1;;\r\n/);
    expect(text).toContain('Besloten binnen wettelijke termijn (ambitie 80%);1;1;100');
    expect(text).toContain('Besloten binnen 42 dagen (ambitie 75%);1;1;100');
    const xlsx = await download(page, 'Kengetallen als Excel (XLSX)');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.bytes.buffer.slice(xlsx.bytes.byteOffset, xlsx.bytes.byteOffset + xlsx.bytes.byteLength) as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Kerncijfers', 'Kanalen', 'Onderwerpen', 'Routes', 'Doorverwijzingen', 'Niet gevonden', 'Trend']);
    const key = book.getWorksheet('Kerncijfers')!;
    const byLabel = new Map<string, unknown[]>();
    key.eachRow((row) => byLabel.set(String(row.getCell(1).value), (row.values as unknown[]).slice(2)));
    expect(byLabel.get('Woo-verzoeken besloten')).toEqual([1]);
    expect(byLabel.get('Besloten binnen wettelijke termijn (ambitie 80%)')).toEqual([1, 1, 100]);

    // The printed one-page report, looked at as an image.
    await capturePrints(page);
    await page.getByRole('button', { name: 'Rapport afdrukken' }).click();
    const printed = await lastPrinted(page);
    expect(printed).toContain('Kengetallen Openbaarheidscentrum');
    expect(printed).toContain('Binnen 42 dagen');
    const doc = await (await stack.browser.newContext({ viewport: { width: 900, height: 1273 } })).newPage();
    await doc.setContent(printed);
    await doc.screenshot({ path: resolve(shots, 'coordinator-report.png'), fullPage: true });
    await doc.context().close();

    // The inbox: the conflict with both values; choose the other desk's value.
    await view(page, /Inbox/);
    const conflicts = page.getByRole('region', { name: 'Conflicten bij het synchroniseren' });
    await conflicts.getByText('bram', { exact: false }).first().waitFor();
    await expectAxeClean(page, 'inbox nl');
    await conflicts.getByRole('button', { name: '‘carla’ kiezen' }).click();
    await conflicts.getByText('Geen open conflicten.').waitFor();
    await expect.poll(async () => (await hubRecord(stack.hubUrl, seeded.conflictCase.id))?.assignee, { timeout: 30_000 }).toBe('carla');

    // Erase the closed case's visitor data; the removal reaches the hub.
    await view(page, /Zaakgeschiedenis/);
    await page.getByRole('searchbox', { name: /Zoeken in nummer/ }).fill(seeded.closedCase.number);
    await page.getByRole('link', { name: new RegExp(seeded.closedCase.number) }).click();
    await page.getByText('Contactgegevens vastgelegd').waitFor();
    await page.getByRole('button', { name: 'Gegevens van deze bezoeker verwijderen' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Gegevens van deze bezoeker verwijderen?' });
    await expectAxeClean(page, 'erase dialog');
    await confirm.getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByText('De gegevens van de bezoeker zijn verwijderd.').waitFor();
    await page.getByText('Geen (anoniem of verwijderd)').waitFor();
    await page.getByRole('table', { name: /Logboek/ }).getByText('privacy.erased').first().waitFor();
    await expect
      .poll(async () => {
        const record = await hubRecord(stack.hubUrl, seeded.closedCase.id);
        return record ? { visitor: record.visitor ?? null, question: record.question, status: record.status, topic: record.topic } : null;
      }, { timeout: 30_000 })
      .toEqual({ visitor: null, question: '', status: 'closed', topic: 'Bouwen en wonen' });

    // Centre settings and privacy screens: axe, Dutch.
    await page.getByRole('link', { name: 'Terug naar de zaakgeschiedenis' }).click();
    await view(page, /Centrum/);
    await page.getByRole('textbox', { name: 'Naam' }).waitFor();
    await expectAxeClean(page, 'centre nl');
    await view(page, /Privacy/);
    await page.getByRole('heading', { name: 'Bewaren en verwijderen' }).waitFor();
    await expectAxeClean(page, 'privacy nl');

    // The scheduled purge (half a minute after the workspace opened, then daily) removed the visitor of
    // the case closed 13 months ago; the removal reached the hub and the case's other facts stayed.
    await expect
      .poll(async () => {
        const record = await hubRecord(stack.hubUrl, seeded.expiredCase.id);
        return record ? { visitor: record.visitor ?? null, status: record.status, topic: record.topic } : null;
      }, { timeout: 90_000 })
      .toEqual({ visitor: null, status: 'closed', topic: 'Parkeren' });
    await page.getByText('Geen zaken met persoonsgegevens na de bewaartermijn.').waitFor();
    await view(page, /Zaakgeschiedenis/);
    await page.getByRole('searchbox', { name: /Zoeken in nummer/ }).fill(seeded.expiredCase.number);
    await page.getByRole('link', { name: new RegExp(seeded.expiredCase.number) }).click();
    await page.getByText('Geen (anoniem of verwijderd)').waitFor();
    await page.getByRole('table', { name: /Logboek/ }).getByText('privacy.purged').first().waitFor();
  });

  it('every screen is axe-clean in English too', { timeout: 120_000 }, async () => {
    const { page } = await stack.openApp({ signIn: 'coordinator', locale: 'en-GB' });
    await page.getByRole('button', { name: /Taal|Language/ }).click();
    await page.getByRole('option', { name: 'English' }).click();
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: /Overview/ }).click();
    for (const [name, ready] of [
      [/Deadline board/, () => page.getByRole('table', { name: /Open Woo requests/ }).waitFor({ timeout: 30_000 })],
      [/Case history/, () => page.getByRole('status').filter({ hasText: /cases? of/ }).waitFor()],
      [/Indicators/, () => page.getByRole('heading', { name: 'Key figures' }).waitFor()],
      [/Inbox/, () => page.getByRole('heading', { name: 'Sync conflicts' }).waitFor()],
      [/Centre/, () => page.getByRole('textbox', { name: 'Name' }).waitFor()],
      [/Privacy/, () => page.getByRole('heading', { name: 'Keeping and removing' }).waitFor()],
      [/Deadline board/, async () => {
        // Last: a case's dossier (timeline and audit trail), reached from the board; it has no sub-navigation.
        await page.getByRole('link', { name: seeded.avgCase.number }).click();
        await page.getByRole('heading', { level: 1, name: `Case ${seeded.avgCase.number}` }).waitFor();
        await page.getByRole('heading', { name: 'Timeline' }).waitFor();
      }],
    ] as const) {
      await view(page, name);
      await ready();
      await expectAxeClean(page, `${String(name)} en`);
    }
  });
});
