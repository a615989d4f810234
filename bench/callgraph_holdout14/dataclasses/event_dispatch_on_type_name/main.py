from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Deposited:
    account: str
    amount: int


@dataclass(frozen=True)
class Withdrawn:
    account: str
    amount: int


@dataclass(frozen=True)
class Renamed:
    account: str
    new_name: str


class AccountProjection:
    def __init__(self):
        self.balances = {}
        self.names = {}

    def apply(self, event):
        handler = getattr(self, "on_" + type(event).__name__.lower())
        handler(event)

    def on_deposited(self, event):
        self.balances[event.account] = self.balance(event.account) + event.amount

    def on_withdrawn(self, event):
        self.balances[event.account] = self.balance(event.account) - event.amount

    def on_renamed(self, event):
        self.names[event.account] = event.new_name

    def balance(self, account):
        return self.balances.get(account, 0)


def replay(events):
    projection = AccountProjection()
    for event in events:
        projection.apply(event)
    return projection


def to_records(events):
    return [{"type": type(e).__name__, **asdict(e)} for e in events]


events = [Deposited("acc-1", 100), Withdrawn("acc-1", 30), Renamed("acc-1", "savings")]
state = replay(events)
print(state.balances, state.names, to_records(events))
