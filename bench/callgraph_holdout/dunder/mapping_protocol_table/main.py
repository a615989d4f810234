class Table:
    def __init__(self):
        self._rows = {}

    def _validate(self, key):
        if not isinstance(key, str):
            raise TypeError(key)
        return key

    def __setitem__(self, key, value):
        self._rows[self._validate(key)] = value

    def __getitem__(self, key):
        return self._rows[self._validate(key)]

    def __contains__(self, key):
        return key in self._rows

    def __len__(self):
        return len(self._rows)

    def __iter__(self):
        return iter(sorted(self._rows))

    def __delitem__(self, key):
        del self._rows[key]


table = Table()
table["a"] = 1
table["b"] = 2
if "a" in table:
    value = table["a"]
del table["b"]
keys = list(table)
size = len(table)
