/**
 * runProgram: Python source in, what CPython would print and the trace out. Pure and
 * synchronous: the browser calls it inside a Web Worker, the CLI and tests in-process. Each run
 * has its own Realm (runtime/realm.ts), made here and current while the program runs.
 */
import { BudgetExceeded, DeadlockError, EventLoop } from '../engine/loop.ts';
import { PyException } from '../engine/exceptions.ts';
import * as E from '../engine/exceptions.ts';
import { TraceRecorder } from '../engine/recorder.ts';
import type { Task } from '../engine/task.ts';
import { stuckWait } from '../engine/deadlock-info.ts';
import { TRACE_VERSION, type RunOutcome, type SourceSpan, type Trace } from '../trace/format.ts';
import { parseProgram } from './syntax/parser.ts';
import { isPySyntaxError, type PySyntaxError } from './syntax/syntax-error.ts';
import { compileModule, type CompiledModule } from './compile/module.ts';
import { Unsupported } from './runtime/errors.ts';
import { inRealm, Realm } from './runtime/realm.ts';
import { interp } from './runtime/hooks.ts';
import { iterate } from './runtime/iter.ts';
import { percentFormatValue } from './runtime/format-value.ts';
import { repr } from './runtime/repr.ts';
import { builtinExcClasses } from './runtime/types.ts';
import type { Value } from './runtime/values.ts';
import { callValue, setTypeObjectOf } from './compile/objects.ts';
import { typeObjectOf } from './runtime/builtin-types.ts';
import { setModuleCatalog } from './compile/imports.ts';
import { fillBuiltins } from './run-builtins.ts';
import { closeGlobalGenerators } from './compile/generator-lifetime.ts';
import { loopAsyncgens } from './compile/asyncgen-hooks.ts';
import { MODULE_FACTORIES, moduleTable } from './modules/registry.ts';
import { formatException, lastLine, safeExcStr, safeRepr } from './traceback-text.ts';
import { reachableFrom, unretrievedReports } from './unretrieved.ts';
import { pendingTaskReports } from './pending-at-exit.ts';

export interface RunOptions {
  /** Shown in tracebacks ("File "seed1.py", line 3"). */
  filename?: string;
  /** Stop after this many loop callbacks + loop iterations of user code. */
  maxSteps?: number;
  /** Polled every few thousand steps; return true to stop the run (wall-clock budgets). */
  shouldStop?: () => boolean;
  /** Output beyond this many characters stops the run. */
  maxOutput?: number;
  /** Record loop-inspector snapshots (ready queue, timers) each iteration. */
  recordTicks?: boolean;
  /** Record the trace at all (default true); the CLI skips it unless --trace asks for it. */
  trace?: boolean;
  /**
   * Seeds `random` as `random.seed(seed)` would, for a program that does not seed it itself
   * (CPython seeds from the OS). Default: a fresh seed per run, reported in the result.
   */
  seed?: number;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  trace: Trace;
  /** The seed `random` started from. */
  seed: number;
  /**
   * Whether the program drew random numbers from the run's seed (not from a seed it set
   * itself): only then does the seed matter, and only then does the trace carry it.
   */
  seedUsed: boolean;
}

/** A seed for a run that was given none: small enough to read out and type back. */
export function freshSeed(): number {
  return Math.floor(Math.random() * 1_000_000);
}

for (const c of Object.values(E)) {
  if (typeof c === 'object' && c !== null && 'bases' in c && 'module' in c) builtinExcClasses.add(c as E.ExcClass);
}
interp.call = (fn, args, kwargs) => callValue(fn, args, kwargs ?? null);
setTypeObjectOf(typeObjectOf);
interp.iterate = iterate;
interp.percentFormat = percentFormatValue;
setModuleCatalog(MODULE_FACTORIES.keys());

/** A program compiled for its own realm, not yet run. */
export interface PreparedRun {
  /** The run's state: builtins, modules, budget, seed, warnings and counters, shared with no other run. */
  readonly realm: Realm;
  /** Runs the program in its realm (once) and says what it printed. */
  run(): RunResult;
}

export function runProgram(source: string, options: RunOptions = {}): RunResult {
  return prepareRun(source, options).run();
}

/**
 * Parses and compiles `source` for a fresh realm. Runs prepared apart never share state, whatever
 * order they run in, even when one runs inside another.
 */
export function prepareRun(source: string, options: RunOptions = {}): PreparedRun {
  const filename = options.filename ?? 'main.py';
  const sourceLines = source.split(/\r?\n/);
  let stdout = '';
  let stderr = '';
  const maxOutput = options.maxOutput ?? 5_000_000;
  const maxSteps = options.maxSteps ?? Infinity;
  let steps = 0;
  // Only an int is a seed random.seed(N) takes exactly; anything else (a damaged link) gets a fresh one.
  const seed = options.seed !== undefined && Number.isSafeInteger(options.seed) ? options.seed : freshSeed();
  const recorder = options.trace === false ? null : new TraceRecorder({ repr: safeRepr, message: safeExcStr }, options.recordTicks ?? true);
  const loop: EventLoop = new EventLoop({
    recorder,
    pollEvery: 1024,
    shouldStop: () => {
      steps += 1024;
      if (steps > maxSteps) return `stopped after ${maxSteps.toLocaleString('en-US')} steps`;
      if (options.shouldStop?.()) return 'stopped: the run took too long (is there an endless loop?)';
      return null;
    },
  });
  loop.describeTask = (t) => repr(t);
  const realm = new Realm({ seed, tick: () => loop.budgetTick(), filename, sourceLines });
  const writeErr = (text: string): void => {
    if (text === '') return; // the reports at exit are often empty: no print event for them
    stderr += text;
    recorder?.print(text, 'stderr');
  };

  const finish = (outcome: RunOutcome, exitCode: number): RunResult => ({
    stdout,
    stderr,
    exitCode,
    seed,
    seedUsed: realm.seedUsed,
    trace: {
      version: TRACE_VERSION,
      end: loop.time(),
      events: recorder?.events ?? [],
      outcome,
      exitCode,
      stdout,
      stderr,
      ...(realm.seedUsed ? { seed } : {}),
    },
  });

  const write = (text: string, span?: SourceSpan): void => {
    stdout += text;
    recorder?.print(text, 'stdout', span);
    if (stdout.length > maxOutput) throw new BudgetExceeded(`stopped: more than ${maxOutput.toLocaleString('en-US')} characters of output`);
  };
  fillBuiltins(realm.builtins, write);

  // Front end: parse and compile before anything runs.
  let program;
  try {
    program = compileModule(parseProgram(source, filename), filename, realm);
  } catch (e) {
    if (isPySyntaxError(e)) {
      stderr = syntaxErrorText(e as PySyntaxError, filename);
      const se = e as PySyntaxError;
      const result = finish({ kind: 'syntax', type: se.type, message: se.message, line: se.line, col: se.col }, 1);
      return { realm, run: () => result };
    }
    if (e instanceof Unsupported) {
      const line = e.line ?? 1;
      stderr = unsupportedText(e, filename, sourceLines);
      const result = finish({ kind: 'syntax', type: UNSUPPORTED, message: e.message, line, col: 0 }, 1);
      return { realm, run: () => result };
    }
    throw e;
  }
  const compiled = program;
  let ran = false;
  return {
    realm,
    run: () => {
      if (ran) throw new Error('internal: a prepared run runs once');
      ran = true;
      return inRealm(realm, () => execute(compiled));
    },
  };

  /** The run itself, from the loop's hooks to the reports at exit, with `realm` current. */
  function execute(program: CompiledModule): RunResult {
  realm.reportCallbackError = (e) => writeErr(`Exception in callback\n${formatException(e, sourceLines)}`);
  const reportException = (message: string, exc: PyException): void => writeErr(`${message}\n${formatException(exc, sourceLines)}`);
  const asyncgens = loopAsyncgens(loop);
  realm.asyncgenHooks = asyncgens.hooks;

  realm.warnings.write = (t) => writeErr(t);
  realm.modules = moduleTable({
    loop,
    filename,
    seed,
    seedUsed: () => {
      realm.seedUsed = true;
    },
    sourceLines,
    stdout: (t) => write(t),
    // The program's own stderr writes (sys.stderr, logging) have the same budget as stdout.
    stderr: (t) => {
      writeErr(t);
      if (stderr.length > maxOutput) throw new BudgetExceeded(`stopped: more than ${maxOutput.toLocaleString('en-US')} characters of output on stderr`);
    },
    reportException,
    shutdownAsyncgens: () => asyncgens.shutdown(reportException),
  });

  /** atexit's functions, last registered first; one that raises is reported and the rest still run. */
  const runExitFunctions = (): void => {
    const list = realm.exitFunctions;
    while (list.length > 0) {
      const { fn, args, kwargs } = list.pop()!;
      try {
        callValue(fn, [...args], kwargs);
      } catch (e) {
        if (!(e instanceof PyException)) throw e;
        writeErr(`Exception ignored in atexit callback: ${repr(fn)}\n${formatException(e, sourceLines)}`);
      }
    }
  };
  /** The same, once the run has already failed: a budget they exhaust is reported, not thrown. */
  const exitFunctionsAfterError = (): void => {
    try {
      runExitFunctions();
    } catch (x) {
      if (!(x instanceof BudgetExceeded)) throw x;
      writeErr(`Taskline: ${x.message}\n`);
    }
  };
  const generatorIgnored = (gen: Value, exc: PyException): void => writeErr(`Exception ignored in: ${repr(gen)}\n${formatException(exc, sourceLines)}`);
  const globals = new Map<string, Value>([
    ['__name__', '__main__'],
    ['__file__', filename],
  ]);
  try {
    program.run(globals);
    loop.finishLanes();
    runExitFunctions();
    closeGlobalGenerators(globals, generatorIgnored);
    writeErr(unretrievedReports(loop, sourceLines, filename, false) + unretrievedReports(loop, sourceLines, filename, true));
    pendingTaskReports(loop, writeErr);
    return finish({ kind: 'ok' }, 0);
  } catch (e) {
    if (e instanceof PyException && E.isInstance(e, E.SystemExit)) {
      // The oracle's exit: an int code is the status, anything else is 1; no traceback.
      const code = e.args.length === 1 ? e.args[0] : null;
      const status = typeof code === 'number' ? code : typeof code === 'boolean' ? Number(code) : 1;
      const line = e.traceback.length > 0 ? e.traceback[0]!.line : null;
      exitFunctionsAfterError();
      return finish({ kind: 'error', type: e.qualifiedName, message: safeExcStr(e), line, traceback: stderr }, ((status % 256) + 256) % 256);
    }
    if (e instanceof PyException) {
      // What the traceback and the module still reach is freed at exit, after the traceback.
      const live = reachableFrom([globals, e, loop.heldToExit]);
      writeErr(unretrievedReports(loop, sourceLines, filename, false, live));
      writeErr(formatException(e, sourceLines));
      loop.finishLanes();
      exitFunctionsAfterError();
      closeGlobalGenerators(globals, generatorIgnored);
      writeErr(unretrievedReports(loop, sourceLines, filename, true, live));
      pendingTaskReports(loop, writeErr);
      const line = e.traceback.length > 0 ? e.traceback[0]!.line : null;
      return finish({ kind: 'error', type: e.qualifiedName, message: safeExcStr(e), line, traceback: stderr }, 1);
    }
    if (e instanceof DeadlockError) {
      const waiting = e.waiting.map((t: Task<unknown>) => ({
        task: t.id,
        name: t.name,
        on: waitLabel(t),
        ...stuckWait(t, (id) => loop.taskById(id)),
      }));
      writeErr(
        'Deadlock: event loop idle: no ready callbacks and no timers, main not done\n' +
          waiting.map((w) => `  ${w.name} waits for ${w.on}\n`).join(''),
      );
      return finish({ kind: 'deadlock', waiting }, 3);
    }
    if (e instanceof BudgetExceeded) {
      writeErr(`Taskline: ${e.message}\n`);
      return finish({ kind: 'limit', reason: e.message }, 4);
    }
    if (e instanceof Unsupported) {
      // Found while running (a module attribute Taskline leaves out): name the line, as the
      // front end's rejections do.
      writeErr(unsupportedText(e, filename, sourceLines));
      return finish({ kind: 'error', type: UNSUPPORTED, message: e.message, line: e.line, traceback: stderr }, 1);
    }
    throw e;
  }
  }
}

function waitLabel(t: Task<unknown>): string {
  const w = t.futWaiter;
  if (w === null) return 'nothing (ready)';
  return w.waitTarget?.label ?? (w === (t as unknown) ? 'itself' : 'a future');
}

/** Taskline's own error type for a construct outside the subset: never one CPython would raise. */
const UNSUPPORTED = 'UnsupportedError';

/** One error naming the line and the construct, laid out as CPython lays out a SyntaxError. */
function unsupportedText(e: Unsupported, filename: string, sourceLines: readonly string[]): string {
  const where = e.line === null ? '' : `  File "${filename}", line ${e.line}\n    ${(sourceLines[e.line - 1] ?? '').trim()}\n`;
  return `${where}${UNSUPPORTED}: ${e.message}\n`;
}

function syntaxErrorText(e: PySyntaxError, filename: string): string {
  const text = e.lineText ?? '';
  const trimmed = text.replace(/^\s+/, '');
  const caret = Math.max(0, e.col - (text.length - trimmed.length));
  const width = Math.max(1, (e.endCol ?? e.col + 1) - e.col);
  return `  File "${filename}", line ${e.line}\n    ${trimmed.replace(/\s+$/, '')}\n    ${' '.repeat(caret)}${'^'.repeat(width)}\n${e.type}: ${e.message}\n`;
}

export { lastLine };
