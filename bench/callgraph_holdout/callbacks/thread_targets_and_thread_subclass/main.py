import threading


def square(n):
    return n * n


def summarize(items):
    return sum(items)


class Results:
    def __init__(self):
        self.items = []
        self.lock = threading.Lock()

    def add(self, item):
        with self.lock:
            self.items.append(item)


def crunch(n, results):
    results.add(square(n))


class Reporter(threading.Thread):
    def __init__(self, results):
        super().__init__()
        self.results = results

    def run(self):
        self.total = summarize(self.results.items)


def main():
    results = Results()
    threads = [threading.Thread(target=crunch, args=(i, results)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    reporter = Reporter(results)
    reporter.start()
    reporter.join()
    return reporter.total


main()
