/**
 * `threading`, as far as Taskline has threads: the main thread and asyncio's worker lanes
 * (to_thread, run_in_executor). `current_thread()` names the one running, so tutorials can
 * print where their code runs. Making threads of one's own stays outside the subset.
 */
import type { EventLoop } from '../../engine/loop.ts';
import type { WorkerLane } from '../../engine/worker-lanes.ts';
import { declareEngineType } from '../runtime/types/engine-type.ts';
import { PyBuiltin, PyModule, type Value } from '../runtime/values.ts';

/** A thread as current_thread() returns it: the main thread, or a worker lane's thread. */
export class PyThread {
  constructor(
    readonly name: string,
    readonly lane: WorkerLane | null,
  ) {}
}
/** The main thread's class is threading._MainThread; a worker's is threading.Thread. */
class PyMainThread extends PyThread {}

export function makeThreadingModule(loop: EventLoop): PyModule {
  const main = new PyMainThread('MainThread', null);
  const threads = new Map<WorkerLane, PyThread>();
  const current = (): PyThread => {
    const lane = loop.currentLane;
    if (lane === null) return main;
    let t = threads.get(lane);
    if (t === undefined) threads.set(lane, (t = new PyThread(lane.name, lane)));
    return t;
  };
  const d = new Map<string, Value>([
    ['current_thread', new PyBuiltin('current_thread', () => current())],
    ['main_thread', new PyBuiltin('main_thread', () => main)],
  ]);
  return new PyModule('threading', d);
}

const threadType = declareEngineType({
  cls: PyThread,
  name: 'Thread',
  module: 'threading',
  methods: [
    ['is_alive', () => true],
    ['getName', (self) => self.name],
  ],
  props: [
    ['name', (self) => self.name],
    // The executor's workers are not daemon threads since 3.9; nor is the main thread.
    ['daemon', () => false],
  ],
});
declareEngineType({ cls: PyMainThread, name: '_MainThread', module: 'threading', bases: [threadType] });

/** The running thread's name, as logging's %(threadName)s shows it. */
export function currentThreadName(loop: EventLoop): string {
  return loop.currentLane?.name ?? 'MainThread';
}
