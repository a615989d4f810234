import json

DEBUG, INFO = 10, 20


class Logger:
    def __init__(self, name, level=INFO):
        self.name = name
        self.level = level
        self.lines = []

    def log(self, level, message):
        if level < self.level:
            return
        text = message() if callable(message) else message
        self.lines.append(f"{self.name}: {text}")

    def debug(self, message):
        self.log(DEBUG, message)

    def info(self, message):
        self.log(INFO, message)


def dump_state(state):
    return json.dumps(state, sort_keys=True, indent=2)


def summarize(state):
    return f"{len(state['items'])} items, total {sum(state['items'])}"


def handle(log, state, item):
    state["items"].append(item)
    log.debug(lambda: "state=" + dump_state(state))  # only evaluated when DEBUG is on
    log.info(lambda: summarize(state))
    return state


log = Logger("cart")
state = {"items": []}
for item in (3, 4):
    handle(log, state, item)
print(log.lines)
