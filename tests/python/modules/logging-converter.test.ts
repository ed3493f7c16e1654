/**
 * Formatter.converter set by a program. The oracle cannot show this one: its time.gmtime is a
 * Python function, so as a class attribute it binds `self`; CPython's is a builtin and does not.
 */
import { expect, it } from 'vitest';
import { runProgram } from '../../../src/python/run.ts';

it('formats asctime with the converter a program sets on Formatter or on one formatter', () => {
  const source = [
    'import asyncio, logging, sys, time',
    'logging.Formatter.converter = time.gmtime',
    'logging.basicConfig(format="%(asctime)s %(message)s", datefmt="%H:%M:%S %Z", stream=sys.stdout, level=logging.INFO)',
    'async def main():',
    '    await asyncio.sleep(5)',
    '    logging.info("five seconds in")',
    '    f = logging.Formatter("%(asctime)s | %(message)s", "%Y %Z")',
    '    f.converter = lambda secs: time.gmtime(secs + 86400 * 366)',
    '    logging.getLogger().handlers[0].setFormatter(f)',
    '    logging.info("a year later")',
    'asyncio.run(main())',
  ].join('\n');
  const r = runProgram(source, { filename: 'c.py', trace: false });
  expect(r.stderr).toBe('');
  expect(r.stdout).toBe('00:00:05 GMT five seconds in\n1971 GMT | a year later\n');
});
