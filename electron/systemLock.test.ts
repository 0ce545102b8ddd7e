import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../shared/host';
import { lockOnSystemEvents, type PowerEvents } from './systemLock';

describe('system events lock the desk', () => {
  it.each(['suspend', 'lock-screen'] as const)('%s sends the lock command', (event) => {
    const power = new EventEmitter();
    const sent: MenuCommand[] = [];
    lockOnSystemEvents(power as unknown as PowerEvents, (command) => sent.push(command));
    power.emit(event);
    expect(sent).toEqual(['lock']);
  });

  it('ignores other power events', () => {
    const power = new EventEmitter();
    const sent: MenuCommand[] = [];
    lockOnSystemEvents(power as unknown as PowerEvents, (command) => sent.push(command));
    for (const other of ['resume', 'unlock-screen', 'on-ac', 'on-battery']) power.emit(other);
    expect(sent).toEqual([]);
  });
});
