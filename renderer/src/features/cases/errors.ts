/** The case an action was meant for was deleted (or never reached this workstation). */
export class CaseGoneError extends Error {
  constructor(readonly caseId: string) {
    super(`Case ${caseId} no longer exists`);
    this.name = 'CaseGoneError';
  }
}
