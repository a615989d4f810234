"""Minimal repro (audit10, lark ParserState.feed_token): an action table holds
(Shift, state) and (Reduce, rule) pairs; only a Shift's state is pushed on the stack,
so comparing the top of the stack with the end state never runs Rule.__eq__."""

Shift, Reduce = object(), object()


class Rule:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Rule) and self.name == other.name

    def __hash__(self):
        return hash(self.name)


def build_table():
    r = Rule("start")
    return {0: {"A": (Shift, 1)}, 1: {"$END": (Reduce, r)}}, 1


def feed(states, end_state, token_type):
    state_stack = [0]
    action, arg = states[state_stack[-1]][token_type]
    if action is Shift:
        state_stack.append(arg)          # arg is an int state here, never a Rule
    if state_stack[-1] == end_state:     # int == int: no package __eq__ runs
        return True
    return False


def main():
    states, end = build_table()
    return feed(states, end, "A")
