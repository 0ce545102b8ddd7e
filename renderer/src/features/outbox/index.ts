/** The "Niet verzonden" list of sync (issue 8 point 4): refused changes, overruled changes and conflicts. */
export { UnsentButton, UnsentList } from './UnsentList';
export { discardRefused, dismissIssue, retryRefused, useRefusedCount, useSyncIssues } from './repository';
