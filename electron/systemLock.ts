import type { MenuCommand } from '../shared/host';

/** The part of Electron's powerMonitor this needs; passed in so it is tested without Electron. */
export interface PowerEvents {
  on(event: 'suspend' | 'lock-screen', listener: () => void): unknown;
}

/** System events after which the desk must not be open to whoever walks up (issue 9, idle lock). */
export const LOCKING_SYSTEM_EVENTS = ['suspend', 'lock-screen'] as const;

/**
 * Locks the desk when the machine suspends or the operating system locks its screen: the
 * renderer gets the same 'lock' command as from the menu, so one code path locks.
 */
export function lockOnSystemEvents(power: PowerEvents, send: (command: MenuCommand) => void): void {
  for (const event of LOCKING_SYSTEM_EVENTS) power.on(event, () => send('lock'));
}
