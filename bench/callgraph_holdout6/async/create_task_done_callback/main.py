import asyncio

RESULTS = []


def on_done(task):
    RESULTS.append(summarize(task.result()))


def summarize(value):
    return f"<{value}>"


async def fetch(n):
    await asyncio.sleep(0)
    return compute(n)


def compute(n):
    return n * n


async def main():
    tasks = []
    for n in range(3):
        task = asyncio.create_task(fetch(n))
        task.add_done_callback(on_done)
        tasks.append(task)
    await asyncio.gather(*tasks)
    return sorted(RESULTS)


print(asyncio.run(main()))
