/**
 * Staff sign-in, the lock and role-aware access on the desk (docs/decisions/070, 071). The app
 * shell uses this module; features ask it nothing – the shell hides what a role may not use.
 */
import './session.css';

export { AccountBar, AccountNotice } from './AccountBar';
export { Administration } from './Administration';
export { NotAllowed, useAllowedAreas } from './access';
export { AREAS_BY_ROLE, type Role } from './roles';
export { session, useSession } from './session';
export { SessionGate } from './SessionGate';
export type { StaffUser } from './hubApi';
export type { SessionState } from './store';
