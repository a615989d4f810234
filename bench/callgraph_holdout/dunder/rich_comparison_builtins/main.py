class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def key(self):
        return self.parts

    def __lt__(self, other):
        return self.key() < other.key()

    def __eq__(self, other):
        return self.parts == other.parts


versions = [Version("1.2"), Version("1.10"), Version("0.9")]
ordered = sorted(versions)
newest = max(versions)
present = Version("0.9") in versions
