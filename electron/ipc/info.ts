import { z } from 'zod';
import type { AppInfo } from '../../shared/host';
import { parseInput } from './common';

export interface InfoContext {
  name: string;
  version: string;
  platform: string;
  hubUrl?: string;
}

// info() takes no argument; anything else is a caller bug worth surfacing.
const inputSchema = z.undefined();

export function handleInfo(input: unknown, ctx: InfoContext): AppInfo {
  parseInput(inputSchema, input, 'info');
  return {
    host: 'electron',
    name: ctx.name,
    version: ctx.version,
    platform: ctx.platform,
    ...(ctx.hubUrl ? { hubUrl: ctx.hubUrl } : {}),
  };
}
