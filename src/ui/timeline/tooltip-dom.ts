/** Fills and places the tooltip: user text (names, prints) only ever goes in as textContent. */
import type { TooltipText } from './tooltip-text.ts';

export function showTooltip(tip: HTMLElement, container: HTMLElement, text: TooltipText, e: MouseEvent): void {
  const title = document.createElement('strong');
  title.textContent = text.title;
  const lines = text.lines.map((l) => {
    const div = document.createElement('div');
    div.textContent = l;
    return div;
  });
  tip.replaceChildren(title, ...lines);
  const box = container.getBoundingClientRect();
  const x = e.clientX - box.left;
  const y = e.clientY - box.top;
  tip.hidden = false;
  const left = Math.min(x + 14, Math.max(0, container.clientWidth - tip.offsetWidth - 4));
  tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(y + 16)}px)`;
}
