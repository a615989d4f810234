"""The final patch, simplified: what the search's steps left behind, tidied.

Edits compose: one round turns ``n`` into ``n - 1``, a later one adds ``+ 1``
back around it, and the passing patch says ``n - 1 + 1``; an edit or an LLM
answer wraps a value in parentheses it does not need. On the lines a patch
changed (never elsewhere: the rest of the file is the user's), integer constants
of one sum are folded (``n - 1 + 1`` -> ``n``, ``i + 1 + 1`` -> ``i + 2``) and a
pair of parentheses the patch added is dropped when the code parses to the same
tree without it. The session runs the tests once more on the result and keeps it
only if they still pass.
"""

from __future__ import annotations

import ast
import difflib
import io
import tokenize
import warnings

from repoagent.debug.text import Source


def simplify(old: str, new: str) -> str:
    """``new`` with the lines that differ from ``old`` simplified (``new`` itself
    when there is nothing to simplify or it does not parse)."""
    changed = _changed_lines(old, new)
    text = _fold_sums(new, changed)
    old_parens = sum(line.count("(") for line in old.splitlines())
    return _drop_parentheses(text, _changed_lines(old, text), budget=sum(line.count("(") for line in text.splitlines()) - old_parens)


def _changed_lines(old: str, new: str) -> set[int]:
    """1-based lines of ``new`` that a line diff from ``old`` inserts or replaces."""
    matcher = difflib.SequenceMatcher(None, old.splitlines(), new.splitlines(), autojunk=False)
    return {line + 1 for tag, _, _, start, end in matcher.get_opcodes() if tag != "equal" for line in range(start, end)}


def _fold_sums(text: str, lines: set[int]) -> str:
    """Integer constants of each ``+``/``-`` chain on ``lines`` folded into one."""
    tree = _parse(text)
    if tree is None:
        return text
    source = Source(text)
    chains = [n for n in ast.walk(tree) if _is_sum(n) and n.lineno in lines and n.lineno == n.end_lineno]
    parents = {child for n in chains for child in ast.iter_child_nodes(n)}
    for chain in sorted((n for n in chains if n not in parents), key=lambda n: (n.lineno, n.col_offset), reverse=True):
        folded = _folded(chain)
        if folded is not None:
            source = Source(source.replace_node(chain, folded))
    return source.text if _parse(source.text) is not None else text


def _is_sum(node: ast.AST) -> bool:
    return isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub))


def _folded(chain: ast.BinOp) -> str | None:
    """The chain with its integer constants summed, or ``None`` when there are
    fewer than two or a ``+ 0`` to fold (nothing to gain)."""
    terms: list[tuple[int, ast.expr]] = []

    def flatten(node: ast.expr, sign: int) -> None:
        if _is_sum(node):
            flatten(node.left, sign)  # type: ignore[attr-defined]
            flatten(node.right, sign if isinstance(node.op, ast.Add) else -sign)  # type: ignore[attr-defined]
        else:
            terms.append((sign, node))

    flatten(chain, 1)
    constants = [sign * t.value for sign, t in terms if isinstance(t, ast.Constant) and type(t.value) is int]
    others = [(sign, t) for sign, t in terms if not (isinstance(t, ast.Constant) and type(t.value) is int)]
    if not others or (len(constants) < 2 and 0 not in constants):
        return None
    if others[0][0] < 0:
        return None  # '-x + 1' reads better as written
    text = ast.unparse(others[0][1]) if not _is_sum(others[0][1]) else f"({ast.unparse(others[0][1])})"
    for sign, term in others[1:]:
        part = ast.unparse(term)
        text += (" + " if sign > 0 else " - ") + (f"({part})" if _is_sum(term) or (sign < 0 and isinstance(term, ast.BinOp)) else part)
    total = sum(constants)
    if total:
        text += f" + {total}" if total > 0 else f" - {-total}"
    return text


def _drop_parentheses(text: str, lines: set[int], budget: int) -> str:
    """Drop up to ``budget`` parenthesis pairs on ``lines`` that change nothing
    in the tree (the ones the patch added; the user's own stay: ``budget`` is
    how many more the patch has than the original)."""
    tree = _parse(text)
    if tree is None or budget <= 0:
        return text
    shape = ast.dump(tree)
    for start, end in reversed(_paren_pairs(text, lines)):
        if budget <= 0:
            break
        if _is_tuple(text[start + 1 : end]):
            continue  # '(a, b)' keeps its parentheses for readability
        trial = text[:start] + text[start + 1 : end] + text[end + 1 :]
        trial_tree = _parse(trial)
        if trial_tree is not None and ast.dump(trial_tree) == shape:
            text, budget = trial, budget - 1
    return text


def _is_tuple(inner: str) -> bool:
    try:
        return isinstance(ast.parse(inner.strip(), mode="eval").body, (ast.Tuple, ast.GeneratorExp))
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return True  # not an expression alone: leave it


def _paren_pairs(text: str, lines: set[int]) -> list[tuple[int, int]]:
    """``str`` offsets of matching ``(``/``)`` that group (not calls) on ``lines``."""
    source = Source(text)
    pairs, stack = [], []
    previous: tokenize.TokenInfo | None = None
    try:
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            if token.type == tokenize.OP and token.string == "(":
                call = previous is not None and (previous.type == tokenize.NAME and previous.string not in _KEYWORDS_BEFORE_PAREN
                                                 or previous.string in (")", "]"))
                stack.append((token, call))
            elif token.type == tokenize.OP and token.string == ")" and stack:
                opener, call = stack.pop()
                if not call and opener.start[0] in lines and token.start[0] == opener.start[0]:
                    line = opener.start[0]
                    pairs.append((source.offset(line, len(source.line(line)[: opener.start[1]].encode())),
                                  source.offset(line, len(source.line(line)[: token.start[1]].encode()))))
            if token.type not in (tokenize.NL, tokenize.COMMENT):
                previous = token
    except (tokenize.TokenError, SyntaxError):
        return []
    return sorted(pairs)


_KEYWORDS_BEFORE_PAREN = {"and", "or", "not", "in", "is", "if", "elif", "while", "return", "yield", "else", "for", "assert", "lambda", "await"}


def _parse(text: str) -> ast.Module | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return ast.parse(text)
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return None
