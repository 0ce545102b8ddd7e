/** The answer library (kennisbank): answers offered in the desk's search box, and the coordinator's editor. */
export { AnswerMatches } from './AnswerMatches';
export { AnswerLibraryLink } from './AnswerLibraryLink';
export { ANSWER_LIBRARY_SEGMENT, AnswerLibraryScreen } from './AnswerLibraryScreen';
export { startAnswerSync } from './store';
