/** timedelta normalisation and rounding, and datetime arithmetic, against CPython's results. */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../../src/python/run.ts';

function run(source: string): string {
  const r = runProgram(source, { filename: 't.py', trace: false });
  expect(r.stderr).toBe('');
  return r.stdout;
}

describe('datetime values', () => {
  it('normalises timedelta like delta_new, float leftovers half to even on the total', () => {
    const out = run(
      [
        'from datetime import timedelta as td',
        'print(repr(td(seconds=2.5e-6)), repr(td(microseconds=3.5)), repr(td(microseconds=2.5)), repr(td(microseconds=-0.5)))',
        'print(repr(td(days=-1, seconds=-1)), repr(td(hours=1.1)), repr(td(seconds=-0.5)), td(days=-2, hours=3))',
        'print(td(minutes=10) / 3, td(minutes=10) * 0.1, td(seconds=1) * 1.5, td(seconds=3) // 2)',
      ].join('\n'),
    );
    expect(out).toBe(
      'datetime.timedelta(microseconds=2) datetime.timedelta(microseconds=4) datetime.timedelta(microseconds=2) datetime.timedelta(0)\n' +
        'datetime.timedelta(days=-2, seconds=86399) datetime.timedelta(seconds=3960) datetime.timedelta(days=-1, seconds=86399, microseconds=500000) -2 days, 3:00:00\n' +
        '0:03:20 0:01:00 0:00:01.500000 0:00:01.500000\n',
    );
  });

  it('keeps naive and aware datetimes apart and compares aware ones by instant', () => {
    const out = run(
      [
        'from datetime import datetime, timedelta, timezone',
        'a = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)',
        'b = a.astimezone(timezone(timedelta(hours=-5)))',
        'print(a == b, b, repr(b.tzinfo), hash(a) == hash(b), b - a, len({a, b}))',
        'print(datetime(2024, 1, 1) == a, repr(datetime(2024, 2, 29, 0, 0, 0, 1)), repr(datetime(2024, 2, 29, 0, 1)))',
      ].join('\n'),
    );
    expect(out).toBe(
      'True 2024-01-01 07:00:00-05:00 datetime.timezone(datetime.timedelta(days=-1, seconds=68400)) True 0:00:00 1\n' +
        'False datetime.datetime(2024, 2, 29, 0, 0, 0, 1) datetime.datetime(2024, 2, 29, 0, 1)\n',
    );
  });

  it('reads the virtual clock as UTC from epoch 0', () => {
    const out = run(
      [
        'import asyncio, datetime',
        'async def main():',
        '    await asyncio.sleep(90061.5)',
        '    print(datetime.datetime.now(), datetime.date.today(), datetime.datetime.now(datetime.timezone.utc).isoformat())',
        'asyncio.run(main())',
      ].join('\n'),
    );
    expect(out).toBe('1970-01-02 01:01:01.500000 1970-01-02 1970-01-02T01:01:01.500000+00:00\n');
  });
});
