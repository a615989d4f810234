"""Settings: every key checked for type and range, `out` kept inside the repository,
the README table and ``repoagent init`` derived from the one declaration, and the
error boundary's crash log and exit codes."""

from __future__ import annotations

import dataclasses
import re
import time
from pathlib import Path

import pytest

from repoagent.cli import main
from repoagent.config import Settings, commented_section, load_settings, settings_table
from tests.support.git_repo import GitRepo

README = Path(__file__).resolve().parents[1] / "README.md"


@pytest.fixture
def repo(tmp_path: Path) -> GitRepo:
    repo = GitRepo.init(tmp_path / "repo")
    repo.write("pkg/mod.py", "def f():\n    return 1\n")
    return repo


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(list(args))
    return code, capsys.readouterr().err


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.mark.parametrize(
    ("toml", "named"),
    [
        ("tool = 3", "tool = 3"),
        ("[tool]\nrepoagent = 3", "tool.repoagent = 3"),
        ("[tool.repoagent]\nout = 5", "out = 5"),
        ('[tool.repoagent]\nout = ["a", "b"]', "out = ['a', 'b']"),
        ('[tool.repoagent]\nout = ""', "out = ''"),
        ("[tool.repoagent]\njobs = 2.7", "jobs = 2.7"),
        ("[tool.repoagent]\njobs = 0", "jobs = 0"),
        ("[tool.repoagent]\njobs = true", "jobs = True"),
        ('[tool.repoagent]\njobs = "4"', "jobs = '4'"),
        ("[tool.repoagent]\nmax_file_size = -1", "max_file_size = -1"),
        ("[tool.repoagent]\ntimeout = -5", "timeout = -5"),
        ("[tool.repoagent]\ntimeout = 0", "timeout = 0"),
        ("[tool.repoagent]\ntimeout = nan", "timeout = nan"),
        ("[tool.repoagent]\ntimeout = 1e300\ndeadline = 0", "timeout = 1e+300"),  # past a socket's time_t
        ("[tool.repoagent]\nretries = -1", "retries = -1"),
        ("[tool.repoagent]\ntemperature = 3", "temperature = 3"),
        ('[tool.repoagent]\nwriter = "gpt"', "writer = 'gpt'"),
        ("[tool.repoagent]\nwriter = 3", "writer = 3"),
        ('[tool.repoagent]\nexclude = "tests/"', "exclude = 'tests/'"),
        ("[tool.repoagent]\nexclude = [1]", "exclude = [1]"),
        ('[tool.repoagent]\nprecise = "yes"', "precise = 'yes'"),
        ("[tool.repoagent]\nmodle = 1", "'modle'"),
    ],
)
def test_a_bad_setting_is_one_line_naming_it_and_nothing_is_written(
    repo: GitRepo, capsys: pytest.CaptureFixture[str], toml: str, named: str
) -> None:
    repo.write("pyproject.toml", toml + "\n")
    code, err = run(capsys, "docs", str(repo.root))
    assert code == 2
    line = one_line(err)
    assert named in line and "pyproject.toml" in line
    assert not (repo.root / "docs").exists()


def test_a_pyproject_nested_past_the_parser_is_one_line(repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
    """200 KB of brackets ran tomllib out of stack: an internal error, exit 3."""
    repo.write("pyproject.toml", "[tool.repoagent]\nout = " + "[" * 100_000 + "]" * 100_000 + "\n")
    code, err = run(capsys, "docs", str(repo.root))
    assert code == 2
    assert "pyproject.toml cannot be read: its values are nested too deep" in one_line(err)
    assert not (repo.root / "docs").exists()


def test_the_message_says_what_is_expected(repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write("pyproject.toml", "[tool.repoagent]\nmax_file_size = -1\n")
    line = one_line(run(capsys, "status", str(repo.root))[1])
    assert line.endswith("expected a whole number at least 1")


@pytest.mark.parametrize(
    ("variable", "value"),
    [("REPOAGENT_JOBS", "2.7"), ("REPOAGENT_TIMEOUT", "-1"), ("REPOAGENT_RETRIES", "many"), ("REPOAGENT_WRITER", "gpt")],
)
def test_a_bad_environment_variable_is_named(
    repo: GitRepo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, variable: str, value: str
) -> None:
    monkeypatch.setenv(variable, value)
    code, err = run(capsys, "docs", str(repo.root))
    assert code == 2
    assert f"environment variable {variable}" in one_line(err)
    assert not (repo.root / "docs").exists()


def test_good_values_from_every_source(repo: GitRepo, monkeypatch: pytest.MonkeyPatch) -> None:
    repo.write("pyproject.toml", '[tool.repoagent]\njobs = 3\ntimeout = 5\nexclude = ["tests/"]\nprecise = true\n')
    monkeypatch.setenv("REPOAGENT_TEMPERATURE", "0")
    monkeypatch.setenv("REPOAGENT_RETRIES", " 0 ")
    settings = load_settings(repo.root, jobs=2, writer=None)
    assert (settings.jobs, settings.timeout, settings.exclude, settings.precise) == (2, 5.0, ("tests/",), True)
    assert (settings.temperature, settings.retries) == (0.0, 0)
    assert isinstance(settings.timeout, float)


def test_a_bad_flag_is_named_as_such(repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = run(capsys, "docs", str(repo.root), "--jobs", "0")
    assert code == 2 and "jobs = 0 (command line)" in one_line(err)


# -- out stays inside the repository (issue 11 item 3) ------------------------


def test_out_outside_the_repository_writes_nothing(tmp_path: Path, repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "index.md").write_text("someone else's file\n")
    repo.write("pyproject.toml", '[tool.repoagent]\nout = "../victim"\n')
    for command in ("docs", "status"):
        code, err = run(capsys, command, str(repo.root))
        assert code == 2
        assert "out = '../victim'" in one_line(err) and "outside" in err
    assert [p.name for p in victim.iterdir()] == ["index.md"]
    assert (victim / "index.md").read_text() == "someone else's file\n"


def test_out_through_a_symlink_to_a_folder_outside_writes_nothing(
    tmp_path: Path, repo: GitRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (repo.root / "docs").symlink_to(outside, target_is_directory=True)
    code, err = run(capsys, "docs", str(repo.root))  # the default out, docs/repoagent, lands outside
    assert code == 2 and "outside" in one_line(err)
    assert list(outside.iterdir()) == []


@pytest.mark.parametrize("out", ["/tmp/pages", ".", ".git/hooks", ".repoagent/pages", "docs/../.."])
def test_out_must_name_a_pages_folder_inside_the_repository(
    repo: GitRepo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, out: str
) -> None:
    monkeypatch.setenv("REPOAGENT_OUT", out)
    code, err = run(capsys, "docs", str(repo.root))
    assert code == 2 and "REPOAGENT_OUT" in one_line(err)
    assert not (repo.root / ".git/hooks/index.md").exists() and not Path("/tmp/pages/index.md").exists()


def test_out_inside_through_a_symlink_is_fine(repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
    (repo.root / "site").mkdir()
    (repo.root / "docs").symlink_to("site", target_is_directory=True)
    code, err = run(capsys, "docs", str(repo.root))
    assert code == 0, err
    assert (repo.root / "site/repoagent/index.md").is_file()


# -- one declaration: README table, init, defaults -----------------------------


def test_the_readme_settings_table_is_the_declared_one() -> None:
    text = README.read_text(encoding="utf-8")
    found = re.search(r"<!-- settings-table -->\n(.*?)<!-- /settings-table -->", text, re.DOTALL)
    assert found, "README.md lacks the <!-- settings-table --> block"
    assert found.group(1) == settings_table(), (
        "README settings table and repoagent.config.Settings disagree; paste this:\n" + settings_table()
    )


def test_every_setting_is_declared_with_a_rule() -> None:
    for field in dataclasses.fields(Settings):
        assert "rule" in field.metadata, f"{field.name}: declare it with config.setting(default, doc, ...)"
        assert field.metadata["rule"].doc.endswith("."), field.name


def test_the_init_section_loads_as_the_defaults(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(commented_section())
    assert load_settings(tmp_path) == Settings()


# -- the error boundary ---------------------------------------------------------


def test_a_bug_logs_to_the_repositorys_workspace_not_the_current_folder(
    repo: GitRepo, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)

    def broken(*args: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr("repoagent.cli.commands.print_plan", broken)
    code, err = run(capsys, "status", str(repo.root))
    assert code == 3
    assert str(repo.root / ".repoagent" / "crash.log") in one_line(err)
    assert "RuntimeError: a bug" in (repo.root / ".repoagent" / "crash.log").read_text()
    assert list(elsewhere.iterdir()) == []


def test_an_os_error_on_the_users_files_is_exit_2(repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
    (repo.root / "docs").write_text("a file where the pages folder should be\n")
    code, err = run(capsys, "docs", str(repo.root))
    assert code == 2
    assert str(repo.root / "docs") in one_line(err)


def test_an_os_error_elsewhere_is_a_bug(
    repo: GitRepo, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> None:
        raise FileNotFoundError(2, "No such file or directory", str(tmp_path / "not-the-users"))

    monkeypatch.setattr("repoagent.cli.commands.print_plan", broken)
    code, err = run(capsys, "status", str(repo.root))
    assert code == 3 and "crash.log" in one_line(err)


# -- patterns and paths that only fail where they are used (red team) ----------


@pytest.mark.parametrize("pattern", ["[z-a]", "\\\\", "*a*a*ab"])
def test_an_exclude_pattern_that_does_not_compile_or_has_too_many_wildcards_is_one_line(
    repo: GitRepo, capsys: pytest.CaptureFixture[str], pattern: str
) -> None:
    repo.write("pyproject.toml", f'[tool.repoagent]\nexclude = ["build/", "{pattern}"]\n')
    for command in ("docs", "status"):
        code, err = run(capsys, command, str(repo.root))
        assert code == 2
        assert "exclude" in one_line(err) and "pyproject.toml" in err
    assert not (repo.root / "docs").exists()


def test_out_with_a_nul_byte_is_one_line(repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write("pyproject.toml", '[tool.repoagent]\nout = "docs/\\u0000x"\n')
    code, err = run(capsys, "docs", str(repo.root))
    assert code == 2 and "out = " in one_line(err) and "NUL" in err
    assert not (repo.root / "docs").exists()


@pytest.mark.parametrize("ignore_file", [".gitignore", "pkg/.gitignore", ".git/info/exclude"])
def test_a_gitignore_pattern_git_passes_over_stops_nothing(
    repo: GitRepo, capsys: pytest.CaptureFixture[str], ignore_file: str
) -> None:
    repo.write("pkg/gen.py", "def g():\n    return 2\n")
    (repo.root / ignore_file).parent.mkdir(parents=True, exist_ok=True)
    (repo.root / ignore_file).write_text("[z-a]\n\\\ngen.py\n")
    code, err = run(capsys, "docs", str(repo.root))
    assert code == 0, err
    assert (repo.root / "docs/repoagent/pkg/mod.py.md").is_file()
    assert not (repo.root / "docs/repoagent/pkg/gen.py.md").exists()  # the good patterns still hold


@pytest.mark.parametrize("pattern", ["*a*a*a*a*a*ab", "**/a/**/a/**/a/**/b"])
def test_an_ignore_pattern_with_more_wildcards_than_a_match_can_afford_is_passed_over(
    repo: GitRepo, capsys: pytest.CaptureFixture[str], pattern: str
) -> None:
    """Matched as a regular expression, each wildcard multiplies the ways to fail:
    ``*a*a*a*a*ab`` took 13 s for one 200-letter file name, one star more far
    longer (git's matcher does not backtrack), and a pull request can add both."""
    long_name = "pkg/" + "a" * 200 + ".py"
    repo.write(long_name, "def g():\n    return 2\n")
    repo.write("/".join(["a"] * 200) + "/m.py", "def h():\n    return 3\n")
    repo.write(".gitignore", f"{pattern}\ngen.py\n")
    repo.write("pkg/gen.py", "def g():\n    return 2\n")
    started = time.monotonic()
    code, err = run(capsys, "docs", str(repo.root))
    assert time.monotonic() - started < 60  # hours before
    assert code == 0, err
    assert (repo.root / f"docs/repoagent/{long_name}.md").is_file()
    assert not (repo.root / "docs/repoagent/pkg/gen.py.md").exists()  # the good patterns still hold


def test_a_repository_cannot_send_the_api_key_to_an_endpoint_of_its_choosing(
    repo: GitRepo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pull request that sets base_url would get the runner's key in the
    Authorization header of every request: refused before anything is sent."""
    repo.write("pyproject.toml", '[tool.repoagent]\nbase_url = "http://127.0.0.1:9/v1"\n')
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-RUNNER-KEY-123")
    code, err = run(capsys, "docs", str(repo.root))
    assert code == 2
    line = one_line(err)
    assert "base_url" in line and "REPOAGENT_BASE_URL" in line and "sk-test" not in line
    assert not (repo.root / "docs").exists()
    # Named by the environment, or with no key to lose, the setting is fine.
    monkeypatch.setenv("REPOAGENT_BASE_URL", "http://127.0.0.1:9/v1")
    assert load_settings(repo.root).base_url == "http://127.0.0.1:9/v1"
    monkeypatch.delenv("REPOAGENT_BASE_URL")
    assert load_settings(repo.root, writer="static").writer == "static"
    monkeypatch.delenv("OPENAI_API_KEY")
    assert load_settings(repo.root).base_url == "http://127.0.0.1:9/v1"


def test_a_crash_log_that_is_a_link_overwrites_nothing_outside(
    repo: GitRepo, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    precious = tmp_path / "precious"
    precious.write_text("a file of the user's\n")
    (repo.root / ".repoagent").mkdir()
    (repo.root / ".repoagent" / "crash.log").symlink_to(precious)

    def broken(*args: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr("repoagent.cli.commands.print_plan", broken)
    code, err = run(capsys, "status", str(repo.root))
    assert code == 3 and "crash.log" in one_line(err)
    assert precious.read_text() == "a file of the user's\n"
    assert "RuntimeError: a bug" in (repo.root / ".repoagent" / "crash.log").read_text()


def test_an_ignore_file_linked_to_a_device_is_not_read(repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
    """git does not follow a symbolic link in place of a ``.gitignore``; repoagent read
    one linked to /dev/zero until memory ran out."""
    (repo.root / "pkg" / ".gitignore").symlink_to("/dev/zero")
    code, err = run(capsys, "docs", str(repo.root))
    assert code == 0, err
    assert (repo.root / "docs/repoagent/pkg/mod.py.md").is_file()


@pytest.mark.parametrize("path", ["[z-a]", "*", "p?g"])
def test_a_submodule_path_in_gitmodules_means_itself(repo: GitRepo, capsys: pytest.CaptureFixture[str], path: str) -> None:
    """``.gitmodules`` is the repository's: its paths became exclude patterns as they
    were, so ``[z-a]`` crashed the run and ``*`` or ``p?g`` left the code undocumented."""
    repo.write(".gitmodules", f'[submodule "x"]\n\tpath = {path}\n\turl = ./x\n')
    code, err = run(capsys, "docs", str(repo.root))
    assert code == 0, err
    assert (repo.root / "docs/repoagent/pkg/mod.py.md").is_file()
