/**
 * What other features and the app shell use of cases: lookup, numbering, a case's tasks
 * (callbacks), and the case screens.
 */
export { CaseGoneError } from './errors';
export { nextCaseNumber } from './caseNumbers';
export { caseTimeline, getCase, searchCases, useCase, withCaseNumbers, withCases, type CaseSearchResult, type TimelineEntry } from './repository';
export { openTasksDueBy, setTaskStatus, useOpenTasksDueBy, type TaskWithCase } from './tasks';
export { CaseLine } from './CaseLine';
export { SearchMore, useCaseSearchWithMore } from './SearchMore';
export { CasesScreen } from './CasesScreen';
