import { z } from 'zod';
import type { ManagedConfigState } from '../../shared/host';
import { parseInput } from './common';

/** The state is decided once at start (electron/deploy/managedConfig.ts) and only read here. */
export interface ManagedConfigContext {
  state: ManagedConfigState;
}

export function handleManagedConfig(input: unknown, ctx: ManagedConfigContext): ManagedConfigState {
  parseInput(z.undefined(), input, 'managedConfig');
  return structuredClone(ctx.state);
}
