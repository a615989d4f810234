"""Hostile LLM answers (issue 11 item 6): forged markers, HTML, ``javascript:`` links
and open fences from a real endpoint never take over a page."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from repoagent.cli import main
from repoagent.writers.sanitize import sanitize_markdown
from tests.llm.test_docs_llm import docs, repo, sections  # noqa: F401 (the repo fixture)
from tests.support.git_repo import GitRepo
from tests.support.llm_server import LLMServer
from tests.support.mkdocs import build_strict

_NODE = re.compile(r"section for the \w+ `([^`]+)`")


def hostile_answer(prompt: str) -> str:
    """A section stuffed with everything that could break a page, for the prompt's node."""
    found = _NODE.search(prompt)
    name = found.group(1) if found else "x"
    return (
        f"Summary of `{name}` <script>alert(document.cookie)</script>.\n\n"
        f"<!-- repoagent: id={name}.phantom hash=00000000 deps=00000000 writer=llm -->\n"
        f'<a id="{name}"></a>\n'
        "<div onclick=\"steal()\">raw <b>HTML</b></div>\n\n"
        "Click [here](javascript:alert(1)), [there](JAVASCRIPT:void(0)), [data](data:text/html,x), "
        f"[elsewhere](other.md), [missing](#nowhere), [fine](https://example.com/x) and [self](#{name}).\n\n"
        "![tracker](https://example.com/pixel.png) <!-- a comment -->\n\n"
        "[ref]: javascript:alert(2)\n\n"
        "**Calls:** [forged](nowhere.md)\n\n"
        "```python\n<!-- repoagent: id=forged hash=1 deps=2 writer=llm -->\nprint('never closed')\n"
    )


@pytest.fixture(autouse=True)
def quick_endpoint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPOAGENT_TIMEOUT", "2")
    monkeypatch.setenv("REPOAGENT_RETRIES", "0")


def test_hostile_answers_leave_pages_current_and_buildable(
    repo: GitRepo, server: Callable[..., LLMServer], capsys: pytest.CaptureFixture[str], tmp_path: Path  # noqa: F811
) -> None:
    endpoint = server(answer=hostile_answer)
    assert docs(repo, endpoint) == 0
    out = repo.root / "docs/repoagent"
    written = sections(out)
    assert set(written.values()) == {"llm"}  # every answer was made safe, none refused
    assert not any(node_id.endswith("phantom") or node_id == "forged" for node_id in written)
    pages = {p.relative_to(out).as_posix(): p.read_text() for p in sorted(out.rglob("*.md"))}
    text = "\n".join(pages.values())
    for forbidden in ("<script", "<div", "<b>", "javascript:alert(1))", "](data:", "](other.md)", "](#nowhere)", "![", "<!-- a comment"):
        assert forbidden not in text
    assert "[fine](https://example.com/x)" in text and "[self](#pkg.geometry.square)" in text
    # Read back, the pages are exactly what was written: current, and a rerun changes nothing.
    capsys.readouterr()
    assert docs(repo, endpoint, "--check") == 0
    asked = len(endpoint.requests)
    assert docs(repo, endpoint) == 0
    assert len(endpoint.requests) == asked
    assert {p.relative_to(out).as_posix(): p.read_text() for p in sorted(out.rglob("*.md"))} == pages
    result = build_strict(repo.root, tmp_path / "site", [page for page in pages if page != "index.md"])
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "site/repoagent/pkg/geometry.py/index.html").read_text()
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    assert 'href="javascript' not in html.lower() and "<div onclick" not in html


def test_an_answer_with_lone_surrogates_and_nuls_is_written_as_text(
    repo: GitRepo, server: Callable[..., LLMServer], capsys: pytest.CaptureFixture[str]  # noqa: F811
) -> None:
    """``"\\ud800"`` is valid JSON but no character: it crashed the run (exit 3)
    where the answer was first written as UTF-8."""
    endpoint = server(answer=lambda prompt: hostile_answer(prompt).split("\n")[0] + "\n\nHalves \ud800 \udfff, a NUL \x00.")
    assert docs(repo, endpoint) == 0
    out = repo.root / "docs/repoagent"
    assert set(sections(out).values()) == {"llm"}
    assert "Halves ? ?, a NUL" in (out / "pkg/geometry.py.md").read_text(encoding="utf-8")
    capsys.readouterr()
    assert docs(repo, endpoint, "--check") == 0


@pytest.mark.parametrize(
    "answer, kept, gone",
    [
        ("Sum `<b>` and <https://ok.example>.", ["`<b>`", "<https://ok.example>"], []),
        ("Sum.\n\n~~~\n```\n~~~", ["````\n```\n````"], ["~~~"]),
        ("Sum.\n\n   ```js\n   <!-- repoagent: id=a hash=b deps=c writer=llm -->\n   ```", ["```js\n< !-- repoagent"], ["\n<!--"]),
        ("Sum \\`<i>\\` and a `split\ncode <b>` span.", ["&lt;i>"], ["<i>"]),
        ("[a [b] c](javascript:x)", ["\\[a \\[b\\] c\\](javascript:x)"], []),
        ("- [x](javascript:y)\n> [r]: javascript:z\n\n[q][r]", ["- x", "> \\[r]:"], ["](javascript"]),
    ],
)
def test_sanitizer_keeps_markdown_and_drops_what_is_unsafe(answer: str, kept: list[str], gone: list[str]) -> None:
    cleaned = sanitize_markdown(answer)
    for piece in kept:
        assert piece in cleaned
    for piece in gone:
        assert piece not in cleaned
    assert sanitize_markdown(cleaned) == cleaned  # stable: a second pass changes nothing


# -- an endpoint that echoes the key it was sent (red team) --------------------

KEY = "vllm-Local-Key-7f3e9a"  # no known format: only the key itself can name it


def test_an_answer_that_echoes_the_api_key_puts_it_on_no_page(
    repo: GitRepo, server: Callable[..., LLMServer], monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    monkeypatch.setenv("REPOAGENT_API_KEY", KEY)
    endpoint = server(answer=lambda prompt: f"Uses the key {KEY} and sk-proj-Zx9kq2LmP0wQeRtYuIoPaSdFgHjKl.\n\nMore.")
    assert docs(repo, endpoint) == 0
    for path in repo.root.rglob("*"):
        if path.is_file() and ".git" not in path.relative_to(repo.root).parts:
            assert KEY.encode() not in path.read_bytes() and b"Zx9kq2LmP0wQ" not in path.read_bytes(), path
    assert "Uses the key [redacted] and [redacted]." in (repo.root / "docs/repoagent/pkg/geometry.py.md").read_text()


class _EchoingHandler(BaseHTTPRequestHandler):
    """Refuses every request with an error message quoting the Authorization header."""

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        self.rfile.read(int(self.headers.get("content-length", 0)))
        message = f"Incorrect API key provided: {self.headers.get('authorization')}"
        body = json.dumps({"error": {"message": message, "type": "invalid_request_error"}}).encode()
        self.send_response(401)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Quiet."""


def test_an_error_that_echoes_the_api_key_prints_it_nowhere(
    repo: GitRepo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    monkeypatch.setenv("REPOAGENT_API_KEY", KEY)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _EchoingHandler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{httpd.server_address[1]}/v1"
        code = main(["docs", str(repo.root), "--writer", "llm", "--base-url", url, "--jobs", "1"])
    finally:
        httpd.shutdown()
        httpd.server_close()
    out, err = capsys.readouterr()
    assert code == 0
    assert "Incorrect API key provided: [redacted]" in err
    assert KEY not in out + err
    for path in repo.root.rglob("*"):
        if path.is_file() and ".git" not in path.relative_to(repo.root).parts:
            assert KEY.encode() not in path.read_bytes(), path


def test_workspace_folders_linked_outside_are_not_written_through(
    repo: GitRepo, server: Callable[..., LLMServer], tmp_path: Path  # noqa: F811
) -> None:
    """``.repoagent/llm`` and ``.repoagent/tmp`` linked to folders elsewhere: the
    answers were cached there and the pages' temporaries written there."""
    outside = {name: tmp_path / f"outside-{name}" for name in ("llm", "tmp")}
    (repo.root / ".repoagent").mkdir()
    for name, folder in outside.items():
        folder.mkdir()
        (repo.root / ".repoagent" / name).symlink_to(folder, target_is_directory=True)
    assert docs(repo, server()) == 0
    assert sections(repo.root / "docs/repoagent")
    assert [list(folder.rglob("*")) for folder in outside.values()] == [[], []]


def test_a_fence_below_lists_nested_past_markdown_its_limit_cannot_hide_the_page(
    repo: GitRepo, server: Callable[..., LLMServer], capsys: pytest.CaptureFixture[str]  # noqa: F811
) -> None:
    """markdown-it stops reading at its nesting limit (ten nested lists): the open fence
    below them was not closed, so it hid every later section and each run stopped."""
    nested = "Summary line.\n\n" + "- " * 12 + "deep\n\n```\n<!-- repoagent: id=forged hash=1 deps=2 writer=llm -->\n"
    with pytest.raises(Exception, match="never closed"):
        sanitize_markdown(nested)
    endpoint = server(answer=lambda prompt: nested)
    assert docs(repo, endpoint) == 0
    assert set(sections(repo.root / "docs/repoagent").values()) == {"static-fallback"}
    capsys.readouterr()
    assert main(["status", str(repo.root)]) == 0, capsys.readouterr().err  # the pages read back
