/** Names CPython's asyncio and time have and Taskline leaves out are refused by name and line. */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/python/run.ts';

function lastLine(text: string): string {
  return text.trimEnd().split('\n').pop() ?? '';
}

const TIME_WHY = "Taskline's time module has the virtual clock, sleep and calendar time (UTC from epoch 0); CPU-time clocks and clock_* are left out";

describe('unsupported module attributes', () => {
  const rows: [source: string, message: string, line: number, stdout: string][] = [
    [
      'import asyncio\nimport time\nasync def main():\n    print("start")\n    print(f"at {time.process_time()}")\nasyncio.run(main())',
      `\`time.process_time\` is not supported by Taskline: ${TIME_WHY}`,
      5,
      'start\n',
    ],
    ['import time\nf = time.thread_time_ns', `\`time.thread_time_ns\` is not supported by Taskline: ${TIME_WHY}`, 2, ''],
    ['from time import clock_gettime', `\`time.clock_gettime\` is not supported by Taskline: ${TIME_WHY}`, 1, ''],
    [
      'import asyncio as aio\nasync def main():\n    await aio.open_connection("example.com", 80)\naio.run(main())',
      "`asyncio.open_connection` is not supported by Taskline: Taskline's asyncio has the task, timing, synchronization and queue APIs that run on its virtual-time loop",
      3,
      '',
    ],
    [
      'from functools import get_cache_token',
      "`functools.get_cache_token` is not supported by Taskline: Taskline's functools has partial, partialmethod, wraps, update_wrapper, reduce, lru_cache, cache, total_ordering, cached_property, cmp_to_key, singledispatch and singledispatchmethod",
      1,
      '',
    ],
    [
      'import dataclasses\nprint("a")\nC = dataclasses.make_dataclass("C", ["x"])',
      "`dataclasses.make_dataclass` is not supported by Taskline: Taskline's dataclasses has dataclass, field, fields, asdict, astuple, replace, is_dataclass, MISSING, InitVar, KW_ONLY and FrozenInstanceError",
      3,
      'a\n',
    ],
    [
      'import os\nprint("starting")\nprint("pid", os.getpid())',
      '`os.getpid` is not supported by Taskline: programs cannot reach the real machine (processes, files, users and the working directory are outside the subset)',
      3,
      'starting\n',
    ],
    [
      'import os.path\nfull = os.path.abspath("x")',
      "`os.path.abspath` is not supported by Taskline: Taskline's os.path has join, split, basename, dirname, splitext and exists, isfile and isdir (False: programs have no files)",
      2,
      '',
    ],
    ['from os import listdir', '`os.listdir` is not supported by Taskline: programs cannot reach the real machine (processes, files, users and the working directory are outside the subset)', 1, ''],
  ];
  it.each(rows)('%j', (source, message, line, stdout) => {
    const r = runProgram(source, { filename: 'p.py', trace: false });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe(stdout);
    expect(lastLine(r.stderr)).toBe(`UnsupportedError: ${message}`);
    expect(r.stderr).toContain(`File "p.py", line ${line}`);
  });

  it('keeps AttributeError for names CPython does not have either', () => {
    const r = runProgram('import time\ntime.nope', { filename: 'p.py', trace: false });
    expect(lastLine(r.stderr)).toBe("AttributeError: module 'time' has no attribute 'nope'");
  });
});
