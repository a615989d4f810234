"""What is compared: the index (--staged), a range, and awkward repository states."""

from __future__ import annotations

from tests.support.git_repo import GitRepo

V1 = "def f():\n    return 1\n\n\ndef g():\n    return 1\n"


def test_staged_sees_the_staged_version_not_the_working_file(repo, run):
    repo.write("m.py", V1)
    repo.commit()
    run("docs")
    repo.write("m.py", V1.replace("return 1\n\n", "return 2\n\n"))  # f changes: staged
    repo.add("m.py")
    repo.write("m.py", V1.replace("return 1\n\n", "return 2\n\n").replace("return 1\n", "return 3\n"))  # g: not staged
    assert run.status("--staged") == {"m.f": "changed"}
    assert run.status() == {"m.f": "changed", "m.g": "changed"}
    code, _, err = run("docs", "--staged")
    assert code == 1  # pages rewritten for the commit but not staged: the hook's convention
    assert "run `git add docs/repoagent` and commit again" in err and err.count("\n") == 1
    assert run.status("--staged") == {}
    assert run.status() == {"m.g": "changed"}
    repo.add("docs")
    assert run("docs", "--staged")[0] == 0


def test_a_range_limits_the_view_to_the_files_it_changed(repo, run):
    repo.write("a.py", "def f():\n    return 1\n")
    repo.write("b.py", "def g():\n    return 1\n")
    repo.commit()
    run("docs")
    repo.write("a.py", "def f():\n    return 2\n")
    base = repo.commit("a outside the range")
    repo.write("b.py", "def g():\n    return 2\n")
    repo.commit("b in the range")
    assert run.status("--base", base) == {"b.g": "changed"}
    assert run.status("--base", base, "--head", "HEAD") == {"b.g": "changed"}
    assert run.status() == {"a.f": "changed", "b.g": "changed"}


def test_a_detached_head_works(repo, run):
    repo.write("a.py", "def f():\n    return 1\n")
    first = repo.commit()
    repo.write("a.py", "def f():\n    return 2\n")
    repo.commit()
    repo.git("checkout", "-q", "--detach", first)
    assert run.status("--base", "main") == {}
    assert run.status("--staged") == {"a": "new", "a.f": "new"}


def test_a_repository_without_commits(repo, run):
    repo.write("a.py", "def f():\n    pass\n")
    repo.add()
    assert run.status("--staged") == {"a": "new", "a.f": "new"}
    code, _, err = run("status", "--base", "HEAD")
    assert code == 2
    assert "no commits yet" in err and len(err.strip().splitlines()) == 1


def test_a_bad_ref_is_one_line_and_exit_2(repo, run):
    repo.write("a.py", "x = 1\n")
    repo.commit()
    code, _, err = run("docs", "--base", "no-such-branch")
    assert code == 2
    assert err.strip().splitlines() == [err.strip()] and "no-such-branch" in err


def test_staged_outside_a_git_repository_is_exit_2(tmp_path, capsys):
    from repoagent.cli import main

    (tmp_path / "a.py").write_text("def f():\n    pass\n")
    assert main(["status", str(tmp_path), "--staged"]) == 2
    assert "not inside a git repository" in capsys.readouterr().err


def test_a_shallow_clone_says_how_to_fetch_more(tmp_path, capsys):
    from repoagent.cli import main

    origin = GitRepo.init(tmp_path / "origin")
    origin.write("a.py", "def f():\n    return 1\n")
    first = origin.commit()
    origin.write("a.py", "def f():\n    return 2\n")
    origin.commit()
    clone = GitRepo(tmp_path / "clone")
    origin.git("clone", "-q", "--depth", "1", f"file://{origin.root}", str(clone.root))
    assert main(["status", str(clone.root), "--base", first]) == 2
    err = capsys.readouterr().err
    assert "shallow" in err and "git fetch" in err
    assert main(["status", str(clone.root), "--staged"]) == 0


def test_a_parent_missing_from_a_shallow_clone_is_one_line(tmp_path, capsys):
    from repoagent.cli import main

    origin = GitRepo.init(tmp_path / "origin")
    for value in (1, 2):
        origin.write("a.py", f"def f():\n    return {value}\n")
        origin.commit()
    clone = GitRepo(tmp_path / "clone")
    origin.git("clone", "-q", "--depth", "1", f"file://{origin.root}", str(clone.root))
    for command in ("status", "docs"):
        capsys.readouterr()
        assert main([command, str(clone.root), "--base", "HEAD~1"]) == 2
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1
        assert "HEAD~1" in err and "shallow clone" in err and "git fetch origin HEAD~1" not in err
    assert not (clone.root / ".repoagent" / "crash.log").exists()


def test_submodules_are_skipped(repo, run, tmp_path):
    sub = GitRepo.init(tmp_path / "sub")
    sub.write("inner.py", "def hidden():\n    pass\n")
    sub.commit()
    repo.write("a.py", "def f():\n    pass\n")
    repo.git("-c", "protocol.file.allow=always", "submodule", "add", "-q", str(sub.root), "vendor/sub")
    repo.commit()
    assert run.status() == {"a": "new", "a.f": "new"}
    assert run.status("--staged") == {"a": "new", "a.f": "new"}
    assert run.status("--base", "HEAD") == {}


def test_the_staged_stamp_never_hides_a_change(repo, run):
    repo.write("m.py", V1)
    repo.commit()
    run("docs", "--staged")
    assert run.status("--staged") == {}  # a full run: writes the stamp
    assert (repo.root / ".repoagent" / "docs-current").is_file()
    assert run.status("--staged") == {}  # answered by the stamp
    repo.write("m.py", V1.replace("return 1\n\n", "return 5\n\n"))
    assert run.status("--staged") == {}  # not staged: the index is unchanged
    repo.add("m.py")
    assert run.status("--staged") == {"m.f": "changed"}
    run("docs", "--staged")
    page = repo.root / "docs/repoagent/m.py.md"
    page.write_text(page.read_text().replace("id=m.g ", "id=m.gone ").replace('<a id="m.g">', '<a id="m.gone">'))
    assert run.status("--staged") == {"m.g": "new", "m.gone": "deleted"}


def test_what_the_exclude_patterns_leave_out_of_the_index_is_remembered_only_for_the_same_files(repo):
    from repoagent.sources import excluded
    from repoagent.workspace import Workspace

    paths = ["pkg/a.py", "pkg/test_a.py", "tests/b.py", "docs/c.py"]
    patterns = ("/docs/", "tests/", "test_*.py")
    assert excluded(repo.root, paths, patterns) == {"pkg/test_a.py", "tests/b.py", "docs/c.py"}
    stored = Workspace(repo.root).exclusions
    assert stored.is_file()
    assert excluded(repo.root, paths, patterns) == {"pkg/test_a.py", "tests/b.py", "docs/c.py"}  # remembered
    assert excluded(repo.root, paths + ["tests/d.py"], patterns) == {"pkg/test_a.py", "tests/b.py", "docs/c.py", "tests/d.py"}
    assert excluded(repo.root, paths, ("/docs/",)) == {"docs/c.py"}  # other patterns: computed again
    genuine = stored.read_bytes()
    for forged in (b"\x00garbage", b"\x92\xa1x\x90", genuine.replace(b"docs/c.py", b"pkg/a.py\x00")):
        stored.write_bytes(forged)
        assert excluded(repo.root, paths, ("/docs/",)) == {"docs/c.py"}


def test_a_staged_run_excludes_the_same_files_with_and_without_what_it_remembers(repo, run):
    repo.write("pkg/a.py", V1)
    repo.write("pkg/test_a.py", V1)
    repo.commit()
    run("docs")
    repo.commit()
    repo.write("pkg/a.py", V1.replace("return 1\n\n", "return 2\n\n"))
    repo.add()
    assert run.status("--staged") == {"pkg.a.f": "changed"}
    assert run.status("--staged") == {"pkg.a.f": "changed"}  # from what the first run remembered
    repo.write("tests/test_b.py", V1)  # a new file: the answer is computed again
    repo.add()
    assert run.status("--staged") == {"pkg.a.f": "changed"}


def test_a_fsmonitor_of_the_repository_s_config_never_runs(repo, run, tmp_path):
    # A tree downloaded with its .git/ carries its config: core.fsmonitor ran on
    # every git call that read the index.
    marker = tmp_path / "fsmonitor-ran"
    repo.write("m.py", V1)
    repo.commit()
    repo.write("m.py", V1.replace("return 1\n\n", "return 2\n\n"))
    repo.add("m.py")
    repo.git("config", "core.fsmonitor", f"touch {marker}; false")
    for args in (("docs",), ("status",), ("docs", "--staged")):
        run(*args)
    assert not marker.exists()
