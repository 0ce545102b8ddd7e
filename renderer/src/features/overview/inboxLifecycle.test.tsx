import { cleanup, render, screen, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCentreSync } from '../../centre';
import { i18n, i18nReady } from '../../i18n';
import { Inbox } from './Inbox';

/**
 * A Woo lifecycle conflict in the coordinator's inbox (issue 8 points 2 and 4). The hub's answer
 * has the shape test/integration/sync/inboxConflict.test.ts gets from GET /centre/conflicts after
 * two desks decided one request differently: the standing lifecycle state and the refused step.
 */
const conflict = {
  id: '01900000-0000-7000-8000-0000000000f1',
  entity: 'wooRequests',
  recordId: '01900000-0000-7000-8000-0000000000f2',
  field: 'lifecycle',
  hubValue: { status: 'besloten', receivedOn: '2026-03-02', suspensions: [], decision: { on: '2026-03-05', outcome: 'openbaar' } },
  clientValue: { step: { type: 'decide', on: '2026-03-06', outcome: 'niet-openbaar' }, reason: 'not-allowed' },
  hubBy: 'anna@K7Q',
  hubAt: '2026-03-05T09:00:00.000Z',
  clientStation: 'L2X',
  createdAt: '2026-03-06T10:30:00.000Z',
};

let stop: () => void;
beforeAll(async () => {
  await i18nReady;
  await i18n.changeLanguage('nl');
  stop = startCentreSync({
    hubUrl: async () => 'http://hub.test',
    fetch: async (url) =>
      url.endsWith('/centre/conflicts')
        ? Response.json({ conflicts: [conflict] })
        : Response.json({ settings: null, rev: 0, updatedAt: null, updatedBy: null }),
  });
});
afterAll(() => {
  cleanup();
  stop();
});

describe('the coordinator inbox', () => {
  it('lists a Woo lifecycle conflict with both values: the decision that stands and the one that did not', async () => {
    render(<Inbox />);
    const heading = await screen.findByRole('heading', { name: 'Conflicten bij het synchroniseren' });
    const panel = heading.closest('section')!;
    const item = (await within(panel).findAllByRole('listitem'))[0]!;
    expect(item.textContent).toContain('veld ‘lifecycle’');
    const values = within(item).getAllByRole('definition').map((dd) => dd.textContent ?? '');
    expect(values[0]).toContain('"outcome":"openbaar"');
    expect(values[0]).toContain('"status":"besloten"');
    expect(values[0]).toContain('anna@K7Q');
    expect(values[1]).toContain('"outcome":"niet-openbaar"');
    expect(values[1]).toContain('L2X');
    // A step cannot be copied over as a value (it would write a field the hub refuses): only keeping
    // the standing step is offered, and the way to take the other step again on the request's screen.
    expect(within(item).getAllByRole('button').map((b) => b.textContent)).toEqual(['Afhandelen: de geldende stap houden']);
    expect(within(item).getByRole('link', { name: 'Woo-verzoek openen' }).getAttribute('href')).toBe(`#/woo/${conflict.recordId}`);
  });
});
