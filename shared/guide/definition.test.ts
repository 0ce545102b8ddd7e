import { describe, expect, it } from 'vitest';
import { DEFAULT_GUIDE } from './defaultGuide';
import { guideDefinitionSchema, guideProblems, walkGuide, type GuideDefinition } from './definition';

const clone = (): GuideDefinition => structuredClone(DEFAULT_GUIDE);

describe('the guide definition', () => {
  it('accepts the default guide, which reaches every route', () => {
    expect(guideProblems(DEFAULT_GUIDE)).toEqual([]);
    const routes = DEFAULT_GUIDE.questions.flatMap((question) => question.choices.map((choice) => choice.route)).filter(Boolean).sort();
    expect(routes).toEqual(['answer', 'avg', 'complaint', 'document', 'other', 'referral', 'woo']);
  });

  it('walks choices to a route: information → public → published ends in the finder', () => {
    expect(walkGuide(DEFAULT_GUIDE, []).step).toMatchObject({ kind: 'question', question: { id: 'need' } });
    expect(walkGuide(DEFAULT_GUIDE, ['information']).step).toMatchObject({ kind: 'question', question: { id: 'about' } });
    const done = walkGuide(DEFAULT_GUIDE, ['information', 'public', 'published']);
    expect(done.step).toMatchObject({ kind: 'route', route: 'document' });
    expect(done.path.map((question) => question.id)).toEqual(['need', 'about', 'where']);
    expect(walkGuide(DEFAULT_GUIDE, ['information', 'self']).step).toMatchObject({ kind: 'route', route: 'avg' });
    // An unknown choice (a guide edited meanwhile) stops where it was made.
    expect(walkGuide(DEFAULT_GUIDE, ['information', 'gone']).step).toMatchObject({ kind: 'question', question: { id: 'about' } });
  });

  it('refuses a choice pointing nowhere, and says where', () => {
    const guide = clone();
    guide.questions[0]!.choices[1]!.next = 'missing';
    expect(guideProblems(guide)).toContain('questions.0.choices.1.next: "missing" is not a question of this guide');
  });

  it('refuses a question nobody reaches, a loop, duplicates, missing English and a choice with both next and route', () => {
    const unreachable = clone();
    unreachable.questions.push({ id: 'orphan', text: { nl: 'Wees', en: 'Orphan' }, choices: [{ id: 'a', label: { nl: 'a', en: 'a' }, route: 'other' }, { id: 'b', label: { nl: 'b', en: 'b' }, route: 'other' }] });
    expect(guideProblems(unreachable)).toContain('questions.3: question "orphan" cannot be reached from the start');

    const loop = clone();
    loop.questions[2]!.choices[0] = { id: 'back', label: { nl: 'terug', en: 'back' }, next: 'need' };
    expect(guideProblems(loop).join('\n')).toMatch(/the guide loops: need → about → where → need/);

    const twice = clone();
    twice.questions[1]!.id = 'need';
    expect(guideProblems(twice).join('\n')).toMatch(/question id "need" is used twice/);

    const noEnglish = clone() as unknown as { questions: Array<{ text: { en: string } }> };
    noEnglish.questions[0]!.text.en = ' ';
    expect(guideProblems(noEnglish)).toContain('questions.0.text.en: English text is required');

    const both = clone();
    both.questions[0]!.choices[0]!.next = 'about';
    expect(guideProblems(both)).toContain('questions.0.choices.0: a choice leads to exactly one of: a next question, a route');
  });

  it('says what is wrong with something that is not a guide at all', () => {
    expect(guideProblems(null)).toHaveLength(1);
    expect(guideDefinitionSchema.safeParse({ version: 0, start: 'x', questions: [] }).success).toBe(false);
  });
});
