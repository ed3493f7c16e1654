/** Events in words and the line each is at, over real runs. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../../src/python/run.ts';
import type { TaskOutcome, Trace } from '../../../src/trace/format.ts';
import { describeEvent, eventLine, finishWords, isNarrated, outcomeWords } from '../../../src/trace/views/describe-event.ts';

const SEED1 = readFileSync(new URL('../../../src/examples/seed1.py', import.meta.url), 'utf8');
const seed1 = runProgram(SEED1, { filename: 'seed1.py' }).trace;

/** Each narrated event as [type, words, line]. */
function narrate(trace: Trace): [string, string, number | null][] {
  return trace.events.flatMap((e, i) => (isNarrated(e) ? [[e.type, describeEvent(trace, i), eventLine(trace, i)] as [string, string, number | null]] : []));
}

describe('describeEvent', () => {
  it('tells seed1 event by event', () => {
    const told = narrate(seed1);
    expect(told.slice(0, 12)).toEqual([
      ['create', 'asyncio.run creates Task-1 to run main() at line 35', 35],
      ['step', 'Task-1 runs until it waits for Task-2', 20],
      ['create', 'Task-1 creates Task-2 to run long_operation() at line 20', 20],
      ['create', 'Task-1 creates Task-3 to run long_operation() at line 21', 21],
      ['suspend', 'Task-1 waits for Task-2', null],
      ['step', 'Task-2 runs until line 10: await asyncio.sleep(3)', 9],
      ['print', "Task-2 prints 'Task 1 started'", 9],
      ['suspend', 'Task-2 sleeps 3 s at line 10, until t = 3 s', 10],
      ['step', 'Task-3 runs until line 10: await asyncio.sleep(2)', 9],
      ['print', "Task-3 prints 'Task 2 started'", 9],
      ['suspend', 'Task-3 sleeps 2 s at line 10, until t = 2 s', 10],
      ['wake', "Task-3's sleep ends: it is ready to run", 10],
    ]);
    expect(told.at(-1)).toEqual(['done', 'Task-1 finishes with result None', null]);
    // A resumed step points at the await it resumes from.
    expect(told.filter(([type, words]) => type === 'step' && words === 'Task-3 runs to its end')).toEqual([['step', 'Task-3 runs to its end', 10]]);
  });

  it('names who woke whom, blocking calls, cancellations and exceptions', () => {
    const trace = runProgram(
      [
        'import asyncio, time',
        'async def boom():',
        '    raise ValueError("bad")',
        'async def sleeper():',
        '    await asyncio.sleep(10)',
        'async def main():',
        '    ev = asyncio.Event()',
        '    t = asyncio.create_task(sleeper())',
        '    b = asyncio.create_task(boom())',
        '    time.sleep(0.5)',
        '    await asyncio.sleep(0)',
        '    t.cancel("stop")',
        '    try:',
        '        await b',
        '    except ValueError:',
        '        pass',
        'asyncio.run(main())',
        '',
      ].join('\n'),
      { filename: 'p.py' },
    ).trace;
    const words = narrate(trace).map(([, w]) => w);
    expect(words).toContain('Task-1 blocks the whole loop for 0.5 s in time.sleep(0.5) at line 10');
    expect(words).toContain("Task-1 cancels Task-2 ('stop')");
    expect(words).toContain('Task-3 finishes with exception ValueError: bad');
    expect(words).toContain('Task-2 is cancelled (stop)');
    expect(words).toContain('Task-1 runs until it yields to the other ready tasks');
    expect(words).toContain('Task-1 wakes Task-2: it is ready to run');
    expect(words).toContain('Task-2 runs until it is cancelled');
  });

  it('says where there is no event', () => {
    expect(describeEvent(seed1, -1)).toBe('Before the first event.');
    expect(eventLine(seed1, -1)).toBeNull();
  });
});

describe('how a task ended, in one place', () => {
  const cases: [TaskOutcome, string, string][] = [
    [{ state: 'result', repr: "'ok'" }, "result 'ok'", "finishes with result 'ok'"],
    [{ state: 'exception', excType: 'KeyError', message: '' }, 'exception KeyError', 'finishes with exception KeyError'],
    [{ state: 'cancelled', message: null }, 'cancelled', 'is cancelled'],
  ];
  it.each(cases)('%o', (o, words, finish) => {
    expect(outcomeWords(o)).toBe(words);
    expect(finishWords(o)).toBe(finish);
  });
  it('an unfinished task', () => expect(outcomeWords(null)).toBe('unfinished'));
});
