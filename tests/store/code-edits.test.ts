import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { canRename, escapeForPython, formatNumber, renameInCode, replaceDelay } from '../../src/store/code-edits.ts';
import type { SourceSpan } from '../../src/trace/format.ts';

/** The span of the `nth` occurrence of `needle` in `code`, as the front end would record it. */
function spanOf(code: string, needle: string, nth = 0): SourceSpan {
  let from = -1;
  for (let i = 0; i <= nth; i++) {
    from = code.indexOf(needle, from + 1);
    if (from < 0) throw new Error(`not found: ${needle}`);
  }
  const before = code.slice(0, from).split('\n');
  return { from, to: from + needle.length, line: before.length, col: (before.at(-1) ?? '').length };
}

const seed1 = readFileSync(new URL('../../src/examples/seed1.py', import.meta.url), 'utf8');

describe('formatNumber', () => {
  it('writes numbers minimally', () => {
    expect(formatNumber(2.5)).toBe('2.5');
    expect(formatNumber(3)).toBe('3');
    expect(formatNumber(3.0)).toBe('3');
    expect(formatNumber(0.25)).toBe('0.25');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(2.4999999999999996)).toBe('2.5');
    expect(formatNumber(-0)).toBe('0');
  });
  it('rejects non-finite values', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
  });
});

describe('replaceDelay', () => {
  it('rewrites the delay literal of seed1 and nothing else', () => {
    const from = seed1.indexOf('"Task 1 started", 3') + '"Task 1 started", '.length;
    const literal = { from, to: from + 1, line: 20, col: 0 };
    const out = replaceDelay(seed1, literal, 2.5);
    expect(out).not.toBeNull();
    expect(out).toContain('long_operation("Task 1 started", 2.5)');
    expect(out!.length).toBe(seed1.length + 2);
    expect(out!.replace('2.5)', '3)')).toBe(seed1);
  });
  it('formats floats and integers minimally', () => {
    const code = 'await asyncio.sleep(1.50)\n';
    expect(replaceDelay(code, spanOf(code, '1.50'), 3)).toBe('await asyncio.sleep(3)\n');
    expect(replaceDelay(code, spanOf(code, '1.50'), 0.25)).toBe('await asyncio.sleep(0.25)\n');
  });
  it('clamps negative values to zero', () => {
    const code = 'await asyncio.sleep(1)';
    expect(replaceDelay(code, spanOf(code, '1'), -2)).toBe('await asyncio.sleep(0)');
  });
  it('refuses when the span no longer holds a number (code edited since the run)', () => {
    const code = 'await asyncio.sleep(delay)';
    expect(replaceDelay(code, spanOf(code, 'delay'), 2)).toBeNull();
    expect(replaceDelay(code, { from: 20, to: 99, line: 1, col: 20 }, 2)).toBeNull();
  });
});

describe('renameInCode', () => {
  it('replaces a double-quoted name literal', () => {
    const code = 'asyncio.create_task(work(), name="alpha")';
    expect(renameInCode(code, { nameLiteral: spanOf(code, '"alpha"') }, 'beta')).toBe(
      'asyncio.create_task(work(), name="beta")',
    );
  });
  it('keeps single quotes and escapes the quote and backslashes', () => {
    const code = "t = asyncio.create_task(work(), name='alpha')";
    expect(renameInCode(code, { nameLiteral: spanOf(code, "'alpha'") }, "it's a\\b")).toBe(
      "t = asyncio.create_task(work(), name='it\\'s a\\\\b')",
    );
  });
  it('turns a raw-string name into a plain literal with the same quotes', () => {
    const code = 'create_task(w(), name=r"a\\b")';
    expect(renameInCode(code, { nameLiteral: spanOf(code, 'r"a\\b"') }, 'c')).toBe('create_task(w(), name="c")');
  });
  it('adds name= to a create_task call that had none', () => {
    const code = 'task1 = asyncio.create_task(long_operation("Task 1 started", 3))\n';
    const call = spanOf(code, 'asyncio.create_task(long_operation("Task 1 started", 3))');
    expect(renameInCode(code, { call }, 'slow')).toBe(
      'task1 = asyncio.create_task(long_operation("Task 1 started", 3), name="slow")\n',
    );
  });
  it('escapes double quotes in an added name', () => {
    const code = 'tg.create_task(w())';
    expect(renameInCode(code, { call: spanOf(code, code) }, 'say "hi"')).toBe('tg.create_task(w(), name="say \\"hi\\"")');
  });
  it('respects a trailing comma and a multi-line call', () => {
    const code = 'asyncio.create_task(\n    work(1),\n)\n';
    const call = spanOf(code, 'asyncio.create_task(\n    work(1),\n)');
    expect(renameInCode(code, { call }, 'w')).toBe('asyncio.create_task(\n    work(1), name="w"\n)\n');
  });
  it('ignores parens and commas inside strings and nested calls', () => {
    const code = 'asyncio.create_task(say("a, (b", x=f(1, 2)))';
    expect(renameInCode(code, { call: spanOf(code, code) }, 'n')).toBe(
      'asyncio.create_task(say("a, (b", x=f(1, 2)), name="n")',
    );
  });
  it('refuses when the name is computed or the call is not create_task', () => {
    const computed = 'asyncio.create_task(w(), name=f"w{i}")';
    expect(renameInCode(computed, { call: spanOf(computed, computed) }, 'x')).toBeNull();
    const gather = 'await asyncio.gather(a(), b())';
    expect(renameInCode(gather, { call: spanOf(gather, 'asyncio.gather(a(), b())') }, 'x')).toBeNull();
    expect(renameInCode('asyncio.run(main())', {}, 'x')).toBeNull();
    expect(canRename(gather, { call: spanOf(gather, 'asyncio.gather(a(), b())') })).toBe(false);
  });
  it('does not mistake a name= of a nested call for the task name', () => {
    const code = 'asyncio.create_task(work(name="inner"))';
    expect(renameInCode(code, { call: spanOf(code, code) }, 'outer')).toBe(
      'asyncio.create_task(work(name="inner"), name="outer")',
    );
  });
  it('refuses a stale span', () => {
    const code = 'asyncio.create_task(w(), name="a")';
    expect(renameInCode(code, { nameLiteral: spanOf(code, 'create') }, 'x')).toBeNull();
  });
});

describe('escapeForPython', () => {
  it('escapes newlines, tabs, backslashes and the delimiting quote only', () => {
    expect(escapeForPython('a\nb\t"c\'\\', '"')).toBe('a\\nb\\t\\"c\'\\\\');
    expect(escapeForPython('"x\'', "'''")).toBe('"x\\\'');
  });
});
