import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { commitAction } from '../../db/commit';
import { database } from '../../db/database';
import { i18n, i18nReady } from '../../i18n';
import { IndicatorsView } from './IndicatorsView';

/**
 * "Rapport afdrukken" on the browser host (issue 10 point 4): the button goes through the real
 * browser HostApi, which prints the report in a hidden, script-less iframe. (The Electron host's
 * path is electron/ipc/reportPrint.test.ts.)
 */
vi.mock('../../host', async () => ({ host: (await import('../../host/browser')).createBrowserHost('test') }));

beforeAll(async () => {
  await i18nReady;
  await i18n.changeLanguage('nl');
  await commitAction(database(), { actor: 'anna@K7Q', action: 'test.created' }, [
    { entity: 'contacts', op: 'create', values: { caseId: crypto.randomUUID(), channel: 'telefoon', direction: 'inbound', confidential: false, outcome: 'avg-routed', startedAt: new Date().toISOString(), summary: 'x' } },
  ]);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('printing the indicator report on the browser host', () => {
  it('hands the one-page report to a sandboxed iframe without scripts, with the print policy in front', async () => {
    const frames: HTMLIFrameElement[] = [];
    const original = document.body.appendChild.bind(document.body);
    vi.spyOn(document.body, 'appendChild').mockImplementation(<T extends Node>(node: T): T => {
      if (node instanceof HTMLIFrameElement) {
        frames.push(node);
        return node; // not attached: jsdom cannot print
      }
      return original(node);
    });
    const user = userEvent.setup();
    render(<IndicatorsView />);
    await user.click(await screen.findByRole('button', { name: 'Rapport afdrukken' }));
    await waitFor(() => expect(frames).toHaveLength(1));
    const frame = frames[0]!;
    expect(frame.getAttribute('sandbox')).toBe('allow-modals allow-same-origin');
    expect(frame.getAttribute('aria-hidden')).toBe('true');
    expect(frame.srcdoc.startsWith(`<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src 'none';`)).toBe(true);
    const page = new DOMParser().parseFromString(frame.srcdoc, 'text/html');
    expect(page.querySelector('h1')!.textContent).toMatch(/^Kengetallen Openbaarheidscentrum, 1 januari \d{4} – \d+ \w+ \d{4}$/);
    expect(page.querySelector('style')!.textContent).toContain('@page { size: A4;');
    expect(page.querySelectorAll('script')).toHaveLength(0);
    // This year's contact, on the AVG route, is in it.
    const routes = [...page.querySelectorAll('table.report-bars')][2]!;
    expect([...routes.querySelectorAll('tr')].map((tr) => tr.textContent)).toContain('AVG-inzageverzoek1');
  });
});
