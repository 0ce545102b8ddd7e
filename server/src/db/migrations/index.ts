import type { Migration } from './migration';
import { migration as foundation } from './0001_foundation';
import { migration as syncTrust } from './0002_sync_trust';
import { migration as staffSignIn } from './0003_staff_sign_in';
import { migration as centreSettings } from './0005_centre_settings';
import { migration as answers } from './0006_answers';
import { migration as guide } from './0007_guide';

/**
 * Every migration, oldest first. They are TypeScript modules rather than .sql files read at run
 * time so they travel inside any bundle of the hub (tsx, vitest, an electron-vite build) with no
 * asset copying or path resolution, and this explicit list – not a directory listing – fixes the order.
 */
export const MIGRATIONS: readonly Migration[] = [foundation, syncTrust, staffSignIn, centreSettings, answers, guide];
