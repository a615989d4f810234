class Row:
    def __init__(self, name, score, tags):
        self.name = name
        self.score = score
        self.tags = tags

    def sort_key(self):
        return (-self.score, self.name)

    def index(self, tag):
        return self.tags.index(tag) if tag in self.tags else -1

    def __repr__(self):
        return f"Row({self.name})"


def leaderboard(rows):
    ranked = sorted(rows, key=Row.sort_key)
    positions = [ranked.index(row) for row in rows]
    worst = min(rows, key=lambda r: r.sort_key()[0] * -1)
    top = ranked[:2]
    top.reverse()
    return ranked, positions, worst.name, top


ranked, positions, worst, top = leaderboard([Row("b", 3, ["x"]), Row("a", 3, []), Row("c", 9, ["y", "x"])])
print(positions, worst, [r.name for r in ranked], len(top))
