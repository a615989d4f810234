class Command:
    def run(self, args):
        self.before(args)
        result = self.execute(args)
        self.after(result)
        return result

    def before(self, args):
        self.log = [f"start {type(self).__name__}"]

    def execute(self, args):
        raise NotImplementedError

    def after(self, result):
        self.log.append(f"done {result}")


class DatabaseCommand(Command):
    def before(self, args):
        super().before(args)
        self.conn = connect(args.get("dsn", "sqlite://"))

    def after(self, result):
        self.conn.close()
        super().after(result)


class Migrate(DatabaseCommand):
    def execute(self, args):
        return self.conn.apply(args.get("steps", 1))


class Version(Command):
    def execute(self, args):
        return "1.4"


class Connection:
    def __init__(self, dsn):
        self.dsn = dsn
        self.open = True

    def apply(self, steps):
        return f"{steps} migrations on {self.dsn}"

    def close(self):
        self.open = False


def connect(dsn):
    return Connection(dsn)


for cmd, args in [(Migrate(), {"steps": 2}), (Version(), {})]:
    print(cmd.run(args), cmd.log)
