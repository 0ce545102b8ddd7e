import { isAppUrl } from './origin';

/**
 * Web permissions (camera, microphone, geolocation, notifications, HID/USB/serial devices, …)
 * are denied. Electron grants most of them by default when no handler is installed, and a desk
 * application has no use for any of them.
 *
 * The single exception is writing sanitised text to the clipboard ("copy case number"), and only
 * for our own origin: it cannot read anything and cannot write executable content.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, requestingUrl: string | undefined): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}

export interface PermissionDetailsLike {
  requestingUrl?: string;
}

export function permissionRequestHandler(
  _webContents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: PermissionDetailsLike | undefined,
): void {
  callback(isPermissionAllowed(permission, details?.requestingUrl));
}

export function permissionCheckHandler(
  _webContents: unknown,
  permission: string,
  requestingOrigin: string,
  details: PermissionDetailsLike | undefined,
): boolean {
  return isPermissionAllowed(permission, details?.requestingUrl ?? requestingOrigin);
}

/** HID, serial, USB and Bluetooth device access: never. */
export function devicePermissionHandler(): boolean {
  return false;
}

/** The subset of Electron's Session this module needs, so tests can pass a fake. */
export interface PermissionSessionLike {
  setPermissionRequestHandler(handler: typeof permissionRequestHandler): void;
  setPermissionCheckHandler(handler: typeof permissionCheckHandler): void;
  setDevicePermissionHandler(handler: typeof devicePermissionHandler): void;
}

export function installPermissionHandlers(session: PermissionSessionLike): void {
  session.setPermissionRequestHandler(permissionRequestHandler);
  session.setPermissionCheckHandler(permissionCheckHandler);
  session.setDevicePermissionHandler(devicePermissionHandler);
}
