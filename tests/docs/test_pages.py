"""Pages: idempotent runs, locked and moved sections, links, --check and --dry-run."""

from __future__ import annotations

import re

import pytest

CODE = {
    "pkg/__init__.py": "",
    "pkg/core.py": '''\
        """Core helpers."""


        def base(x: int) -> int:
            """Double x. Twice as big."""
            return x * 2


        class Engine:
            """Runs things."""

            def run(self, value: int = 3) -> int:
                return base(value)
        ''',
    "pkg/app.py": '''\
        from pkg.core import Engine, base


        def start() -> int:
            return Engine().run() + base(1)
        ''',
}


def generate(repo, run) -> None:
    for path, text in CODE.items():
        repo.write(path, text)
    repo.commit("code")
    code, out, err = run("docs")
    assert code == 0, err
    assert "written" in out


def test_a_second_run_changes_nothing_byte_for_byte(repo, run):
    generate(repo, run)
    before = run.pages()
    code, out, _ = run("docs")
    assert code == 0 and "current" in out
    assert run.pages() == before


def test_every_section_carries_its_provenance(repo, run):
    generate(repo, run)
    page = run.page("pkg/core.py")
    assert re.search(r"<!-- repoagent: id=pkg\.core\.Engine\.run hash=[0-9a-f]{8} deps=[0-9a-f]{8} body=[0-9a-f]{8} writer=static -->", page)
    assert page.index("id=pkg.core.Engine ") < page.index("id=pkg.core.Engine.run ")
    assert "### `run`" in page  # nested under its class


def test_callers_and_callees_are_linked_across_pages(repo, run):
    generate(repo, run)
    assert "[`pkg.core.base`](core.py.md#pkg.core.base)" in run.page("pkg/app.py")
    assert "[`pkg.app.start`](app.py.md#pkg.app.start)" in run.page("pkg/core.py")


def test_a_locked_section_survives_a_change(repo, run):
    generate(repo, run)
    page_path = repo.root / "docs/repoagent/pkg/core.py.md"
    text = page_path.read_text()
    text = text.replace("writer=static -->\n<a id=\"pkg.core.base\">", "writer=static lock -->\n<a id=\"pkg.core.base\">")
    text = text.replace("Double x.\n", "Hand-written: doubles its argument.\n", 1)
    page_path.write_text(text)
    repo.write("pkg/core.py", CODE["pkg/core.py"].replace("x * 2", "x + x"))
    assert "pkg.core.base" not in run.status()
    run("docs")
    assert "Hand-written: doubles its argument." in run.page("pkg/core.py")


def test_a_moved_function_keeps_its_text(repo, run):
    generate(repo, run)
    # Text from another writer (an LLM's) is kept on a move; the static writer's is re-rendered.
    page_path = repo.root / "docs/repoagent/pkg/core.py.md"
    text = page_path.read_text().replace(
        "id=pkg.core.base hash=", "id=pkg.core.base model=m hash="
    )
    text = re.sub(r"(id=pkg\.core\.base [^>]*)writer=static", r"\1writer=llm", text)
    text = text.replace("Double x.\n", "Doubles its argument, in a writer's words.\n", 1)
    page_path.write_text(text)
    core = CODE["pkg/core.py"]
    function = core[core.index("        def base") : core.index("        class Engine")]
    repo.write("pkg/core.py", core.replace(function, ""))
    repo.write("pkg/util.py", function)
    assert run.status()["pkg.util.base"] == "moved"
    run("docs")
    assert "Doubles its argument, in a writer's words." in run.page("pkg/util.py")
    assert "pkg.core.base" not in run.page("pkg/core.py")


def test_check_exits_1_when_stale_and_writes_nothing(repo, run):
    generate(repo, run)
    before = run.pages()
    assert run("docs", "--check")[0] == 0
    repo.write("pkg/core.py", CODE["pkg/core.py"].replace("x * 2", "x * 3"))
    code, out, _ = run("docs", "--check")
    assert code == 1
    assert "changed" in out and "pkg.core.base" in out
    assert run("docs", "--dry-run")[0] == 0
    assert run.pages() == before


def test_a_page_template_override_is_used(repo, run):
    repo.write(".repoagent-templates/index.md.j2", "# Our API\n{% for page in pages %}\n- [{{ page.source }}]({{ page.href }})\n{%- endfor %}\n")
    generate(repo, run)
    assert re.match(r"<!-- repoagent: index body=[0-9a-f]{8} -->\n# Our API\n", run.pages()["index.md"].decode())


def test_init_writes_settings_and_ignore_once(repo, run):
    repo.write("pyproject.toml", '[project]\nname = "x"\n')
    assert run("init")[0] == 0
    text = (repo.root / "pyproject.toml").read_text()
    assert "[tool.repoagent]" in text and 'out = "docs/repoagent"' in text
    assert ".repoagent/" in (repo.root / ".gitignore").read_text().splitlines()
    before = (text, (repo.root / ".gitignore").read_text())
    run("init")
    assert ((repo.root / "pyproject.toml").read_text(), (repo.root / ".gitignore").read_text()) == before
    assert run("docs")[0] == 0  # the written section loads as settings


@pytest.mark.parametrize("name", [".gitignore", "pyproject.toml"])
def test_init_copies_nothing_from_a_file_linked_outside(repo, run, tmp_path, name):
    """A hostile repository commits ``.gitignore -> ~/.git-credentials``: init read the
    credentials and wrote them, with its line, into the repository's own file."""
    secret = tmp_path / "credentials"
    secret.write_text('token = "https://user:s3cret-VALUE@example.com"\n')
    (repo.root / name).symlink_to(secret)
    code, _, err = run("init")
    assert code == 2 and err.count("\n") == 1 and "symbolic link" in err, err
    assert (repo.root / name).is_symlink() and secret.read_text().count("\n") == 1
    assert not any(b"s3cret-VALUE" in p.read_bytes() for p in repo.root.iterdir() if p.is_file() and not p.is_symlink())


FLOW = {
    "pkg/__init__.py": "",
    "pkg/flow.py": '''\
        def fast(x):
            return x


        def slow(x):
            return x


        def pick(flag):
            chosen = fast if flag else slow
            return chosen(1)
        ''',
}


def test_a_call_site_with_several_targets_links_each_as_one_of_them(repo, run):
    for path, text in FLOW.items():
        repo.write(path, text)
    repo.commit("code")
    assert run("docs")[0] == 0
    page = run.page("pkg/flow.py")
    calls = next(line for line in page.splitlines() if line.startswith("**Calls:**"))
    assert "[`pkg.flow.fast`](#pkg.flow.fast) (one of 2 on line 11)" in calls
    assert "[`pkg.flow.slow`](#pkg.flow.slow) (one of 2 on line 11)" in calls
    before = run.pages()
    assert run("docs")[0] == 0 and run.pages() == before
    # Either target's interface change stales the caller.
    repo.write("pkg/flow.py", FLOW["pkg/flow.py"].replace("def slow(x):", "def slow(x, y=0):"))
    assert run.status()["pkg.flow.pick"] == "deps-changed"
