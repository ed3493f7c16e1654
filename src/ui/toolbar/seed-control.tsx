/**
 * The seed `random` drew from, shown only when the run drew numbers from it (the program
 * imports random and does not seed it itself): reading it off lets a learner replay the run
 * (`random.seed(N)`, or the share link); "New seed" reruns with another.
 */
import { useActions, useTaskline } from '../../store/react.ts';

export function SeedControl() {
  const seed = useTaskline((s) => s.trace?.seed);
  const { newSeed } = useActions();
  if (seed === undefined) return null;
  return (
    <span className="seed-control" role="group" aria-label="Random seed">
      <span className="seed-value" data-testid="seed-value" title="This run's random numbers are the ones random.seed(N) gives">
        seed {seed}
      </span>
      <button type="button" onClick={newSeed} title="Rerun with a different random seed">
        New seed
      </button>
    </span>
  );
}
