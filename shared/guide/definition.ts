import { z } from 'zod';

/**
 * The visitor guide ("Wat zoekt de bezoeker?", issue 14 points 1–2) is data: a versioned
 * definition of questions whose choices lead to another question or to a route. Coordinators
 * reword it; this schema refuses a definition that cannot be walked (a choice pointing nowhere,
 * a question nobody reaches, a loop) and says where the problem is.
 */
export const GUIDE_ROUTES = ['answer', 'document', 'avg', 'referral', 'woo', 'complaint', 'other'] as const;
export type GuideRoute = (typeof GUIDE_ROUTES)[number];

const text = z.object({ nl: z.string().trim().min(1, 'Dutch text is required').max(500), en: z.string().trim().min(1, 'English text is required').max(500) });
const id = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'ids are lower-case letters, digits and hyphens');

const choiceSchema = z
  .object({
    id,
    label: text,
    hint: text.optional(),
    /** Either the next question's id … */
    next: id.optional(),
    /** … or the route this choice ends in. */
    route: z.enum(GUIDE_ROUTES).optional(),
  })
  .refine((choice) => (choice.next === undefined) !== (choice.route === undefined), 'a choice leads to exactly one of: a next question, a route');

const questionSchema = z.object({ id, text, choices: z.array(choiceSchema).min(2, 'a question needs at least two choices').max(12) });

export const guideDefinitionSchema = z
  .object({
    /** Raised by one for every saved edit; desks keep the highest. */
    version: z.number().int().positive(),
    start: id,
    questions: z.array(questionSchema).min(1).max(50),
  })
  .superRefine((guide, context) => {
    const ids = new Map<string, number>();
    guide.questions.forEach((question, i) => {
      if (ids.has(question.id)) context.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `question id "${question.id}" is used twice` });
      ids.set(question.id, i);
      const choiceIds = new Set<string>();
      question.choices.forEach((choice, j) => {
        if (choiceIds.has(choice.id)) context.addIssue({ code: 'custom', path: ['questions', i, 'choices', j, 'id'], message: `choice id "${choice.id}" is used twice in "${question.id}"` });
        choiceIds.add(choice.id);
      });
    });
    if (!ids.has(guide.start)) context.addIssue({ code: 'custom', path: ['start'], message: `the start question "${guide.start}" does not exist` });
    guide.questions.forEach((question, i) =>
      question.choices.forEach((choice, j) => {
        if (choice.next !== undefined && !ids.has(choice.next)) {
          context.addIssue({ code: 'custom', path: ['questions', i, 'choices', j, 'next'], message: `"${choice.next}" is not a question of this guide` });
        }
      }),
    );
    // Every question reachable from the start, and no way back to a question already asked.
    const reached = new Set<string>();
    const visit = (questionId: string, path: string[]) => {
      if (path.includes(questionId)) {
        context.addIssue({ code: 'custom', path: ['questions'], message: `the guide loops: ${[...path, questionId].join(' → ')}` });
        return;
      }
      const index = ids.get(questionId);
      if (index === undefined || reached.has(questionId)) return;
      reached.add(questionId);
      for (const choice of guide.questions[index]!.choices) if (choice.next) visit(choice.next, [...path, questionId]);
    };
    if (ids.has(guide.start)) visit(guide.start, []);
    guide.questions.forEach((question, i) => {
      if (ids.has(guide.start) && !reached.has(question.id)) {
        context.addIssue({ code: 'custom', path: ['questions', i], message: `question "${question.id}" cannot be reached from the start` });
      }
    });
  });
export type GuideDefinition = z.infer<typeof guideDefinitionSchema>;
export type GuideQuestion = GuideDefinition['questions'][number];
export type GuideChoice = GuideQuestion['choices'][number];

/** Readable problems ("questions.2.choices.0.next: …"), for the editor to show. */
export function guideProblems(input: unknown): string[] {
  const result = guideDefinitionSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.') || 'guide'}: ${issue.message}`);
}

export type GuideStep = { kind: 'question'; question: GuideQuestion } | { kind: 'route'; route: GuideRoute; via: GuideChoice };

/** Where a sequence of choices (by id) leads; an unknown choice stops at the question it was made on. */
export function walkGuide(guide: GuideDefinition, choices: readonly string[]): { step: GuideStep; path: GuideQuestion[] } {
  const byId = new Map(guide.questions.map((question) => [question.id, question]));
  let question = byId.get(guide.start)!;
  const path: GuideQuestion[] = [];
  for (const choiceId of choices) {
    const choice = question.choices.find((candidate) => candidate.id === choiceId);
    if (!choice) break;
    path.push(question);
    if (choice.route) return { step: { kind: 'route', route: choice.route, via: choice }, path };
    question = byId.get(choice.next!)!;
  }
  return { step: { kind: 'question', question }, path };
}
