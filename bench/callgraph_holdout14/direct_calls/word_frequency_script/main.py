import re
from collections import Counter

TEXT = """The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs. A fox, a dog, the end."""

STOPWORDS = {"the", "a", "over"}


def read_lines(text):
    return [line for line in text.splitlines() if line.strip()]


def normalize(word):
    return word.lower().strip("'")


def tokenize(line):
    return [normalize(w) for w in re.findall(r"[A-Za-z']+", line)]


def is_content(word):
    return word not in STOPWORDS and len(word) > 2


def count_words(lines):
    counts = Counter()
    for line in lines:
        counts.update(w for w in tokenize(line) if is_content(w))
    return counts


def bar(n, scale=2):
    return "#" * (n * scale)


def format_row(word, n, width):
    return f"{word:<{width}} {n:>3} {bar(n)}"


def report(counts, top=4):
    rows = counts.most_common(top)
    width = max(len(w) for w, _ in rows)
    return "\n".join(format_row(w, n, width) for w, n in rows)


def main():
    lines = read_lines(TEXT)
    print(report(count_words(lines)))


if __name__ == "__main__":
    main()
