def hash_stop(stop):
    return sum(map(ord, stop)) % 100


def distance_from_depot(stop):
    return abs(hash_stop(stop) - 50)


def scenery(stop):
    return hash_stop(stop) % 7


class FastestRoute:
    def plan(self, stops):
        return sorted(stops, key=distance_from_depot)


class ScenicRoute:
    def plan(self, stops):
        return sorted(stops, key=lambda s: (-scenery(s), s))


class AsListed:
    def plan(self, stops):
        return list(stops)


class Navigator:
    def __init__(self, strategy=None):
        self.strategy = strategy or AsListed()
        self.history = []

    def use(self, strategy):
        self.strategy = strategy
        return self

    def route(self, stops):
        plan = self.strategy.plan(stops)
        self.history.append((type(self.strategy).__name__, plan))
        return plan


nav = Navigator()
stops = ["harbor", "museum", "park"]
print(nav.route(stops))
print(nav.use(FastestRoute()).route(stops))
print(nav.use(ScenicRoute()).route(stops))
print(len(nav.history))
