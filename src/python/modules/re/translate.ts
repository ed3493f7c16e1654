/**
 * Python regular-expression syntax to a JS RegExp with the same meaning (with the `u` flag):
 * `.` never matches `\n` unless DOTALL, `$` also matches before a final newline, `^`/`$` in
 * MULTILINE mode see only `\n`, `\d`/`\w` are Unicode unless ASCII, `(?P<name>…)` and
 * `(?P=name)` become JS named groups. Constructs JS cannot express are refused by name.
 */
import { Unsupported } from '../../runtime/errors.ts';

export const FLAGS = { I: 2, L: 4, M: 8, S: 16, U: 32, X: 64, A: 256 } as const;

/** Syntax characters JS's `u` mode lets a pattern escape. */
const JS_ESCAPABLE = new Set('^$\\.*+?()[]{}|/');
const CLASS_ESCAPABLE = new Set('^$\\.*+?()[]{}|/-');

export interface Translated {
  source: string;
  flags: number;
  groupNames: Map<string, number>;
  groups: number;
}

function inlineFlags(s: string, flags: number): number {
  for (const ch of s) {
    const f = ({ i: FLAGS.I, m: FLAGS.M, s: FLAGS.S, x: FLAGS.X, a: FLAGS.A, u: FLAGS.U, L: FLAGS.L } as Record<string, number>)[ch];
    if (f === undefined) throw new Unsupported(`the inline flag '${ch}' in a regular expression is not supported by Taskline`);
    flags |= f;
  }
  return flags;
}

export function translate(pattern: string, flags: number): Translated {
  // Global inline flags at the very start: (?ims).
  const lead = /^\(\?([aiLmsux]+)\)/.exec(pattern);
  if (lead !== null) {
    flags = inlineFlags(lead[1]!, flags);
    pattern = pattern.slice(lead[0].length);
  }
  const ascii = (flags & FLAGS.A) !== 0;
  const verbose = (flags & FLAGS.X) !== 0;
  const word = ascii ? '\\w' : '\\p{L}\\p{N}_';
  const digit = ascii ? '0-9' : '\\p{Nd}';
  let out = '';
  let groups = 0;
  const groupNames = new Map<string, number>();
  let i = 0;
  const n = pattern.length;
  const shorthand = (c: string, inClass: boolean): string | null => {
    switch (c) {
      case 'd':
        return inClass ? digit : `[${digit}]`;
      case 'w':
        return inClass ? word : `[${word}]`;
      case 's':
        return inClass ? ' \\t\\n\\r\\f\\v' : '[ \\t\\n\\r\\f\\v]';
      case 'D':
      case 'W':
      case 'S':
        if (inClass) throw new Unsupported(`\`\\${c}\` inside a character class is not supported by Taskline's re`);
        return `[^${c === 'D' ? digit : c === 'W' ? word : ' \\t\\n\\r\\f\\v'}]`;
    }
    return null;
  };
  const escape = (inClass: boolean): string => {
    const c = pattern[i + 1];
    if (c === undefined) throw new Unsupported('a regular expression ending in a backslash');
    i += 2;
    const sh = shorthand(c, inClass);
    if (sh !== null) return sh;
    if (!inClass) {
      if (c === 'A') return '(?<![\\s\\S])';
      if (c === 'Z') return '(?![\\s\\S])';
      if (c === 'b' || c === 'B') return `\\${c}`;
      if (/[1-9]/.test(c)) {
        let num = c;
        while (/[0-9]/.test(pattern[i] ?? '') && Number(num + pattern[i]) <= groups) num += pattern[i++];
        return `\\${num}`;
      }
    } else if (c === 'b') return '\\x08';
    if (c === 'U') {
      const hex = pattern.slice(i, i + 8);
      i += 8;
      return `\\u{${hex.replace(/^0+(?=.)/, '')}}`;
    }
    if (c === 'x') {
      const hex = pattern.slice(i, i + 2);
      i += 2;
      return `\\x${hex}`;
    }
    if (c === 'u') {
      const hex = pattern.slice(i, i + 4);
      i += 4;
      return `\\u${hex}`;
    }
    if ('nrtfv0'.includes(c)) return `\\${c}`;
    if (/[A-Za-z0-9]/.test(c)) throw new Unsupported(`the escape \`\\${c}\` in a regular expression is not supported by Taskline`);
    return (inClass ? CLASS_ESCAPABLE : JS_ESCAPABLE).has(c) ? `\\${c}` : c;
  };
  while (i < n) {
    const c = pattern[i]!;
    if (verbose && /\s/.test(c)) {
      i++;
      continue;
    }
    if (verbose && c === '#') {
      while (i < n && pattern[i] !== '\n') i++;
      continue;
    }
    if (c === '\\') {
      out += escape(false);
      continue;
    }
    if (c === '[') {
      let cls = '[';
      i++;
      if (pattern[i] === '^') {
        cls += '^';
        i++;
      }
      if (pattern[i] === ']') {
        cls += '\\]';
        i++;
      }
      while (i < n && pattern[i] !== ']') {
        if (pattern[i] === '\\') cls += escape(true);
        else if (pattern[i] === '[') {
          cls += '\\[';
          i++;
        } else cls += pattern[i++];
      }
      if (i >= n) throw new Unsupported('an unterminated character set in a regular expression');
      i++;
      out += cls + ']';
      continue;
    }
    if (c === '(') {
      if (pattern.startsWith('(?P<', i)) {
        const end = pattern.indexOf('>', i);
        const name = pattern.slice(i + 4, end);
        groupNames.set(name, ++groups);
        out += `(?<${name}>`;
        i = end + 1;
        continue;
      }
      if (pattern.startsWith('(?P=', i)) {
        const end = pattern.indexOf(')', i);
        out += `\\k<${pattern.slice(i + 4, end)}>`;
        i = end + 1;
        continue;
      }
      if (pattern.startsWith('(?#', i)) {
        i = pattern.indexOf(')', i) + 1;
        continue;
      }
      if (pattern[i + 1] === '?') {
        const kind = pattern[i + 2];
        if (kind === ':' || kind === '=' || kind === '!') {
          out += pattern.slice(i, i + 3);
          i += 3;
          continue;
        }
        if (kind === '<' && (pattern[i + 3] === '=' || pattern[i + 3] === '!')) {
          out += pattern.slice(i, i + 4);
          i += 4;
          continue;
        }
        throw new Unsupported(`the regular-expression group \`${pattern.slice(i, i + 4)}\` is not supported by Taskline`);
      }
      groups++;
      out += '(';
      i++;
      continue;
    }
    if (c === '.') {
      out += (flags & FLAGS.S) !== 0 ? '[\\s\\S]' : '[^\\n]';
      i++;
      continue;
    }
    if (c === '^') {
      out += (flags & FLAGS.M) !== 0 ? '(?:(?<![\\s\\S])|(?<=\\n))' : '(?<![\\s\\S])';
      i++;
      continue;
    }
    if (c === '$') {
      out += (flags & FLAGS.M) !== 0 ? '(?=\\n|(?![\\s\\S]))' : '(?=\\n?(?![\\s\\S]))';
      i++;
      continue;
    }
    if (c === '{') {
      const q = /^\{(\d*)(,?)(\d*)\}/.exec(pattern.slice(i));
      if (q !== null && (q[1] !== '' || q[3] !== '')) {
        out += `{${q[1] === '' ? '0' : q[1]}${q[2]}${q[3]}}`;
        i += q[0].length;
        if (pattern[i] === '+') throw new Unsupported('possessive quantifiers in a regular expression are not supported by Taskline');
        continue;
      }
      out += '\\{';
      i++;
      continue;
    }
    if (c === '}' || c === '/') {
      out += `\\${c}`;
      i++;
      continue;
    }
    if ((c === '+' || c === '*' || c === '?') && pattern[i + 1] === '+') {
      throw new Unsupported('possessive quantifiers in a regular expression are not supported by Taskline');
    }
    out += c;
    i++;
  }
  return { source: out, flags, groupNames, groups };
}
