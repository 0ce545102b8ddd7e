/**
 * Finding answers in the desk's one search box. The library is small (dozens to a few hundred
 * answers), so the index is rebuilt whenever the library changes; it uses the catalogue's Dutch
 * text processing (shared/search) so "vergunningen" finds an answer about "vergunning" in both.
 */
import MiniSearch from 'minisearch';
import { normaliseTerm, tokenize, typoTolerance } from '../search';
import type { Answer } from './answer';

export interface AnswerIndex {
  engine: MiniSearch<Answer>;
  byId: Map<string, Answer>;
}

const processTerm = (term: string) => normaliseTerm(term) ?? null;

/** Indexes the answers still in use; retired ones are never offered. */
export function buildAnswerIndex(answers: Iterable<Answer>): AnswerIndex {
  const engine = new MiniSearch<Answer>({
    idField: 'id',
    fields: ['title', 'keywords', 'body', 'topic', 'translated'],
    storeFields: [],
    tokenize,
    processTerm,
    extractField: (answer, field) => {
      if (field === 'keywords') return answer.keywords.join(' ');
      if (field === 'translated') return Object.values(answer.translations ?? {}).map((t) => `${t.title} ${t.body}`).join(' ');
      const value = (answer as unknown as Record<string, unknown>)[field];
      return typeof value === 'string' ? value : '';
    },
  });
  const byId = new Map<string, Answer>();
  for (const answer of answers) {
    if (answer.retired) continue;
    byId.set(answer.id, answer);
  }
  engine.addAll([...byId.values()]);
  return { engine, byId };
}

/**
 * The answers for a query, best first. Every word must match (an answer is offered only when it
 * is about the whole question); the word being typed matches by prefix, longer words forgive typos.
 */
export function searchAnswers(index: AnswerIndex, query: string, limit = 5): Answer[] {
  if (!tokenize(query).some((word) => normaliseTerm(word))) return [];
  const hits = index.engine.search(query, {
    combineWith: 'AND',
    prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 3,
    fuzzy: (term) => typoTolerance(term),
    boost: { title: 3, keywords: 2.5, topic: 1.2, body: 1, translated: 0.5 },
  });
  return hits.slice(0, limit).map((hit) => index.byId.get(String(hit.id))!);
}
