import { contextBridge, ipcRenderer } from 'electron';
import { createHostBridge } from './bridge';

// Wiring only: the bridge object is built and tested in bridge.ts. Exactly one global,
// window.loket; ipcRenderer itself never crosses the context bridge.
contextBridge.exposeInMainWorld(
  'loket',
  createHostBridge(
    (channel, ...args) => ipcRenderer.invoke(channel, ...args),
    (channel, listener) => {
      ipcRenderer.on(channel, listener);
    },
    (channel, listener) => {
      ipcRenderer.removeListener(channel, listener);
    },
  ),
);
