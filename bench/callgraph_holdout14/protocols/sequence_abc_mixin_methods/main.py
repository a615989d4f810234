from collections.abc import Sequence


class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return isinstance(other, Version) and self.parts == other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


class ReleaseHistory(Sequence):
    def __init__(self, versions):
        self._versions = [Version(v) for v in versions]

    def __getitem__(self, index):
        return self._versions[index]

    def __len__(self):
        return len(self._versions)


def summarize(history):
    latest = history[-1]
    return {
        "count": len(history),
        "has_1_0": Version("1.0") in history,
        "first_2x": history.index(Version("2.0")),
        "newest_first": list(reversed(history)),
        "repeats": history.count(latest),
    }


print(summarize(ReleaseHistory(["0.9", "1.0", "2.0", "2.1"])))
