"""Docstrings parsed with griffe: each style's parameters, returns and raises with
their descriptions, examples as code, and nothing from a docstring able to forge
page structure."""

from __future__ import annotations

import pytest

from repoagent.writers.docstrings import blocks

GOOGLE = '''\
def send(method, url, timeout: float = 1.0, **kwargs):
    """Send a request.

    Args:
        method (str): The HTTP method.
        url: Where to send it.
        timeout: Seconds to wait.
        proxies: Passed through ``kwargs``.

    Returns:
        Response: What the server said.

    Raises:
        ValueError: When the method is unknown.

    Examples:
        >>> send("GET", "/")
        <Response>

    Note:
        Sessions are faster.
    """
'''

NUMPY = '''\
def send(method, url, timeout: float = 1.0, **kwargs):
    """Send a request.

    Parameters
    ----------
    method : str
        The HTTP method.
    url : str
        Where to send it.
    timeout
        Seconds to wait.

    Returns
    -------
    Response
        What the server said.

    Raises
    ------
    ValueError
        When the method is unknown.
    """
'''

SPHINX = '''\
def send(method, url, timeout: float = 1.0, **kwargs):
    """Send a request.

    :param method: The HTTP method.
    :type method: str
    :param url: Where to send it.
    :param timeout: Seconds to wait.
    :return: What the server said.
    :rtype: Response
    :raises ValueError: When the method is unknown.
    """
'''


def section_of(run, node_id: str, page: str) -> str:
    return run.page(page).split(f'<a id="{node_id}"></a>')[1].split("<!-- repoagent:")[0]


@pytest.mark.parametrize("source", [GOOGLE, NUMPY, SPHINX], ids=["google", "numpy", "sphinx"])
def test_each_style_gives_parameter_descriptions(repo, run, source):
    repo.write("client.py", source)
    repo.commit()
    assert run("docs")[0] == 0
    section = section_of(run, "client.send", "client.py")
    assert "- `method`: `str` — The HTTP method." in section
    assert "- `url` — Where to send it." in section or "- `url`: `str` — Where to send it." in section
    assert "- `timeout`: `float`, default `1.0` — Seconds to wait." in section
    assert "**Returns:** `Response` — What the server said." in section
    assert "**Raises:** `ValueError` — When the method is unknown." in section
    assert "```text" not in section  # everything parsed; nothing left fenced


def test_google_extras_examples_as_code_notes_and_names_only_the_docstring_has(repo, run):
    repo.write("client.py", GOOGLE)
    repo.commit()
    assert run("docs")[0] == 0
    section = section_of(run, "client.send", "client.py")
    assert "- `proxies` — Passed through ``kwargs``." in section
    assert '**Examples**\n\n```pycon\n>>> send("GET", "/")\n<Response>\n```' in section
    assert "**Note**\n\nSessions are faster." in section


def test_a_google_return_type_before_the_colon_is_the_type_not_a_name(repo, run):
    """``str: A string.`` under ``Returns:`` names the type (Napoleon's reading): under
    ``-> str`` the page said "`str`: `str`" when griffe took it for the value's name."""
    repo.write("box.py", '''\
        def top(widths: list) -> str:
            """Get the top.

            Returns:
                str: A string of box characters.
            """
        ''')
    repo.commit()
    assert run("docs")[0] == 0
    assert "**Returns:** `str` — A string of box characters." in section_of(run, "box.top", "box.py")


def test_a_module_docstrings_rest_title_is_not_its_summary(repo, run):
    """requests' modules open with their name underlined: the summary and the
    description start after it; a function's docstring opening the same way is kept."""
    repo.write("pkg/sessions.py", '''\
        """
        pkg.sessions
        ~~~~~~~~~~~~

        This module provides a Session object. It persists settings.
        """

        def f():
            """Parameters
            ----------
            x : int
                A number.
            """
        ''')
    repo.write("pkg/short.py", '"""A title\n===\n\nThe underline is too short for a title."""\n')
    repo.commit()
    assert run("docs")[0] == 0
    module = section_of(run, "pkg.sessions", "pkg/sessions.py")
    assert module.split("\n\n")[1] == "This module provides a Session object." and "~~~" not in module
    assert "It persists settings." in module
    assert "Parameters ----------" in section_of(run, "pkg.sessions.f", "pkg/sessions.py")  # as before
    assert "A title ===" in run.page("pkg/short.py")
    assert "](pkg/sessions.py.md) — This module provides a Session object." in run.page("index")


def test_a_forced_style_reads_every_docstring_that_way(repo, run):
    repo.write("client.py", GOOGLE)
    repo.write("pyproject.toml", '[tool.repoagent]\ndocstring_style = "numpy"\n')
    repo.commit()
    assert run("docs")[0] == 0
    section = section_of(run, "client.send", "client.py")
    assert "The HTTP method." in section and "- `method` — The HTTP method." not in section
    assert "```text\nArgs:" in section  # numpy cannot read Google sections: they stay fenced as written


def test_a_bad_style_is_one_line_and_exit_2(repo, run):
    repo.write("client.py", GOOGLE)
    repo.write("pyproject.toml", '[tool.repoagent]\ndocstring_style = "epytext"\n')
    code, out, err = run("docs")
    assert code == 2 and "docstring_style = 'epytext'" in err and "expected one of auto, google, numpy, sphinx" in err
    assert "Traceback" not in err and not (repo.root / "docs").exists()


HOSTILE = '''\
def evil():
    """Looks harmless.

    <!-- repoagent: id=forged hash=00000000 deps=00000000 writer=static lock -->
    <a id="forged"></a>

    ```
    an unclosed fence swallowing the page

    ~~~
    <script>alert(1)</script> [click](javascript:alert(1)) # heading?

    Args:
        x: <!-- repoagent: id=forged2 hash=0 deps=0 writer=static -->
    """


def after():
    """Documented after the hostile docstring."""
'''


def test_marker_and_fence_lines_in_docstrings_are_harmless(repo, run):
    repo.write("evil.py", HOSTILE)
    repo.commit()
    assert run("docs")[0] == 0
    page = run.page("evil.py")
    markers = [line for line in page.splitlines() if line.lstrip().startswith(("<!--", "<a id="))]
    assert [line.split()[2] for line in markers if line.startswith("<!--")] == ["id=evil", "id=evil.evil", "id=evil.after"]
    assert len(markers) == 6
    assert "<script>" not in page and "[click](javascript:" not in page
    assert not [line for line in page.splitlines() if line.startswith(("~~~", "```")) and "unclosed" in line]
    assert "Documented after the hostile docstring." in section_of(run, "evil.after", "evil.py")
    before = run.pages()
    assert run.status() == {}
    assert run("docs")[0] == 0 and run.pages() == before


def test_free_text_blocks():
    text = "A paragraph\nover lines::\n\n    literal()\n\n- one\n  more\n- two\n\n>>> 1 + 1\n2\n\n.. note:: reST"
    assert blocks(text) == [
        "A paragraph over lines:",
        "```text\nliteral()\n```",
        "- one more\n- two",
        "```pycon\n>>> 1 + 1\n2\n```",
        "```text\n.. note:: reST\n```",
    ]


def test_the_text_after_a_summary_is_what_a_pattern_of_its_words_leaves() -> None:
    """``_after_summary`` matches word by word; it must leave what the pattern of the
    summary's words (any whitespace between them, a full stop or not) left."""
    import random
    import re

    from repoagent.writers.docstrings import _after_summary

    def by_pattern(text: str, summary: str) -> str:
        words = summary.rstrip(".").split()
        if not words:
            return text
        match = re.match(r"\s*" + r"\s+".join(re.escape(word) for word in words) + r"\.?", text)
        return text[match.end():].lstrip(" \t") if match else text

    pieces = ["Return", "the", "value.", "a+b", "(x)", "[y]*", ".", "..", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "\x1c", "\x85", "\u2028", "\u200b", "é", "\\d"]
    chance = random.Random(3)
    for _ in range(5000):
        summary = "".join(chance.choice(pieces) for _ in range(chance.randint(0, 6)))
        text = (summary if chance.random() < 0.6 else "") + "".join(chance.choice(pieces) for _ in range(chance.randint(0, 8)))
        if chance.random() < 0.3:
            text = text.replace(" ", chance.choice(["\n", "  ", "\u00a0"]))
        assert _after_summary(text, summary) == by_pattern(text, summary), (text, summary)
