class Tally:
    def __init__(self, counts=None):
        self.counts = dict(counts or {})

    def __iadd__(self, words):
        for word in words:
            self.counts[word] = self.counts.get(word, 0) + 1
        return self

    def __add__(self, other):
        return Tally(combine(self.counts, other.counts))

    def __radd__(self, other):
        return self if other == 0 else NotImplemented

    def __len__(self):
        return len(self.counts)

    def most_common(self, n):
        return sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def combine(a, b):
    out = dict(a)
    for key, value in b.items():
        out[key] = out.get(key, 0) + value
    return out


def words(line):
    return [w.strip(".,").lower() for w in line.split()]


def count(lines):
    total = Tally()
    for line in lines:
        total += words(line)  # in place: __iadd__, never __add__
    return total


if __name__ == "__main__":
    tally = count(["The cat sat.", "The cat ran, the end."])
    print(len(tally), tally.most_common(2))
