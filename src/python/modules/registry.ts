/**
 * Every module a program can import, by name. Each run makes its own module objects, on first
 * import, from the run's context: nothing here survives from one run to the next.
 */
import type { EventLoop } from '../../engine/loop.ts';
import type { PyException } from '../../engine/exceptions.ts';
import type { Coro } from '../../engine/coroutine.ts';
import { PyModule } from '../runtime/values.ts';
import { makeConcurrentFuturesModule } from './concurrent-futures.ts';
import { makeThreadingModule } from './threading-module.ts';
import { makeContextvarsModule } from './contextvars-module.ts';
import { makeAsyncioModule } from './asyncio-module.ts';
import { makeDatetimeModule } from './datetime-module.ts';
import { makeLoggingModule } from './logging-module.ts';
import { makeLoggingConfigModule } from './logging-config.ts';
import { makeSysModule } from './sys-module.ts';
import { makeTimeModule } from './time-module.ts';
import './left-out-names.ts';
import { makeReModule } from './re-module.ts';
import { makeInspectModule } from './inspect-module.ts';
import { makePprintModule } from './pprint-module.ts';
import { makeStatisticsModule } from './statistics-module.ts';
import { makeAbcModule } from './abc-module.ts';
import { makeTypesModule } from './types-module.ts';
import { makeTextwrapModule } from './textwrap-module.ts';
import { makeBisectModule, makeHeapqModule } from './heapq-module.ts';
import { makeStringModule } from './string-module.ts';
import { makeCopyModule } from './copy-module.ts';
import { makeJsonModule } from './json-module.ts';
import { makeMathModule } from './math-module.ts';
import { makeItertoolsModule } from './itertools-module.ts';
import { makeCollectionsModule } from './collections-module.ts';
import { makeCollectionsAbcModule, makeTypingModule } from './typing-module.ts';
import { makeFunctoolsModule } from './functools-module.ts';
import { makeDataclassesModule } from './dataclasses-module.ts';
import { makeRandomModule } from './random-module.ts';
import { makeContextlibModule } from './contextlib.ts';
import { makeEnumModule } from './enum-module.ts';
import { makeOperatorModule } from './operator-module.ts';
import { ASYNCIO_SUBMODULES } from './asyncio-submodules.ts';
import { makeTracebackModule } from './traceback-module.ts';
import { makeWarningsModule } from './warnings-module.ts';
import { makeAtexitModule } from './atexit-module.ts';
import { makeUuidModule } from './uuid-module.ts';
import { makeHashlibModule } from './hashlib-module.ts';
import { makeOsModule } from './os-module.ts';
import { makeOsPathModule } from './os-path.ts';
import { makeBase64Module } from './base64-module.ts';
import { makeBinasciiModule } from './binascii-module.ts';
import { makeStructModule } from './struct-module.ts';

/** What a module factory may use of the run it belongs to. */
export interface ModuleContext {
  readonly loop: EventLoop;
  readonly filename: string;
  readonly sourceLines: readonly string[];
  /** The program's stdout and stderr (both also reach the trace). */
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** loop.call_exception_handler's report of an exception (CPython logs it to stderr with its traceback). */
  readonly reportException: (message: string, exc: PyException) => void;
  /** loop.shutdown_asyncgens() for this run's async generators. */
  readonly shutdownAsyncgens: () => Coro<void>;
  /** Another module of the same run (made on first use), for modules built on others. */
  readonly module: (name: string) => PyModule;
  /** A module of the same run if the program (or a module) has imported it already. */
  readonly loaded?: (name: string) => PyModule | undefined;
  /** The run's seed for `random` (the default generator starts as `random.seed(seed)` leaves it). */
  readonly seed: number;
  /** `random` drew from state the run's seed made: the run reports the seed. */
  readonly seedUsed: () => void;
}

export type ModuleFactory = (ctx: ModuleContext) => PyModule;

/** Dotted names (`asyncio.exceptions`) are modules of their own, listed here beside their parent. */
export const MODULE_FACTORIES: ReadonlyMap<string, ModuleFactory> = new Map<string, ModuleFactory>([
  [
    'asyncio',
    (ctx) =>
      makeAsyncioModule({
        loop: ctx.loop,
        stderr: ctx.stderr,
        reportException: ctx.reportException,
        shutdownAsyncgens: ctx.shutdownAsyncgens,
        logging: () => ctx.loaded?.('logging'),
      }),
  ],
  ['time', (ctx) => makeTimeModule(ctx.loop)],
  ['collections', (ctx) => makeCollectionsModule(() => ctx.module('collections.abc'))],
  ['collections.abc', () => makeCollectionsAbcModule()],
  ['typing', (ctx) => makeTypingModule(ctx)],
  ['itertools', () => makeItertoolsModule()],
  ['functools', () => makeFunctoolsModule()],
  ['dataclasses', () => makeDataclassesModule()],
  ['random', (ctx) => makeRandomModule(ctx)],
  ['sys', makeSysModule],
  ['logging', makeLoggingModule],
  ['logging.config', makeLoggingConfigModule],
  ['contextlib', () => makeContextlibModule()],
  ['enum', () => makeEnumModule()],
  ['abc', () => makeAbcModule()],
  ['operator', () => makeOperatorModule()],
  ['datetime', makeDatetimeModule],
  ['warnings', makeWarningsModule],
  ['atexit', () => makeAtexitModule()],
  ['uuid', makeUuidModule],
  ['math', () => makeMathModule()],
  ['json', () => makeJsonModule()],
  ['heapq', () => makeHeapqModule()],
  ['bisect', () => makeBisectModule()],
  ['string', () => makeStringModule()],
  ['copy', () => makeCopyModule()],
  ['threading', (ctx) => makeThreadingModule(ctx.loop)],
  ['contextvars', (ctx) => makeContextvarsModule(ctx.loop)],
  ['concurrent', (ctx) => new PyModule('concurrent', new Map([['futures', ctx.module('concurrent.futures')]]))],
  ['concurrent.futures', (ctx) => makeConcurrentFuturesModule(ctx.loop)],
  // asyncio's submodules are made with it (asyncio-submodules.ts).
  ...Object.keys(ASYNCIO_SUBMODULES).map((sub): [string, ModuleFactory] => [`asyncio.${sub}`, (ctx) => ctx.module('asyncio').dict.get(sub) as PyModule]),
  ['inspect', () => makeInspectModule()],
  ['traceback', makeTracebackModule],
  ['textwrap', () => makeTextwrapModule()],
  ['types', () => makeTypesModule()],
  ['statistics', () => makeStatisticsModule()],
  ['pprint', (ctx) => makePprintModule(ctx)],
  ['re', () => makeReModule()],
  ['hashlib', () => makeHashlibModule()],
  ['os', makeOsModule],
  ['os.path', () => makeOsPathModule()],
  ['base64', () => makeBase64Module()],
  ['binascii', () => makeBinasciiModule()],
  ['struct', () => makeStructModule()],
]);

/** The modules of one run: each made once, when the program first imports it. */
export function moduleTable(ctx: Omit<ModuleContext, 'module'>): (name: string) => PyModule {
  const made = new Map<string, PyModule>();
  const get = (name: string): PyModule => {
    let m = made.get(name);
    if (m === undefined) {
      const factory = MODULE_FACTORIES.get(name);
      if (factory === undefined) throw new Error(`internal: no module '${name}'`);
      m = factory({ ...ctx, module: get, loaded: (n) => made.get(n) });
      made.set(name, m);
    }
    return m;
  };
  return get;
}
