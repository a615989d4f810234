"""A chat server's message router using match with mapping patterns, alternatives,
captures with class checks, and a guard."""


class Room:
    def __init__(self):
        self.members = set()
        self.history = []

    def join(self, user):
        self.members.add(user)

    def leave(self, user):
        self.members.discard(user)

    def post(self, user, body):
        self.history.append(f"{user}: {body}")


def pong(seq):
    return {"type": "pong", "seq": seq}


def reject(message):
    return {"type": "error", "echo": message}


def route(room, message):
    match message:
        case {"type": "ping", "seq": int(seq)}:
            return pong(seq)
        case {"type": "join" | "leave" as action, "user": str(user)}:
            getattr(room, action)(user)
        case {"type": "msg", "user": user, "body": str(body)} if user in room.members:
            room.post(user, body.strip())
        case {"type": "msg", **rest}:
            return reject(rest)
        case _:
            return reject(message)
    return None


room = Room()
for msg in [
    {"type": "ping", "seq": 1},
    {"type": "join", "user": "ann"},
    {"type": "msg", "user": "ann", "body": " hi "},
    {"type": "msg", "user": "bob", "body": "let me in"},
    {"type": "leave", "user": "ann"},
]:
    print(route(room, msg))
print(room.history)
