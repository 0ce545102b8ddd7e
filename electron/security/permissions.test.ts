import { describe, expect, it, vi } from 'vitest';
import {
  devicePermissionHandler,
  installPermissionHandlers,
  isPermissionAllowed,
  permissionCheckHandler,
  permissionRequestHandler,
} from './permissions';

const APP = 'app://loket/index.html';

describe('permission handlers', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'midi',
    'midiSysex',
    'pointerLock',
    'fullscreen',
    'openExternal',
    'clipboard-read',
    'display-capture',
    'idle-detection',
    'window-management',
    'fileSystem',
    'hid',
    'serial',
    'usb',
    'unknown',
    'something-new-in-a-future-chromium',
  ])('denies %s, even to the app itself', (permission) => {
    const callback = vi.fn();
    permissionRequestHandler(null, permission, callback, { requestingUrl: APP });
    expect(callback).toHaveBeenCalledWith(false);
    expect(permissionCheckHandler(null, permission, 'app://loket', { requestingUrl: APP })).toBe(false);
  });

  it('allows sanitised clipboard writes for the app only', () => {
    const callback = vi.fn();
    permissionRequestHandler(null, 'clipboard-sanitized-write', callback, { requestingUrl: APP });
    expect(callback).toHaveBeenCalledWith(true);
    expect(permissionCheckHandler(null, 'clipboard-sanitized-write', 'app://loket', {})).toBe(true);

    const foreign = vi.fn();
    permissionRequestHandler(null, 'clipboard-sanitized-write', foreign, { requestingUrl: 'https://example.com/' });
    expect(foreign).toHaveBeenCalledWith(false);
    expect(permissionCheckHandler(null, 'clipboard-sanitized-write', 'https://example.com', {})).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', undefined)).toBe(false);
  });

  it('treats missing details as untrusted', () => {
    const callback = vi.fn();
    permissionRequestHandler(null, 'clipboard-sanitized-write', callback, undefined);
    expect(callback).toHaveBeenCalledWith(false);
  });

  it('never grants device access', () => {
    expect(devicePermissionHandler()).toBe(false);
  });

  it('installs all three handlers on a session', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    installPermissionHandlers(session);
    expect(session.setPermissionRequestHandler).toHaveBeenCalledWith(permissionRequestHandler);
    expect(session.setPermissionCheckHandler).toHaveBeenCalledWith(permissionCheckHandler);
    expect(session.setDevicePermissionHandler).toHaveBeenCalledWith(devicePermissionHandler);
  });
});
