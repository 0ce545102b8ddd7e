import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS } from '../shared/host';
import { buildMenuTemplate } from './menu';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function plain(label: string | undefined): string | undefined {
  return label?.replace('&', '');
}

function setup(devTools = false) {
  const send = vi.fn();
  const showAbout = vi.fn();
  const template = buildMenuTemplate({ send, showAbout }, { devTools });
  const byLabel = (label: string) => {
    const found = items(template).find((item) => plain(item.label) === label);
    if (!found) throw new Error(`no menu item "${label}"`);
    return found;
  };
  const click = (label: string) => {
    const item = byLabel(label);
    (item.click as () => void)();
  };
  return { template, send, showAbout, byLabel, click };
}

describe('application menu', () => {
  it('has the Dutch top-level menus in order', () => {
    expect(setup().template.map((menu) => plain(menu.label))).toEqual(['Bestand', 'Ga naar', 'Beeld', 'Help']);
  });

  it('Bestand: new contact, lock and quit', () => {
    const { byLabel, click, send } = setup();
    expect(byLabel('Nieuw contact').accelerator).toBe('CmdOrCtrl+N');
    expect(byLabel('Vergrendelen').accelerator).toBe('CmdOrCtrl+L');
    expect(byLabel('Afsluiten').role).toBe('quit');
    click('Nieuw contact');
    click('Vergrendelen');
    expect(send.mock.calls).toEqual([['new-contact'], ['lock']]);
  });

  it('Ga naar: the six screens on Ctrl+1..6', () => {
    const { template, click, send } = setup();
    const goTo = template[1]?.submenu as MenuItemConstructorOptions[];
    expect(goTo.map((item) => [item.label, item.accelerator])).toEqual([
      ['Contact', 'CmdOrCtrl+1'],
      ['Zoeken', 'CmdOrCtrl+2'],
      ['Woo-verzoeken', 'CmdOrCtrl+3'],
      ['Zaken', 'CmdOrCtrl+4'],
      ['Overzicht', 'CmdOrCtrl+5'],
      ['Instellingen', 'CmdOrCtrl+6'],
    ]);
    for (const item of goTo) click(item.label ?? '');
    expect(send.mock.calls.flat()).toEqual(['go-contact', 'go-search', 'go-woo', 'go-cases', 'go-overview', 'go-settings']);
  });

  it('Beeld: zoom through Electron roles; developer tools only when asked', () => {
    const { byLabel } = setup();
    expect(byLabel('Inzoomen').role).toBe('zoomIn');
    expect(byLabel('Uitzoomen').role).toBe('zoomOut');
    expect(byLabel('Ware grootte').role).toBe('resetZoom');
    expect(items(setup(false).template).some((item) => item.role === 'toggleDevTools')).toBe(false);
    expect(items(setup(true).template).some((item) => item.role === 'toggleDevTools')).toBe(true);
  });

  it('Help: about', () => {
    const { click, showAbout, send } = setup();
    click('Over Open Loket');
    expect(showAbout).toHaveBeenCalledOnce();
    expect(send).not.toHaveBeenCalled();
  });

  it('reaches every menu command of the contract exactly once', () => {
    const { template, send } = setup();
    for (const item of items(template)) if (typeof item.click === 'function') (item.click as () => void)();
    const sent = send.mock.calls.map(([command]) => command as string);
    expect([...sent].sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('has no duplicate accelerators or mnemonics', () => {
    const accelerators = items(setup(true).template)
      .map((item) => item.accelerator)
      .filter((accelerator): accelerator is string => typeof accelerator === 'string');
    expect(new Set(accelerators).size).toBe(accelerators.length);
    const mnemonics = setup().template.map((menu) => menu.label?.match(/&(.)/)?.[1]?.toLowerCase());
    expect(mnemonics.every(Boolean)).toBe(true);
    expect(new Set(mnemonics).size).toBe(mnemonics.length);
  });
});
