/** The run worker: receives a program, runs it with a wall-clock budget, posts the result. */
import { runProgram } from '../python/run.ts';
import { execute } from './execute.ts';
import type { RunRequestMessage, WorkerReply } from './protocol.ts';

/** The worker's global scope, typed by hand: the DOM lib describes a window, not a worker. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<RunRequestMessage>) => void) | null;
  postMessage(message: WorkerReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const request = event.data;
  scope.postMessage({ type: 'started', id: request.id });
  let reply: WorkerReply;
  try {
    reply = { type: 'result', id: request.id, result: execute(runProgram, request) };
  } catch (error) {
    reply = { type: 'crash', id: request.id, message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(reply);
};
