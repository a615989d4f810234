import asyncio
import warnings

warnings.simplefilter("ignore", RuntimeWarning)


class AuditLog:
    def __init__(self):
        self.lines = []

    async def write(self, line):
        self.lines.append(line)


class OrderService:
    def __init__(self, audit):
        self.audit_log = audit
        self.orders = {}

    async def audit(self, event, order_id):
        await self.audit_log.write(format_event(event, order_id))

    async def place(self, order_id, items):
        self.orders[order_id] = await price(items)
        self.audit("placed", order_id)  # bug: never awaited, so the coroutine never runs
        return self.orders[order_id]

    async def cancel(self, order_id):
        self.orders.pop(order_id)
        await self.audit_log.write(f"cancelled:{order_id}")


def format_event(event, order_id):
    return f"{event}:{order_id}"


async def price(items):
    await asyncio.sleep(0)
    return sum(items)


async def main():
    log = AuditLog()
    service = OrderService(log)
    print(await service.place(1, [3, 4]))
    await service.cancel(1)
    print(log.lines)


asyncio.run(main())
