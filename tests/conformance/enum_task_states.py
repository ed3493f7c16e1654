import asyncio
from enum import Enum, auto


class State(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()
    FAILED = auto()


TRANSITIONS = {
    State.PENDING: {State.RUNNING},
    State.RUNNING: {State.DONE, State.FAILED},
}


class Job:
    def __init__(self, name, seconds, fail=False):
        self.name, self.seconds, self.fail = name, seconds, fail
        self.state = State.PENDING

    def move(self, new):
        if new not in TRANSITIONS.get(self.state, set()):
            raise RuntimeError(f"{self.name}: {self.state.name} -> {new.name} not allowed")
        print(f"{asyncio.get_running_loop().time():.1f} {self.name}: {self.state} -> {new}")
        self.state = new

    async def run(self):
        self.move(State.RUNNING)
        await asyncio.sleep(self.seconds)
        self.move(State.FAILED if self.fail else State.DONE)


async def main():
    jobs = [Job("a", 1), Job("b", 0.5, fail=True), Job("c", 2)]
    await asyncio.gather(*(j.run() for j in jobs))
    counts = {s: sum(j.state is s for j in jobs) for s in State}
    print(counts)
    print([s.name for s in State], [s.value for s in State], len(State))
    print(State(3), State["FAILED"], State.DONE in State, repr(State.RUNNING))
    try:
        jobs[0].move(State.RUNNING)
    except RuntimeError as e:
        print(e)


asyncio.run(main())
