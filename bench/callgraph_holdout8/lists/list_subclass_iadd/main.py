class History(list):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit

    def append(self, item):
        super().append(item)
        self.trim()

    def extend(self, items):
        for item in items:
            self.append(item)

    def trim(self):
        while len(self) > self.limit:
            del self[0]


class Shell:
    def __init__(self):
        self.history = History(3)

    def run(self, line):
        self.history.append(line)
        return line.upper()

    def source(self, lines):
        self.history += lines
        self.history.insert(0, "#source")
        return [line.upper() for line in lines]


sh = Shell()
for cmd in ["ls", "cd /", "pwd", "echo"]:
    sh.run(cmd)
sh.source(["a", "b"])
print(sh.history, sorted(sh.history)[:2])
