import asyncio


class Job:
    def __init__(self, n):
        self.n = n

    async def execute(self):
        await asyncio.sleep(0)
        return self.n * 2


class Results:
    def __init__(self):
        self.items = []

    def add(self, value):
        self.items.append(value)


async def producer(queue, count, workers):
    for n in range(count):
        await queue.put(Job(n))
    for _ in range(workers):
        await queue.put(None)


async def worker(queue, results):
    while (job := await queue.get()) is not None:
        results.add(await job.execute())
        queue.task_done()
    queue.task_done()


async def serve():
    queue = asyncio.Queue(maxsize=2)
    results = Results()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(producer(queue, 4, 2))
        for _ in range(2):
            tg.create_task(worker(queue, results))
    return sorted(results.items)


print(asyncio.run(serve()))
