"""An account loader looking up enum members whose __init__ ran once, when models was imported."""
from models import REGISTRY, Status


def load_account(row):
    status = Status.parse(row["status"])  # finds an existing member
    same = Status(("a", "Active"))  # lookup by value: returns a member, builds nothing
    return status.label, same is Status.ACTIVE


print(load_account({"status": "s"}), sorted(REGISTRY))
