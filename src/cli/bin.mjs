#!/usr/bin/env node
// `taskline` command: runs the TypeScript CLI through tsx's loader, so that it works right after
// `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
