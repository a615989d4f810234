"""cached_property getters run for their first reader only; later reads are plain lookups."""
import functools
import statistics


def load_samples(name):
    print("loading", name)
    return [12.0, 15.5, 11.25, 19.0, 14.0]


class Series:
    def __init__(self, name):
        self.name = name

    @functools.cached_property
    def samples(self):
        return load_samples(self.name)

    @functools.cached_property
    def mean(self):
        return statistics.fmean(self.samples)

    def summary(self):
        return f"{self.name}: mean={self.mean:.2f} n={len(self.samples)}"

    def above_mean(self):
        return [s for s in self.samples if s > self.mean]


def report(series):
    lines = [series.summary()]
    lines.append(f"above: {series.above_mean()}")
    return "\n".join(lines)


print(report(Series("latency")))
