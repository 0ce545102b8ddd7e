import type { GuideDefinition } from './definition';

/**
 * The guide a desk starts with until a coordinator edits it (DOMAIN.md "What a visitor may need").
 * Version 1; an edited guide from the hub has a higher version and replaces it.
 */
export const DEFAULT_GUIDE: GuideDefinition = {
  version: 1,
  start: 'need',
  questions: [
    {
      id: 'need',
      text: { nl: 'Wat zoekt de bezoeker?', en: 'What is the visitor looking for?' },
      choices: [
        { id: 'answer', label: { nl: 'Een antwoord op een vraag', en: 'An answer to a question' }, hint: { nl: 'Vaak is er al een kort antwoord in de kennisbank.', en: 'There is often a short answer in the knowledge base.' }, route: 'answer' },
        { id: 'information', label: { nl: 'Informatie of documenten', en: 'Information or documents' }, next: 'about' },
        { id: 'complaint', label: { nl: 'Een klacht', en: 'A complaint' }, route: 'complaint' },
        { id: 'other', label: { nl: 'Iets anders', en: 'Something else' }, route: 'other' },
      ],
    },
    {
      id: 'about',
      text: { nl: 'Over wie of wat gaat de informatie?', en: 'Who or what is the information about?' },
      choices: [
        { id: 'self', label: { nl: 'Over de bezoeker zelf', en: 'About the visitor themselves' }, hint: { nl: 'Dat is een AVG-inzageverzoek, geen Woo-verzoek.', en: 'That is a GDPR access request, not a Woo request.' }, route: 'avg' },
        { id: 'public', label: { nl: 'Over een overheidszaak', en: 'About a government matter' }, next: 'where' },
      ],
    },
    {
      id: 'where',
      text: { nl: 'Is het al openbaar, of bij wie ligt het?', en: 'Is it already public, or who holds it?' },
      choices: [
        { id: 'published', label: { nl: 'Misschien al openbaar: bestaand document zoeken', en: 'Perhaps already public: find an existing document' }, route: 'document' },
        { id: 'elsewhere', label: { nl: 'Bij een andere overheid', en: 'With another public body' }, route: 'referral' },
        { id: 'unpublished', label: { nl: 'Niet openbaar, bij deze gemeente', en: 'Not public, held by this municipality' }, route: 'woo' },
      ],
    },
  ],
};
