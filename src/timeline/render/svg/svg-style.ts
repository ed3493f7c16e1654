/**
 * The chart's look in one place. Colours are CSS custom properties (the component's
 * timeline.css sets them per theme; a standalone SVG embeds them), the class rules below are
 * put inside every chart <svg>, so the live chart, the golden files and an exported SVG agree.
 *
 * Palette: Okabe–Ito, which stays distinguishable with the common colour-vision deficiencies;
 * kinds also differ by pattern and outline, not colour alone.
 */
import { el, type SvgNode } from './svg-node.ts';

export type ThemeName = 'light' | 'dark';

export const PALETTES: { readonly [T in ThemeName]: Readonly<Record<string, string>> } = {
  light: {
    '--tl-bg': '#ffffff',
    '--tl-row-odd': '#f6f7f9',
    '--tl-row-selected': '#e6f0fa',
    '--tl-text': '#1d2329',
    '--tl-muted': '#5f6b76',
    '--tl-grid': '#e3e6ea',
    '--tl-running': '#0072b2',
    '--tl-sleeping': '#56b4e9',
    '--tl-sleeping-fill': '#dcf0fb',
    '--tl-waiting': '#009e73',
    '--tl-waiting-fill': '#e3f5ef',
    '--tl-blocked': '#d55e00',
    '--tl-blocked-fill': '#fbe3d2',
    '--tl-held': '#e69f00',
    '--tl-held-fill': '#fcefd0',
    '--tl-ready': '#8a949e',
    '--tl-ok': '#009e73',
    '--tl-error': '#d55e00',
    '--tl-cancel': '#cc79a7',
    '--tl-print': '#5f6b76',
    '--tl-block-band': 'rgba(213, 94, 0, 0.08)',
    '--tl-instant-band': 'rgba(0, 114, 178, 0.07)',
    '--tl-dim': 'rgba(255, 255, 255, 0.6)',
    '--tl-playhead': '#cc2255',
    '--tl-ghost': '#7b8794',
    '--tl-arrow': '#4b5560',
    '--tl-flag': '#b34700',
    '--tl-flag-band': 'rgba(213, 94, 0, 0.14)',
  },
  dark: {
    '--tl-bg': '#16191d',
    '--tl-row-odd': '#1c2026',
    '--tl-row-selected': '#1f3347',
    '--tl-text': '#e6e9ec',
    '--tl-muted': '#9aa5b1',
    '--tl-grid': '#2b3138',
    '--tl-running': '#3fa9f5',
    '--tl-sleeping': '#56b4e9',
    '--tl-sleeping-fill': '#173447',
    '--tl-waiting': '#2fc79b',
    '--tl-waiting-fill': '#123a30',
    '--tl-blocked': '#ff7f2a',
    '--tl-blocked-fill': '#4a2612',
    '--tl-held': '#f0b429',
    '--tl-held-fill': '#43340f',
    '--tl-ready': '#7d8894',
    '--tl-ok': '#2fc79b',
    '--tl-error': '#ff7f2a',
    '--tl-cancel': '#e59ac4',
    '--tl-print': '#b5c0cb',
    '--tl-block-band': 'rgba(255, 127, 42, 0.12)',
    '--tl-instant-band': 'rgba(86, 180, 233, 0.10)',
    '--tl-dim': 'rgba(22, 25, 29, 0.6)',
    '--tl-playhead': '#ff5c8a',
    '--tl-ghost': '#8d99a6',
    '--tl-arrow': '#b5c0cb',
    '--tl-flag': '#ff9a52',
    '--tl-flag-band': 'rgba(255, 127, 42, 0.18)',
  },
};

export const SVG_RULES = `
.tl-row-bg{fill:transparent}
.tl-row-bg.tl-odd{fill:var(--tl-row-odd)}
.tl-row-bg.tl-row-selected{fill:var(--tl-row-selected)}
.tl-bar{stroke-width:1}
.tl-running{fill:var(--tl-running)}
.tl-sleeping{fill:url(#tl-hatch);stroke:var(--tl-sleeping)}
.tl-sleeping.tl-computed{stroke-dasharray:3 2}
.tl-waiting{fill:var(--tl-waiting-fill);stroke:var(--tl-waiting);stroke-width:1.5}
.tl-blocked{fill:url(#tl-stripes);stroke:var(--tl-blocked)}
.tl-held{fill:var(--tl-held-fill);stroke:var(--tl-held);stroke-dasharray:4 2}
.tl-ready{fill:var(--tl-ready);opacity:.35}
.tl-open{stroke-dasharray:2 2}
.tl-bar-label{font:11px system-ui,sans-serif;fill:var(--tl-text);pointer-events:none}
.tl-blocked-label{font-weight:600}
.tl-outcome-label{font:11px system-ui,sans-serif;fill:var(--tl-muted);pointer-events:none}
.tl-exception-label{fill:var(--tl-error);font-weight:600}
.tl-cancelled-label{fill:var(--tl-cancel)}
.tl-mark{pointer-events:none}
.tl-mark-create{stroke:var(--tl-muted);stroke-width:1.5;fill:none}
.tl-mark-print{fill:var(--tl-print)}
.tl-mark-callback{fill:var(--tl-bg);stroke:var(--tl-print);stroke-width:1.2}
.tl-mark-cancel{stroke:var(--tl-cancel);stroke-width:2;fill:none}
.tl-mark-done.tl-result{fill:var(--tl-ok);stroke:var(--tl-bg)}
.tl-mark-done.tl-exception{fill:var(--tl-error);stroke:var(--tl-bg)}
.tl-mark-done.tl-cancelled{fill:var(--tl-bg);stroke:var(--tl-cancel);stroke-width:2}
.tl-block-band{fill:var(--tl-block-band)}
.tl-instant-band{fill:var(--tl-instant-band)}
.tl-ghost-bar{fill:none;stroke:var(--tl-ghost);stroke-width:1;stroke-dasharray:2 3;opacity:.7}
.tl-arrow-line{fill:none;stroke:var(--tl-arrow);stroke-width:1.2}
.tl-arrow-head{fill:var(--tl-arrow)}
.tl-arrow-deadlock .tl-arrow-line{stroke:var(--tl-error);stroke-width:2}
.tl-arrow-deadlock .tl-arrow-head{fill:var(--tl-error)}
.tl-flag-band{fill:var(--tl-flag-band);stroke:var(--tl-flag);stroke-width:1;stroke-dasharray:4 3}
.tl-flag-text{font:11px system-ui,sans-serif;font-weight:600;fill:var(--tl-flag);pointer-events:none}
.tl-flag-span{fill:none;stroke:var(--tl-flag);stroke-width:1.5}
.tl-flag-marker{fill:var(--tl-flag);stroke:var(--tl-bg);stroke-width:1}
.tl-dim{fill:var(--tl-dim);pointer-events:none}
.tl-playhead-line{stroke:var(--tl-playhead);stroke-width:1.5;pointer-events:none}
.tl-axis-text{font:10px system-ui,sans-serif;fill:var(--tl-muted)}
.tl-axis-tick{stroke:var(--tl-grid)}
.tl-label{font:12px system-ui,sans-serif;fill:var(--tl-text)}
.tl-label-sub{fill:var(--tl-muted)}
`;

/** Patterns referenced by the rules: hatching for sleeps, bold stripes for blocking calls. */
export function svgDefs(): SvgNode {
  return el('defs', 'defs', {}, [
    el('pattern', 'hatch', { id: 'tl-hatch', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, [
      el('rect', 'bg', { width: 6, height: 6, style: 'fill:var(--tl-sleeping-fill)' }),
      el('line', 'ln', { x1: 0, y1: 0, x2: 0, y2: 6, style: 'stroke:var(--tl-sleeping);stroke-width:1.5' }),
    ]),
    el('pattern', 'stripes', { id: 'tl-stripes', width: 8, height: 8, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(-45)' }, [
      el('rect', 'bg', { width: 8, height: 8, style: 'fill:var(--tl-blocked-fill)' }),
      el('line', 'ln', { x1: 0, y1: 0, x2: 0, y2: 8, style: 'stroke:var(--tl-blocked);stroke-width:4' }),
    ]),
  ]);
}

export function themeVariables(theme: ThemeName): string {
  return Object.entries(PALETTES[theme])
    .map(([k, v]) => `${k}:${v}`)
    .join(';');
}
