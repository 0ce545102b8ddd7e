import { it } from 'vitest';
import { runScenario } from './convergence';
import { startHub } from './harness';
it('debug', async () => {
  const hub = await startHub();
  (globalThis as any).__debugSync = true;
  await runScenario(hub, {"actions":[{"kind":"decision","desk":1,"target":5,"status":"waiting","assignee":null},{"kind":"sync","desk":2,"net":"ok"},{"kind":"sync","desk":1,"net":"lose"},{"kind":"decision","desk":2,"target":5,"status":"open","assignee":"anna"},{"kind":"text","desk":1,"target":0,"field":"question","value":"b"},{"kind":"text","desk":2,"target":5,"field":"topic","value":"c"},{"kind":"create","desk":2},{"kind":"step","desk":1,"type":"extend","days":3}],"skewMinutes":[7,3,-1],"pushBatch":3} as any);
}, 120000);
