"""How many files keep their flow key when only lines move: the share of one-line
edits that reuse the stored resolution instead of solving the component again.

Usage: python bench/flow_key_stability.py [TREE] [--where top|random]

Each Python file under TREE (default: the running Python's ``Lib/``) is parsed as it
is and with a comment line added (at the top, or, with ``--where random``, before a
line chosen by a fixed seed, at that line's indentation), and the two flow keys
(:func:`repoagent.graph.flow_key.flow_key`) are compared. A comment moves lines and
changes nothing a resolver reads, so every key should stay; a random line can fall
inside a string or a continued line, which really changes the code.
"""

from __future__ import annotations

import argparse
import random
import sysconfig
from pathlib import Path, PurePosixPath


def edited(source: bytes, where: str, chooser: random.Random) -> bytes:
    """``source`` with a comment line added at the top or before a random line."""
    if where == "top":
        return b"# a comment\n" + source
    lines = source.split(b"\n")
    index = chooser.randrange(len(lines))
    indent = lines[index][: len(lines[index]) - len(lines[index].lstrip())]
    return b"\n".join([*lines[:index], indent + b"# a comment", *lines[index:]])


def main() -> None:
    from repoagent.graph.flow_key import flow_key
    from repoagent.parsing.registry import language_for

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tree", nargs="?", type=Path, default=Path(sysconfig.get_paths()["stdlib"]))
    parser.add_argument("--where", choices=("top", "random"), default="top")
    options = parser.parse_args()
    language = language_for(PurePosixPath("a.py"))
    assert language is not None
    chooser = random.Random(20261207)
    changed, total = [], 0
    for path in sorted(options.tree.rglob("*.py")):
        relative = path.relative_to(options.tree).as_posix()
        module = relative.removesuffix(".py").replace("/", ".")
        source = path.read_bytes()
        before = language.parse(source, relative, module, "")
        after = language.parse(edited(source, options.where, chooser), relative, module, "")
        total += 1
        if flow_key(before)[0] != flow_key(after)[0]:
            changed.append(relative)
    print(f"{len(changed)}/{total} files change their flow key ({options.where}): {', '.join(changed[:10])}")


if __name__ == "__main__":
    main()
