import copy
import pickle


def rebuild(x, y, label):
    return Point(x, y, label)


def normalize(label):
    return label.strip().lower()


class Point:
    def __init__(self, x, y, label=""):
        self.x, self.y = x, y
        self.label = normalize(label)

    def __reduce__(self):
        return rebuild, (self.x, self.y, self.label)

    def __getstate__(self):
        return {"x": self.x, "y": self.y}

    def __setstate__(self, state):
        self.__dict__.update(state, label=normalize("restored"))

    def __copy__(self):
        return Point(self.x, self.y, self.label)


def roundtrip(point):
    return pickle.loads(pickle.dumps(point))


def clone_all(points):
    return [copy.copy(p) for p in points] + [copy.deepcopy(p) for p in points]


def main():
    points = [Point(1, 2, " Home "), Point(3, 4)]
    print([vars(p) for p in map(roundtrip, points)])
    print(len(clone_all(points)))


main()
