import { IPC_CHANNELS } from '../../shared/host';
import { isTrustedSender as defaultIsTrustedSender } from '../security/sender';
import { IpcInputError, IpcRefusedError } from './common';
import { handleInfo, type InfoContext } from './info';
import { handleManagedConfig, type ManagedConfigContext } from './managedConfig';
import { handleOpenExternal, type OpenExternalContext } from './openExternal';
import { handlePrint, oneAtATime, type PrintContext } from './print';
import { handleSaveFile, type SaveFileContext } from './saveFile';
import {
  handleSecureDelete,
  handleSecureGet,
  handleSecureIsEncrypted,
  handleSecureSet,
  type SecureStoreContext,
} from './secureStore';

/**
 * Wires the capability handlers to ipcMain.handle, one named channel each. The wrapper is where
 * the sender is checked – before any handler code runs – and where errors are turned into
 * messages that are safe to hand to the renderer. ipcMain is passed in, so this is unit-tested.
 */

type ChannelName = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];
/** menuCommand flows main → renderer only; nothing listens for it in main. */
export type InvokeChannel = Exclude<ChannelName, typeof IPC_CHANNELS.menuCommand>;
export type ChannelHandlers = Readonly<Record<InvokeChannel, (input: unknown) => unknown>>;

export interface HandlerContexts {
  info: InfoContext;
  managedConfig: ManagedConfigContext;
  print: PrintContext;
  saveFile: SaveFileContext;
  openExternal: OpenExternalContext;
  secureStore: SecureStoreContext;
}

export function createChannelHandlers(ctx: HandlerContexts): ChannelHandlers {
  const print = oneAtATime((input) => handlePrint(input, ctx.print));
  return Object.freeze({
    [IPC_CHANNELS.info]: (input: unknown) => handleInfo(input, ctx.info),
    [IPC_CHANNELS.managedConfig]: (input: unknown) => handleManagedConfig(input, ctx.managedConfig),
    [IPC_CHANNELS.print]: print,
    [IPC_CHANNELS.saveFile]: (input: unknown) => handleSaveFile(input, ctx.saveFile),
    [IPC_CHANNELS.openExternal]: (input: unknown) => handleOpenExternal(input, ctx.openExternal),
    [IPC_CHANNELS.secureSet]: (input: unknown) => handleSecureSet(input, ctx.secureStore),
    [IPC_CHANNELS.secureGet]: (input: unknown) => handleSecureGet(input, ctx.secureStore),
    [IPC_CHANNELS.secureDelete]: (input: unknown) => handleSecureDelete(input, ctx.secureStore),
    [IPC_CHANNELS.secureIsEncrypted]: (input: unknown) => handleSecureIsEncrypted(input, ctx.secureStore),
  });
}

/** What the wrapper reads from Electron's IpcMainInvokeEvent. */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
}

export interface RegisterOptions {
  isTrustedSender?: (frameUrl: unknown) => boolean;
  log?: (message: string) => void;
}

export class IpcSenderError extends Error {
  override name = 'IpcSenderError';
}

/**
 * Runs one invocation: sender check, exactly one argument, then the handler. Expected errors
 * (bad input, a refusal by policy, untrusted sender) keep their message; anything else is logged in main and
 * replaced by a generic message, so file paths or stack details do not leak to the page.
 */
export async function invokeGuarded(
  channel: InvokeChannel,
  handler: (input: unknown) => unknown,
  event: InvokeEventLike,
  args: readonly unknown[],
  options: RegisterOptions = {},
): Promise<unknown> {
  const isTrusted = options.isTrustedSender ?? defaultIsTrustedSender;
  const log = options.log ?? (() => {});
  const frameUrl = event.senderFrame?.url;
  if (!isTrusted(frameUrl)) {
    log(`IPC ${channel} refused: untrusted sender`);
    throw new IpcSenderError(`${channel}: sender not allowed`);
  }
  if (args.length > 1) {
    throw new IpcInputError(`${channel}: expected at most one argument, got ${args.length}`);
  }
  try {
    return await handler(args[0]);
  } catch (error) {
    if (error instanceof IpcInputError || error instanceof IpcRefusedError) throw error;
    log(`IPC ${channel} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    // Electron sends only `message` to the renderer (ipcMain.handle serialises nothing else), so
    // the cause stays in main for debugging.
    throw new Error(`${channel}: the operation failed`, { cause: error });
  }
}

export function registerIpcHandlers(ipcMain: IpcMainLike, handlers: ChannelHandlers, options: RegisterOptions = {}): void {
  for (const channel of Object.keys(handlers) as InvokeChannel[]) {
    const handler = handlers[channel];
    ipcMain.handle(channel, (event, ...args) => invokeGuarded(channel, handler, event, args, options));
  }
}
