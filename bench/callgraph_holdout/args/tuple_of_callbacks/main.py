def connect():
    return "c"


def authenticate():
    return "a"


def run_all(steps):
    results = []
    for step in steps:
        results.append(step())
    return results


run_all((connect, authenticate))
