"""A health-check runner (like a linter's rule set): a dict of checks is filtered by a
dict comprehension against a skip list and a severity threshold before running."""


class Report:
    def __init__(self):
        self.results = {}

    def record(self, name, ok):
        self.results[name] = "ok" if ok else "FAIL"


def check_disk(ctx):
    return ctx["disk_free"] > 10


def check_memory(ctx):
    return ctx["mem_free"] > 100


def check_network(ctx):
    return ping(ctx["gateway"])


def check_licenses(ctx):
    return scan_licenses(ctx)


def ping(host):
    return host.count(".") == 3


def scan_licenses(ctx):
    return True


CHECKS = {
    "disk": (check_disk, 2),
    "memory": (check_memory, 2),
    "network": (check_network, 3),
    "licenses": (check_licenses, 1),
}


def run_checks(ctx, skip=(), min_severity=2):
    selected = {name: fn for name, (fn, severity) in CHECKS.items()
                if name not in skip and severity >= min_severity}
    report = Report()
    for name, fn in selected.items():
        report.record(name, fn(ctx))
    return report.results


print(run_checks({"disk_free": 50, "mem_free": 20, "gateway": "10.0.0.1"}, skip={"memory"}))
