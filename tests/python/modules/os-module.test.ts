import { describe, expect, it } from 'vitest';
import { out, py } from './run-helper.ts';

// Expected texts are what CPython 3.11 prints on a POSIX machine, except where noted.
describe('os', () => {
  it('starts every run with an empty environment the program can fill', () => {
    // Deliberately not the machine's: CPython would show the oracle machine's variables.
    expect(out(py('import os', 'print(os.environ, os.getenv("HOME"), os.environ.get("HOME", "~"))'))).toBe('environ({}) None ~\n');
    expect(out(py('import os', 'os.environ["A"] = "1"', 'print(os.environ, len(os.environ), list(os.environ), os.getenv("A"))'))).toBe("environ({'A': '1'}) 1 ['A'] 1\n");
    expect(out(py('import os', 'os.environ["A"] = 1'))).toBe('!! TypeError: str expected, not int');
  });

  it('names itself', () => {
    expect(out(py('import os, math', 'print(os.__name__, math.__name__)'))).toBe('os math\n');
  });

  it('reports the virtual machine\'s cpu count that worker lanes use', () => {
    expect(out(py('import os', 'print(os.cpu_count())'))).toBe('4\n');
  });

  it('splits and joins paths as posixpath does', () => {
    expect(out(py('import os.path', 'print(os.path.join("a", "/b", "c"), os.path.split("/x/y/"), os.path.splitext(".rc"), os.path.dirname("//a"))'))).toBe(
      "/b/c ('/x/y', '') ('.rc', '') //\n",
    );
    expect(out(py('from os.path import basename, exists', 'print(basename("/a/b.txt"), exists("/"))'))).toBe('b.txt False\n');
  });
});
