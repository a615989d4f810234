from __future__ import annotations

from pathlib import Path
from typing import Union


class Source:
    def __init__(self, name: str, text: str) -> None:
        self.name = name
        self.text = text

    def read(self) -> str:
        return self.text


def read_path(path: Path) -> str:
    return f"<contents of {path.name}>"


def read_inline(text: str) -> str:
    return text.strip()


def load(src: Union[str, Path, Source]) -> str:
    if isinstance(src, Source):
        return src.read()
    if isinstance(src, Path):
        return read_path(src)
    return read_inline(src)


def word_count(text: str) -> int:
    return len(text.split())


def describe(src: str | Path | Source) -> str:
    if isinstance(src, Source):
        return src.name
    return str(src)[:12]


def summarize(sources: list[str | Path | Source]) -> dict[str, int]:
    return {describe(s): word_count(load(s)) for s in sources}


def main() -> None:
    inputs: list[str | Path | Source] = [" alpha beta ", Path("notes/todo.txt"), Source("memo", "one two three")]
    for name, count in summarize(inputs).items():
        print(name, count)


main()
