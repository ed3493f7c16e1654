/**
 * The seed `random` drew from, shown only when the run drew numbers from it (the program
 * imports random and does not seed it itself): reading it off lets
 * a learner replay the run (`random.seed(N)`, or the share link); "New seed" reruns with another.
 */
import { useActions, useTaskline } from '../../store/react.ts';

export function SeedControl() {
  const seed = useTaskline((s) => s.trace?.seed);
  const { newSeed } = useActions();
  if (seed === undefined) return null;
  return (
    <span className="seed-control" data-testid="seed-control">
      <span className="seed-value" aria-label={`random seed ${seed}`} title="The run's random numbers come from this seed, as random.seed(N) would give">
        seed {seed}
      </span>
      <button type="button" onClick={newSeed} title="Rerun with a different random seed">
        New seed
      </button>
    </span>
  );
}
