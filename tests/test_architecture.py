"""ARCHITECTURE.md stays a map of the code: every package and module it should name is named."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "repoagent"
# Packages whose modules the map names one by one; the others (one module per
# language, the repair rules, the bench harness) are named as folders.
LISTED_MODULES = ("", "cli", "changes", "graph", "pages", "parsing", "writers")


def _map() -> str:
    return (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")


def test_every_package_is_on_the_map() -> None:
    text = _map()
    packages = sorted(p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file())
    missing = [name for name in packages if f"`{name}/`" not in text]
    assert not missing, f"ARCHITECTURE.md does not mention these packages: {missing}"


def test_every_listed_module_is_on_the_map() -> None:
    text = _map()
    missing = [
        f"{package}/{module.name}".lstrip("/")
        for package in LISTED_MODULES
        for module in sorted((PACKAGE / package).glob("*.py"))
        if module.name not in {"__init__.py", "__main__.py"} and module.name not in text
    ]
    assert not missing, f"ARCHITECTURE.md does not mention these modules: {missing}"


def test_the_code_points_at_the_map_not_at_missing_files() -> None:
    stale = [
        str(path.relative_to(ROOT))
        for path in sorted(PACKAGE.rglob("*.py"))
        if "DESIGN.md" in path.read_text(encoding="utf-8")
    ]
    assert not stale, f"these modules point at a DESIGN.md the repository does not have: {stale}"
