/** The built-in programs: each teaches one idea, named in `notice` (what to look for on the timeline). */
import seed1 from './seed1.py?raw';
import seed2 from './seed2.py?raw';
import sequentialVsTasks from './sequential-vs-tasks.py?raw';
import gather from './gather.py?raw';
import blockingSleep from './blocking-sleep.py?raw';
import waitForTimeout from './wait-for-timeout.py?raw';
import cancellationCleanup from './cancellation-cleanup.py?raw';
import taskgroupFailure from './taskgroup-failure.py?raw';
import queueProducerConsumer from './queue-producer-consumer.py?raw';
import semaphoreDownloads from './semaphore-downloads.py?raw';
import lockContention from './lock-contention.py?raw';
import eventSignal from './event-signal.py?raw';
import commonMistakes from './common-mistakes.py?raw';

export interface Example {
  readonly id: string;
  readonly title: string;
  /** One sentence: what to notice when it runs. */
  readonly notice: string;
  readonly code: string;
  /** The exit status CPython gives it (0 unless the lesson is a failure). */
  readonly exitCode: number;
}

export const EXAMPLES: readonly Example[] = [
  {
    id: 'seed1',
    title: 'Tutorial: two tasks at once',
    notice: 'Two sleeps of 3 s and 2 s overlap, so the whole run takes 3 s, not 5 s.',
    code: seed1,
    exitCode: 0,
  },
  {
    id: 'seed2',
    title: 'Tutorial: a timer and some work',
    notice: 'The timer ticks every second while the work task sleeps beside it.',
    code: seed2,
    exitCode: 0,
  },
  {
    id: 'sequential-vs-tasks',
    title: 'Awaiting one by one vs create_task',
    notice: 'Awaiting coroutines in turn takes 2 s; wrapping them in tasks first takes 1 s.',
    code: sequentialVsTasks,
    exitCode: 0,
  },
  {
    id: 'gather',
    title: 'gather',
    notice: 'One gather call starts all three fetches together and returns results in argument order.',
    code: gather,
    exitCode: 0,
  },
  {
    id: 'blocking-sleep',
    title: 'time.sleep blocks the loop',
    notice: 'While time.sleep holds the loop, the ticker and the polite task cannot run, however ready they are.',
    code: blockingSleep,
    exitCode: 0,
  },
  {
    id: 'wait-for-timeout',
    title: 'wait_for with a timeout',
    notice: 'When the timeout expires, wait_for cancels the inner task and raises TimeoutError.',
    code: waitForTimeout,
    exitCode: 0,
  },
  {
    id: 'cancellation-cleanup',
    title: 'Cancellation and finally',
    notice: 'Cancelling a sleeping task still runs its finally block, at the moment of the cancel.',
    code: cancellationCleanup,
    exitCode: 0,
  },
  {
    id: 'taskgroup-failure',
    title: 'TaskGroup with a failing child',
    notice: 'One child fails at 1 s: the group cancels the slow sibling and raises an ExceptionGroup.',
    code: taskgroupFailure,
    exitCode: 0,
  },
  {
    id: 'queue-producer-consumer',
    title: 'Queue: producer and consumer',
    notice: 'The producer waits on put() when the queue is full; the consumer waits on get() when it is empty.',
    code: queueProducerConsumer,
    exitCode: 0,
  },
  {
    id: 'semaphore-downloads',
    title: 'Semaphore-limited downloads',
    notice: 'Only two downloads run at a time; the others wait on the semaphore.',
    code: semaphoreDownloads,
    exitCode: 0,
  },
  {
    id: 'lock-contention',
    title: 'Lock contention',
    notice: 'The lock makes each withdrawal wait its turn, so the balance is never read stale.',
    code: lockContention,
    exitCode: 0,
  },
  {
    id: 'event-signal',
    title: 'Event signalling',
    notice: 'Three tasks wait on one Event; set() wakes them all at once.',
    code: eventSignal,
    exitCode: 0,
  },
  {
    id: 'common-mistakes',
    title: 'Common mistakes (flagged)',
    notice: 'Each flagged line is a classic asyncio mistake: hover its marker in the editor to read what went wrong and the fix.',
    code: commonMistakes,
    exitCode: 0,
  },
];

export const DEFAULT_EXAMPLE_ID = 'seed1';

export function findExample(id: string): Example | undefined {
  return EXAMPLES.find((e) => e.id === id);
}
