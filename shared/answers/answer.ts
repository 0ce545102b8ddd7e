/**
 * The answer library (kennisbank, issue 14 point 3): short, reusable answers to frequent
 * questions, written by coordinators on the hub and synced down to every desk. One schema for
 * the hub (checks every body), the desk's editor (shows what is wrong next to the field) and the
 * desk's offline copy. Messages are keys of the `answers` locale namespace, never prose.
 */
import { z } from 'zod';

export const ANSWER_TITLE_MAX = 120;
/** B1 answers are short: a few paragraphs that fit on one printed page. */
export const ANSWER_BODY_MAX = 4000;
export const ANSWER_LINKS_MAX = 10;
export const ANSWER_LINK_LABEL_MAX = 120;
export const ANSWER_URL_MAX = 500;
export const ANSWER_DOCUMENTS_MAX = 20;
export const ANSWER_KEYWORDS_MAX = 30;
export const ANSWER_KEYWORD_MAX = 60;
export const ANSWER_TOPIC_MAX = 200;

/** Languages an answer may be translated into: the visitor languages of printed documents, besides Dutch. */
export const ANSWER_TRANSLATION_LANGUAGES = ['en', 'tr', 'ar', 'pl', 'uk'] as const;
export type AnswerTranslationLanguage = (typeof ANSWER_TRANSLATION_LANGUAGES)[number];

const title = z.string().trim().min(1, 'title.required').max(ANSWER_TITLE_MAX, 'title.tooLong');
const body = z.string().trim().min(1, 'body.required').max(ANSWER_BODY_MAX, 'body.tooLong');

// Only web addresses: a link is opened through the host's allow-list and printed for the visitor.
const url = z
  .string()
  .trim()
  .min(1, 'url.required')
  .max(ANSWER_URL_MAX, 'url.tooLong')
  .refine((value) => {
    try {
      const parsed = new URL(value);
      return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname.includes('.');
    } catch {
      return false;
    }
  }, 'url.invalid');

export const answerLinkSchema = z
  .object({
    label: z.string().trim().min(1, 'label.required').max(ANSWER_LINK_LABEL_MAX, 'label.tooLong'),
    url,
  })
  .strict();
export type AnswerLink = z.infer<typeof answerLinkSchema>;

export const answerTranslationSchema = z.object({ title, body }).strict();

/** What a coordinator writes: the content of one revision. */
export const answerContentSchema = z
  .object({
    title,
    body,
    links: z.array(answerLinkSchema).max(ANSWER_LINKS_MAX, 'links.tooMany'),
    documentIds: z
      .array(z.string().trim().min(1).max(200))
      .max(ANSWER_DOCUMENTS_MAX, 'documents.tooMany')
      .transform((ids) => [...new Set(ids)]),
    keywords: z
      .array(z.string().trim().min(1, 'keyword.empty').max(ANSWER_KEYWORD_MAX, 'keyword.tooLong'))
      .max(ANSWER_KEYWORDS_MAX, 'keywords.tooMany')
      .transform((words) => [...new Set(words)]),
    topic: z
      .string()
      .trim()
      .max(ANSWER_TOPIC_MAX, 'topic.tooLong')
      .transform((value) => (value ? value : undefined))
      .optional(),
    translations: z.partialRecord(z.enum(ANSWER_TRANSLATION_LANGUAGES), answerTranslationSchema).optional(),
  })
  .strict();
export type AnswerContent = z.output<typeof answerContentSchema>;
/** The content as typed (before trimming and removing duplicates). */
export type AnswerContentInput = z.input<typeof answerContentSchema>;

/** An answer as the hub stores and hands it out: the content of its latest revision and who made it. */
export const answerSchema = answerContentSchema.safeExtend({
  id: z.uuid(),
  /** 1 for the first version, +1 on every edit or retirement. */
  revision: z.number().int().positive(),
  /** A retired answer is no longer offered at the desk; its history stays. */
  retired: z.boolean(),
  updatedAt: z.iso.datetime({ offset: true }),
  updatedBy: z.string().min(1).max(200),
});
export type Answer = z.output<typeof answerSchema>;

/** An edit names the revision it was made on, so a coordinator does not silently overwrite a colleague's. */
export const answerEditSchema = z.object({ baseRevision: z.number().int().positive(), content: answerContentSchema }).strict();
export const answerRetireSchema = z.object({ baseRevision: z.number().int().positive(), retired: z.boolean() }).strict();

/** What the desk pulls: answers changed after `since` (retired ones too, so desks drop them), oldest change first. */
export const answerChangesSchema = z.object({
  answers: z.array(answerSchema),
  /** The cursor to ask from next time. */
  next: z.number().int().nonnegative(),
  more: z.boolean(),
  /**
   * The hub database the cursor belongs to (its sync identity, decision 060). When it changes (a
   * backup restored, another hub) change numbers repeat: the desk drops its copy and pulls from 0.
   * Optional only so a desk keeps working against a hub from before it was sent.
   */
  hubId: z.uuid().optional(),
});
export type AnswerChanges = z.infer<typeof answerChangesSchema>;

export const answerHistorySchema = z.object({ revisions: z.array(answerSchema) });

/** One problem with a field: `field` is the path ('links.0.url'), `code` a message key ('url.invalid'). */
export interface AnswerIssue {
  field: string;
  code: string;
  params?: Record<string, number>;
}

const LIMITS: Record<string, number> = {
  'title.tooLong': ANSWER_TITLE_MAX,
  'body.tooLong': ANSWER_BODY_MAX,
  'url.tooLong': ANSWER_URL_MAX,
  'label.tooLong': ANSWER_LINK_LABEL_MAX,
  'links.tooMany': ANSWER_LINKS_MAX,
  'documents.tooMany': ANSWER_DOCUMENTS_MAX,
  'keywords.tooMany': ANSWER_KEYWORDS_MAX,
  'keyword.tooLong': ANSWER_KEYWORD_MAX,
  'topic.tooLong': ANSWER_TOPIC_MAX,
};

export type AnswerValidation = { ok: true; value: AnswerContent } | { ok: false; issues: AnswerIssue[] };

/** Checks what a coordinator typed; every problem comes back with its field, so the editor can show it there. */
export function validateAnswer(input: unknown): AnswerValidation {
  const result = answerContentSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue): AnswerIssue => {
      // Our rules carry message keys; anything else (a wrong type, an unknown field) is a shape error.
      const code = /^[a-z]+\.[a-zA-Z]+$/.test(issue.message) ? issue.message : 'invalid';
      const max = LIMITS[code];
      return { field: issue.path.join('.'), code, ...(max !== undefined ? { params: { max } } : {}) };
    }),
  };
}

/** The title and body to show or print in a language: the translation where there is one, else the Dutch text. */
export function answerIn(answer: Pick<AnswerContent, 'title' | 'body' | 'translations'>, language: string): { title: string; body: string; language: string } {
  const translated = (ANSWER_TRANSLATION_LANGUAGES as readonly string[]).includes(language)
    ? answer.translations?.[language as AnswerTranslationLanguage]
    : undefined;
  return translated ? { ...translated, language } : { title: answer.title, body: answer.body, language: 'nl' };
}

/** The languages an answer can be shown or printed in: Dutch and each translation. */
export function answerLanguages(answer: Pick<AnswerContent, 'translations'>): string[] {
  return ['nl', ...ANSWER_TRANSLATION_LANGUAGES.filter((lng) => answer.translations?.[lng])];
}
