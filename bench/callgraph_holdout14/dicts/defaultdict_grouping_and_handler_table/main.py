from collections import defaultdict


def parse(line):
    level, _, message = line.partition(" ")
    return level.lower(), message


def on_error(messages):
    return f"{len(messages)} errors, first: {messages[0]}"


def on_warning(messages):
    return f"{len(messages)} warnings"


def on_other(messages):
    return f"{len(messages)} other"


HANDLERS = {"error": on_error, "warning": on_warning}


def group(lines):
    groups = defaultdict(list)
    for line in lines:
        level, message = parse(line)
        groups[level].append(message)
    return groups


def summarize(lines):
    groups = group(lines)
    out = {}
    for level, messages in sorted(groups.items()):
        handler = HANDLERS.get(level, on_other)
        out[level] = handler(messages)
    out.pop("debug", None)
    return out


log = ["ERROR disk full", "WARNING cpu hot", "INFO started", "ERROR net down", "DEBUG x=1"]
for level, text in summarize(log).items():
    print(level, text)
