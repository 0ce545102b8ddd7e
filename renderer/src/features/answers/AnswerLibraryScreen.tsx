import { useCallback, useEffect, useRef, useState } from 'react';
import { Check } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { ANSWER_TRANSLATION_LANGUAGES, type Answer, type AnswerIssue } from '../../../../shared/answers/answer';
import { navigate, routeHref } from '../../app/route';
import { useDraft } from '../../app/drafts';
import { CentreSettingsError } from '../../centre';
import { database } from '../../db/database';
import { Button, ButtonLink, EmptyState, ErrorMessage, ErrorState, PageHeader, TextAreaField, TextField, useRemovalFocus } from '../../ui';
import { useFormatters } from '../../ui/format';
import { useStaffRole } from '../../workstation';
import { AnswerText } from './AnswerText';
import { DocumentPicker } from './DocumentPicker';
import { editorContent, editorDraftFrom, emptyEditorDraft, issueField, splitList, validateEditorDraft, type AnswerEditorDraft } from './editorDraft';
import { answerHistory, createAnswer, editAnswer, pullAnswers, refreshAnswers, setAnswerRetired, useAllAnswers } from './store';
import { validateAnswer } from '../../../../shared/answers/answer';
import './answers.css';

/** The library's address in the search area: list, `new`, or an answer's id. */
export const ANSWER_LIBRARY_SEGMENT = 'answers';

/**
 * The coordinator's answer library (issue 14 point 3): every answer, a form to write or reword
 * one, and its revision history. Desk staff use answers from the search box; writing them is
 * for coordinators (the hub refuses anyone else anyway).
 */
export function AnswerLibraryScreen({ rest }: { rest: string[] }) {
  const { t } = useTranslation('answers');
  const role = useStaffRole();
  const mayEdit = role === null || role === 'coordinator' || role === 'admin';
  if (!mayEdit) {
    return (
      <>
        <PageHeader title={t('library.title')} />
        <ErrorState title={t('library.noAccessTitle')}>{t('library.noAccess')}</ErrorState>
      </>
    );
  }
  const target = rest[0];
  if (target) return <AnswerEditor key={target} id={target === 'new' ? undefined : target} />;
  return <AnswerList />;
}

const href = (...rest: string[]) => routeHref('search', ANSWER_LIBRARY_SEGMENT, ...rest);

/**
 * The list and the editor are screens within the search area, so the shell (which moves focus on
 * a change of area) does not announce them: each focuses its own title once it shows, like the
 * document detail does. Otherwise focus drops to <body> when the pressed link disappears.
 */
function useTitleFocus(shown: boolean): void {
  useEffect(() => {
    if (shown) document.querySelector<HTMLElement>('h1[data-page-title]')?.focus();
  }, [shown]);
}

function AnswerList() {
  const { t } = useTranslation('answers');
  const format = useFormatters();
  const answers = useAllAnswers();
  // The list pulls itself (not the background refresh, which swallows errors): an empty list on a
  // desk that could not reach the hub must not read as "no answers yet", or coordinators write
  // duplicates of answers that exist.
  const [pull, setPull] = useState<'running' | 'done' | 'failed'>('running');
  const pullNow = useCallback(() => {
    setPull('running');
    pullAnswers().then(
      () => setPull('done'),
      () => setPull('failed'),
    );
  }, []);
  useEffect(pullNow, [pullNow]);
  useTitleFocus(true);
  const sorted = [...(answers ?? [])].sort((a, b) => Number(a.retired) - Number(b.retired) || a.title.localeCompare(b.title, 'nl'));
  return (
    <>
      <PageHeader
        title={t('library.title')}
        hint={t('library.hint')}
        actions={
          <>
            <ButtonLink variant="quiet" href={routeHref('search')}>
              {t('library.back')}
            </ButtonLink>
            <ButtonLink variant="primary" href={href('new')}>
              {t('library.new')}
            </ButtonLink>
          </>
        }
      />
      <section className="panel answer-library" aria-labelledby="answer-library-count">
        <h2 id="answer-library-count" className="answer-matches-title">
          {t('library.count', { count: answers?.filter((a) => !a.retired).length ?? 0 })}
        </h2>
        {pull === 'failed' && sorted.length > 0 ? (
          <p className="notice answer-library-pull">
            {t('library.pullFailedNotice')}{' '}
            <Button size="small" onPress={pullNow}>
              {t('library.retry')}
            </Button>
          </p>
        ) : null}
        {answers === undefined || (sorted.length === 0 && pull === 'running') ? (
          <EmptyState>{t('library.loading')}</EmptyState>
        ) : sorted.length === 0 && pull === 'failed' ? (
          <ErrorState title={t('library.pullFailedTitle')}>
            <p>{t('library.pullFailed')}</p>
            <Button onPress={pullNow}>{t('library.retry')}</Button>
          </ErrorState>
        ) : sorted.length === 0 ? (
          <EmptyState>{t('library.empty')}</EmptyState>
        ) : (
          <ul className="answer-library-list">
            {sorted.map((answer) => (
              <li key={answer.id} className="answer-library-item">
                <ButtonLink variant="link" href={href(answer.id)}>
                  {answer.title}
                </ButtonLink>
                <span className="answer-library-meta">
                  {t('library.meta', { revision: answer.revision, at: format.dateTime(answer.updatedAt), by: answer.updatedBy })}
                  {answer.retired ? ` · ${t('library.retired')}` : ''}
                  {answer.translations && Object.keys(answer.translations).length ? ` · ${t('library.translated', { languages: Object.keys(answer.translations).map((lng) => t(`languages.${lng}`)).join(', ') })}` : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

type SaveProblem = 'stale' | 'offline' | 'refused' | 'invalid';

function AnswerEditor({ id }: { id: string | undefined }) {
  const { t } = useTranslation('answers');
  const answers = useAllAnswers();
  const stored = id ? answers?.find((answer) => answer.id === id) : undefined;
  // Written to the draft only once something is typed; until then the form shows the stored answer.
  const [typed, setTyped, forgetTyped] = useDraft<AnswerEditorDraft | null>(`answer-edit.${id ?? 'new'}`, null);
  const [issues, setIssues] = useState<AnswerIssue[]>([]);
  const [problem, setProblem] = useState<SaveProblem>();
  const [saving, setSaving] = useState(false);
  const [language, setLanguage] = useState<(typeof ANSWER_TRANSLATION_LANGUAGES)[number]>('en');
  const form = useRef<HTMLFormElement>(null);
  const draft = typed ?? (stored ? editorDraftFrom(stored) : id ? null : emptyEditorDraft());
  useTitleFocus(Boolean(draft) || Boolean(id && answers !== undefined && !stored));
  const linkRows = useRemovalFocus<HTMLFieldSetElement>();
  const clearDraft = () => {
    setTyped(null);
    forgetTyped();
  };

  if (id && answers !== undefined && !stored) {
    return (
      <>
        <PageHeader title={t('editor.editTitle')} />
        <ErrorState title={t('editor.notFoundTitle')}>{t('editor.notFound')}</ErrorState>
        <ButtonLink href={href()}>{t('editor.toList')}</ButtonLink>
      </>
    );
  }
  if (!draft) return <EmptyState>{t('library.loading')}</EmptyState>;

  const update = (change: Partial<AnswerEditorDraft>) => setTyped((previous) => ({ ...(previous ?? draft), ...change }));
  const errorFor = (field: string) => {
    const issue = issues.find((candidate) => issueField(candidate) === field);
    return issue ? t(`errors.${issue.code}`, { max: issue.params?.max ?? 0 }) : undefined;
  };
  const liveIssues = (next: AnswerEditorDraft) => {
    // Once a save was refused, the messages follow the typing so a fixed field clears at once.
    if (issues.length) {
      const result = validateEditorDraft(next);
      setIssues(result.ok ? [] : result.issues);
    }
  };
  const change = (fields: Partial<AnswerEditorDraft>) => {
    const next = { ...draft, ...fields };
    update(fields);
    liveIssues(next);
  };

  const save = async () => {
    setProblem(undefined);
    const result = validateAnswer(editorContent(draft));
    if (!result.ok) {
      setIssues(result.issues);
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setIssues([]);
    setSaving(true);
    try {
      const saved = id && draft.baseRevision !== null ? await editAnswer(id, draft.baseRevision, result.value) : await createAnswer(result.value);
      clearDraft();
      navigate(href(saved.id));
    } catch (error) {
      setProblem(error instanceof CentreSettingsError ? (error.status === 409 ? 'stale' : error.code === 'no-hub' || error.code === 'unreachable' ? 'offline' : error.code === 'invalid' ? 'invalid' : 'refused') : 'refused');
    } finally {
      setSaving(false);
    }
  };
  const rebase = async () => {
    try {
      await refreshAnswers();
      const latest = id ? await database().answers.get(id) : undefined;
      if (latest) update({ baseRevision: latest.revision });
      setProblem(undefined);
    } catch {
      // The newest version could not be fetched or read: the draft stays as it is, and the
      // coordinator can try again once the connection is back.
      setProblem('offline');
    }
  };
  const discard = () => {
    clearDraft();
    setIssues([]);
    setProblem(undefined);
  };

  const translation = draft.translations[language];
  const linksError = errorFor('links');
  return (
    <>
      <PageHeader
        title={stored ? t('editor.editTitle') : t('editor.newTitle')}
        hint={stored ? t('editor.revision', { revision: stored.revision, title: stored.title }) : undefined}
        actions={
          <ButtonLink variant="quiet" href={href()}>
            {t('editor.toList')}
          </ButtonLink>
        }
      />
      <form
        ref={form}
        className="panel answer-editor"
        aria-label={t('editor.form')}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {issues.length ? <ErrorMessage>{t('editor.fix', { count: issues.length })}</ErrorMessage> : null}
        <TextField name="title" label={t('editor.title')} value={draft.title} onChange={(title) => change({ title })} error={errorFor('title')} isRequired />
        <TextAreaField name="body" label={t('editor.body')} description={t('editor.bodyHint')} rows={8} value={draft.body} onChange={(body) => change({ body })} error={errorFor('body')} isRequired />
        <TextField name="keywords" label={t('editor.keywords')} description={t('editor.keywordsHint')} value={draft.keywords} onChange={(keywords) => change({ keywords })} error={errorFor('keywords')} />
        <TextField name="topic" label={t('editor.topic')} value={draft.topic} onChange={(topic) => change({ topic })} error={errorFor('topic')} />
        <fieldset ref={linkRows.container}>
          <legend>{t('editor.links')}</legend>
          {draft.links.map((link, i) => (
            <div className="answer-link-row" key={i}>
              <TextField
                name={`link-label-${i}`}
                label={t('editor.linkLabel', { n: i + 1 })}
                value={link.label}
                onChange={(label) => change({ links: draft.links.map((l, j) => (j === i ? { ...l, label } : l)) })}
                error={errorFor(`links.${i}.label`)}
              />
              <TextField
                name={`link-url-${i}`}
                label={t('editor.linkUrl', { n: i + 1 })}
                value={link.url}
                onChange={(url) => change({ links: draft.links.map((l, j) => (j === i ? { ...l, url } : l)) })}
                error={errorFor(`links.${i}.url`)}
              />
              <Button
                variant="quiet"
                size="small"
                data-remove
                aria-label={t('editor.removeLink', { n: i + 1 })}
                onPress={() => {
                  change({ links: draft.links.filter((_, j) => j !== i) });
                  linkRows.removed(i);
                }}
              >
                {t('editor.remove')}
              </Button>
            </div>
          ))}
          {linksError ? <ErrorMessage>{linksError}</ErrorMessage> : null}
          <div>
            <Button size="small" data-add onPress={() => change({ links: [...draft.links, { label: '', url: '' }] })}>
              {t('editor.addLink')}
            </Button>
          </div>
        </fieldset>
        <DocumentPicker
          ids={splitList(draft.documentIds)}
          onChange={(ids) => change({ documentIds: ids.join(', ') })}
          error={errorFor('documentIds')}
        />
        <fieldset>
          <legend>{t('editor.translations')}</legend>
          <div className="answer-actions" role="group" aria-label={t('editor.translationLanguage')}>
            {ANSWER_TRANSLATION_LANGUAGES.map((lng) => (
              <Button key={lng} size="small" variant={lng === language ? 'primary' : 'secondary'} aria-pressed={lng === language} onPress={() => setLanguage(lng)}>
                {t(`languages.${lng}`)}
                {draft.translations[lng].title.trim() || draft.translations[lng].body.trim() ? (
                  <>
                    <Check className="answer-translated-icon" aria-hidden="true" size={14} />
                    <span className="visually-hidden">{t('editor.translated')}</span>
                  </>
                ) : null}
              </Button>
            ))}
          </div>
          <TextField
            name={`translation-title-${language}`}
            label={t('editor.translationTitle', { language: t(`languages.${language}`) })}
            value={translation.title}
            onChange={(title) => change({ translations: { ...draft.translations, [language]: { ...translation, title } } })}
            error={errorFor(`translations.${language}.title`)}
          />
          <TextAreaField
            name={`translation-body-${language}`}
            label={t('editor.translationBody', { language: t(`languages.${language}`) })}
            rows={5}
            value={translation.body}
            onChange={(body) => change({ translations: { ...draft.translations, [language]: { ...translation, body } } })}
            error={errorFor(`translations.${language}.body`)}
          />
          {ANSWER_TRANSLATION_LANGUAGES.filter((lng) => lng !== language && issues.some((issue) => issue.field.startsWith(`translations.${lng}.`))).map((lng) => (
            <ErrorMessage key={lng}>{t('editor.translationProblem', { language: t(`languages.${lng}`) })}</ErrorMessage>
          ))}
        </fieldset>
        {problem ? <ErrorMessage>{t(`editor.problems.${problem}`)}</ErrorMessage> : null}
        <div className="answer-actions">
          <Button type="submit" variant="primary" isDisabled={saving}>
            {saving ? t('editor.saving') : t('editor.save')}
          </Button>
          {problem === 'stale' ? <Button onPress={() => void rebase()}>{t('editor.rebase')}</Button> : null}
          <Button variant="quiet" onPress={discard}>
            {t('editor.discard')}
          </Button>
          {stored ? <RetireButton answer={stored} /> : null}
        </div>
      </form>
      {stored ? <AnswerHistory answer={stored} /> : null}
    </>
  );
}

function RetireButton({ answer }: { answer: Answer }) {
  const { t } = useTranslation('answers');
  const [failed, setFailed] = useState(false);
  const toggle = async () => {
    setFailed(false);
    try {
      await setAnswerRetired(answer.id, answer.revision, !answer.retired);
    } catch {
      setFailed(true);
    }
  };
  return (
    <>
      <Button variant={answer.retired ? 'secondary' : 'danger'} onPress={() => void toggle()}>
        {answer.retired ? t('editor.restore') : t('editor.retire')}
      </Button>
      {failed ? <ErrorMessage>{t('editor.retireFailed')}</ErrorMessage> : null}
    </>
  );
}

function AnswerHistory({ answer }: { answer: Answer }) {
  const { t } = useTranslation('answers');
  const format = useFormatters();
  const [revisions, setRevisions] = useState<Answer[] | 'failed'>();
  useEffect(() => {
    let current = true;
    answerHistory(answer.id).then(
      (list) => current && setRevisions(list),
      () => current && setRevisions('failed'),
    );
    return () => {
      current = false;
    };
  }, [answer.id, answer.revision]);
  return (
    <section className="panel" aria-labelledby="answer-history-title">
      <h2 id="answer-history-title" className="answer-matches-title">
        {t('history.title')}
      </h2>
      {revisions === undefined ? (
        <EmptyState variant="inline">{t('history.loading')}</EmptyState>
      ) : revisions === 'failed' ? (
        <ErrorMessage>{t('history.failed')}</ErrorMessage>
      ) : (
        <ol className="answer-history">
          {revisions.map((revision) => (
            <li key={revision.revision}>
              <p className="answer-history-meta">
                {t('history.entry', { revision: revision.revision, at: format.dateTime(revision.updatedAt), by: revision.updatedBy })}
                {revision.retired ? ` · ${t('library.retired')}` : ''}
              </p>
              <details>
                <summary>{revision.title}</summary>
                <AnswerText text={revision.body} />
              </details>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
