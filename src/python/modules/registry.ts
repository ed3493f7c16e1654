/**
 * Every module a program can import, by name. Each run makes its own module objects, on first
 * import, from the run's context: nothing here survives from one run to the next.
 */
import type { EventLoop } from '../../engine/loop.ts';
import type { PyException } from '../../engine/exceptions.ts';
import { PyModule } from '../runtime/values.ts';
import { makeConcurrentFuturesModule } from './concurrent-futures.ts';
import { makeThreadingModule } from './threading-module.ts';
import { makeAsyncioModule } from './asyncio-module.ts';
import { makeTimeModule } from './time-module.ts';
import { ASYNCIO_SUBMODULES } from './asyncio-submodules.ts';

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
  /** Another module of the same run (made on first use), for modules built on others. */
  readonly module: (name: string) => PyModule;
}

export type ModuleFactory = (ctx: ModuleContext) => PyModule;

/** Dotted names (`asyncio.exceptions`) are modules of their own, listed here beside their parent. */
export const MODULE_FACTORIES: ReadonlyMap<string, ModuleFactory> = new Map<string, ModuleFactory>([
  [
    'asyncio',
    (ctx) =>
      makeAsyncioModule({ loop: ctx.loop, stderr: ctx.stderr, reportException: ctx.reportException }),
  ],
  ['time', (ctx) => makeTimeModule(ctx.loop)],
  ['threading', (ctx) => makeThreadingModule(ctx.loop)],
  ['concurrent', (ctx) => new PyModule('concurrent', new Map([['futures', ctx.module('concurrent.futures')]]))],
  ['concurrent.futures', (ctx) => makeConcurrentFuturesModule(ctx.loop)],
  // asyncio's submodules are made with it (asyncio-submodules.ts).
  ...Object.keys(ASYNCIO_SUBMODULES).map((sub): [string, ModuleFactory] => [`asyncio.${sub}`, (ctx) => ctx.module('asyncio').dict.get(sub) as PyModule]),
]);

/** The modules of one run: each made once, when the program first imports it. */
export function moduleTable(ctx: Omit<ModuleContext, 'module'>): (name: string) => PyModule {
  const made = new Map<string, PyModule>();
  const get = (name: string): PyModule => {
    let m = made.get(name);
    if (m === undefined) {
      const factory = MODULE_FACTORIES.get(name);
      if (factory === undefined) throw new Error(`internal: no module '${name}'`);
      m = factory({ ...ctx, module: get });
      made.set(name, m);
    }
    return m;
  };
  return get;
}
