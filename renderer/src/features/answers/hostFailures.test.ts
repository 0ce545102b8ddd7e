import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Answer } from '../../../../shared/answers/answer';
import { host } from '../../host';
import { i18n, i18nReady } from '../../i18n';
import { printAnswer } from './print';

beforeAll(async () => {
  await i18nReady;
  await i18n.changeLanguage('nl');
});
afterEach(() => vi.restoreAllMocks());

const answer: Answer = {
  id: '0190a0b0-0000-7000-8000-000000000001',
  revision: 1,
  retired: false,
  updatedAt: '2026-03-02T09:00:00.000Z',
  updatedBy: 'coordinator',
  title: 'Grofvuil laten ophalen',
  body: 'Maak online een afspraak.',
  links: [],
  documentIds: [],
  keywords: [],
};

describe('a failing host print is a failed print, not an unhandled rejection (review bug 10)', () => {
  it('resolves false when the host rejects (IPC invoke throwing on the main side)', async () => {
    vi.spyOn(host, 'print').mockRejectedValue(new Error('main process threw'));
    await expect(printAnswer(answer, 'nl', null, '2026-03-02')).resolves.toBe(false);
  });

  it('still resolves true when printing worked or was cancelled', async () => {
    vi.spyOn(host, 'print').mockResolvedValue({ ok: false, cancelled: true });
    await expect(printAnswer(answer, 'nl', null, '2026-03-02')).resolves.toBe(true);
  });
});
