"""Tests are not the product: test files get no pages unless ``document_tests`` is on."""

from __future__ import annotations

PRODUCT = "def area(side):\n    return side * side\n"
TEST = "from shapes import area\n\n\ndef test_area():\n    assert area(2) == 4\n"

TEST_FILES = {
    "tests/test_shapes.py": TEST,
    "pkg/test/helpers.py": TEST,
    "pkg/conftest.py": "import pytest\n",
    "pkg/shapes_test.py": TEST,
    "web/button.test.ts": "export function renders(): boolean { return true; }\n",
    "web/button.spec.js": "function clicks() { return 1; }\n",
    "web/__tests__/form.js": "function submits() { return 1; }\n",
    "store/store_test.go": "package store\n\nfunc TestGet(t int) {}\n",
    "src/ShapeTest.java": "class ShapeTest { void area() {} }\n",
}


def write_repository(repo) -> None:
    repo.write("shapes.py", PRODUCT)
    repo.write("web/button.ts", "export function render(): boolean { return true; }\n")
    repo.write("testing_tools.py", "def contest():\n    return 1\n")
    for path, text in TEST_FILES.items():
        repo.write(path, text)
    repo.commit("code and tests")


def test_test_files_and_folders_get_no_pages_by_default(repo, run):
    write_repository(repo)
    code, _, err = run("docs")
    assert code == 0, err
    assert set(run.pages()) == {"index.md", "shapes.py.md", "testing_tools.py.md", "web/button.ts.md"}
    assert "test_shapes" not in run.pages()["index.md"].decode()


def test_the_setting_documents_tests_too(repo, run):
    write_repository(repo)
    repo.write("pyproject.toml", "[tool.repoagent]\ndocument_tests = true\n")
    code, _, err = run("docs")
    assert code == 0, err
    assert {f"{path}.md" for path in TEST_FILES} <= set(run.pages())
    assert "[`shapes.area`](../shapes.py.md#shapes.area)" in run.page("tests/test_shapes.py")


def test_the_staged_view_leaves_tests_out_too(repo, run):
    write_repository(repo)
    assert set(run.status("--staged")) == {"shapes", "shapes.area", "testing_tools", "testing_tools.contest",
                                            "web.button_ts", "web.button_ts.render"}
