def escape(text):
    return text.replace("<", "&lt;").replace(">", "&gt;")


class Text:
    def __init__(self, body):
        self.body = body

    def render(self):
        return f"<p>{escape(self.body)}</p>"


class Image:
    def __init__(self, src, alt=""):
        self.src, self.alt = src, alt

    def render(self):
        return f'<img src="{self.src}" alt="{escape(self.alt)}">'


class Table:
    def __init__(self, rows):
        self.rows = rows

    def render(self):
        return "<table>" + "".join(self.render_row(r) for r in self.rows) + "</table>"

    def render_row(self, row):
        return "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in row) + "</tr>"


class Section:
    def __init__(self, title, *children):
        self.title = title
        self.children = list(children)

    def render(self):
        inner = "".join(child.render() for child in self.children)
        return f"<section><h2>{escape(self.title)}</h2>{inner}</section>"


def page(*blocks):
    return "\n".join(block.render() for block in blocks)


def main():
    body = Section("Report", Text("a < b"), Table([[1, 2], [3, 4]]), Section("Pics", Image("x.png", "x")))
    print(page(Text("intro"), body))


main()
