"""A leaderboard: players define __lt__, __repr__ and __len__, but sorting uses a key,
str() uses __str__, and len() is only taken of plain strings."""
from operator import attrgetter


class Player:
    def __init__(self, name, score):
        self.name = name
        self.score = score

    def __lt__(self, other):
        return self.score < other.score

    def __repr__(self):
        return f"Player({self.name!r}, {self.score})"

    def __str__(self):
        return f"{self.name}: {self.score}"

    def __len__(self):
        return len(self.name)


def load(rows):
    return [Player(name, int(score)) for name, score in (r.split(":") for r in rows)]


def podium(players):
    ranked = sorted(players, key=attrgetter("score"), reverse=True)
    return ranked[:3]


def banner(players):
    width = max(len(p.name) for p in players)
    return "\n".join(str(p).rjust(width + 6) for p in players)


players = load(["ann:30", "bob:12", "cy:44", "dee:7"])
print(banner(podium(players)))
print(min(p.score for p in players))
