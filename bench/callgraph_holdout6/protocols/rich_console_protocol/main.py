class Text:
    def __init__(self, plain, style=""):
        self.plain = plain
        self.style = style

    def __str__(self):
        return f"[{self.style}]{self.plain}" if self.style else self.plain

    def __len__(self):
        return len(self.plain)


class Table:
    def __init__(self, *rows):
        self.rows = rows

    def __rich__(self):
        return Text(" | ".join(self.rows), "bold")

    def __bool__(self):
        return bool(self.rows)


class Panel:
    def __init__(self, body):
        self.body = body

    def __rich__(self):
        return self.body


class Console:
    def __init__(self):
        self.out = []

    def render(self, renderable):
        while hasattr(renderable, "__rich__"):
            renderable = renderable.__rich__()
        return str(renderable)

    def print(self, *objects):
        for obj in objects:
            if obj:
                self.out.append(self.render(obj))


console = Console()
console.print(Text("hi"), Panel(Table("a", "b")), Table(), "plain")
print("\n".join(console.out))
