import { benchEngine } from './engine-throughput.ts';
for (const r of benchEngine()) console.log(r.label, r.ms.toFixed(0), 'ms', Math.round(r.stepsPerSecond), 'steps/s', r.traceEvents, 'events');
