def read_lines(text):
    for line in text.splitlines():
        yield line


def strip_comments(lines):
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            yield line


def parse(lines):
    for line in lines:
        key, _, value = line.partition("=")
        yield key.strip(), convert(value.strip())


def convert(value):
    return int(value) if value.isdigit() else value


def load(text):
    return dict(parse(strip_comments(read_lines(text))))


print(load("a = 1\n# comment\nb = two  # trailing\n"))
