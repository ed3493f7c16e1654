/**
 * The Trace Event format's structural rules, as a checker that lists every broken one (empty:
 * the trace is well formed). Shared by the unit tests and the e2e spec. Rules checked:
 * - the JSON object form: `traceEvents` is a list of objects;
 * - each event's phase is one this exporter may use, with that phase's required fields
 *   (X: ts and dur ≥ 0; i: ts and scope; M: a known metadata name with its args; s/f: id,
 *   cat, name, ts; f binds to the enclosing slice);
 * - pid/tid are integers, every thread that has events is named by a thread_name event;
 * - on each thread, X events come in ts order and nest properly (no partial overlap);
 * - flows pair up: each id has one start and one end, with the same cat and name, the end
 *   not before the start, and each lands exactly on the start of a slice on its thread.
 * Times compare in whole nanoseconds (ts × 1000), as the exporter writes them.
 */
type Ev = Record<string, unknown>;

const PHASES = new Set(['X', 'i', 'M', 's', 'f']);
const METADATA = new Set(['process_name', 'thread_name', 'thread_sort_index', 'process_sort_index']);

const ns = (us: unknown) => Math.round((us as number) * 1000);
const isInt = (v: unknown) => Number.isSafeInteger(v);
const isNum = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

export function chromeTraceProblems(json: unknown): string[] {
  const problems: string[] = [];
  if (typeof json !== 'object' || json === null || !Array.isArray((json as Ev).traceEvents)) return ['no traceEvents list'];
  const events = (json as { traceEvents: unknown[] }).traceEvents;
  const named = new Set<string>();
  const used = new Set<string>();
  const slices = new Map<string, { start: number; end: number }[]>();
  const flows = new Map<number, { s?: Ev; f?: Ev; count: number }>();

  events.forEach((raw, i) => {
    const where = `event ${i}`;
    if (typeof raw !== 'object' || raw === null) return void problems.push(`${where}: not an object`);
    const e = raw as Ev;
    const ph = e.ph as string;
    if (!PHASES.has(ph)) return void problems.push(`${where}: phase ${String(ph)} is not one of ${[...PHASES].join(', ')}`);
    if (typeof e.name !== 'string') problems.push(`${where}: name should be a string`);
    if (!isInt(e.pid) || !isInt(e.tid)) problems.push(`${where}: pid and tid should be integers`);
    const thread = `${String(e.pid)}:${String(e.tid)}`;
    if (ph === 'M') {
      if (!METADATA.has(e.name as string)) problems.push(`${where}: unknown metadata ${String(e.name)}`);
      const args = e.args as Ev | undefined;
      if (String(e.name).endsWith('_name') && typeof args?.name !== 'string') problems.push(`${where}: ${String(e.name)} needs args.name`);
      if (String(e.name).endsWith('_sort_index') && !isInt(args?.sort_index)) problems.push(`${where}: ${String(e.name)} needs args.sort_index`);
      if (e.name === 'thread_name') named.add(thread);
      return;
    }
    used.add(thread);
    if (!isNum(e.ts) || (e.ts as number) < 0) problems.push(`${where}: ts should be a number ≥ 0`);
    if (ph === 'X') {
      if (!isNum(e.dur) || (e.dur as number) < 0) problems.push(`${where}: dur should be a number ≥ 0`);
      const list = slices.get(thread) ?? [];
      list.push({ start: ns(e.ts), end: ns(e.ts) + ns(e.dur) });
      slices.set(thread, list);
    }
    if (ph === 'i' && !['g', 'p', 't'].includes(e.s as string)) problems.push(`${where}: instant scope should be g, p or t`);
    if (ph === 's' || ph === 'f') {
      if (!isInt(e.id) && typeof e.id !== 'string') problems.push(`${where}: a flow needs an id`);
      if (typeof e.cat !== 'string') problems.push(`${where}: a flow needs a cat`);
      if (ph === 'f' && e.bp !== undefined && e.bp !== 'e') problems.push(`${where}: bp should be "e"`);
      const flow = flows.get(e.id as number) ?? { count: 0 };
      if (flow[ph]) problems.push(`${where}: flow ${String(e.id)} has two "${ph}" events`);
      flow[ph] = e;
      flow.count++;
      flows.set(e.id as number, flow);
    }
  });

  for (const thread of used) if (!named.has(thread)) problems.push(`thread ${thread} has events but no thread_name`);
  for (const [thread, list] of slices) {
    const open: { start: number; end: number }[] = [];
    list.forEach((x, i) => {
      if (i > 0 && x.start < list[i - 1]!.start) problems.push(`thread ${thread}: slice ${i} starts before the one before it`);
      while (open.length > 0 && open[open.length - 1]!.end <= x.start) open.pop();
      const parent = open[open.length - 1];
      if (parent && x.end > parent.end) problems.push(`thread ${thread}: slice ${i} overlaps its neighbour without nesting`);
      if (x.end > x.start) open.push(x);
    });
  }
  for (const [id, { s, f }] of flows) {
    if (!s || !f) {
      problems.push(`flow ${id}: needs one "s" and one "f"`);
      continue;
    }
    if (s.cat !== f.cat || s.name !== f.name) problems.push(`flow ${id}: start and end differ in cat or name`);
    if (ns(f.ts) < ns(s.ts)) problems.push(`flow ${id}: ends before it starts`);
    for (const e of [s, f]) {
      const onSlice = (slices.get(`${String(e.pid)}:${String(e.tid)}`) ?? []).some((x) => x.start === ns(e.ts));
      if (!onSlice) problems.push(`flow ${id}: its "${String(e.ph)}" binds to no slice start on its thread`);
    }
  }
  return problems;
}
