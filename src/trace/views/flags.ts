/**
 * A learner's usual asyncio mistakes, found in one run: what the trace shows happened (a
 * blocked loop, a cancel that was swallowed, CPython's own warnings on stderr) and, where the
 * trace cannot say, what the code says (a task nobody kept, awaits that could overlap).
 * Pure: a trace and its program in, flags out. Each check is conservative: a clean program
 * must get no flag at all.
 */
import type { Await, Call, Expr, Module, Stmt } from '../../python/syntax/ast.ts';
import type { SourceSpan, TaskId, Trace, TraceEvent } from '../format.ts';
import type { MistakeFlag } from './flag-types.ts';
import { asyncDefs, blocks, calleeName, namesRead, parseOrNull, swallowingHandlers, touchesSharedState, walk } from './flag-source.ts';
import { deadlockCycle, endlessLoop } from './flags-stuck.ts';

/** More flags of one kind than this would only bury the chart; the first ones say it all. */
const MAX_PER_KIND = 50;

export function mistakeFlags(trace: Trace, code: string): MistakeFlag[] {
  const mod = parseOrNull(code);
  const names = taskNames(trace);
  const flags = [
    ...neverAwaited(trace, mod),
    ...blockingCalls(trace, code),
    ...(mod ? sequentialAwaits(trace, mod) : []),
    ...(mod ? tasksNotKept(trace, mod) : []),
    ...swallowedCancels(trace, mod, names),
    ...exceptionsNeverRetrieved(trace, names),
    ...deadlockCycle(trace, names),
    ...endlessLoop(trace, mod, names),
  ];
  return flags.sort((a, b) => a.t - b.t);
}

export interface TaskInfo {
  name: string;
  coro?: string;
  call?: SourceSpan;
  createIndex: number;
  doneIndex?: number;
}

function taskNames(trace: Trace): Map<TaskId, TaskInfo> {
  const out = new Map<TaskId, TaskInfo>();
  trace.events.forEach((e, i) => {
    if (e.type === 'create') out.set(e.task, { name: e.name, createIndex: i, ...(e.coro ? { coro: e.coro } : {}), ...(e.call ? { call: e.call } : {}) });
    else if (e.type === 'rename') {
      const info = out.get(e.task);
      if (info) info.name = e.name;
    } else if (e.type === 'done') {
      const info = out.get(e.task);
      if (info) info.doneIndex = i;
    }
  });
  return out;
}

const s2 = (x: number): string => `${x.toFixed(2)} s`;
/** "5 s", "2.5 s": durations in the sentence a learner reads. */
const secs = (x: number): string => `${Number(x.toFixed(3))} s`;

function stderrEvents(trace: Trace): { e: Extract<TraceEvent, { type: 'print' }>; i: number }[] {
  const out: { e: Extract<TraceEvent, { type: 'print' }>; i: number }[] = [];
  trace.events.forEach((e, i) => {
    if (e.type === 'print' && e.stream === 'stderr' && e.text !== '') out.push({ e, i });
  });
  return out;
}

// --- coroutine never awaited: CPython's RuntimeWarning, which the runtime prints on stderr ------------

function neverAwaited(trace: Trace, mod: Module | null): MistakeFlag[] {
  const flags: MistakeFlag[] = [];
  const re = /^(?:sys:1|[^\n:]+:(\d+)): RuntimeWarning: coroutine '([^']+)' was never awaited$/gm;
  for (const { e, i } of stderrEvents(trace)) {
    for (const m of e.text.matchAll(re)) {
      const qual = m[2]!;
      const short = qual.slice(qual.lastIndexOf('.') + 1);
      const line = m[1] !== undefined ? Number(m[1]) : mod ? unawaitedCallLine(mod, short) : undefined;
      flags.push({
        kind: 'never-awaited',
        task: null,
        t: e.t,
        eventIndex: i,
        ...(line !== undefined ? { line } : {}),
        message: `The coroutine ${short}() was made${line !== undefined ? ` on line ${line}` : ''} but never awaited, so its body never ran.`,
        fix: `Write await ${short}(...), or start it with asyncio.create_task(${short}(...)) and await the task.`,
      });
    }
  }
  return flags;
}

/** A call to `name` whose value is not awaited nor passed to anything: where a kept coroutine was made. */
function unawaitedCallLine(mod: Module, name: string): number | undefined {
  for (const { node, parents } of walk(mod)) {
    if (node.kind !== 'Call' || calleeName(node as Call)?.split('.').pop() !== name) continue;
    const parent = parents[parents.length - 1];
    if (parent && (parent.kind === 'Await' || parent.kind === 'Call' || parent.kind === 'keyword' || parent.kind === 'Starred')) continue;
    return node.span?.line;
  }
  return undefined;
}

// --- blocking calls (time.sleep) inside a task: the whole loop stops -------------------------------------

function blockingCalls(trace: Trace, code: string): MistakeFlag[] {
  const flags: MistakeFlag[] = [];
  let last: { flag: MistakeFlag; end: number } | null = null;
  trace.events.forEach((e, i) => {
    if (e.type !== 'block' || e.task === null || flags.length >= MAX_PER_KIND) return;
    const line = e.call?.line;
    const end = e.t + e.delay;
    // Back-to-back blocks from one line (a loop of time.sleep) are one band.
    if (last && last.flag.line === line && Math.abs(last.end - e.t) < 1e-9 && last.flag.task === e.task) {
      const merged = { ...last.flag, tEnd: end, message: blockedMessage(end - last.flag.t, line) };
      flags[flags.length - 1] = merged;
      last = { flag: merged, end };
      return;
    }
    const callText = e.call ? code.slice(e.call.from, e.call.to) : '';
    const arg = e.literal ? code.slice(e.literal.from, e.literal.to) : String(e.delay);
    const fix = /^time\.sleep\b|^sleep\(/.test(callText)
      ? `Use await asyncio.sleep(${arg}) instead of ${callText || `time.sleep(${arg})`}.`
      : 'Run blocking work with await asyncio.to_thread(...), so the loop can go on meanwhile.';
    const flag: MistakeFlag = {
      kind: 'blocking-call',
      task: e.task,
      t: e.t,
      tEnd: end,
      eventIndex: i,
      ...(line !== undefined ? { line } : {}),
      acrossAllRows: true,
      message: blockedMessage(e.delay, line),
      fix,
    };
    flags.push(flag);
    last = { flag, end };
  });
  return flags;
}

function blockedMessage(seconds: number, line: number | undefined): string {
  return `The whole loop was blocked for ${s2(seconds)}${line !== undefined ? ` by line ${line}` : ''}.`;
}

// --- sequential awaits that could have overlapped -------------------------------------------------------

/** An `await f(...)` statement: a user coroutine or asyncio.sleep, awaited on the spot. */
function awaitedCall(stmt: Stmt): Call | null {
  let v: Expr | null = null;
  if (stmt.kind === 'Expr') v = stmt.value;
  else if (stmt.kind === 'Assign' || stmt.kind === 'AnnAssign') v = stmt.value;
  if (!v || v.kind !== 'Await') return null;
  const inner = (v as Await).value;
  return inner.kind === 'Call' ? inner : null;
}

function assignedNames(stmt: Stmt): Set<string> {
  if (stmt.kind !== 'Assign' && stmt.kind !== 'AnnAssign') return new Set();
  const targets = stmt.kind === 'Assign' ? stmt.targets : [stmt.target];
  return namesRead(targets);
}

function sequentialAwaits(trace: Trace, mod: Module): MistakeFlag[] {
  const defs = asyncDefs(mod);
  const flags: MistakeFlag[] = [];
  const independent = (call: Call): boolean => {
    const name = calleeName(call);
    if (name === 'asyncio.sleep') return true;
    const def = name !== null && !name.includes('.') ? defs.get(name) : undefined;
    return def !== undefined && !touchesSharedState(def);
  };
  for (const body of blocks(mod)) {
    let run: { stmt: Stmt; call: Call }[] = [];
    const flush = () => {
      if (run.length >= 2) {
        const f = overlapFlag(trace, run);
        if (f) flags.push(f);
      }
      run = [];
    };
    for (const stmt of body) {
      const call = awaitedCall(stmt);
      if (!call || !independent(call)) {
        flush();
        continue;
      }
      // A later await that reads an earlier one's result, or an object both are handed, depends on it.
      const reads = namesRead([...call.args, ...call.keywords]);
      const shared = run.some((r) => [...assignedNames(r.stmt), ...namesRead([...r.call.args, ...r.call.keywords])].some((n) => reads.has(n)));
      if (shared) flush();
      run.push({ stmt, call });
    }
    flush();
  }
  return flags;
}

/**
 * Times each statement of the run by the sleeps that came from it (the sleep call, or the
 * literal its delay came from, lies in the statement's text), in one task. Only when each
 * statement's sleeps were all seen, and one ended before the next began, is it a flag.
 */
function overlapFlag(trace: Trace, run: readonly { stmt: Stmt; call: Call }[]): MistakeFlag | null {
  const within = (s: SourceSpan | undefined, stmt: Stmt) => s !== undefined && s.from >= stmt.span.from && s.to <= stmt.span.to;
  const spans: { task: TaskId; start: number; end: number; index: number }[][] = run.map(() => []);
  trace.events.forEach((e, i) => {
    if (e.type !== 'suspend' || e.on.kind !== 'sleep') return;
    const on = e.on;
    run.forEach((r, k) => {
      if (within(on.call, r.stmt) || within(on.literal, r.stmt)) spans[k]!.push({ task: e.task, start: e.t, end: on.until, index: i });
    });
  });
  if (spans.some((s) => s.length === 0)) return null;
  const task = spans[0]![0]!.task;
  // The first time through the statements, in the task that ran them.
  const firstOf = spans.map((s) => s.filter((x) => x.task === task));
  if (firstOf.some((s) => s.length === 0)) return null;
  const ranges = firstOf.map((s) => ({ start: s[0]!.start, end: Math.max(...s.map((x) => x.end)), index: s[0]!.index }));
  for (let k = 1; k < ranges.length; k++) if (ranges[k]!.start < ranges[k - 1]!.end - 1e-9) return null;
  const total = ranges[ranges.length - 1]!.end - ranges[0]!.start;
  const together = Math.max(...ranges.map((r) => r.end - r.start));
  if (together <= 0 || total - together < 1e-6) return null;
  const count = ['', '', 'two', 'three', 'four', 'five'][run.length] ?? String(run.length);
  return {
    kind: 'sequential-awaits',
    task,
    t: ranges[0]!.start,
    tEnd: ranges[ranges.length - 1]!.end,
    eventIndex: ranges[0]!.index,
    line: run[0]!.stmt.span.line,
    message: `These ${count} awaits ran one after the other: ${secs(total)}; with create_task or gather: ${secs(together)}.`,
    fix: `Start them together: await asyncio.gather(${run.map((r) => `${calleeName(r.call)}(...)`).join(', ')}), or create_task each first and await the tasks.`,
  };
}

// --- a task created and not kept --------------------------------------------------------------------------

const SPAWNERS = new Set(['asyncio.create_task', 'asyncio.ensure_future', 'create_task', 'ensure_future', 'asyncio.get_running_loop().create_task', 'asyncio.get_event_loop().create_task']);

function tasksNotKept(trace: Trace, mod: Module): MistakeFlag[] {
  const discarded: Call[] = [];
  for (const { node } of walk(mod)) {
    if (node.kind !== 'Expr') continue;
    const v = (node as unknown as { value: Expr }).value;
    if (v.kind === 'Call' && SPAWNERS.has(calleeName(v) ?? '')) discarded.push(v);
  }
  if (discarded.length === 0) return [];
  const flags: MistakeFlag[] = [];
  const seenLines = new Set<number>();
  trace.events.forEach((e, i) => {
    if (e.type !== 'create' || !e.call || flags.length >= MAX_PER_KIND) return;
    const call = discarded.find((c) => c.span.from === e.call!.from);
    if (!call) return;
    // A loop that spawns a thousand: the first one speaks for its line.
    if (seenLines.has(call.span.line)) return;
    seenLines.add(call.span.line);
    const fn = calleeName(call)?.split('.').pop() ?? 'create_task';
    flags.push({
      kind: 'task-not-kept',
      task: e.task,
      t: e.t,
      eventIndex: i,
      line: call.span.line,
      message: `The task ${e.name} from ${fn}() on line ${call.span.line} is not kept anywhere: asyncio holds only a weak reference to it, so it can be garbage-collected before it finishes.`,
      fix: `Keep a reference (task = asyncio.${fn}(...)) and await it, or add it to a set and discard it when it is done.`,
    });
  });
  return flags;
}

// --- a swallowed CancelledError -------------------------------------------------------------------------

function swallowedCancels(trace: Trace, mod: Module | null, names: Map<TaskId, TaskInfo>): MistakeFlag[] {
  const cancelledAt = new Map<TaskId, number>();
  const flags: MistakeFlag[] = [];
  trace.events.forEach((e, i) => {
    if (e.type === 'cancel' && !cancelledAt.has(e.task)) cancelledAt.set(e.task, e.t);
    if (e.type !== 'done' || e.state !== 'result' || !cancelledAt.has(e.task)) return;
    const info = names.get(e.task);
    const def = mod && info?.coro ? asyncDefs(mod).get(info.coro) : undefined;
    const handler = mod ? (def ? swallowingHandlers(def)[0] : undefined) ?? swallowingHandlers(mod)[0] : undefined;
    // No handler that swallows it: the cancel was taken back on purpose (a TaskGroup, asyncio.timeout).
    if (!handler) return;
    const name = info?.name ?? `task ${e.task}`;
    flags.push({
      kind: 'swallowed-cancel',
      task: e.task,
      t: e.t,
      eventIndex: i,
      line: handler.span.line,
      message: `${name} was cancelled at ${s2(cancelledAt.get(e.task)!)} but caught CancelledError and returned a result, so whoever cancelled it cannot tell it stopped.`,
      fix: 'End the except asyncio.CancelledError block with a bare raise, after any cleanup.',
    });
  });
  return flags;
}

// --- an exception never retrieved -------------------------------------------------------------------------

function exceptionsNeverRetrieved(trace: Trace, names: Map<TaskId, TaskInfo>): MistakeFlag[] {
  const flags: MistakeFlag[] = [];
  const byName = new Map<string, TaskId>();
  for (const [id, info] of names) byName.set(info.name, id);
  const re = /^(\w+) exception was never retrieved\nfuture: <\w+ finished name='([^']*)'[^\n]*?exception=(\w+)/gm;
  for (const { e, i } of stderrEvents(trace)) {
    for (const m of e.text.matchAll(re)) {
      const task = byName.get(m[2]!);
      const info = task !== undefined ? names.get(task) : undefined;
      const line = info?.call?.line;
      flags.push({
        kind: 'exception-never-retrieved',
        task: task ?? null,
        t: info?.doneIndex !== undefined ? trace.events[info.doneIndex]!.t : e.t,
        eventIndex: info?.doneIndex ?? i,
        ...(line !== undefined ? { line } : {}),
        message: `${m[2]} raised ${m[3]}, but nobody awaited it, so the error was only reported when the task was freed.`,
        fix: `Await the task (or gather it) where its result is needed, so its ${m[3]} reaches your code.`,
      });
    }
  }
  return flags;
}
