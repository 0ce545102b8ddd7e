// CLI for the browser host, used by `npm start` when the Electron runtime is not installed.
import { startBrowserHost } from './browser-host';

const hubUrl = process.env.LOKET_HUB_URL ?? 'http://127.0.0.1:8787';
const port = Number(process.env.LOKET_UI_PORT ?? 5180);
const running = await startBrowserHost({ hubUrl, port, host: process.env.LOKET_UI_HOST ?? '127.0.0.1' });
console.log(`Open Loket (browser host) is running: ${running.url}`);
const stop = () => void running.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
