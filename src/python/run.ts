/**
 * runProgram: Python source in, what CPython would print and the trace out. Pure and
 * synchronous: the browser calls it inside a Web Worker, the CLI and tests in-process.
 */
import { BudgetExceeded, DeadlockError, EventLoop } from '../engine/loop.ts';
import { asyncioRun } from '../engine/run.ts';
import { PyException } from '../engine/exceptions.ts';
import * as E from '../engine/exceptions.ts';
import { TraceRecorder } from '../engine/recorder.ts';
import type { Task } from '../engine/task.ts';
import { TRACE_VERSION, type RunOutcome, type Trace } from '../trace/format.ts';
import { parseModule } from './parser.ts';
import { isPySyntaxError, type PySyntaxError } from './syntax-error.ts';
import { compileModule } from './compile/module.ts';
import { Unsupported } from './runtime/errors.ts';
import { resetInstanceKeys } from './runtime/ops.ts';
import { interp } from './runtime/hooks.ts';
import { iterate } from './runtime/iter.ts';
import { percentFormat } from './runtime/percent-format.ts';
import { repr } from './runtime/repr.ts';
import { builtinExcClasses } from './runtime/types.ts';
import { PyBuiltin, PyCoroutine, type Value } from './runtime/values.ts';
import { callValue, getattr, setattr, setTypeObjectOf, superBuiltin } from './compile/objects.ts';
import { typeObjectOf } from './runtime/builtin-types.ts';
import { setBuiltins } from './compile/names.ts';
import { setModuleCatalog, setModules } from './compile/imports.ts';
import { budget } from './compile/budget.ts';
import { callDepth } from './compile/traceback.ts';
import { globalLits } from './compile/literals.ts';
import { makeBuiltins, printText } from './runtime/builtins.ts';
import { onDoneCallbackError } from './modules/asyncio-module.ts';
import { aiterBuiltin, anextBuiltin } from './compile/generator-methods.ts';
import { asyncgenHooks } from './compile/async-generator.ts';
import { closeGlobalGenerators, lastGenerator } from './compile/generator-lifetime.ts';
import { generatorSerial } from './compile/generator.ts';
import { loopAsyncgens } from './compile/asyncgen-hooks.ts';
import { MODULE_FACTORIES, moduleTable } from './modules/registry.ts';
import { formatException, lastLine, safeExcStr } from './traceback-text.ts';
import { reachableFrom, resetUnretrieved, unretrievedReports } from './unretrieved.ts';

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
}

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  trace: Trace;
}

for (const c of Object.values(E)) {
  if (typeof c === 'object' && c !== null && 'bases' in c && 'module' in c) builtinExcClasses.add(c as E.ExcClass);
}
interp.call = (fn, args, kwargs) => callValue(fn, args, kwargs ?? null);
setTypeObjectOf(typeObjectOf);
interp.iterate = iterate;
interp.percentFormat = percentFormat;
setModuleCatalog(MODULE_FACTORIES.keys());

export function runProgram(source: string, options: RunOptions = {}): RunResult {
  const filename = options.filename ?? 'main.py';
  const sourceLines = source.split(/\r?\n/);
  let stdout = '';
  let stderr = '';
  const maxOutput = options.maxOutput ?? 5_000_000;
  const maxSteps = options.maxSteps ?? Infinity;
  let steps = 0;
  const recorder = options.trace === false ? null : new TraceRecorder({ repr, message: safeExcStr }, options.recordTicks ?? true);
  const loop = new EventLoop({
    recorder,
    pollEvery: 1024,
    shouldStop: () => {
      steps += 1024;
      if (steps > maxSteps) return `stopped after ${maxSteps.toLocaleString('en-US')} steps`;
      if (options.shouldStop?.()) return 'stopped: the run took too long (is there an endless loop?)';
      return null;
    },
  });
  const writeErr = (text: string): void => {
    stderr += text;
    recorder?.print(text, 'stderr');
  };

  const finish = (outcome: RunOutcome, exitCode: number): RunResult => ({
    stdout,
    stderr,
    exitCode,
    trace: { version: TRACE_VERSION, end: loop.time(), events: recorder?.events ?? [], outcome, exitCode, stdout, stderr },
  });

  // Front end: parse and compile before anything runs.
  let program;
  try {
    program = compileModule(parseModule(source, filename), filename);
  } catch (e) {
    if (isPySyntaxError(e)) {
      stderr = syntaxErrorText(e as PySyntaxError, filename);
      const se = e as PySyntaxError;
      return finish({ kind: 'syntax', type: se.type, message: se.message, line: se.line, col: se.col }, 1);
    }
    if (e instanceof Unsupported) {
      const line = e.line ?? 1;
      stderr = `  File "${filename}", line ${line}\n    ${(sourceLines[line - 1] ?? '').trim()}\nSyntaxError: ${e.message}\n`;
      return finish({ kind: 'syntax', type: 'SyntaxError', message: e.message, line, col: 0 }, 1);
    }
    throw e;
  }

  const write = (text: string, span?: import('../trace/format.ts').SourceSpan): void => {
    stdout += text;
    recorder?.print(text, 'stdout', span);
    if (stdout.length > maxOutput) throw new BudgetExceeded(`stopped: more than ${maxOutput.toLocaleString('en-US')} characters of output`);
  };
  const builtins = makeBuiltins({ write: (t) => write(t), getattr, setattr });
  builtins.set(
    'print',
    new PyBuiltin('print', (args, kw, site) => {
      write(printText(args, kw), site.span);
      return null;
    }),
  );
  builtins.set('super', superBuiltin);
  builtins.set('aiter', aiterBuiltin);
  builtins.set('anext', anextBuiltin);
  for (const c of builtinExcClasses) if (c.module === 'builtins') builtins.set(c.name, c);
  builtins.set('IOError', E.OSError);
  builtins.set('EnvironmentError', E.OSError);
  setBuiltins(builtins);
  budget.tick = () => loop.budgetTick();
  callDepth.n = 0;
  globalLits.clear();
  resetInstanceKeys();
  PyCoroutine.unstarted.clear();
  lastGenerator.v = null;
  generatorSerial.n = 0;
  resetUnretrieved();
  onDoneCallbackError((e) => writeErr(`Exception in callback\n${formatException(e, sourceLines)}`));

  const reportException = (message: string, exc: PyException): void => writeErr(`${message}\n${formatException(exc, sourceLines)}`);
  const asyncgens = loopAsyncgens(loop);
  asyncgenHooks.current = asyncgens.hooks;

  setModules(
    moduleTable({
      loop,
      filename,
      sourceLines,
      stdout: (t) => write(t),
      stderr: writeErr,
      asyncioRun: (coro, span) =>
        asyncioRun(loop, coro, { coroName: coro.coroName, ...(span ? { call: span } : {}) }, {
          reportException,
          shutdownAsyncgens: () => asyncgens.shutdown(reportException),
        }) as Value,
      shutdownAsyncgens: () => asyncgens.shutdown(reportException),
    }),
  );

  const generatorIgnored = (gen: Value, exc: PyException): void => writeErr(`Exception ignored in: ${repr(gen)}\n${formatException(exc, sourceLines)}`);
  const globals = new Map<string, Value>([
    ['__name__', '__main__'],
    ['__file__', filename],
  ]);
  try {
    program.run(globals);
    closeGlobalGenerators(globals, generatorIgnored);
    writeErr(unretrievedReports(loop, sourceLines, filename, false) + unretrievedReports(loop, sourceLines, filename, true));
    return finish({ kind: 'ok' }, 0);
  } catch (e) {
    if (e instanceof PyException && E.isInstance(e, E.SystemExit)) {
      // The oracle's exit: an int code is the status, anything else is 1; no traceback.
      const code = e.args.length === 1 ? e.args[0] : null;
      const status = typeof code === 'number' ? code : typeof code === 'boolean' ? Number(code) : 1;
      const line = e.traceback.length > 0 ? e.traceback[0]!.line : null;
      return finish({ kind: 'error', type: e.qualifiedName, message: safeExcStr(e), line, traceback: stderr }, ((status % 256) + 256) % 256);
    }
    if (e instanceof PyException) {
      // What the traceback and the module still reach is freed at exit, after the traceback.
      const live = reachableFrom([globals, e, loop.heldToExit]);
      writeErr(unretrievedReports(loop, sourceLines, filename, false, live));
      writeErr(formatException(e, sourceLines));
      closeGlobalGenerators(globals, generatorIgnored);
      writeErr(unretrievedReports(loop, sourceLines, filename, true, live));
      const line = e.traceback.length > 0 ? e.traceback[0]!.line : null;
      return finish({ kind: 'error', type: e.qualifiedName, message: safeExcStr(e), line, traceback: stderr }, 1);
    }
    if (e instanceof DeadlockError) {
      const waiting = e.waiting.map((t: Task<unknown>) => ({ task: t.id, name: t.name, on: waitLabel(t) }));
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
      if (e.line !== null) writeErr(`  File "${filename}", line ${e.line}\n    ${(sourceLines[e.line - 1] ?? '').trim()}\n`);
      writeErr(`Taskline: ${e.message}\n`);
      return finish({ kind: 'error', type: 'Unsupported', message: e.message, line: e.line, traceback: stderr }, 1);
    }
    throw e;
  }
}

function waitLabel(t: Task<unknown>): string {
  const w = t.futWaiter;
  if (w === null) return 'nothing (ready)';
  return w.waitTarget?.label ?? (w === (t as unknown) ? 'itself' : 'a future');
}

function syntaxErrorText(e: PySyntaxError, filename: string): string {
  const text = e.lineText ?? '';
  const trimmed = text.replace(/^\s+/, '');
  const caret = Math.max(0, e.col - (text.length - trimmed.length));
  const width = Math.max(1, (e.endCol ?? e.col + 1) - e.col);
  return `  File "${filename}", line ${e.line}\n    ${trimmed.replace(/\s+$/, '')}\n    ${' '.repeat(caret)}${'^'.repeat(width)}\n${e.type}: ${e.message}\n`;
}

export { lastLine };
