def merge_style(a, b):
    return a or b


def apply_style(value, style):
    return f"<{style}>{value}</{style}>" if style else value


class Text:
    def __init__(self, value, style=None):
        self.value = value
        self.style = style

    def __add__(self, other):
        if isinstance(other, Text):
            return Text(self.value + other.value, merge_style(self.style, other.style))
        return Text(self.value + str(other), self.style)

    def __radd__(self, other):
        return Text(str(other) + self.value, self.style)

    def __mul__(self, times):
        return Text(self.value * times, self.style)

    def __len__(self):
        return len(self.value)

    def __getitem__(self, index):
        return Text(self.value[index], self.style)

    def __str__(self):
        return apply_style(self.value, self.style)


def banner(title):
    rule = Text("=", "dim") * len(title)
    return "\n".join(map(str, [rule, "> " + title, rule[:3] + "..."]))


title = Text("Release", "b") + Text(" notes") + " v2"
print(banner(title), len(title))
