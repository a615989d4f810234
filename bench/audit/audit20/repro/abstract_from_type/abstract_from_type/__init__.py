"""Cause D (pathspec #3): a `type[Pattern]` parameter makes instances of the abstract
base itself, so check() reaches the NotImplementedError stub Pattern.match_file."""


class Pattern:
    def __init__(self, include):
        self.include = include

    def match_file(self, file):
        raise NotImplementedError


class RegexPattern(Pattern):
    def __init__(self, pattern):
        super().__init__(True)
        self.pattern = pattern

    def match_file(self, file):
        return file if file.endswith(self.pattern) else None


def from_lines(factory: "type[Pattern]", lines):
    return [factory(line) for line in lines]


def check(patterns, file):
    return [p.match_file(file) for p in patterns]


def main():
    return check(from_lines(RegexPattern, [".py"]), "a.py")
