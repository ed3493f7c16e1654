/**
 * Where the time goes: a CDP CPU profile around one measurement, folded into the functions with
 * the most self time. Only with BENCH_UI_PROFILE=1 (profiling slows the page down).
 */
import type { Page } from '@playwright/test';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly hitCount?: number;
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
  readonly startTime: number;
  readonly endTime: number;
}

export const PROFILING = process.env.BENCH_UI_PROFILE === '1';

/** Runs `body` under the CPU profiler and returns its result and the top self-time functions as text. */
export async function profiled<T>(page: Page, label: string, body: () => Promise<T>, top = 15): Promise<{ result: T; report: string }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const result = await body();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  await cdp.detach();
  return { result, report: summarize(label, profile, top) };
}

function summarize(label: string, profile: CpuProfile, top: number): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let total = 0;
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i]);
    // A sample's time is the gap to the next sample.
    const dt = (deltas[i + 1] ?? 0) / 1000;
    if (!node) continue;
    const f = node.callFrame;
    const file = f.url ? f.url.replace(/^.*\//, '') : '';
    const key = `${f.functionName || '(anonymous)'} ${file ? `${file}:${f.lineNumber + 1}` : ''}`.trim();
    self.set(key, (self.get(key) ?? 0) + dt);
    if (f.functionName !== '(idle)' && f.functionName !== '(program)') total += dt;
  }
  const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  const lines = rows.map(([k, v]) => `  ${v.toFixed(1).padStart(8)} ms  ${k}`);
  const wall = (profile.endTime - profile.startTime) / 1000;
  return [`CPU profile: ${label} (${wall.toFixed(0)} ms wall, ${total.toFixed(0)} ms in JS, top self time; file names are of the minified build)`, ...lines].join('\n');
}
