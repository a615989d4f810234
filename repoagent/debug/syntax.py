"""Repair syntax errors from the parser's own error location, without running code.

A best-first search: a state is a whole source text; its children come from edits
chosen by the error message at the error line (a missing colon, a bracket or a
string never closed, mismatched quotes, indentation, foreign comments and keywords,
``=`` where ``==``, another comparison or ``-`` was, an expression cut off at the
end of the line).
A child is kept only if it compiles or moves the first error (see ``_moved``),
so several syntax bugs are fixed one after another. What compiles is
yielded cheapest first; the session then judges each by running it.
"""

from __future__ import annotations

import heapq
import itertools
import re
from collections.abc import Iterator

from repoagent.debug.idioms import rewrites
from repoagent.debug.keywords import misspelled
from repoagent.debug.text import Source, body_indent_after, compile_error, indent_of

_CLOSER = {"(": ")", "[": "]", "{": "}"}
_MAX_EXPANSIONS = 400


def repair_syntax(text: str, limit: int = 12, expansions: int = _MAX_EXPANSIONS) -> Iterator[str]:
    """Yield up to ``limit`` compiling variants of ``text``, cheapest edits first,
    looking at no more than ``expansions`` states."""
    error = compile_error(text)
    if error is None:
        return
    counter = itertools.count()
    frontier: list[tuple[int, int, str, SyntaxError | None]] = [(0, next(counter), text, error)]
    seen = {text}
    found = 0
    for _ in range(expansions):
        if not frontier or found >= limit:
            return
        cost, _, state, state_error = heapq.heappop(frontier)
        if state_error is None:
            found += 1
            yield state
            continue
        for edit_cost, child in _edits(state, state_error):
            if child in seen:
                continue
            seen.add(child)
            child_error = compile_error(child)
            if child_error is None or _moved(child_error, state_error):
                heapq.heappush(frontier, (cost + edit_cost, next(counter), child, child_error))


def _position(error: SyntaxError) -> tuple[int, int]:
    return (error.lineno or 0, error.offset or 0)


def _moved(child: SyntaxError, parent: SyntaxError) -> bool:
    """Progress: the first error is further down, or it is now another error (the
    tokenizer reports string and bracket errors before the parser's, so a fix can
    uncover an earlier one: closing ``'|"`` shows the ``[`` before it never closed)."""
    return _position(child) > _position(parent) or child.msg != parent.msg


def _edits(text: str, error: SyntaxError | None) -> Iterator[tuple[int, str]]:
    if error is None or not error.lineno:
        return
    source = Source(text)
    message = error.msg or ""
    lineno = error.lineno
    if "indent" in message or "outside" in message:
        yield from _indentation(source, lineno, message)
    if "never closed" in message or "forgot a comma" in message or "invalid syntax" in message:
        yield from _close_bracket(source, lineno, error.offset or 1)
    if "never closed" in message:
        yield from _delete_char(source, lineno, (error.offset or 1) - 1, 2)
    if "does not match opening parenthesis" in message:
        yield from _mismatched_closer(source, lineno, error.offset or 1, message)
    if message.startswith("unmatched"):
        yield from _delete_char(source, lineno, (error.offset or 1) - 1, 1)
    if "unterminated" in message:
        yield from _close_string(source, lineno, error.offset or 1, "triple" in message)
    if "expected ':'" in message or "invalid syntax" in message:
        yield from _add_colon(source, lineno)
    if message == "invalid syntax":
        yield from _complete_expression(source, lineno)
    if "'='" in message or "cannot assign" in message or message == "invalid syntax":
        yield from _misused_assignment(source, lineno)
    yield from _keyword_slips(source, lineno)
    for target in (lineno, lineno - 1, error.end_lineno or lineno):
        yield from _line_rewrites(source, target)
    yield from _line_removals(source, lineno)


def _line_rewrites(source: Source, lineno: int) -> Iterator[tuple[int, str]]:
    line = source.line(lineno)
    ending = source.lines[lineno - 1][len(line) :] if 0 < lineno <= len(source.lines) else ""
    for cost, new in rewrites(line):
        yield cost, source.replace_lines(lineno, lineno, [new + ending] if new.strip() else [])


_WORD = re.compile(r"(?<![\w.'\"])[A-Za-z_]\w*")


def _keyword_slips(source: Source, lineno: int) -> Iterator[tuple[int, str]]:
    """A word of the line that is a keyword mistyped (``retrun x``, ``esle:``,
    ``whlie i < n:``) and written nowhere else in the file: each keyword it is a
    slip of; the compiler decides whether the keyword fits."""
    code, comment = _split_comment(source.line(lineno))
    for found in _WORD.finditer(code):
        word = found.group()
        if len(re.findall(rf"\b{re.escape(word)}\b", source.text)) > len(re.findall(rf"\b{re.escape(word)}\b", code)):
            continue
        for keyword in misspelled(word):
            new = code[: found.start()] + keyword + code[found.end() :]
            yield 2, source.replace_lines(lineno, lineno, [new + comment + "\n"])


def _line_removals(source: Source, lineno: int) -> Iterator[tuple[int, str]]:
    """Last resorts: comment the line out or drop it (prose or stray markers)."""
    line = source.line(lineno)
    if line.strip():
        yield 6, source.replace_lines(lineno, lineno, [f"{indent_of(line)}# {line.strip()}\n"])
        yield 7, source.replace_lines(lineno, lineno, [])


def _add_colon(source: Source, lineno: int) -> Iterator[tuple[int, str]]:
    for target in (lineno, lineno - 1):
        line = source.line(target)
        code, comment = _split_comment(line)
        if code.strip() and not code.rstrip().endswith(":"):
            yield 1, source.replace_lines(target, target, [code.rstrip() + ":" + comment + "\n"])


_BARE_EQUALS = re.compile(r"(?<![=!<>:+\-*/%&|^])\s*=(?!=)\s*")


def _misused_assignment(source: Source, lineno: int) -> Iterator[tuple[int, str]]:
    """``=`` where another operator was: besides ``==`` (an idiom rewrite), try the
    other comparisons and ``-``/``+`` (``a = b - c = d`` was ``b - c - d``)."""
    line = source.line(lineno)
    matches = list(_BARE_EQUALS.finditer(line))
    assignment = re.match(r"\s*[\w.]+(?:\[[^=]*\])?\s*=(?!=)", line) is not None
    for index, found in enumerate(matches):
        in_value = assignment and index > 0  # 'a = b - c = d': arithmetic is likelier than a comparison
        for operator in ("-", "+", "<", ">", "<=", ">=", "!="):
            cost = 2 if in_value and operator in "-+" else 4 if operator in "-+" else 3
            new = f"{line[: found.start()]} {operator} {line[found.end() :]}"
            yield cost, source.replace_lines(lineno, lineno, [new + "\n"])


_DANGLING = re.compile(r"(?:[-+*/%&|^<>=!]=?|//|\*\*|\b(?:in|and|or|not|is))\s*:?\s*$")


def _complete_expression(source: Source, lineno: int) -> Iterator[tuple[int, str]]:
    """An expression cut off at the end of the line (``x +=``, ``for n in``): put back
    a small constant or each name the enclosing function has, parameters first."""
    code, comment = _split_comment(source.line(lineno))
    found = _DANGLING.search(code)
    if not found:
        return
    head = code[: found.end()].rstrip().removesuffix(":").rstrip()
    colon = ":" if code.rstrip().endswith(":") else ""
    names = _function_names(source, lineno)
    fillers = names if found.group().strip(" :") == "in" else ["1", *names, "0"]
    for rank, filler in enumerate(dict.fromkeys(fillers)):
        yield 2 + rank // 3, source.replace_lines(lineno, lineno, [f"{head} {filler}{colon}{comment}\n"])


def _function_names(source: Source, lineno: int) -> list[str]:
    """Parameters of the function around ``lineno``, then the names it assigns above it."""
    names: list[str] = []
    for index in range(lineno - 2, -1, -1):
        line = source.lines[index]
        assigned = re.match(r"\s*(?:for\s+)?([A-Za-z_]\w*)\s*(?:=(?!=)|\bin\b)", line)
        if assigned:
            names.append(assigned.group(1))
        header = re.match(r"\s*(?:async\s+)?def\s+\w+\s*\((.*)\)", line)
        if header:
            parameters = [p.split(":")[0].split("=")[0].strip().lstrip("*") for p in header.group(1).split(",")]
            return [p for p in parameters if p.isidentifier() and p != "self"] + names
    return names


def _split_comment(line: str) -> tuple[str, str]:
    """Split a trailing ``# comment`` off (a ``#`` outside quotes)."""
    quote = None
    for index, char in enumerate(line):
        if quote:
            quote = None if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char == "#":
            return line[:index], "  " + line[index:]
    return line, ""


def _close_bracket(source: Source, lineno: int, offset: int) -> Iterator[tuple[int, str]]:
    """Insert the missing closer at each plausible place after the opener."""
    line = source.line(lineno)
    opener_at = _unclosed_opener(line, offset - 1)
    if opener_at is None:
        return
    closer = _CLOSER[line[opener_at]]
    code, comment = _split_comment(line)
    stripped = code.rstrip()
    ends = [len(stripped) - 1] if stripped.endswith(":") else []
    ends.append(len(stripped))
    # before a separator, a clause keyword or a binary operator: 'join(parts + "|"' closes after 'parts'
    spots = [m.start() for m in re.finditer(r"[,:)\]}]|\s(?=(?:for|if|else|and|or|in)\b|[-+*/%<>=!&|^]=?\s)", code[opener_at + 1 :])]
    positions = ends + [opener_at + 1 + spot for spot in spots]
    for rank, position in enumerate(dict.fromkeys(positions)):
        new = code[:position] + closer + code[position:]
        yield 1 + min(rank, 3), source.replace_lines(lineno, lineno, [new + comment + "\n"])


def _unclosed_opener(line: str, hint: int) -> int | None:
    """The opener the parser points at, else the last opener left open on the line."""
    if 0 <= hint < len(line) and line[hint] in _CLOSER:
        return hint
    stack = []
    for index, char in enumerate(line):
        if char in _CLOSER:
            stack.append(index)
        elif char in ")]}" and stack:
            stack.pop()
    return stack[-1] if stack else None


def _mismatched_closer(source: Source, lineno: int, offset: int, message: str) -> Iterator[tuple[int, str]]:
    found = re.search(r"opening parenthesis '(.)'", message)
    if not found:
        return
    line = source.line(lineno)
    position = offset - 1
    closer = _CLOSER.get(found.group(1), ")")
    if 0 <= position < len(line):
        yield 1, source.replace_lines(lineno, lineno, [line[:position] + closer + line[position:] + "\n"])
        yield 2, source.replace_lines(lineno, lineno, [line[:position] + closer + line[position + 1 :] + "\n"])


def _delete_char(source: Source, lineno: int, position: int, cost: int) -> Iterator[tuple[int, str]]:
    line = source.line(lineno)
    if 0 <= position < len(line):
        yield cost, source.replace_lines(lineno, lineno, [line[:position] + line[position + 1 :] + "\n"])


def _close_string(source: Source, lineno: int, offset: int, triple: bool) -> Iterator[tuple[int, str]]:
    """Close the string at each plausible place, or drop its stray quote."""
    line = source.line(lineno)
    start = offset - 1
    prefix = re.match(r"[rRbBfFuU]{1,2}(?=['\"])", line[max(start, 0) :])
    if prefix:
        start += prefix.end()  # the parser points at a prefixed string's prefix: f'...
    if not 0 <= start < len(line) or line[start] not in "'\"":
        start = max(line.rfind('"'), line.rfind("'"))
        if start < 0:
            return
    quote = line[start] * (3 if triple else 1)
    yield 2, source.replace_lines(lineno, lineno, [line[:start] + line[start + len(quote) :] + "\n"])
    body = line[start + len(quote) :]
    other = "'" if quote == '"' else '"'
    if not triple and other in body:
        # Mismatched quotes: 'a" -> 'a'
        at = start + 1 + body.index(other)
        yield 1, source.replace_lines(lineno, lineno, [line[:at] + quote + line[at + 1 :] + "\n"])
    stripped = body.rstrip()
    ends = [len(stripped) - 1] if stripped.endswith(":") else []
    ends.append(len(stripped))
    spots = [m.start() for m in re.finditer(r"[,)\]}:]|\s", body)]
    for rank, position in enumerate(dict.fromkeys(ends + spots)):
        new = line[: start + len(quote)] + body[:position] + quote + body[position:]
        yield 1 + min(rank, 3), source.replace_lines(lineno, lineno, [new + "\n"])


def _indentation(source: Source, lineno: int, message: str) -> Iterator[tuple[int, str]]:
    """Move the line (alone, or with the block it starts) to each nearby indentation level."""
    line = source.line(lineno)
    if not line.strip():
        return
    current = indent_of(line)
    levels = _levels_above(source, lineno)
    if "unexpected indent" in message:
        yield from _dedented_line_above(source, lineno, current)
    if "expected an indented block" in message:
        above = next((source.line(i) for i in range(lineno - 1, 0, -1) if source.line(i).strip()), "")
        body = body_indent_after(above)
        levels = [body] + [level for level in levels if level != body]
    for rank, level in enumerate(levels[:6]):
        if level == current:
            continue
        yield 1 + rank, source.replace_lines(lineno, lineno, [level + line.lstrip() + "\n"])
        block_end = _block_end(source, lineno, current)
        if block_end > lineno:
            moved = [_reindent(source.lines[i], current, level) for i in range(lineno - 1, block_end)]
            yield 1 + rank, source.replace_lines(lineno, block_end, moved)
        start = _run_start(source, lineno, current)
        if start < lineno and len(level) > len(current):
            # The slip began above the reported line: a whole tail of a body lost a level
            # ('return' outside function reports only the line where it shows).
            moved = [_reindent(source.lines[i], current, level) for i in range(start - 1, block_end)]
            yield 2 + rank, source.replace_lines(start, block_end, moved)


def _dedented_line_above(source: Source, lineno: int, current: str) -> Iterator[tuple[int, str]]:
    """'unexpected indent' after a line that lost its indentation: put that line back at
    the level of the code above it, and this line's block with it."""
    above = [i for i in range(lineno - 1, 0, -1) if source.line(i).strip() and not source.line(i).lstrip().startswith("#")]
    if len(above) < 2:
        return
    slipped, before = above[0], above[1]
    level = body_indent_after(source.line(before))
    if len(indent_of(source.line(slipped))) >= len(level) or source.line(slipped).rstrip().endswith(":"):
        return
    end = _block_end(source, lineno, current)
    moved = [_reindent(source.lines[slipped - 1], indent_of(source.line(slipped)), level)]
    moved += source.lines[slipped:lineno - 1]
    moved += [_reindent(source.lines[i], current, level) for i in range(lineno - 1, end)]
    yield 2, source.replace_lines(slipped, end, moved)


def _levels_above(source: Source, lineno: int) -> list[str]:
    """Distinct indentations of the code lines above, nearest first."""
    levels: list[str] = []
    for index in range(lineno - 2, -1, -1):
        line = source.lines[index]
        if line.strip() and not line.lstrip().startswith("#"):
            level = indent_of(line)
            if line.rstrip().endswith(":") and not levels:
                levels.append(level + "    ")
            if level not in levels:
                levels.append(level)
    return levels


def _block_end(source: Source, lineno: int, indent: str) -> int:
    """Last line of the run of lines indented at least as deep as ``indent``."""
    end = lineno
    for index in range(lineno, len(source.lines)):
        line = source.lines[index]
        if line.strip() and len(indent_of(line)) < len(indent):
            break
        end = index + 1
    return end


def _run_start(source: Source, lineno: int, indent: str) -> int:
    """First line of the run, going up from ``lineno``, indented at least as deep as
    ``indent`` and not itself opening a definition at that depth."""
    start = lineno
    for index in range(lineno - 2, -1, -1):
        line = source.lines[index]
        if not line.strip():
            continue
        if len(indent_of(line)) < len(indent) or (
            indent_of(line) == indent and line.lstrip().startswith(("def ", "class ", "async def ", "@"))
        ):
            break
        start = index + 1
    return start


def _reindent(line: str, old: str, new: str) -> str:
    if not line.strip():
        return line
    return new + line[len(old) :] if line.startswith(old) else new + line.lstrip()
