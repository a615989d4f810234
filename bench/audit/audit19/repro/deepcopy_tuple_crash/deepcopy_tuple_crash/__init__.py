# Side finding (not an edge): graphing tomlkit 0.15.3 stops with
# "internal error: RecursionError('maximum recursion depth exceeded')" and writes no graph.
# Reduced from tomlkit/container.py (Container._insert_at / __deepcopy__): a dict value
# rebuilt as a tuple that stars its own previous value, `(*current, idx)`, and then
# `copy.deepcopy` of that dict.  Without the deepcopy line (`dict(self._map)` instead)
# the graph is made.
import copy


class Box:
    def __init__(self):
        self._map = {}

    def insert(self, key, idx):
        if key in self._map:
            current = self._map[key]
            if not isinstance(current, tuple):
                current = (current,)
            self._map[key] = (*current, idx)
        else:
            self._map[key] = idx

    def __deepcopy__(self, memo):
        new = Box()
        new._map = copy.deepcopy(self._map, memo)
        return new


def main():
    b = Box()
    for i in range(3):
        b.insert("k", i)
    return copy.deepcopy(b)._map
