class BlockState:
    def append_token(self, t):
        pass


class InlineState:
    def append_token(self, t):
        pass


class Parser:
    RULES = []

    def __init__(self):
        self._methods = {name: getattr(self, "parse_" + name) for name in self.RULES}

    def parse_method(self, name, state):
        func = self._methods[name]
        return func(name, state)


class BlockParser(Parser):
    RULES = ["hr"]

    def parse_hr(self, m, state: BlockState):
        state.append_token(m)

    def parse(self, state: BlockState):
        self.parse_method("hr", state)


class InlineParser(Parser):
    RULES = ["text"]

    def parse_text(self, m, state: InlineState):
        state.append_token(m)

    def parse(self, state: InlineState):
        self.parse_method("text", state)


BlockParser().parse(BlockState())
InlineParser().parse(InlineState())
