import xml.etree.ElementTree as ET


class OutlineTarget:
    """Receives the parser's events and builds an outline of the headings."""

    def __init__(self):
        self.stack = []
        self.outline = []
        self.text = []

    def start(self, tag, attrib):
        self.stack.append(tag)
        self.text = []

    def data(self, chunk):
        self.text.append(chunk)

    def end(self, tag):
        self.stack.pop()
        if tag in ("h1", "h2"):
            self.outline.append(format_heading(tag, "".join(self.text), len(self.stack)))

    def close(self):
        return summarize(self.outline)


def format_heading(tag, text, depth):
    return "  " * depth + f"{tag}: {text.strip()}"


def summarize(lines):
    return "\n".join(lines)


def outline_of(document):
    parser = ET.XMLParser(target=OutlineTarget())
    parser.feed(document)
    return parser.close()


print(outline_of("<doc><h1>Intro</h1><p>x</p><sec><h2>Setup</h2></sec></doc>"))
