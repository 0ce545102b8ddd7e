/**
 * The typical phone contact, by keyboard only: shared by the e2e test (which asserts the count)
 * and the benchmark (which prints it). Every key press that is not the caller's own words counts;
 * waiting for the screen is not a keystroke.
 */
import type { Page } from 'playwright-core';

export interface PhoneJourney {
  question: string;
  phone: string;
}

export interface JourneyResult {
  /** Key presses besides the free text (question, phone number). */
  presses: number;
  keys: string[];
  caseNumber: string;
}

export const TYPICAL_CALL: PhoneJourney = {
  question: 'Mijn container is niet geleegd, wanneer komt de vuilniswagen nog langs in de Dorpsstraat?',
  phone: '06-12345678',
};

/**
 * A moment at `hour`:00 on the Amsterdam clock, yesterday (always in the past, so the hub never
 * bounds the desk's time): tests that depend on the time of day (the default callback moves to the
 * next working day after 15:00) pass at whatever hour they run.
 */
export function amsterdamAt(hour: number, daysBack = 1): Date {
  const day = new Date(Date.now() - daysBack * 86_400_000);
  const ymd = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(day);
  // Amsterdam is UTC+1 or UTC+2: try both, keep the one that reads `hour` there.
  for (const offset of [1, 2]) {
    const candidate = new Date(`${ymd}T${String(hour - offset).padStart(2, '0')}:00:00Z`);
    const there = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', hourCycle: 'h23' }).format(candidate);
    if (Number(there) === hour) return candidate;
  }
  throw new Error(`no ${hour}:00 in Amsterdam on ${ymd}`);
}

/**
 * Installs a fake clock at `time` and reloads, with an idle lock long enough that fast-forwarding
 * the clock by hours does not lock the workstation (the lock has its own e2e test).
 */
export async function installClock(page: Page, time: Date): Promise<void> {
  await page.evaluate(() => localStorage.setItem('loket.lock', JSON.stringify({ idleSeconds: 7 * 86_400 })));
  await page.clock.install({ time });
  await page.reload();
  await page.getByRole('navigation').waitFor();
}

/** Makes this workstation a phone desk, as its administrator would once (not part of the count). */
export async function makePhoneDesk(page: Page): Promise<void> {
  await page.evaluate(() => localStorage.setItem('loket.workstation', JSON.stringify({ defaultChannel: 'telefoon' })));
}

export async function logPhoneContactByKeyboard(page: Page, call: PhoneJourney = TYPICAL_CALL): Promise<JourneyResult> {
  const keys: string[] = [];
  const press = async (key: string) => {
    keys.push(key);
    await page.keyboard.press(key);
  };
  const typeFreeText = (text: string) => page.keyboard.type(text);

  await press('Alt+N'); // from anywhere: the intake, channel Telefoon preset, cursor in the question
  await page.getByRole('textbox', { name: 'Vraag van de bezoeker' }).waitFor();
  await typeFreeText(call.question);
  await press('Tab'); // to Onderwerp
  await press('a'); // type-ahead: "Afval en reiniging"
  await press('Alt+T'); // callback on (outcome Terugbelverzoek, due today 16:00), cursor in the number field
  await typeFreeText(call.phone);
  await press('Control+Enter'); // save: case + contact + task in one transaction
  const notice = page.getByRole('status').filter({ hasText: 'Contact opgeslagen in nieuwe zaak' });
  await notice.waitFor();
  const text = (await notice.textContent()) ?? '';
  const caseNumber = /OC-\d{4}-[0-9A-Z]{2,4}-\d{5,}/.exec(text)?.[0] ?? '';
  return { presses: keys.length, keys, caseNumber };
}
