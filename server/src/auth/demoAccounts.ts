import type { Role } from '../http/auth';
import { HttpError } from '../http/errors';
import type { AuthService } from './service';

/** One account per role for `npm start`'s demo hub. Never on a real centre's hub: --demo only. */
export const DEMO_ACCOUNTS: ReadonlyArray<{ username: string; displayName: string; role: Role; password: string }> = Object.freeze([
  { username: 'balie', displayName: 'Bram Balie', role: 'desk', password: 'balie-demo-2026' },
  { username: 'telefoon', displayName: 'Tess Telefoon', role: 'phone', password: 'telefoon-demo-2026' },
  { username: 'coordinator', displayName: 'Cor Coördinator', role: 'coordinator', password: 'coordinator-demo-2026' },
  { username: 'beheer', displayName: 'Bea Beheer', role: 'admin', password: 'beheer-demo-2026' },
]);

/** Creates the demo accounts that do not exist yet; returns how many it created. */
export async function ensureDemoAccounts(service: AuthService): Promise<number> {
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    try {
      await service.createUser(account);
      created++;
    } catch (error) {
      if (!(error instanceof HttpError && error.code === 'username-taken')) throw error;
    }
  }
  return created;
}
