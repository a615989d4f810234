class Document:
    def __init__(self):
        self.buf = ""

    def append(self, t):
        self.buf += t

    def truncate(self, n):
        self.buf = self.buf[:-n]


class InsertText:
    def __init__(self, doc, text):
        self.doc = doc
        self.text = text

    def do(self):
        self.doc.append(self.text)

    def undo(self):
        self.doc.truncate(len(self.text))


class Editor:
    def __init__(self):
        self.doc = Document()
        self.history = []

    def run(self, command):
        command.do()
        self.history.append(command)  # list.append, not Document.append

    def undo(self):
        if self.history:
            self.history.pop().undo()


ed = Editor()
ed.run(InsertText(ed.doc, "hello"))
ed.run(InsertText(ed.doc, " world"))
ed.undo()
