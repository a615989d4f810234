# mistletoe #2 #8 #27 #29 (cause C): every token stores its children through one
# property setter of the base class (`self._children = value`); what any token passes
# is then every token's children, so `token.children[0]` of an Inline (whose only child
# is a RawText) also gives the Code the Document holds: false
# render_inline -> Code.content [41] and Code.content -> Code.content [27].
class Token:
    @property
    def children(self):
        return getattr(self, "_children", None)

    @children.setter
    def children(self, value):
        self._children = value


class RawText(Token):
    def __init__(self, content):
        self.content = content


class Code(Token):
    def __init__(self, text):
        self.children = (RawText(text),)

    @property
    def content(self):
        return self.children[0].content


class Inline(Token):
    def __init__(self, text):
        self.children = (RawText(text),)


class Document(Token):
    def __init__(self, parts):
        self.children = parts


def render_inline(token):
    return token.children[0].content


def main():
    doc = Document([Code("x")])
    return render_inline(Inline("y")), doc.children[0].content
