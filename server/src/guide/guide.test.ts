import { describe, expect, it } from 'vitest';
import { DEFAULT_GUIDE } from '../../../shared/guide/defaultGuide';
import type { GuideDefinition } from '../../../shared/guide/definition';
import { backends } from '../testing/backends';
import { migratedHub } from '../testing/hubApp';

const edited = (version: number, change: (guide: GuideDefinition) => void = () => undefined): GuideDefinition => {
  const guide = structuredClone(DEFAULT_GUIDE);
  guide.version = version;
  change(guide);
  return guide;
};

describe.each(backends)('the visitor guide on $name', (backend) => {
  const hub = migratedHub(backend);
  const call = (method: string, path: string, body?: unknown) =>
    hub.app.request(path, { method, headers: { 'Content-Type': 'application/json' }, ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}) });

  it('has none until a coordinator saves one; then every desk gets the latest version', async () => {
    expect(await (await call('GET', '/guide')).json()).toEqual({ guide: null, savedAt: null, savedBy: null });
    const reworded = edited(2, (guide) => (guide.questions[0]!.text = { nl: 'Waarmee kunnen we helpen?', en: 'How can we help?' }));
    const saved = await call('POST', '/guide', reworded);
    expect(saved.status).toBe(200);
    const withRoute = edited(3, (guide) => {
      guide.questions[0]!.text = { nl: 'Waarmee kunnen we helpen?', en: 'How can we help?' };
      guide.questions.push({
        id: 'complaint-kind',
        text: { nl: 'Over wie gaat de klacht?', en: 'Who is the complaint about?' },
        choices: [
          { id: 'staff', label: { nl: 'Een medewerker', en: 'A member of staff' }, route: 'complaint' },
          { id: 'decision', label: { nl: 'Een besluit', en: 'A decision' }, route: 'other' },
        ],
      });
      const complaint = guide.questions[0]!.choices.find((choice) => choice.id === 'complaint')!;
      delete complaint.route;
      complaint.next = 'complaint-kind';
    });
    expect((await call('POST', '/guide', withRoute)).status).toBe(200);
    const latest = (await (await call('GET', '/guide')).json()) as { guide: GuideDefinition; savedBy: string };
    expect(latest.savedBy).toBe('hub');
    expect(latest.guide.version).toBe(3);
    expect(latest.guide.questions.map((question) => question.id)).toEqual(['need', 'about', 'where', 'complaint-kind']);
    expect(latest.guide.questions[0]!.text.nl).toBe('Waarmee kunnen we helpen?');
  });

  it('refuses a version made from an older one (409) and keeps the latest', async () => {
    const response = await call('POST', '/guide', edited(3, (guide) => (guide.questions[0]!.text.nl = 'Oud')));
    expect(response.status).toBe(409);
    expect(((await (await call('GET', '/guide')).json()) as { guide: GuideDefinition }).guide.questions[0]!.text.nl).toBe('Waarmee kunnen we helpen?');
  });

  it('refuses a guide that cannot be walked with 400 and says what is wrong', async () => {
    const pointingNowhere = edited(4, (guide) => (guide.questions[0]!.choices[1]!.next = 'missing'));
    const response = await call('POST', '/guide', pointingNowhere);
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain('\\"missing\\" is not a question of this guide');
    for (const bad of [
      '{not json',
      {},
      edited(4, (guide) => (guide.questions[0]!.text.en = ' ')),
      edited(4, (guide) => (guide.questions[0]!.choices = guide.questions[0]!.choices.slice(0, 1))),
      edited(4, (guide) => (guide.start = 'nowhere')),
      { ...edited(4), version: 'vier' },
    ]) {
      const refused = await call('POST', '/guide', bad);
      expect(refused.status, JSON.stringify(bad)).toBeGreaterThanOrEqual(400);
      expect(refused.status, JSON.stringify(bad)).toBeLessThan(500);
    }
    expect(((await (await call('GET', '/guide')).json()) as { guide: GuideDefinition }).guide.version).toBe(3);
  });
});
