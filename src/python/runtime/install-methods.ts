/** Fills the method tables of the builtin types (idempotent). */
import { installDictMethods } from './methods-dict.ts';
import { installListMethods } from './methods-list.ts';
import { installNumberMethods } from './methods-number.ts';
import { installSetMethods } from './methods-set.ts';
import { installStrMethods } from './methods-str.ts';

let installed = false;

export function installMethods(): void {
  if (installed) return;
  installed = true;
  installStrMethods();
  installListMethods();
  installDictMethods();
  installSetMethods();
  installNumberMethods();
}
