import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/host';

/**
 * The application menu as a pure template, tested without Electron. Items that belong to the
 * renderer (navigation, new contact, lock) only send a MenuCommand; the renderer decides what
 * it means, exactly as for the same action taken in the UI. Labels are Dutch, the staff's
 * working language; "&" marks the Alt-key mnemonic on Windows and Linux for keyboard users.
 */

export interface MenuActions {
  /** Sends a command to the main window's renderer over IPC_CHANNELS.menuCommand. */
  send(command: MenuCommand): void;
  showAbout(): void;
}

export interface MenuOptions {
  /** Adds the developer-tools item (unpackaged builds only). */
  devTools: boolean;
}

export const GO_TO_ITEMS: ReadonlyArray<{ label: string; command: MenuCommand }> = Object.freeze([
  { label: 'Contact', command: 'go-contact' },
  { label: 'Zoeken', command: 'go-search' },
  { label: 'Woo-verzoeken', command: 'go-woo' },
  { label: 'Zaken', command: 'go-cases' },
  { label: 'Overzicht', command: 'go-overview' },
  { label: 'Instellingen', command: 'go-settings' },
]);

export function buildMenuTemplate(actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions[] {
  const command = (label: string, cmd: MenuCommand, accelerator: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => actions.send(cmd),
  });

  const view: MenuItemConstructorOptions[] = [
    { label: 'Inzoomen', role: 'zoomIn' },
    { label: 'Uitzoomen', role: 'zoomOut' },
    { label: 'Ware grootte', role: 'resetZoom' },
    { type: 'separator' },
    { label: 'Volledig scherm', role: 'togglefullscreen' },
  ];
  if (options.devTools) {
    view.push({ type: 'separator' }, { label: 'Ontwikkelhulpmiddelen', role: 'toggleDevTools' });
  }

  return [
    {
      label: '&Bestand',
      submenu: [
        command('Nieuw contact', 'new-contact', 'CmdOrCtrl+N'),
        { type: 'separator' },
        command('Vergrendelen', 'lock', 'CmdOrCtrl+L'),
        { type: 'separator' },
        { label: 'Afsluiten', role: 'quit' },
      ],
    },
    {
      label: '&Ga naar',
      submenu: GO_TO_ITEMS.map((item, index) => command(item.label, item.command, `CmdOrCtrl+${index + 1}`)),
    },
    { label: 'B&eeld', submenu: view },
    {
      label: '&Help',
      submenu: [{ label: 'Over Open Loket', click: () => actions.showAbout() }],
    },
  ];
}
