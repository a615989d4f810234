class Buffer:
    """A text buffer whose edits record their inverse as (bound method, args)."""

    def __init__(self):
        self.text = ""
        self.undo_stack = []
        self.redo_stack = []

    def insert(self, pos, chars, *, stack=None):
        self.text = self.text[:pos] + chars + self.text[pos:]
        self._remember(stack, self.delete, pos, len(chars))

    def delete(self, pos, count, *, stack=None):
        removed = self.text[pos:pos + count]
        self.text = self.text[:pos] + self.text[pos + count:]
        self._remember(stack, self.insert, pos, removed)

    def _remember(self, stack, inverse, *args):
        (self.undo_stack if stack is None else stack).append((inverse, args))

    def undo(self):
        inverse, args = self.undo_stack.pop()
        inverse(*args, stack=self.redo_stack)

    def redo(self):
        action, args = self.redo_stack.pop()
        action(*args, stack=self.undo_stack)


def type_text(buffer, *chunks):
    pos = 0
    for chunk in chunks:
        buffer.insert(pos, chunk)
        pos += len(chunk)


buf = Buffer()
type_text(buf, "hello", " world")
buf.delete(0, 1)
buf.undo()  # re-inserts "h"
buf.undo()  # removes " world"
buf.redo()  # puts " world" back
print(buf.text)
