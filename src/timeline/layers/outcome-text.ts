/** The room a finish mark's outcome label leaves before the right edge (the words are describe-event's). */
export const OUTCOME_GAP = 10;
