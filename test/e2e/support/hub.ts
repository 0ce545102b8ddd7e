import { expect } from 'vitest';
import { ACCOUNTS, type Stack } from './stack';

/** Approves the workstations waiting for approval (a desk's, after its first sign-in), as an admin would, so its pushes are accepted. */
export async function approvePendingWorkstations(stack: Stack): Promise<void> {
  const pending = async () => (await stack.auth.service.listWorkstations()).filter((station) => station.status === 'pending');
  await expect.poll(async () => (await pending()).length).toBeGreaterThan(0);
  const admin = (await stack.auth.service.listUsers()).find((user) => user.username === ACCOUNTS.admin.username)!;
  for (const station of await pending()) await stack.auth.service.setWorkstationStatus({ userId: admin.id, username: admin.username, role: 'admin' }, station.id, 'approved');
}

/** The contacts the hub holds, as desks pushed them. */
export async function hubContacts(stack: Stack): Promise<Array<Record<string, unknown>>> {
  const response = await stack.hubFetch('/sync/pull?protocol=2&since=0&limit=1000');
  const body = (await response.json()) as { changes: Array<{ entity: string; data: Record<string, unknown> | null }> };
  return body.changes.filter((change) => change.entity === 'contacts' && change.data).map((change) => change.data!);
}
