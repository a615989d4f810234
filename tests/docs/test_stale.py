"""Each stale reason, seen through ``status --json`` on a real repository."""

from __future__ import annotations

LIB = """\
def helper(x: int) -> int:
    return x + 1


def main():
    return helper(1)
"""


def documented(repo, run, files: dict[str, str]) -> None:
    for path, text in files.items():
        repo.write(path, text)
    repo.commit("code")
    assert run("docs")[0] == 0
    assert run.status() == {}


def test_everything_is_new_before_the_first_run(repo, run):
    repo.write("pkg/lib.py", LIB)
    repo.commit()
    assert run.status() == {"pkg.lib": "new", "pkg.lib.helper": "new", "pkg.lib.main": "new"}


def test_a_body_change_stales_only_that_function(repo, run):
    documented(repo, run, {"pkg/lib.py": LIB})
    repo.write("pkg/lib.py", LIB.replace("x + 1", "x + 2"))
    assert run.status() == {"pkg.lib.helper": "changed"}


def test_a_comment_leading_a_body_stales_only_that_function(repo, run):
    documented(repo, run, {"pkg/lib.py": LIB})
    repo.write("pkg/lib.py", LIB.replace("int:\n", "int:\n    # leading\n"))
    assert run.status() == {"pkg.lib.helper": "changed"}


def test_a_method_body_change_does_not_stale_its_class(repo, run):
    documented(repo, run, {"m.py": "class C:\n    def f(self):\n        return 1\n"})
    repo.write("m.py", "class C:\n    def f(self):\n        return 2\n")
    assert run.status() == {"m.C.f": "changed"}


def test_a_callee_signature_change_stales_its_callers(repo, run):
    documented(repo, run, {"pkg/lib.py": LIB})
    repo.write("pkg/lib.py", LIB.replace("def helper(x: int)", "def helper(x: int, y: int = 0)"))
    # the module changes too: its own code shows the signatures of what it defines
    assert run.status() == {"pkg.lib": "changed", "pkg.lib.helper": "changed", "pkg.lib.main": "deps-changed"}


def test_a_deleted_function_is_reported_and_disappears(repo, run):
    documented(repo, run, {"a.py": "def keep():\n    pass\n\n\ndef gone():\n    pass\n"})
    repo.write("a.py", "def keep():\n    pass\n")
    assert run.status() == {"a": "changed", "a.gone": "deleted"}
    assert run("docs")[0] == 0
    assert "a.gone" not in run.page("a.py")
    assert run.status() == {}


def test_a_deleted_file_loses_its_page(repo, run):
    documented(repo, run, {"a.py": "def f():\n    pass\n", "b.py": "def g():\n    pass\n"})
    repo.remove("b.py")
    assert run.status() == {"b": "deleted", "b.g": "deleted"}
    run("docs")
    assert "b.py.md" not in run.pages()
    assert "b.py" not in run.pages()["index.md"].decode()


def test_a_function_moved_to_another_file_is_moved(repo, run):
    documented(repo, run, {"a.py": "def f(x):\n    return x\n", "b.py": "def g():\n    pass\n"})
    repo.write("a.py", "")
    repo.write("b.py", "def g():\n    pass\n\n\ndef f(x):\n    return x\n")
    stale = run.status()
    assert stale["b.f"] == "moved"
    assert "a.f" not in stale  # the move accounts for the old id


def test_a_renamed_function_is_moved(repo, run):
    documented(repo, run, {"a.py": "def old_name(x):\n    return x * 2\n"})
    repo.write("a.py", "def new_name(x):\n    return x * 2\n")
    assert run.status()["a.new_name"] == "moved"
