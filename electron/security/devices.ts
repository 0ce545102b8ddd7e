import type { App, Session, WebContents } from 'electron';

/**
 * Explicit refusals for the prompts Electron would otherwise answer by itself. Permission
 * handlers (permissions.ts) already deny the web permissions; these events are separate:
 * - device pickers (Web Bluetooth, WebUSB, WebHID, Web Serial): without a handler Electron
 *   cancels Bluetooth but, once a listener exists elsewhere, picks the FIRST device; a desk PC
 *   has card readers, scanners and receipt printers attached that the page must never reach;
 * - client-certificate selection: on government PCs the store holds smart-card (UZI/PKIoverheid)
 *   certificates, and Electron's default is to send the first matching one to any site asking;
 * - display capture (getDisplayMedia): the screen shows visitor data.
 * Each handler is exported, so tests assert what it does with a fake event and callback.
 */

export interface PreventableEvent {
  preventDefault(): void;
}

/** select-hid-device / select-usb-device: calling back without an id cancels the request. */
export function refuseDeviceSelection(event: PreventableEvent, _details: unknown, callback: () => void): void {
  event.preventDefault();
  callback();
}

/** select-serial-port / select-bluetooth-device: an empty id cancels the request. */
export function refusePortSelection(event: PreventableEvent, _list: unknown, ...rest: unknown[]): void {
  event.preventDefault();
  const callback = rest.at(-1);
  if (typeof callback === 'function') (callback as (id: string) => void)('');
}

/**
 * select-client-certificate: preventDefault stops Electron from picking the first certificate;
 * calling back without one continues the connection without a client certificate.
 */
export function refuseClientCertificate(event: PreventableEvent, ...rest: unknown[]): void {
  event.preventDefault();
  const callback = rest.at(-1);
  if (typeof callback === 'function') (callback as () => void)();
}

/** getDisplayMedia: answered with no stream, i.e. denied. */
export function refuseDisplayCapture(_request: unknown, callback: (streams: null) => void): void {
  callback(null);
}

// main.ts installs on 'session-created' and on the default session explicitly; listeners must
// not be added twice (a device callback may be answered only once).
const installedSessions = new WeakSet<object>();

export function installSessionDeviceRefusals(session: Pick<Session, 'on' | 'setDisplayMediaRequestHandler'>): void {
  if (installedSessions.has(session)) return;
  installedSessions.add(session);
  session.on('select-hid-device', refuseDeviceSelection);
  session.on('select-usb-device', refuseDeviceSelection);
  session.on('select-serial-port', refusePortSelection);
  session.setDisplayMediaRequestHandler(refuseDisplayCapture);
}

export function installWebContentsDeviceRefusals(contents: Pick<WebContents, 'on'>): void {
  contents.on('select-bluetooth-device', refusePortSelection);
}

export function installAppCertificateRefusal(app: Pick<App, 'on'>): void {
  app.on('select-client-certificate', refuseClientCertificate);
}
