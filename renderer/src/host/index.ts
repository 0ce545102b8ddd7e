import type { HostApi } from '../../../shared/host';
import { createBrowserHost } from './browser';
import { electronHost } from './electron';

/** Chosen once at start: the Electron bridge when present, otherwise browser APIs. */
export const host: HostApi = electronHost() ?? createBrowserHost(__APP_VERSION__);
