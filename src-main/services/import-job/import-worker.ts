/**
 * The import worker thread (built as out/main/import-worker.js): runs the units the pool sends, one at a time,
 * and answers each with its outcome. A crash here costs one file, not the app: the pool reports that file as a
 * failure and starts a new worker.
 */
import { parentPort } from 'node:worker_threads';
import { runUnit } from './run-unit';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('The import worker runs only as a worker thread.');

port.on('message', (request: WorkerRequest) => {
  void runUnit(request.unit, request.limits).then((outcome) => {
    const response: WorkerResponse = { taskId: request.taskId, outcome };
    port.postMessage(response);
  });
});
