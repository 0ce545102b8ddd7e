import { useEffect } from 'react';
import { MENU_COMMANDS, type HostApi, type MenuCommand } from '../../../shared/host';
import { host as defaultHost } from '../host';
import { AREAS } from './areas';

/**
 * Every command reaches the shell through one path: the host's menu (HostApi.onMenuCommand – the
 * Electron menu over IPC, or the browser host's own event) and the renderer's keyboard shortcuts,
 * which work in both hosts. Ctrl+N and friends belong to the browser in the browser host, so the
 * renderer's own shortcuts use Alt; the Electron menu adds Ctrl variants. Ctrl+L (lock) is taken
 * in both: a locked screen matters more than the address bar.
 */
const KEY_COMMANDS: Record<string, MenuCommand> = {
  KeyN: 'new-contact',
  KeyL: 'lock',
  ...Object.fromEntries(AREAS.map((area, index) => [`Digit${index + 1}`, `go-${area}` as MenuCommand])),
};

export function commandForKey(event: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'code'>): MenuCommand | undefined {
  if (event.ctrlKey && !event.altKey && !event.metaKey && !event.shiftKey && event.code === 'KeyL') return 'lock';
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  const command = KEY_COMMANDS[event.code];
  return command && (MENU_COMMANDS as readonly string[]).includes(command) ? command : undefined;
}

/**
 * Delivers every command, from the host menu or the keyboard, to one handler. (The keyboard used
 * to go through a DOM event only the browser host listened to, so in Electron Alt+1…6, Alt+N and
 * Alt+L did nothing.)
 */
export function useCommands(handler: (command: MenuCommand) => void, host: HostApi = defaultHost): void {
  useEffect(() => {
    const unsubscribe = host.onMenuCommand(handler);
    const onKey = (event: KeyboardEvent) => {
      const command = commandForKey(event);
      if (!command) return;
      event.preventDefault();
      handler(command);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      unsubscribe();
      window.removeEventListener('keydown', onKey);
    };
  }, [handler, host]);
}
