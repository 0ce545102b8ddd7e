/** Where the intake's unsaved input lives (see app/drafts.ts). */
export const INTAKE_DRAFT_KEY = 'intake.new';
export const CASE_QUERY_DRAFT_KEY = 'intake.caseQuery';
