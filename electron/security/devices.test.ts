import type { App, Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  installAppCertificateRefusal,
  installSessionDeviceRefusals,
  installWebContentsDeviceRefusals,
  refuseClientCertificate,
  refuseDeviceSelection,
  refuseDisplayCapture,
  refusePortSelection,
} from './devices';

const event = () => ({ preventDefault: vi.fn() });

/** Records listeners by event name, like Electron's EventEmitter, so a test can fire them. */
function emitter() {
  const listeners = new Map<string, (...args: unknown[]) => void>();
  return {
    listeners,
    on: vi.fn((name: string, listener: (...args: unknown[]) => void) => {
      listeners.set(name, listener);
    }),
    setDisplayMediaRequestHandler: vi.fn(),
  };
}

describe('device and certificate refusals', () => {
  it('cancels USB and HID device selection instead of picking the first device', () => {
    const e = event();
    const callback = vi.fn();
    refuseDeviceSelection(e, { deviceList: [{ deviceId: 'card-reader' }] }, callback);
    expect(e.preventDefault).toHaveBeenCalledOnce();
    expect(callback).toHaveBeenCalledWith();
  });

  it('cancels serial-port and Bluetooth selection with an empty id', () => {
    const serial = event();
    const serialCallback = vi.fn();
    refusePortSelection(serial, [{ portId: 'COM3' }], { id: 1 }, serialCallback);
    expect(serial.preventDefault).toHaveBeenCalledOnce();
    expect(serialCallback).toHaveBeenCalledWith('');
    const bluetooth = event();
    const bluetoothCallback = vi.fn();
    refusePortSelection(bluetooth, [{ deviceId: 'headset' }], bluetoothCallback);
    expect(bluetoothCallback).toHaveBeenCalledWith('');
  });

  it('never sends a client certificate (smart card), not even the first one', () => {
    const e = event();
    const callback = vi.fn();
    const certificates = [{ subjectName: 'PKIoverheid medewerker' }];
    refuseClientCertificate(e, {}, 'https://portal.example/', certificates, callback);
    expect(e.preventDefault).toHaveBeenCalledOnce();
    expect(callback).toHaveBeenCalledWith();
  });

  it('denies display capture', () => {
    const callback = vi.fn();
    refuseDisplayCapture({ frame: {} }, callback);
    expect(callback).toHaveBeenCalledWith(null);
  });

  it('installs each refusal on the events Electron emits', () => {
    const session = emitter();
    installSessionDeviceRefusals(session as unknown as Pick<Session, 'on' | 'setDisplayMediaRequestHandler'>);
    expect([...session.listeners.keys()].sort()).toEqual(['select-hid-device', 'select-serial-port', 'select-usb-device']);
    expect(session.listeners.get('select-usb-device')).toBe(refuseDeviceSelection);
    expect(session.setDisplayMediaRequestHandler).toHaveBeenCalledWith(refuseDisplayCapture);

    // A second installation on the same session adds nothing.
    installSessionDeviceRefusals(session as unknown as Pick<Session, 'on' | 'setDisplayMediaRequestHandler'>);
    expect(session.on).toHaveBeenCalledTimes(3);
    expect(session.setDisplayMediaRequestHandler).toHaveBeenCalledOnce();

    const contents = emitter();
    installWebContentsDeviceRefusals(contents as unknown as Pick<WebContents, 'on'>);
    expect(contents.listeners.get('select-bluetooth-device')).toBe(refusePortSelection);

    const app = emitter();
    installAppCertificateRefusal(app as unknown as Pick<App, 'on'>);
    expect(app.listeners.get('select-client-certificate')).toBe(refuseClientCertificate);
  });
});
