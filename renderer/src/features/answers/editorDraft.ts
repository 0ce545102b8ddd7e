import {
  ANSWER_TRANSLATION_LANGUAGES,
  validateAnswer,
  type Answer,
  type AnswerContentInput,
  type AnswerIssue,
  type AnswerTranslationLanguage,
  type AnswerValidation,
} from '../../../../shared/answers/answer';

/**
 * What the answer editor holds while a coordinator types: plain strings, kept as a draft on every
 * keystroke so nothing typed is lost (a reload, a detour, a refused save).
 */
export interface AnswerEditorDraft {
  /** The revision the edit started from; null for a new answer. */
  baseRevision: number | null;
  title: string;
  body: string;
  topic: string;
  /** Comma- or line-separated. */
  keywords: string;
  /** Catalogue ids; the picker writes them `', '`-joined, older drafts may hold line-separated ones (see splitList). */
  documentIds: string;
  links: Array<{ label: string; url: string }>;
  translations: Record<AnswerTranslationLanguage, { title: string; body: string }>;
}

/** A comma- or line-separated list as typed, without empty entries. */
export const splitList = (text: string) =>
  text
    .split(/[,\n]/)
    .map((part) => part.trim())
    .filter(Boolean);

export function emptyEditorDraft(): AnswerEditorDraft {
  return {
    baseRevision: null,
    title: '',
    body: '',
    topic: '',
    keywords: '',
    documentIds: '',
    links: [],
    translations: Object.fromEntries(ANSWER_TRANSLATION_LANGUAGES.map((lng) => [lng, { title: '', body: '' }])) as AnswerEditorDraft['translations'],
  };
}

export function editorDraftFrom(answer: Answer): AnswerEditorDraft {
  const empty = emptyEditorDraft();
  return {
    baseRevision: answer.revision,
    title: answer.title,
    body: answer.body,
    topic: answer.topic ?? '',
    keywords: answer.keywords.join(', '),
    documentIds: answer.documentIds.join(', '),
    links: answer.links.map((link) => ({ ...link })),
    translations: Object.fromEntries(
      ANSWER_TRANSLATION_LANGUAGES.map((lng) => [lng, answer.translations?.[lng] ? { ...answer.translations[lng] } : empty.translations[lng]]),
    ) as AnswerEditorDraft['translations'],
  };
}

/** The content to send: a translation counts once anything of it is typed (then both parts are needed). */
export function editorContent(draft: AnswerEditorDraft): AnswerContentInput {
  const translations: NonNullable<AnswerContentInput['translations']> = {};
  for (const lng of ANSWER_TRANSLATION_LANGUAGES) {
    const entry = draft.translations[lng];
    if (entry.title.trim() || entry.body.trim()) translations[lng] = entry;
  }
  return {
    title: draft.title,
    body: draft.body,
    ...(draft.topic.trim() ? { topic: draft.topic } : {}),
    keywords: splitList(draft.keywords),
    documentIds: splitList(draft.documentIds),
    links: draft.links,
    ...(Object.keys(translations).length ? { translations } : {}),
  };
}

export function validateEditorDraft(draft: AnswerEditorDraft): AnswerValidation {
  return validateAnswer(editorContent(draft));
}

/** The editor field an issue belongs to: keywords.3 → keywords, links.0.url stays. */
export function issueField(issue: AnswerIssue): string {
  return issue.field.replace(/^(keywords|documentIds)\.\d+$/, '$1');
}
