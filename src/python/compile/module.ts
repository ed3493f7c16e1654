/** Compile a whole program: closures for the module body, from its tree and its resolved scopes. */
import type { ParsedProgram } from '../syntax/parser.ts';
import { futureAnnotations } from '../syntax/resolve/resolve.ts';
import { Compiler } from './compiler.ts';
import { Frame, type CodeInfo } from './frame.ts';
import { compileBlock } from './stmt.ts';
import { Cell, type Value } from '../runtime/values.ts';
import { cellSlotsOf } from './function.ts';
import { addTracebackFrame } from './traceback.ts';
import type { Realm } from '../runtime/realm.ts';

export interface CompiledModule {
  /** Runs the module body with the given globals; Python exceptions carry their traceback. */
  run(globals: Map<string, Value>): void;
}

/** Compiles `mod` for `realm`: the program must run with it as the current realm (inRealm). */
export function compileModule({ module: mod, scopes: table }: ParsedProgram, filename: string, realm: Realm): CompiledModule {
  const c = new Compiler(table, filename, realm);
  c.futureAnnotations = futureAnnotations(mod);
  const body = compileBlock(c, mod.body);
  if (body.g !== null) throw new Error('internal: module body cannot await');
  const code: CodeInfo = {
    name: '<module>',
    qualName: '<module>',
    filename,
    line: 1,
    params: { positional: [], posonlyCount: 0, vararg: null, kwonly: [], kwarg: null, defaultIndex: [] },
    slotCount: table.module.slotCount,
    cellSlots: cellSlotsOf(table.module),
    isAsync: false,
    isGenerator: false,
    ownedSlots: [],
    freeVars: [],
    body,
    expr: null,
  };
  return {
    run(globals) {
      const vars: Value[] = new Array(code.slotCount);
      for (const s of code.cellSlots) vars[s] = new Cell(undefined);
      const frame = new Frame(code, vars, [], globals, null, null);
      realm.runningFrame = frame;
      try {
        body.s!(frame);
      } catch (e) {
        throw addTracebackFrame(e, frame);
      } finally {
        realm.runningFrame = null;
      }
    },
  };
}
