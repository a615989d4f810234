# invoke #4 #44 #49: attributes set through a helper that calls
# object.__setattr__ with the keyword names it was given (computed names) are
# taken for missing, so reading self._deletions seems to go through __getattr__
# and to give a Proxy; the plain dict's .items(), del d[k] and d[k] = v then
# seem to run the Proxy's __getattr__, __delitem__ and __setitem__.
class Proxy:
    def __init__(self):
        self._set(_data={})
        self._set(_deletions={})

    def _set(self, **kwargs):
        for key, value in kwargs.items():
            object.__setattr__(self, key, value)

    def __getattr__(self, key):
        value = self._data[key]
        if isinstance(value, dict):
            value = Proxy()
        return value

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def remove(self, key):
        data = self._deletions
        data[key] = None
        obliterate(self._data, self._deletions)


def obliterate(base, deletions):
    for key, value in deletions.items():
        del base[key]


def main():
    p = Proxy()
    p['a'] = 1
    p.remove('a')
    return p
