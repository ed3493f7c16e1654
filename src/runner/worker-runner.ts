/**
 * Runs programs in a Web Worker so that a program that never yields cannot freeze the page.
 * The worker stops itself at the time budget (runProgram's shouldStop) and sends back what ran;
 * if it has not answered a little after that, it is terminated and replaced — the hard floor.
 */
import { limitTrace, timeLimitReason } from './limit-trace.ts';
import type { RunRequestMessage, WorkerReply } from './protocol.ts';
import { DEFAULT_TIMEOUT_MS, RunSupersededError, type RunOptions, type RunResult, type Runner } from './types.ts';

/** The part of the Worker API the runner uses, so tests can pass a fake. */
export interface WorkerLike {
  postMessage(message: RunRequestMessage): void;
  terminate(): void;
  onmessage: ((event: { data: WorkerReply }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}

export interface WorkerRunnerOptions {
  readonly createWorker?: () => WorkerLike;
  readonly timeoutMs?: number;
  /** Extra time the worker gets past its own budget before it is terminated. */
  readonly graceMs?: number;
  /** How long a (new) worker may take to load and pick up a request. */
  readonly startupMs?: number;
  readonly setTimer?: (fn: () => void, ms: number) => unknown;
  readonly clearTimer?: (handle: unknown) => void;
  readonly now?: () => number;
}

interface Pending {
  readonly id: number;
  readonly resolve: (result: RunResult) => void;
  readonly reject: (error: Error) => void;
  timer: unknown;
  readonly started: number;
  readonly timeoutMs: number;
}

function defaultWorker(): WorkerLike {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}

export function createWorkerRunner(options: WorkerRunnerOptions = {}): Runner {
  const createWorker = options.createWorker ?? defaultWorker;
  const defaultTimeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const grace = options.graceMs ?? 500;
  const startupMs = options.startupMs ?? 10_000;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const now = options.now ?? (() => Date.now());

  let worker: WorkerLike | null = null;
  let pending: Pending | null = null;
  let nextId = 1;

  function ensureWorker(): WorkerLike {
    if (worker) return worker;
    const w = createWorker();
    w.onmessage = (event) => onReply(w, event.data);
    w.onerror = (event) => {
      if (w !== worker || !pending) return;
      const p = settle();
      replaceWorker();
      p?.reject(new Error(`The run worker failed: ${event.message ?? 'unknown error'}`));
    };
    worker = w;
    return w;
  }

  function replaceWorker(): void {
    worker?.terminate();
    worker = null;
  }

  /** Forgets the pending run and its timer; returns it so the caller can settle its promise. */
  function settle(): Pending | null {
    const p = pending;
    if (p) clearTimer(p.timer);
    pending = null;
    return p;
  }

  /** Terminates the worker if the pending run is not answered within `ms`. */
  function armTimer(p: Pending, ms: number): void {
    clearTimer(p.timer);
    p.timer = setTimer(() => {
      if (pending !== p) return;
      settle();
      replaceWorker();
      const trace = limitTrace(timeLimitReason(p.timeoutMs));
      p.resolve({ stdout: '', stderr: '', exitCode: trace.exitCode, trace, wallMs: now() - p.started });
    }, ms);
  }

  function onReply(from: WorkerLike, reply: WorkerReply): void {
    if (from !== worker || !pending || reply.id !== pending.id) return;
    if (reply.type === 'started') {
      armTimer(pending, pending.timeoutMs + grace);
      return;
    }
    const p = settle()!;
    if (reply.type === 'result') p.resolve(reply.result);
    else p.reject(new Error(`Internal error (a bug in Taskline, not in your program) while running it: ${reply.message}`));
  }

  function cancel(): void {
    const p = settle();
    if (!p) return;
    // A synchronous run cannot be interrupted by a message: the worker itself has to go.
    replaceWorker();
    p.reject(new RunSupersededError());
  }

  return {
    run(source: string, runOptions: RunOptions = {}): Promise<RunResult> {
      cancel();
      const timeoutMs = runOptions.timeoutMs ?? defaultTimeout;
      const id = nextId++;
      return new Promise<RunResult>((resolve, reject) => {
        const p: Pending = { id, resolve, reject, timer: null, started: now(), timeoutMs };
        pending = p;
        armTimer(p, startupMs + timeoutMs + grace);
        const message: RunRequestMessage = {
          type: 'run',
          id,
          source,
          timeoutMs,
          ...(runOptions.filename !== undefined ? { filename: runOptions.filename } : {}),
          ...(runOptions.maxSteps !== undefined ? { maxSteps: runOptions.maxSteps } : {}),
          ...(runOptions.seed !== undefined ? { seed: runOptions.seed } : {}),
        };
        ensureWorker().postMessage(message);
      });
    },
    cancel,
    dispose(): void {
      cancel();
      replaceWorker();
    },
  };
}
