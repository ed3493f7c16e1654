/**
 * Every module a program can import, by name. Each run makes its own module objects, on first
 * import, from the run's context: nothing here survives from one run to the next.
 */
import type { EventLoop } from '../../engine/loop.ts';
import type { SourceSpan } from '../../trace/format.ts';
import type { PyCoroutine, PyModule, Value } from '../runtime/values.ts';
import { makeAsyncioModule } from './asyncio-module.ts';
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

/** What a module factory may use of the run it belongs to. */
export interface ModuleContext {
  readonly loop: EventLoop;
  readonly filename: string;
  readonly sourceLines: readonly string[];
  /** The program's stdout and stderr (both also reach the trace). */
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** asyncio.run: runs a coroutine to completion on the run's loop. */
  readonly asyncioRun: (coro: PyCoroutine, span: SourceSpan | undefined) => Value;
  /** Another module of the same run (made on first use), for modules built on others. */
  readonly module: (name: string) => PyModule;
}

export type ModuleFactory = (ctx: ModuleContext) => PyModule;

/** Dotted names (`asyncio.exceptions`) are modules of their own, listed here beside their parent. */
export const MODULE_FACTORIES: ReadonlyMap<string, ModuleFactory> = new Map<string, ModuleFactory>([
  [
    'asyncio',
    (ctx) =>
      makeAsyncioModule({ loop: ctx.loop, stderr: ctx.stderr, run: (coro, site) => ctx.asyncioRun(coro, site.span) }),
  ],
  ['time', (ctx) => makeTimeModule(ctx.loop)],
  ['collections', (ctx) => makeCollectionsModule(() => ctx.module('collections.abc'))],
  ['collections.abc', () => makeCollectionsAbcModule()],
  ['typing', (ctx) => makeTypingModule(ctx)],
  ['itertools', () => makeItertoolsModule()],
  ['math', () => makeMathModule()],
  ['json', () => makeJsonModule()],
  ['heapq', () => makeHeapqModule()],
  ['bisect', () => makeBisectModule()],
  ['string', () => makeStringModule()],
  ['copy', () => makeCopyModule()],
  ['textwrap', () => makeTextwrapModule()],
  ['types', () => makeTypesModule()],
  ['abc', () => makeAbcModule()],
  ['statistics', () => makeStatisticsModule()],
  ['pprint', (ctx) => makePprintModule(ctx)],
  ['inspect', () => makeInspectModule()],
  ['re', () => makeReModule()],
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
