"""Keep secrets out of what repoagent sends to an LLM and writes into pages.

Code holds secrets it should not (``API_KEY = "AKIA..."``), and the static writer
copies literal defaults and docstrings into pages, while every prompt carries the
code. :class:`Redactor` replaces what looks like a secret before text leaves the
process or reaches a page:

* known key formats wherever they appear: AWS access key ids, GitHub tokens,
  OpenAI and Anthropic keys, Slack tokens, Stripe and Google API keys, JSON Web
  Tokens, private key blocks, and the password of ``scheme://user:password@host``;
* a value bound to a name that says key, token, secret, password, credential or
  auth (``name = "..."``, ``name: str = "..."``, ``"name": "..."``, ``name=...``)
  when it looks random: at least 8 characters with no space, a digit or 20 and
  more characters, two kinds of characters, and some entropy.

A maintained detector (``detect-secrets``) was measured for this: 0.65 s to import
and about 30 ms a line, far over a commit hook's budget, and its ad-hoc line scan
reports plain words; these patterns cost well under a millisecond per prompt, and
run only on text that is written or sent.

Placeholders are numbered per :class:`Redactor` so a caller that needs the original
back (the debug mode applies the model's corrected file) can :meth:`restore` them.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter

#: What a redacted value is replaced with in pages and documentation prompts.
PLACEHOLDER = "[redacted]"

#: Known key formats, each with a literal it starts with: a text without that literal
#: is not searched (Python's ``re`` is slow at trying many alternatives everywhere).
#: The patterns here are compiled when first searched (:data:`_compiled`): a commit
#: hook that writes one section searches few of them, and compiling all of them
#: cost 2 ms of its start-up.
_KNOWN_FORMATS = (
    ("-----BEGIN", r"-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----.*?(?:-----END[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----|\Z)"),
    ("A", r"(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[0-9A-Z]{16}(?![0-9A-Za-z])"),
    ("_", r"gh[pousr]_[A-Za-z0-9]{30,}"),
    ("github_pat_", r"github_pat_[A-Za-z0-9_]{20,}"),
    ("sk-", r"sk-(?:ant-|proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}"),
    ("xox", r"xox[abposre]-[A-Za-z0-9-]{10,}"),
    ("k_live_", r"[rs]k_live_[A-Za-z0-9]{16,}"),
    ("AIza", r"AIza[0-9A-Za-z_-]{35}"),
    ("Bearer", r"Bearer\s+[A-Za-z0-9._~+/=-]{20,}"),
    ("eyJ", r"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*"),
)
_URL_PASSWORD = r"(://[^\s/:@\"'`]+:)([^\s/@\"'`]+)(@)"
#: Words in a name that make its value suspect (a substring test on the lowered line
#: first: a case-blind regex alternation would cost more than all the rest).
_SECRET_WORDS = ("key", "token", "secret", "passw", "pwd", "credential", "auth")
_BOUND_VALUE = r"""
    (?<![\w$.-])(?P<name>[\w$.-]+)["']?
    [ \t]*(?::[ \t]*[\w\[\]., |]{1,60}?[ \t]*)?(?:=|:=|:|=>)[ \t]*
    (?:(?P<quote>["'`])(?P<quoted>[^"'`\n]{8,300})(?P=quote)|(?P<bare>[\w+/=.~-]{8,300})(?![\w(]))
    """
_MIN_ENTROPY = 2.5
#: A pattern compiled on its first search and kept for the process: ``re``'s own cache
#: (512 patterns) may drop one on a run that compiles many others, and a string
#: pattern is looked up there on every search (80,000 texts in the standard
#: library's cold run).
_compiled = functools.cache(re.compile)


class Redactor:
    """Replaces secrets in texts with placeholders and can put them back."""

    def __init__(self, numbered: bool = False) -> None:
        self._numbered = numbered
        self._secrets: dict[str, str] = {}  # placeholder -> the secret it stands for

    def redact(self, text: str) -> str:
        """``text`` with every value that looks like a secret replaced."""
        for hint, pattern in _KNOWN_FORMATS:
            if hint in text:
                text = _compiled(pattern, re.DOTALL).sub(self._known, text)
        if "://" in text:
            text = _compiled(_URL_PASSWORD, 0).sub(lambda match: match.group(1) + self._hide(match.group(2)) + match.group(3), text)
        if not _has_secret_word(text):
            return text
        bound = _compiled(_BOUND_VALUE, re.VERBOSE)
        return "\n".join(bound.sub(self._bound, line) if _has_secret_word(line) else line for line in text.split("\n"))

    def restore(self, text: str) -> str:
        """``text`` with this redactor's numbered placeholders turned back into the secrets."""
        for placeholder, secret in self._secrets.items():
            text = text.replace(placeholder, secret)
        return text

    def _known(self, match: re.Match[str]) -> str:
        """A key format, unless it is the tail of a longer word (``task-...`` is no ``sk-`` key)."""
        before = match.string[match.start() - 1] if match.start() else ""
        return match.group(0) if before.isalnum() else self._hide(match.group(0))

    def _bound(self, match: re.Match[str]) -> str:
        value = match.group("quoted") or match.group("bare")
        if not _has_secret_word(match.group("name")) or not looks_random(value):
            return match.group(0)
        start, end = match.span("quoted") if match.group("quoted") else match.span("bare")
        whole = match.group(0)
        offset = match.start()
        return whole[: start - offset] + self._hide(value) + whole[end - offset :]

    def _hide(self, secret: str) -> str:
        if not self._numbered:
            return PLACEHOLDER
        for placeholder, known in self._secrets.items():
            if known == secret:
                return placeholder
        placeholder = f"[redacted-{len(self._secrets) + 1}]"
        self._secrets[placeholder] = secret
        return placeholder


def _has_secret_word(text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in _SECRET_WORDS)


def redact(text: str) -> str:
    """``text`` with secrets replaced by :data:`PLACEHOLDER` (pages and doc prompts)."""
    return Redactor().redact(text)


def without_key(text: str, key: str | None) -> str:
    """:func:`redact`'s ``text`` with the configured API ``key`` replaced too, whatever
    its format: an endpoint's answer or error message can echo the key it was sent
    (``Incorrect API key provided: ...``), and both reach pages, logs and terminals."""
    text = redact(text)
    return text.replace(key, PLACEHOLDER) if key and len(key) >= MIN_KEY_LENGTH else text


#: Shorter "keys" (``test``, ``x``) are placeholders of local servers, not secrets:
#: replacing them would garble ordinary words.
MIN_KEY_LENGTH = 8


def looks_random(value: str) -> bool:
    """Whether a value bound to a secret-sounding name looks like a real secret
    rather than a word, a path or a placeholder."""
    if len(value) < 8 or any(char.isspace() for char in value) or value.startswith("[redacted"):
        return False
    kinds = sum(
        (any(c.islower() for c in value), any(c.isupper() for c in value), any(c.isdigit() for c in value),
         any(not c.isalnum() for c in value))
    )
    has_digit = any(c.isdigit() for c in value)
    return kinds >= 2 and (has_digit or len(value) >= 20) and _entropy(value) >= _MIN_ENTROPY


def _entropy(value: str) -> float:
    counts = Counter(value)
    return -sum(n / len(value) * math.log2(n / len(value)) for n in counts.values())
