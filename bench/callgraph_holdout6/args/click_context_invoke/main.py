class Logger:
    def __init__(self):
        self.lines = []

    def invoke(self, message):
        self.lines.append(message)


class Context:
    def __init__(self, command, obj=None):
        self.command = command
        self.obj = obj

    def invoke(self, callback, *args, **kwargs):
        return callback(self, *args, **kwargs)

    def forward(self, other, *args):
        return self.invoke(other.callback, *args)


class Command:
    def __init__(self, name, callback):
        self.name = name
        self.callback = callback

    def main(self, args):
        ctx = Context(self, obj={"verbose": False})
        return ctx.invoke(self.callback, *args)


def sync(ctx, source, target):
    return f"{ctx.command.name}: {source} -> {target}"


def push(ctx, remote):
    return ctx.forward(pull_cmd, remote) + " pushed"


def pull(ctx, remote):
    return f"pull {remote}"


sync_cmd = Command("sync", sync)
push_cmd = Command("push", push)
pull_cmd = Command("pull", pull)
log = Logger()
print(sync_cmd.main(["a", "b"]))
print(push_cmd.main(["origin"]))
