/**
 * Literal provenance for module-level names: `DELAY = 2` at the top of a program, read by a
 * function later, still lets the timeline rewrite that `2`. (Locals keep theirs in Frame.lits.)
 */
import type { SourceSpan } from '../../trace/format.ts';
import { perRun } from '../runtime/realm.ts';

export const globalLits = new Map<string, SourceSpan>();
perRun(() => globalLits.clear());
