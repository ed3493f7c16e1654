/**
 * Builtins CPython has and Taskline deliberately lacks (real I/O, dynamic code, introspection
 * of frames). Left undefined they would surface as a misleading `NameError`, so a reference
 * to one that the program does not define itself is rejected before anything runs, naming
 * the line and the construct.
 */
import { Unsupported } from '../runtime/errors.ts';
import type { Scope, ScopeTable } from '../syntax/resolve/scope.ts';

const WHY: Record<string, string> = {
  input: 'programs cannot read input',
  open: 'programs cannot use files',
  exec: 'programs cannot run code from strings',
  eval: 'programs cannot run code from strings',
  compile: 'programs cannot run code from strings',
  __import__: 'programs can use asyncio and time',
  globals: 'namespaces are not objects in Taskline',
  locals: 'namespaces are not objects in Taskline',
  breakpoint: 'there is no debugger',
  help: 'there is no interactive help',
  exit: 'a program ends when its module does',
  quit: 'a program ends when its module does',
  memoryview: 'buffer views are not supported (bytes and bytearray are)',
  complex: 'complex numbers are not supported',
  frozenset: 'frozen sets are not supported',
};

/** Names the module binds, directly or through `global` in some function. */
const moduleNames = new WeakMap<ScopeTable, Set<string>>();

function boundAtModule(table: ScopeTable): Set<string> {
  let names = moduleNames.get(table);
  if (names === undefined) {
    names = new Set(table.module.bound);
    const visit = (s: Scope): void => {
      for (const n of s.globalDecl) names!.add(n);
      for (const ch of s.children) visit(ch);
    };
    visit(table.module);
    moduleNames.set(table, names);
  }
  return names;
}

/** Throw if `name`, read as a global at `line`, is a builtin Taskline does not have. */
export function checkBuiltinSupported(table: ScopeTable, name: string, line: number): void {
  if (!Object.hasOwn(WHY, name) || boundAtModule(table).has(name)) return;
  throw new Unsupported(`\`${name}()\` is not supported by Taskline: ${WHY[name]}`, line);
}
