from collections import defaultdict

SUBSCRIBERS = defaultdict(list)


def on(event):
    def register(fn):
        SUBSCRIBERS[event].append(fn)
        return fn

    return register


def emit(event, **payload):
    return [fn(**payload) for fn in SUBSCRIBERS[event]]


def greeting(name):
    return f"Welcome, {name}"


def workspace_name(user, region="eu", prefix="ws"):
    return f"{prefix}-{user}-{region}"


@on("signup")
def send_welcome(user, plan="free", **_):
    return greeting(user) + f" ({plan})"


@on("signup")
def create_workspace(user, plan=None, **options):
    return workspace_name(user, **options)


@on("upgrade")
def bill(user, *, plan, seats=1):
    return f"bill {user} for {seats} x {plan}"


print(emit("signup", user="ada", plan="pro", region="us"))
print(emit("signup", user="bob"))
print(emit("upgrade", user="ada", plan="team", seats=5))
