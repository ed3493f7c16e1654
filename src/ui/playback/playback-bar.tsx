/** Replay, pause, step event by event, scrub, the speed, and the current event in words. */
import { useMemo } from 'react';
import { useActions, useTaskline } from '../../store/react.ts';
import { playbackStops } from '../../store/playback-events.ts';
import { describeEvent } from '../../trace/views/describe-event.ts';
import { SPEEDS, parseSpeed, speedLabel } from '../../store/playback.ts';
import { fmtTime } from '../format.ts';
import { shownTrace } from '../../store/views/shown-trace.ts';
import { NextIcon, PrevIcon } from './icons.tsx';

export function PlaybackBar() {
  const trace = useTaskline(shownTrace);
  const end = trace?.end ?? 0;
  const hasTrace = trace !== null;
  const playhead = useTaskline((s) => s.playhead);
  const playing = useTaskline((s) => s.playing);
  const speed = useTaskline((s) => s.speed);
  const eventIndex = useTaskline((s) => s.playheadEvent);
  const narration = useMemo(() => (trace ? describeEvent(trace, eventIndex) : ''), [trace, eventIndex]);
  const stopNumber = useMemo(() => {
    if (!trace) return null;
    const stops = playbackStops(trace);
    let n = 0;
    while (n < stops.length && (stops[n] as number) <= eventIndex) n++;
    return { n, of: stops.length };
  }, [trace, eventIndex]);
  const { replay, togglePlay, stepPrev, stepNext, seek, setSpeed } = useActions();

  return (
    <div className="playback" role="group" aria-label="Playback">
      <button type="button" onClick={replay} disabled={!hasTrace} title="Replay from the start (R)">
        Replay
      </button>
      <button type="button" className="play-toggle" onClick={togglePlay} disabled={!hasTrace} title="Play or pause (K)">
        {playing ? 'Pause' : 'Play'}
      </button>
      <button type="button" className="icon" onClick={stepPrev} disabled={!hasTrace} aria-label="Previous event" title="Previous event (,)">
        <PrevIcon />
      </button>
      <button type="button" className="icon" onClick={stepNext} disabled={!hasTrace} aria-label="Next event" title="Next event (.)">
        <NextIcon />
      </button>
      <input
        type="range"
        className="scrubber"
        aria-label="Playback position"
        min={0}
        max={end}
        step="any"
        value={Math.min(playhead, end)}
        aria-valuetext={`${fmtTime(playhead)} seconds`}
        disabled={!hasTrace}
        onChange={(e) => seek(Number(e.target.value))}
      />
      <output className="clock" data-testid="playhead" data-t={playhead}>
        {fmtTime(playhead)} s / {fmtTime(end)} s
      </output>
      <label className="field">
        <span className="visually-hidden">Speed</span>
        <select aria-label="Speed" value={String(speed)} onChange={(e) => { const s = parseSpeed(e.target.value); if (s !== null) setSpeed(s); }}>
          {SPEEDS.map((s) => (
            <option key={String(s)} value={String(s)}>
              {speedLabel(s)}
            </option>
          ))}
        </select>
      </label>
      {trace && (
        <p className="narration" data-testid="narration" data-event={eventIndex} aria-live={playing ? 'off' : 'polite'}>
          {stopNumber && <span className="narration-count">Event {stopNumber.n} of {stopNumber.of}</span>}
          <span className="narration-text">{narration}</span>
        </p>
      )}
    </div>
  );
}
