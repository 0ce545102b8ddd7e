import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { GUIDE_ROUTES, guideDefinitionSchema, type GuideDefinition, type GuideRoute } from '../../../../shared/guide/definition';
import { useDraft } from '../../app/drafts';
import { CentreSettingsError } from '../../centre';
import { useSession } from '../../session';
import { Button, ErrorMessage, Select, TextField, useRemovalFocus } from '../../ui';
import { guideDefinition, refreshGuide, saveGuide, useGuideDefinition } from './guideStore';

type Issue = z.core.$ZodIssue;
type T = (key: string, values?: Record<string, unknown>) => string;

/** What is being edited: the guide and the version it was made from (a save makes base + 1). */
interface GuideDraft {
  base: number;
  guide: GuideDefinition;
}

/** The schema's messages (English, for the API) as words for the coordinator. */
const PROBLEMS: Array<[RegExp, string]> = [
  [/Dutch text is required/, 'nlRequired'],
  [/English text is required/, 'enRequired'],
  [/at least two choices/, 'twoChoices'],
  [/exactly one of/, 'oneTarget'],
  [/is not a question of this guide/, 'noSuchQuestion'],
  [/cannot be reached/, 'unreachable'],
  [/loops/, 'loop'],
  [/used twice/, 'duplicate'],
  [/does not exist/, 'noStart'],
  [/lower-case letters/, 'badId'],
];

/** One problem in clear words: where (question n, choice m) and what. */
export function describeProblem(issue: Issue, guide: GuideDefinition, t: T, lng: 'nl' | 'en'): string {
  const [top, q, sub, c] = issue.path;
  const question = top === 'questions' && typeof q === 'number' ? guide.questions[q] : undefined;
  const choice = question && sub === 'choices' && typeof c === 'number' ? question.choices[c] : undefined;
  const where = choice
    ? t('editor.where.choice', { question: (q as number) + 1, choice: (c as number) + 1, label: choice.label[lng] || '…' })
    : question
      ? t('editor.where.question', { question: (q as number) + 1, text: question.text[lng] || '…' })
      : t('editor.where.guide');
  const known = PROBLEMS.find(([pattern]) => pattern.test(issue.message));
  const what = known ? t(`editor.problems.${known[1]}`) : issue.code === 'too_big' ? t('editor.problems.tooLong') : t('editor.problems.other');
  return `${where}: ${what}`;
}

type Choice = GuideDefinition['questions'][number]['choices'][number];

/** A hint is optional, but once given it needs both languages; both empty removes it. */
function setHint(choice: Choice, lng: 'nl' | 'en', value: string) {
  const hint = { nl: choice.hint?.nl ?? '', en: choice.hint?.en ?? '', [lng]: value };
  if (!hint.nl && !hint.en) delete choice.hint;
  else choice.hint = hint;
}

const target = (choice: GuideDefinition['questions'][number]['choices'][number]) => (choice.route ? `route:${choice.route}` : `question:${choice.next ?? ''}`);

/**
 * The coordinator rewords the guide, adds a question or a route (issue 14 point 2). The edit is a
 * draft (kept across a reload) until saved; a guide that cannot be walked is not sent and the
 * problems are listed in words; saving makes a new version that every desk pulls.
 */
export function GuideEditor() {
  const { t, i18n } = useTranslation('guide');
  const state = useSession();
  const lng = i18n.language === 'en' ? 'en' : 'nl';
  const current = useGuideDefinition();
  const [open, setOpen] = useState(false);
  const [draft, setDraft, clearDraft] = useDraft<GuideDraft | null>('guide-edit', null);
  const [tried, setTried] = useState(false);
  const [outcome, setOutcome] = useState<{ kind: 'saved'; version: number } | { kind: 'stale' | 'failed' | 'refused' }>();
  const [saving, setSaving] = useState(false);
  const problemsRef = useRef<HTMLDivElement>(null);
  const rows = useRemovalFocus<HTMLDivElement>();
  if (state.status !== 'active' || (state.user.role !== 'coordinator' && state.user.role !== 'admin')) return null;

  const working: GuideDraft = draft ?? { base: current.version, guide: current };
  const guide = working.guide;
  const edit = (change: (next: GuideDefinition) => void) => {
    const next = structuredClone(guide);
    change(next);
    setDraft({ base: working.base, guide: next });
    setOutcome(undefined);
  };
  const candidate = { ...guide, version: working.base + 1 };
  const checked = guideDefinitionSchema.safeParse(candidate);
  const problems = checked.success ? [] : checked.error.issues;

  const save = async () => {
    setTried(true);
    setOutcome(undefined);
    if (!checked.success) {
      requestAnimationFrame(() => problemsRef.current?.focus());
      return;
    }
    setSaving(true);
    try {
      const saved = await saveGuide(checked.data);
      clearDraft();
      setDraft(null);
      setTried(false);
      setOutcome({ kind: 'saved', version: saved.guide?.version ?? candidate.version });
    } catch (error) {
      const status = error instanceof CentreSettingsError ? error.status : undefined;
      setOutcome({ kind: status === 409 ? 'stale' : status === 400 ? 'refused' : 'failed' });
    } finally {
      setSaving(false);
    }
  };
  // Someone saved a newer version than the one this draft was made on: say so before the save
  // fails, and offer to carry the changes over instead of only throwing them away.
  const behind = draft !== null && draft.base < current.version;
  const rebase = async () => {
    try {
      await refreshGuide();
    } catch {
      // The hub cannot be reached: the version this desk knows is the best base there is.
    }
    setDraft({ base: Math.max(guideDefinition().version, current.version), guide });
    setOutcome(undefined);
  };
  const discard = () => {
    clearDraft();
    setDraft(null);
    setTried(false);
    setOutcome(undefined);
  };

  const destinations = (ownId: string) => [
    ...guide.questions.filter((question) => question.id !== ownId).map((question) => ({ id: `question:${question.id}`, label: t('editor.toQuestion', { text: question.text[lng] || question.id }) })),
    ...GUIDE_ROUTES.map((route) => ({ id: `route:${route}`, label: t('editor.toRoute', { route: t(`routes.${route}.title`) }) })),
  ];
  const newId = (prefix: string, taken: string[]) => {
    let n = 1;
    while (taken.includes(`${prefix}-${n}`)) n += 1;
    return `${prefix}-${n}`;
  };

  return (
    <section className="panel guide-editor" aria-labelledby="guide-editor-title">
      <h2 id="guide-editor-title">{t('editor.title')}</h2>
      <p>{t('editor.version', { version: current.version })}</p>
      <Button aria-expanded={open} aria-controls={open ? 'guide-editor-body' : undefined} onPress={() => setOpen(!open)}>
        {open ? t('editor.close') : draft ? t('editor.continue') : t('editor.open')}
      </Button>
      <div role="status">
        {outcome?.kind === 'saved' ? <p>{t('editor.saved', { version: outcome.version })}</p> : null}
      </div>
      {outcome && outcome.kind !== 'saved' ? <ErrorMessage alert>{t(`editor.${outcome.kind}`)}</ErrorMessage> : null}
      {behind && outcome?.kind !== 'stale' ? <p className="guide-editor-behind">{t('editor.behind', { version: current.version, base: working.base })}</p> : null}
      {behind || outcome?.kind === 'stale' ? <Button onPress={() => void rebase()}>{t('editor.rebase')}</Button> : null}
      {open ? (
        <div className="guide-editor-body" id="guide-editor-body" ref={rows.container}>
          {guide.questions.map((question, qi) => (
            <fieldset key={question.id} className="guide-editor-question" data-question={question.id}>
              <legend>{t('editor.question', { n: qi + 1 })}</legend>
              <div className="guide-editor-pair">
                <TextField name={`q-${question.id}-nl`} label={t('editor.textNl')} value={question.text.nl} onChange={(value) => edit((g) => (g.questions[qi]!.text.nl = value))} />
                <TextField name={`q-${question.id}-en`} label={t('editor.textEn')} value={question.text.en} onChange={(value) => edit((g) => (g.questions[qi]!.text.en = value))} />
              </div>
              {question.choices.map((choice, ci) => (
                <fieldset key={choice.id} className="guide-editor-choice">
                  <legend>{t('editor.choice', { n: ci + 1 })}</legend>
                  <div className="guide-editor-pair">
                    <TextField name={`c-${question.id}-${choice.id}-nl`} label={t('editor.labelNl')} value={choice.label.nl} onChange={(value) => edit((g) => (g.questions[qi]!.choices[ci]!.label.nl = value))} />
                    <TextField name={`c-${question.id}-${choice.id}-en`} label={t('editor.labelEn')} value={choice.label.en} onChange={(value) => edit((g) => (g.questions[qi]!.choices[ci]!.label.en = value))} />
                  </div>
                  <div className="guide-editor-pair">
                    <TextField
                      name={`c-${question.id}-${choice.id}-hint-nl`}
                      label={t('editor.hintNl')}
                      value={choice.hint?.nl ?? ''}
                      onChange={(value) => edit((g) => setHint(g.questions[qi]!.choices[ci]!, 'nl', value))}
                    />
                    <TextField
                      name={`c-${question.id}-${choice.id}-hint-en`}
                      label={t('editor.hintEn')}
                      value={choice.hint?.en ?? ''}
                      onChange={(value) => edit((g) => setHint(g.questions[qi]!.choices[ci]!, 'en', value))}
                    />
                  </div>
                  <Select
                    name={`c-${question.id}-${choice.id}-to`}
                    label={t('editor.leadsTo')}
                    placeholder={t('editor.leadsToNone')}
                    value={target(choice)}
                    options={destinations(question.id)}
                    onChange={(value) =>
                      edit((g) => {
                        const edited = g.questions[qi]!.choices[ci]!;
                        delete edited.next;
                        delete edited.route;
                        const [kind, id] = value.split(':') as [string, string];
                        if (kind === 'route') edited.route = id as GuideRoute;
                        else if (id) edited.next = id;
                      })
                    }
                  />
                  <Button
                    variant="quiet"
                    size="small"
                    data-remove="choice"
                    onPress={() => {
                      edit((g) => void g.questions[qi]!.choices.splice(ci, 1));
                      rows.removed({ index: ci, kind: 'choice', scope: `[data-question="${question.id}"]` });
                    }}
                  >
                    {t('editor.removeChoice', { question: qi + 1, n: ci + 1 })}
                  </Button>
                </fieldset>
              ))}
              <div className="guide-editor-actions">
                <Button
                  size="small"
                  data-add="choice"
                  onPress={() =>
                    edit((g) => {
                      const choices = g.questions[qi]!.choices;
                      choices.push({ id: newId('keuze', choices.map((c) => c.id)), label: { nl: '', en: '' }, route: 'other' });
                    })
                  }
                >
                  {t('editor.addChoice')}
                </Button>
                {question.id !== guide.start ? (
                  <Button
                    variant="quiet"
                    size="small"
                    data-remove="question"
                    onPress={() => {
                      edit((g) => void g.questions.splice(qi, 1));
                      // The start question has no remove button: count only the ones before this.
                      rows.removed({ index: guide.questions.slice(0, qi).filter((q) => q.id !== guide.start).length, kind: 'question' });
                    }}
                  >
                    {t('editor.removeQuestion', { n: qi + 1 })}
                  </Button>
                ) : null}
              </div>
            </fieldset>
          ))}
          <div className="guide-editor-actions">
            <Button
              data-add="question"
              onPress={() =>
                edit((g) =>
                  g.questions.push({
                    id: newId('vraag', g.questions.map((q) => q.id)),
                    text: { nl: '', en: '' },
                    choices: [
                      { id: 'keuze-1', label: { nl: '', en: '' }, route: 'other' },
                      { id: 'keuze-2', label: { nl: '', en: '' }, route: 'other' },
                    ],
                  }),
                )
              }
            >
              {t('editor.addQuestion')}
            </Button>
          </div>
          {tried && problems.length ? (
            <div className="guide-editor-problems" ref={problemsRef} tabIndex={-1} role="alert">
              <p>{t('editor.problemsTitle', { count: problems.length })}</p>
              <ul>
                {problems.map((issue, i) => (
                  <li key={i}>{describeProblem(issue, guide, t, lng)}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <div className="guide-editor-actions">
            <Button variant="primary" isDisabled={saving} onPress={() => void save()}>
              {t('editor.save', { version: working.base + 1 })}
            </Button>
            {draft ? (
              <Button variant="quiet" onPress={discard}>
                {t('editor.discard')}
              </Button>
            ) : null}
          </div>
        </div>
      ) : null}
    </section>
  );
}
