import { useEffect } from 'react';
import { MENU_COMMANDS, type MenuCommand } from '../../../shared/host';
import { host } from '../host';
import { MENU_EVENT } from '../host/browser';
import { AREAS } from './areas';

/**
 * Keyboard shortcuts that work in both hosts. Ctrl+N and friends belong to the browser in the
 * browser host, so the renderer's own shortcuts use Alt; the Electron menu adds Ctrl variants.
 */
const KEY_COMMANDS: Record<string, MenuCommand> = {
  KeyN: 'new-contact',
  KeyL: 'lock',
  ...Object.fromEntries(AREAS.map((area, index) => [`Digit${index + 1}`, `go-${area}` as MenuCommand])),
};

export function commandForKey(event: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'code'>): MenuCommand | undefined {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  const command = KEY_COMMANDS[event.code];
  return command && (MENU_COMMANDS as readonly string[]).includes(command) ? command : undefined;
}

/** Delivers every command, from the host menu or the keyboard, to one handler. */
export function useCommands(handler: (command: MenuCommand) => void): void {
  useEffect(() => {
    const unsubscribe = host.onMenuCommand(handler);
    const onKey = (event: KeyboardEvent) => {
      const command = commandForKey(event);
      if (!command) return;
      event.preventDefault();
      window.dispatchEvent(new CustomEvent(MENU_EVENT, { detail: command }));
    };
    window.addEventListener('keydown', onKey);
    return () => {
      unsubscribe();
      window.removeEventListener('keydown', onKey);
    };
  }, [handler]);
}
