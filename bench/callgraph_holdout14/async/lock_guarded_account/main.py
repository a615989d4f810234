import asyncio


class Ledger:
    def __init__(self):
        self.entries = []

    async def append(self, account, amount):
        await asyncio.sleep(0)
        self.entries.append((account, amount))


class Account:
    def __init__(self, name, ledger):
        self.name = name
        self.balance = 0
        self.ledger = ledger
        self.lock = asyncio.Lock()

    async def deposit(self, amount):
        async with self.lock:
            self.balance += amount
            await self.ledger.append(self.name, amount)

    async def withdraw(self, amount):
        async with self.lock:
            if not await self.can_cover(amount):
                raise ValueError("insufficient funds")
            self.balance -= amount
            await self.ledger.append(self.name, -amount)

    async def can_cover(self, amount):
        return self.balance >= amount


async def transfer(source, target, amount):
    await source.withdraw(amount)
    await target.deposit(amount)


async def main():
    ledger = Ledger()
    alice, bob = Account("alice", ledger), Account("bob", ledger)
    await alice.deposit(100)
    await transfer(alice, bob, 30)
    try:
        await transfer(bob, alice, 50)
    except ValueError as exc:
        print("refused:", exc)
    print(alice.balance, bob.balance, len(ledger.entries))


asyncio.run(main())
