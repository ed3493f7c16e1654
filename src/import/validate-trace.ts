/**
 * Checks that parsed JSON is a trace the views can read, field by field, and says where it
 * is not ("event 12 (suspend): on.label should be text"). Event types and wait kinds this
 * version does not know are dropped, as FORMAT.md asks of a reader; fields it does not know
 * are kept. Pure: no DOM.
 */
import { TRACE_VERSION, type Trace, type TraceEvent } from '../trace/format.ts';

export class TraceShapeError extends Error {}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isIdOrNull = (v: unknown) => v === null || isId(v);
const isText = (v: unknown): v is string => typeof v === 'string';
const isTextOrNull = (v: unknown) => v === null || isText(v);
const isIds = (v: unknown) => Array.isArray(v) && v.every(isId);
const isSpan = (v: unknown) => isObj(v) && ['from', 'to', 'line', 'col'].every((k) => Number.isSafeInteger(v[k]));

type Check = readonly [field: string, ok: (v: unknown) => boolean, what: string];
const opt = (ok: (v: unknown) => boolean) => (v: unknown) => v === undefined || ok(v);

const TIME: Check = ['t', isTime, 'a time in seconds (a number ≥ 0)'];
const TASK: Check = ['task', isId, 'a task id'];
const TASK_OR_NULL: Check = ['task', isIdOrNull, 'a task id or null'];
const LANE: Check = ['lane', isId, 'a thread number'];
const CALL: Check = ['call', opt(isSpan), 'a source span'];

const EVENT_FIELDS: Readonly<Record<TraceEvent['type'], readonly Check[]>> = {
  create: [TIME, TASK, ['name', isText, 'text'], ['parent', isIdOrNull, 'a task id or null'], ['coro', opt(isText), 'text'], ['coroCall', opt(isText), 'text'], CALL, ['nameLiteral', opt(isSpan), 'a source span']],
  rename: [TIME, TASK, ['name', isText, 'text']],
  step: [TIME, TASK],
  suspend: [TIME, TASK, ['on', isObj, 'a wait target'], ['at', opt(isSpan), 'a source span']],
  wake: [TIME, TASK, ['by', isIdOrNull, 'a task id or null']],
  cancel: [TIME, TASK, ['by', isIdOrNull, 'a task id or null'], ['message', isTextOrNull, 'text or null']],
  block: [TIME, TASK_OR_NULL, ['delay', isTime, 'a number ≥ 0'], CALL, ['literal', opt(isSpan), 'a source span']],
  print: [TIME, TASK_OR_NULL, ['text', isText, 'text'], ['stream', (v) => v === 'stdout' || v === 'stderr', '"stdout" or "stderr"'], CALL, ['lane', opt(isId), 'a thread number']],
  callback: [TIME, TASK_OR_NULL, ['label', isText, 'text']],
  done: [TIME, TASK, ['state', (v) => v === 'result' || v === 'exception' || v === 'cancelled', '"result", "exception" or "cancelled"']],
  'lane-start': [TIME, LANE, ['name', isText, 'text'], ['job', isId, 'a job number'], ['fn', isText, 'text'], ['by', isIdOrNull, 'a task id or null'], CALL],
  'lane-block': [TIME, LANE, ['delay', isTime, 'a number ≥ 0'], CALL, ['literal', opt(isSpan), 'a source span']],
  'lane-end': [TIME, LANE, ['job', isId, 'a job number'], ['excType', opt(isText), 'text']],
  resource: [
    TIME,
    ['object', isId, 'a primitive id'],
    ['kind', isText, 'text'],
    ['label', isText, 'text'],
    ['holders', (v) => Array.isArray(v) && v.every(isId), 'a list of task ids'],
    ['waiters', (v) => Array.isArray(v) && v.every(isId), 'a list of task ids'],
  ],
  tick: [
    TIME,
    ['ready', (v) => Array.isArray(v) && v.every(isText), 'a list of text'],
    ['readyCount', isId, 'a count'],
    ['timers', (v) => Array.isArray(v) && v.every((x) => isObj(x) && typeof x.when === 'number' && isText(x.label)), 'a list of {when, label}'],
    ['timerCount', isId, 'a count'],
  ],
};

const DONE_FIELDS: Readonly<Record<string, readonly Check[]>> = {
  result: [['repr', isText, 'text']],
  exception: [['excType', isText, 'text'], ['message', isText, 'text']],
  cancelled: [['message', isTextOrNull, 'text or null']],
};

const WAIT_FIELDS: Readonly<Record<string, readonly Check[]>> = {
  sleep: [['delay', isTime, 'a number ≥ 0'], ['until', isTime, 'a time'], CALL, ['literal', opt(isSpan), 'a source span']],
  yield: [],
  task: [TASK],
  gather: [['tasks', isIds, 'a list of task ids']],
  wait: [['tasks', isIds, 'a list of task ids']],
  wait_for: [['task', opt(isId), 'a task id'], ['timeout', (v) => v === null || typeof v === 'number', 'a number or null']],
  timeout: [['until', (v) => v === null || typeof v === 'number', 'a number or null']],
  lock: [['object', isId, 'an object number']],
  event: [['object', isId, 'an object number']],
  condition: [['object', isId, 'an object number']],
  semaphore: [['object', isId, 'an object number']],
  queue: [['object', isId, 'an object number']],
  taskgroup: [['tasks', isIds, 'a list of task ids']],
  future: [['object', isId, 'an object number']],
  thread: [['job', isId, 'a job number']],
};

const OUTCOME_FIELDS: Readonly<Record<string, readonly Check[]>> = {
  ok: [],
  error: [['type', isText, 'text'], ['message', isText, 'text'], ['line', (v) => v === null || Number.isSafeInteger(v), 'a line number or null'], ['traceback', isText, 'text']],
  deadlock: [['waiting', (v) => Array.isArray(v) && v.every((w) => isObj(w) && isId(w.task) && isText(w.name) && isText(w.on)), 'a list of {task, name, on}']],
  limit: [['reason', isText, 'text']],
  syntax: [['type', isText, 'text'], ['message', isText, 'text'], ['line', Number.isSafeInteger, 'a line number'], ['col', Number.isSafeInteger, 'a column']],
};

function check(o: Obj, checks: readonly Check[], where: string): void {
  for (const [field, ok, what] of checks) {
    if (!ok(o[field])) throw new TraceShapeError(`${where}: ${field} should be ${what}, not ${describe(o[field])}`);
  }
}

function describe(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `"${v.length > 20 ? `${v.slice(0, 20)}…` : v}"`;
  return typeof v === 'object' ? 'an object' : String(v);
}

/** Whether a value is a trace's top level at all (a version and an event list), before any detail. */
export function looksLikeTrace(v: unknown): v is Obj & { version: unknown; events: unknown[] } {
  return isObj(v) && 'version' in v && Array.isArray(v.events);
}

/**
 * The trace in `v`, checked. The caller has seen `looksLikeTrace(v)` and a version this
 * reader knows; a bad field throws TraceShapeError naming it.
 */
export function validateTrace(v: Obj & { events: unknown[] }): Trace {
  if (v.version !== TRACE_VERSION) throw new TraceShapeError(`version should be ${TRACE_VERSION}, not ${describe(v.version)}`);
  check(v, [['end', isTime, 'a time in seconds'], ['exitCode', Number.isSafeInteger, 'a whole number'], ['stdout', isText, 'text'], ['stderr', isText, 'text'], ['seed', opt(Number.isSafeInteger), 'a whole number'], ['outcome', isObj, 'an object']], 'the trace');
  const outcome = v.outcome as Obj;
  const outcomeChecks = OUTCOME_FIELDS[String(outcome.kind)];
  if (!outcomeChecks) throw new TraceShapeError(`the trace: outcome.kind should be one of ${Object.keys(OUTCOME_FIELDS).join(', ')}, not ${describe(outcome.kind)}`);
  check(outcome, outcomeChecks, `the outcome (${String(outcome.kind)})`);
  if (v.program !== undefined) check(isObj(v.program) ? v.program : {}, [['filename', isText, 'text'], ['code', isText, 'text']], 'the program');

  const events: TraceEvent[] = [];
  v.events.forEach((e, i) => {
    if (!isObj(e) || !isText(e.type)) throw new TraceShapeError(`event ${i}: should be an object with a type`);
    const checks = EVENT_FIELDS[e.type as TraceEvent['type']];
    if (!checks) return; // a later version's event type
    const where = `event ${i} (${e.type})`;
    check(e, checks, where);
    if (e.type === 'done') check(e, DONE_FIELDS[e.state as string]!, where);
    if (e.type === 'suspend') {
      const on = e.on as Obj;
      if (!isText(on.kind) || !isText(on.label)) throw new TraceShapeError(`${where}: on should have a kind and a label`);
      const waitChecks = WAIT_FIELDS[on.kind];
      // A wait kind from a later version still draws as "waiting" with its label.
      if (waitChecks) check(on, waitChecks, `${where}, on (${on.kind})`);
    }
    events.push(e as unknown as TraceEvent);
  });
  return { ...(v as unknown as Trace), events };
}
