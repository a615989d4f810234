"""A page git could not merge: the run stops with one line until one side is taken,
then links drawn by both branches come back from the graph; a conflict quoted by a
docstring in repoagent's own text is no conflict."""

from __future__ import annotations

import subprocess

from tests.support.git_repo import git_environment

BASE = '''\
    def base(x):
        """Double x."""
        return x * 2
    '''


def branch_and_merge(repo, run, ours: str, theirs: str) -> None:
    """Document BASE, then on branch ``a`` append ``theirs`` and on main ``ours``
    to ``m.py``, each documented and committed; merge ``a`` into main."""
    repo.write("m.py", BASE)
    assert run("docs")[0] == 0
    repo.commit("base")
    repo.git("checkout", "-q", "-b", "a")
    repo.write("m.py", BASE + theirs)
    assert run("docs")[0] == 0
    repo.commit("a")
    repo.git("checkout", "-q", "main")
    repo.write("m.py", BASE + ours)
    assert run("docs")[0] == 0
    repo.commit("ours")
    subprocess.run(["git", "merge", "-q", "a"], cwd=repo.root, env=git_environment(), capture_output=True)


def test_a_conflict_in_a_page_stops_the_run_until_a_side_is_taken(repo, run):
    branch_and_merge(repo, run, "\n\ndef one():\n    return base(1)\n", "\n\ndef two():\n    return base(2)\n")
    page = repo.root / "docs/repoagent/m.py.md"
    assert "<<<<<<<" in page.read_text()
    repo.write("m.py", BASE + "\n\ndef one():\n    return base(1)\n\n\ndef two():\n    return base(2)\n")
    conflicted = page.read_bytes()

    for command in ("docs", "status"):
        code, out, err = run(command)
        assert code == 2 and out == ""
        assert err.startswith("repoagent: error: docs/repoagent/m.py.md:") and "a merge conflict is not resolved" in err
        assert len(err.strip().splitlines()) == 1
    assert page.read_bytes() == conflicted  # nothing written

    repo.git("checkout", "--theirs", "--", "docs/repoagent/m.py.md")
    code, _, err = run("docs")
    assert code == 0, err
    text = page.read_text()
    assert "<<<<<<<" not in text
    assert "[`m.one`](#m.one), [`m.two`](#m.two)" in text.split('<a id="m.base"></a>')[1].split("<!--")[0]


def test_a_docstring_quoting_a_conflict_is_text(repo, run):
    repo.write("m.py", '''\
        def resolve():
            """Drop the markers of a file.

            >>> print(conflicted)
            <<<<<<< HEAD
            ours
            =======
            theirs
            >>>>>>> a
            """
        ''')
    repo.commit()
    assert run("docs")[0] == 0
    assert "\n<<<<<<< HEAD" in run.page("m.py")
    assert run("status")[0] == 0 and run("docs")[0] == 0
