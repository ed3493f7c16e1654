/**
 * Moves the playhead once per animation frame while the store says `playing`. One loop for
 * the whole app; it sleeps when nothing plays, so an idle page costs nothing.
 */
import type { TasklineStore } from './create-store.ts';

export interface FrameScheduler {
  request(cb: (time: number) => void): number;
  cancel(handle: number): void;
}

const browserFrames: FrameScheduler = {
  request: (cb) => requestAnimationFrame(cb),
  cancel: (h) => cancelAnimationFrame(h),
};

/** Starts driving playback; returns a function that stops it. */
export function startPlaybackDriver(store: TasklineStore, frames: FrameScheduler = browserFrames): () => void {
  let handle: number | null = null;
  let last: number | null = null;

  let inFrame = false;

  const frame = (time: number) => {
    // The first frame only sets the clock: time before it was not spent playing.
    inFrame = true;
    if (last !== null) store.getState().tick(Math.min(time - last, 250));
    inFrame = false;
    last = time;
    if (store.getState().playing) handle = frames.request(frame);
    else {
      handle = null;
      last = null;
    }
  };

  const sync = () => {
    if (inFrame) return;
    const playing = store.getState().playing;
    if (playing && handle === null) handle = frames.request(frame);
    if (!playing && handle !== null) {
      frames.cancel(handle);
      handle = null;
      last = null;
    }
  };

  const unsubscribe = store.subscribe(sync);
  sync();
  return () => {
    unsubscribe();
    if (handle !== null) frames.cancel(handle);
    handle = null;
  };
}
