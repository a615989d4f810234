class Machine:
    def __init__(self):
        self.events = {"go": Event("go", self)}

    def callbacks(self, funcs):
        for f in funcs:
            f()

    def process(self, func):
        return func()


class AsyncMachine(Machine):
    def __init__(self):
        self.events = {"go": AsyncEvent("go", self)}

    async def callbacks(self, funcs):
        for f in funcs:
            await f()

    def process(self, func):
        raise RuntimeError("use process_async")


class Event:
    def __init__(self, name, machine):
        self.name = name
        self.machine = machine

    def trigger(self):
        return self.machine.process(self._trigger)

    def _trigger(self):
        # a plain Event's machine is always a Machine; the AsyncMachine in the one
        # Event.machine attribute was stored by AsyncEvent's inherited __init__
        self.machine.callbacks([])


class AsyncEvent(Event):
    async def trigger(self):
        return await self._trigger()

    async def _trigger(self):
        await self.machine.callbacks([])


def main():
    Machine().events["go"].trigger()
    AsyncMachine().events["go"].trigger().close()


main()
