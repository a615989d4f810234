"""A debounced autosave: each edit cancels the pending timer, and close() saves at once."""
import threading


class Document:
    def __init__(self, name):
        self.name = name
        self.text = ""
        self.saved = []

    def snapshot(self):
        return self.text


class Autosave:
    def __init__(self, doc, delay):
        self.doc = doc
        self.delay = delay
        self.timer = None

    def touch(self):
        self.cancel_pending()
        self.timer = threading.Timer(self.delay, self.flush)
        self.timer.start()

    def cancel_pending(self):
        if self.timer is not None:
            self.timer.cancel()
            self.timer.join()
            self.timer = None

    def flush(self):
        self.doc.saved.append(self.doc.snapshot())
        notify_saved(self.doc)

    def close(self):
        self.cancel_pending()
        self.flush()


def notify_saved(doc):
    print(f"saved {doc.name}: {len(doc.saved)} version(s)")


def edit(doc, autosave, words):
    for word in words:
        doc.text += word + " "
        autosave.touch()


doc = Document("notes.txt")
autosave = Autosave(doc, 30.0)
edit(doc, autosave, ["one", "two", "three"])
autosave.close()
print(doc.saved)
