/** `import`: the modules a Taskline program can use (asyncio, time, and a few harmless ones). */
import { Unsupported } from '../runtime/errors.ts';
import { PyModule, type Value } from '../runtime/values.ts';

let moduleOfRun: (name: string) => PyModule = () => {
  throw new Error('internal: no run is importing modules');
};
/** The names of modules/registry.ts, set by run.ts (importing the registry here would be a cycle). */
let knownModules: ReadonlySet<string> = new Set();

export function setModuleCatalog(names: Iterable<string>): void {
  knownModules = new Set(names);
}

/** The modules of the program being run, made fresh per run (they hold the run's loop). */
export function setModules(modules: (name: string) => PyModule): void {
  moduleOfRun = modules;
}

export function importModule(name: string, line: number): () => PyModule {
  if (!knownModules.has(name)) {
    throw new Unsupported(`importing '${name}' is not supported by Taskline: programs can use ${[...knownModules].filter((m) => !m.includes('.')).join(', ')}`, line);
  }
  return () => moduleOfRun(name);
}


/**
 * Public names of CPython 3.11's asyncio and time modules. One that Taskline's module lacks is
 * a feature it deliberately leaves out (threads, subprocesses, streams, wall-clock calendars),
 * so reading it is rejected naming the line and the construct, not as a misleading
 * `AttributeError: module 'time' has no attribute 'strftime'`.
 */
const CPYTHON_NAMES: Record<string, { names: Set<string>; why: string }> = {
  asyncio: {
    why: "Taskline's asyncio has the task, timing, synchronization and queue APIs that run on its virtual-time loop",
    names: new Set(
      ('ALL_COMPLETED AbstractChildWatcher AbstractEventLoop AbstractEventLoopPolicy AbstractServer Barrier BaseEventLoop ' +
        'BaseProtocol BaseTransport BoundedSemaphore BrokenBarrierError BufferedProtocol CancelledError Condition ' +
        'DatagramProtocol DatagramTransport DefaultEventLoopPolicy Event FIRST_COMPLETED FIRST_EXCEPTION FastChildWatcher ' +
        'Future Handle IncompleteReadError InvalidStateError LifoQueue LimitOverrunError Lock MultiLoopChildWatcher ' +
        'PidfdChildWatcher PriorityQueue Protocol Queue QueueEmpty QueueFull ReadTransport Runner SafeChildWatcher ' +
        'SelectorEventLoop Semaphore SendfileNotAvailableError Server StreamReader StreamReaderProtocol StreamWriter ' +
        'SubprocessProtocol SubprocessTransport Task TaskGroup ThreadedChildWatcher Timeout TimeoutError TimerHandle ' +
        'Transport WriteTransport all_tasks as_completed base_events base_futures base_subprocess base_tasks constants ' +
        'coroutines create_subprocess_exec create_subprocess_shell create_task current_task ensure_future events ' +
        'exceptions format_helpers futures gather get_child_watcher get_event_loop get_event_loop_policy ' +
        'get_running_loop iscoroutine iscoroutinefunction isfuture locks log mixins new_event_loop open_connection ' +
        'open_unix_connection protocols queues run run_coroutine_threadsafe runners selector_events set_child_watcher ' +
        'set_event_loop set_event_loop_policy shield sleep sslproto staggered start_server start_unix_server streams ' +
        'subprocess sys taskgroups tasks threads timeout timeout_at timeouts to_thread transports trsock unix_events ' +
        'wait wait_for wrap_future'
      ).split(' '),
    ),
  },
  contextlib: {
    why: "Taskline's contextlib has contextmanager, asynccontextmanager, suppress, nullcontext, closing, aclosing, ExitStack and AsyncExitStack",
    names: new Set(
      ('GenericAlias MethodType ' +
        '_AsyncGeneratorContextManager _BaseExitStack _GeneratorContextManager _GeneratorContextManagerBase _RedirectStream ' +
        '_collections_abc abc chdir deque os redirect_stderr redirect_stdout sys wraps'
      ).split(' '),
    ),
  },
  time: {
    why: "Taskline's time module has only the virtual clock (perf_counter, monotonic, time) and sleep",
    names: new Set(
      ('CLOCK_BOOTTIME CLOCK_MONOTONIC CLOCK_MONOTONIC_RAW CLOCK_PROCESS_CPUTIME_ID CLOCK_REALTIME CLOCK_TAI ' +
        'CLOCK_THREAD_CPUTIME_ID altzone asctime clock_getres clock_gettime clock_gettime_ns clock_settime ' +
        'clock_settime_ns ctime daylight get_clock_info gmtime localtime mktime monotonic monotonic_ns perf_counter ' +
        'perf_counter_ns process_time process_time_ns pthread_getcpuclockid sleep strftime strptime struct_time ' +
        'thread_time thread_time_ns time time_ns timezone tzname tzset'
      ).split(' '),
    ),
  },
};

/** Throw Unsupported if `module.name` is a CPython name that Taskline's module leaves out. */
export function checkModuleAttr(module: PyModule, name: string, line: number | null): void {
  if (module.dict.has(name)) return;
  const known = CPYTHON_NAMES[module.name];
  if (known === undefined || !known.names.has(name)) return;
  throw new Unsupported(`\`${module.name}.${name}\` is not supported by Taskline: ${known.why}`, line);
}

/** `module.name` as the program reads it: getattr, after the check above. */
export function moduleAttr(module: PyModule, name: string, line: number, get: (o: Value, n: string) => Value): Value {
  checkModuleAttr(module, name, line);
  return get(module, name);
}
