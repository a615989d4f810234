class Playlist:
    def __init__(self, title, tracks):
        self.title = title
        self.tracks = list(tracks)

    def __iter__(self):
        for track in self.tracks:
            if not track.hidden:
                yield track

    def __len__(self):
        return len(self.tracks)


class Track:
    def __init__(self, name, seconds, hidden=False):
        self.name = name
        self.seconds = seconds
        self.hidden = hidden

    def __str__(self):
        return f"{self.name} ({fmt_time(self.seconds)})"


def fmt_time(seconds):
    return f"{seconds // 60}:{seconds % 60:02d}"


def numbered(playlist):
    return [f"{i}. {t}" for i, t in enumerate(playlist, start=1)]


def pair_up(a, b):
    return [(x.name, y.name) for x, y in zip(a, b)]


def main():
    rock = Playlist("rock", [Track("Intro", 65), Track("Riff", 190), Track("Secret", 30, hidden=True)])
    jazz = Playlist("jazz", [Track("Blue", 300), Track("Late", 245)])
    print("\n".join(numbered(rock)))
    print(pair_up(rock, jazz))
    print(sorted(map(str, jazz)), len(jazz), max(t.seconds for t in rock))


main()
