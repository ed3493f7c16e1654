/**
 * `os.path` as on the POSIX machine CPython's results come from: the pure string functions
 * (join, split, basename, dirname, splitext) with posixpath's rules. A program has no files,
 * so exists/isfile/isdir are False for every path.
 */
import { typeError } from '../runtime/errors.ts';
import { typeName } from '../runtime/types.ts';
import { PyBuiltin, PyModule, PyTuple, type Value } from '../runtime/values.ts';

function pathOf(v: Value): string {
  if (typeof v === 'string') return v;
  return typeError(`expected str, bytes or os.PathLike object, not ${typeName(v)}`);
}

function join(args: Value[]): string {
  if (args.length === 0) typeError('join() missing 1 required positional argument: \'a\'');
  let path = pathOf(args[0]);
  for (const part of args.slice(1)) {
    if (typeof part !== 'string') typeError(`join() argument must be str, bytes, or os.PathLike object, not '${typeName(part)}'`);
    const b = part as string;
    if (b.startsWith('/')) path = b;
    else if (path === '' || path.endsWith('/')) path += b;
    else path += '/' + b;
  }
  return path;
}

/** posixpath.split: the head keeps a root of slashes but loses trailing ones. */
function split(p: string): [string, string] {
  const i = p.lastIndexOf('/') + 1;
  let head = p.slice(0, i);
  if (head !== '' && !/^\/+$/.test(head)) head = head.replace(/\/+$/, '');
  return [head, p.slice(i)];
}

/** posixpath.splitext: the last dot after the last slash, unless the name is all leading dots. */
function splitext(p: string): [string, string] {
  const sepIndex = p.lastIndexOf('/');
  const dotIndex = p.lastIndexOf('.');
  if (dotIndex > sepIndex) {
    for (let i = sepIndex + 1; i < dotIndex; i++) if (p[i] !== '.') return [p.slice(0, dotIndex), p.slice(dotIndex)];
  }
  return [p, ''];
}

function one(name: string, args: Value[]): string {
  if (args.length !== 1) typeError(`${name}() takes 1 positional argument but ${args.length} were given`);
  return pathOf(args[0]);
}

const noFile = (name: string): PyBuiltin =>
  new PyBuiltin(name, (args) => {
    one(name, args);
    return false;
  });

export function makeOsPathModule(): PyModule {
  return new PyModule(
    'os.path',
    new Map<string, Value>([
      ['join', new PyBuiltin('join', (args) => join(args))],
      ['split', new PyBuiltin('split', (args) => new PyTuple(split(one('split', args))))],
      ['basename', new PyBuiltin('basename', (args) => split(one('basename', args))[1])],
      ['dirname', new PyBuiltin('dirname', (args) => split(one('dirname', args))[0])],
      ['splitext', new PyBuiltin('splitext', (args) => new PyTuple(splitext(one('splitext', args))))],
      ['exists', noFile('exists')],
      ['isfile', noFile('isfile')],
      ['isdir', noFile('isdir')],
      ['sep', '/'],
      ['extsep', '.'],
      ['pathsep', ':'],
      ['curdir', '.'],
      ['pardir', '..'],
      ['devnull', '/dev/null'],
    ]),
  );
}
