"""A job runner: tasks created with create_task report through add_done_callback,
and a loop.call_soon callback; results gathered at the end."""
import asyncio


class Reporter:
    def __init__(self):
        self.lines = []

    def task_done(self, task):
        self.lines.append(f"{task.get_name()}={task.result()}")

    def tick(self, label):
        self.lines.append(f"tick {label}")


async def fetch(n):
    await asyncio.sleep(0)
    return square(n)


def square(n):
    return n * n


async def run_jobs(reporter):
    loop = asyncio.get_running_loop()
    tasks = []
    for n in (2, 3):
        task = asyncio.create_task(fetch(n), name=f"job{n}")
        task.add_done_callback(reporter.task_done)
        tasks.append(task)
    loop.call_soon(reporter.tick, "start")
    results = await asyncio.gather(*tasks)
    await asyncio.sleep(0)
    return results


reporter = Reporter()
print(asyncio.run(run_jobs(reporter)), reporter.lines)
