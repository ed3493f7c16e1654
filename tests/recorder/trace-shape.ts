/**
 * A structural check of a trace read from JSON against the types in src/trace/format.ts: what
 * the app needs to be true before it can draw a trace it did not make itself. It returns the
 * problems found (empty when the trace fits), each naming the path of the offending value.
 */
import { TRACE_VERSION } from '../../src/trace/format.ts';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isStr = (v: unknown): v is string => typeof v === 'string';
const isIdOrNull = (v: unknown): boolean => v === null || isInt(v);
const isStrOrNull = (v: unknown): boolean => v === null || isStr(v);

class Checker {
  readonly problems: string[] = [];

  need(ok: boolean, path: string, what: string): void {
    if (!ok) this.problems.push(`${path}: expected ${what}`);
  }

  field(o: Obj, key: string, path: string, test: (v: unknown) => boolean, what: string): void {
    this.need(test(o[key]), `${path}.${key}`, what);
  }

  optional(o: Obj, key: string, path: string, test: (v: unknown) => boolean, what: string): void {
    if (key in o) this.field(o, key, path, test, what);
  }

  span(o: Obj, key: string, path: string): void {
    if (!(key in o)) return;
    const s = o[key];
    const p = `${path}.${key}`;
    if (!isObj(s)) return this.need(false, p, 'a SourceSpan');
    this.field(s, 'from', p, isInt, 'an offset');
    this.field(s, 'to', p, (v) => isInt(v) && (v as number) >= (s['from'] as number), 'an offset ≥ from');
    this.field(s, 'line', p, (v) => isInt(v) && (v as number) >= 1, 'a 1-based line');
    this.field(s, 'col', p, isInt, 'a 0-based column');
  }

  ids(o: Obj, key: string, path: string): void {
    this.field(o, key, path, (v) => Array.isArray(v) && v.every(isInt), 'a list of task ids');
  }

  target(on: unknown, path: string): void {
    if (!isObj(on)) return this.need(false, path, 'a WaitTarget');
    this.field(on, 'label', path, isStr, 'a label');
    switch (on['kind']) {
      case 'sleep':
        this.field(on, 'delay', path, isNum, 'a delay');
        this.field(on, 'until', path, isNum, 'a time');
        this.span(on, 'call', path);
        this.span(on, 'literal', path);
        return;
      case 'yield':
        return;
      case 'task':
        return this.field(on, 'task', path, isInt, 'a task id');
      case 'gather':
      case 'wait':
      case 'taskgroup':
        return this.ids(on, 'tasks', path);
      case 'wait_for':
        this.optional(on, 'task', path, isInt, 'a task id');
        return this.field(on, 'timeout', path, (v) => v === null || isNum(v), 'a timeout or null');
      case 'timeout':
        return this.field(on, 'until', path, (v) => v === null || isNum(v), 'a time or null');
      case 'lock':
      case 'event':
      case 'condition':
      case 'semaphore':
      case 'queue':
      case 'future':
        return this.field(on, 'object', path, Number.isInteger, 'an object number');
      case 'thread':
        return this.field(on, 'job', path, isInt, 'a job id');
      default:
        this.need(false, `${path}.kind`, 'a known wait kind');
    }
  }

  event(ev: unknown, path: string, created: Set<number>): void {
    if (!isObj(ev)) return this.need(false, path, 'an event object');
    this.field(ev, 't', path, isNum, 'a time');
    const taskRef = (nullable: boolean): void => {
      const v = ev['task'];
      this.need(nullable ? isIdOrNull(v) : isInt(v), `${path}.task`, nullable ? 'a task id or null' : 'a task id');
      if (isInt(v)) this.need(created.has(v), `${path}.task`, `task ${v} to be created before`);
    };
    switch (ev['type']) {
      case 'create':
        // Ids follow creation; untraced tasks (asyncio.run's shutdown steps) may leave gaps.
        this.field(ev, 'task', path, (v) => isInt(v) && !created.has(v) && [...created].every((c) => c < v), 'a new, larger task id');
        if (isInt(ev['task'])) created.add(ev['task']);
        this.field(ev, 'name', path, isStr, 'a name');
        this.field(ev, 'parent', path, isIdOrNull, 'a task id or null');
        this.optional(ev, 'coro', path, isStr, 'a coroutine name');
        this.optional(ev, 'coroCall', path, isStr, 'a coroutine call text');
        this.span(ev, 'call', path);
        this.span(ev, 'nameLiteral', path);
        return;
      case 'rename':
        taskRef(false);
        return this.field(ev, 'name', path, isStr, 'a name');
      case 'step':
        return taskRef(false);
      case 'suspend':
        taskRef(false);
        this.target(ev['on'], `${path}.on`);
        return this.span(ev, 'at', path);
      case 'wake':
        taskRef(false);
        return this.field(ev, 'by', path, isIdOrNull, 'a task id or null');
      case 'cancel':
        taskRef(false);
        this.field(ev, 'by', path, isIdOrNull, 'a task id or null');
        return this.field(ev, 'message', path, isStrOrNull, 'a message or null');
      case 'block':
        taskRef(true);
        this.field(ev, 'delay', path, isNum, 'a delay');
        this.span(ev, 'call', path);
        return this.span(ev, 'literal', path);
      case 'print':
        taskRef(true);
        this.field(ev, 'text', path, isStr, 'text');
        this.field(ev, 'stream', path, (v) => v === 'stdout' || v === 'stderr', "'stdout' or 'stderr'");
        this.optional(ev, 'lane', path, isInt, 'a lane id');
        return this.span(ev, 'call', path);
      case 'done':
        taskRef(false);
        if (ev['state'] === 'result') return this.field(ev, 'repr', path, isStr, 'a repr');
        if (ev['state'] === 'exception') {
          this.field(ev, 'excType', path, isStr, 'an exception type');
          return this.field(ev, 'message', path, isStr, 'a message');
        }
        if (ev['state'] === 'cancelled') return this.field(ev, 'message', path, isStrOrNull, 'a message or null');
        return this.need(false, `${path}.state`, "'result', 'exception' or 'cancelled'");
      case 'callback':
        // Taskline's engine writes these; the CPython recorder does not (yet).
        taskRef(true);
        return this.field(ev, 'label', path, isStr, 'a label');
      case 'lane-start':
      case 'lane-block':
      case 'lane-end':
      case 'tick':
      case 'resource':
        return; // the recorder writes none of these; a reader may meet them in other traces
      default:
        this.need(false, `${path}.type`, 'a known event type');
    }
  }

  outcome(o: unknown, path: string): void {
    if (!isObj(o)) return this.need(false, path, 'an outcome object');
    switch (o['kind']) {
      case 'ok':
        return;
      case 'error':
        this.field(o, 'type', path, isStr, 'an exception type');
        this.field(o, 'message', path, isStr, 'a message');
        this.field(o, 'line', path, (v) => v === null || isInt(v), 'a line or null');
        return this.field(o, 'traceback', path, isStr, 'traceback text');
      case 'deadlock':
        return this.field(
          o,
          'waiting',
          path,
          (v) => Array.isArray(v) && v.every((w) => isObj(w) && isInt(w['task']) && isStr(w['name']) && isStr(w['on'])),
          'a list of {task, name, on}',
        );
      case 'limit':
        return this.field(o, 'reason', path, isStr, 'a reason');
      case 'syntax':
        this.field(o, 'type', path, isStr, 'an error type');
        this.field(o, 'message', path, isStr, 'a message');
        this.field(o, 'line', path, isInt, 'a line');
        return this.field(o, 'col', path, isInt, 'a column');
      default:
        this.need(false, `${path}.kind`, 'a known outcome kind');
    }
  }
}

/** Problems that keep `value` from being a `Trace` (format.ts); empty when it is one. */
export function traceProblems(value: unknown): string[] {
  const c = new Checker();
  if (!isObj(value)) return ['trace: expected an object'];
  c.field(value, 'version', 'trace', (v) => v === TRACE_VERSION, `version ${TRACE_VERSION}`);
  c.field(value, 'end', 'trace', isNum, 'an end time');
  c.field(value, 'exitCode', 'trace', Number.isInteger, 'an exit code');
  c.field(value, 'stdout', 'trace', isStr, 'stdout text');
  c.field(value, 'stderr', 'trace', isStr, 'stderr text');
  c.optional(value, 'seed', 'trace', Number.isInteger, 'an integer seed');
  c.outcome(value['outcome'], 'trace.outcome');
  const events = value['events'];
  if (!Array.isArray(events)) return [...c.problems, 'trace.events: expected a list'];
  const created = new Set<number>();
  let last = -Infinity;
  events.forEach((ev, i) => {
    c.event(ev, `trace.events[${i}]`, created);
    // Times never go backwards: the views replay the log in order.
    if (isObj(ev) && isNum(ev['t'])) {
      c.need(ev['t'] >= last, `trace.events[${i}].t`, `a time ≥ ${last}`);
      last = Math.max(last, ev['t']);
    }
  });
  return c.problems;
}
