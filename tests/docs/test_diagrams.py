"""Pictures: a Mermaid call diagram on each module page, the package tree and the
modules' dependencies on the index, and ``init --mkdocs`` for a site that draws them."""

from __future__ import annotations

import re
import subprocess
import sys

from repoagent.pages.diagrams import MAX_NODES

A = "from b import g\n\n\ndef f():\n    return g() + h()\n\n\ndef h():\n    return 1\n"
B = "def g():\n    return 2\n\n\ndef k():\n    from a import f\n    return f()\n"

# What a diagram line may be: the tag, the header, a node with a quoted label free of
# quotes, brackets and backticks, an edge between generated ids, the highlight class.
MERMAID_LINE = re.compile(
    r'%% repoagent diagram|flowchart LR|    n\d+\["[^"\[\]`<>\n]*"\]|    n\d+ --> n\d+'
    r"|    classDef own stroke-width:3px|    class n\d+(,n\d+)* own"
)


def diagram_in(text: str) -> list[str]:
    block = text.split("```mermaid\n", 1)[1].split("\n```", 1)[0]
    return block.splitlines()


def test_a_module_page_draws_its_calls_one_hop_out(repo, run):
    repo.write("a.py", A)
    repo.write("b.py", B)
    repo.commit()
    assert run("docs")[0] == 0
    assert diagram_in(run.page("a.py")) == [
        "%% repoagent diagram", "flowchart LR",
        '    n0["f"]', '    n1["h"]', '    n2["b.g"]', '    n3["b.k"]',
        "    n0 --> n1", "    n0 --> n2", "    n3 --> n0",
        "    classDef own stroke-width:3px", "    class n0,n1 own",
    ]
    before = run.pages()
    assert run.status() == {} and run("docs")[0] == 0 and run.pages() == before


def test_a_call_changing_elsewhere_redraws_the_diagram_and_keeps_the_body(repo, run):
    repo.write("a.py", A)
    repo.write("b.py", B)
    repo.commit()
    assert run("docs")[0] == 0
    repo.write("b.py", "def g():\n    return 2\n\n\ndef k():\n    return 3\n")
    assert run.status() == {"a": "links-changed", "a.f": "links-changed", "b": "links-changed", "b.k": "changed"}
    assert run("docs")[0] == 0
    assert '    n3["b.k"]' not in diagram_in(run.page("a.py"))
    assert run.status() == {}


def test_diagrams_stay_valid_mermaid_for_odd_names_and_capped(repo, run):
    repo.write("odd.py", 'if True:\n    def twin():\n        return 1\nelse:\n    def twin():\n        return 2\n\n\n'
               "def hub():\n" + "".join(f"    f{i}()\n" for i in range(40)) + "\n\n"
               + "".join(f"def f{i}():\n    return {i}\n\n\n" for i in range(40)) + "def use():\n    return twin()\n")
    repo.write("web/$q.js", "function $q() { return 1; }\nfunction a_b() { return $q(); }\n")
    repo.commit()
    assert run("docs")[0] == 0
    for page in ("odd.py", "web/$q.js"):
        lines = diagram_in(run.page(page))
        assert all(MERMAID_LINE.fullmatch(line) for line in lines), lines
    assert sum(1 for line in diagram_in(run.page("odd.py")) if '["' in line) == MAX_NODES


def test_the_index_opens_with_the_package_tree_and_the_module_dependencies(repo, run):
    repo.write("a.py", '"""Entry points."""\n' + A)
    repo.write("b.py", B)
    repo.write("pkg/__init__.py", '"""The package."""\n')
    repo.write("pkg/sub/deep.py", '"""Deep code. More words."""\nfrom a import h\n\n\ndef z():\n    return h()\n')
    repo.commit()
    assert run("docs")[0] == 0
    index = (repo.root / "docs/repoagent/index.md").read_text()
    assert "## Overview\n\n" + "\n".join([
        "- [`a.py`](a.py.md) — Entry points.",
        "- [`b.py`](b.py.md) — Module `b` with 2 functions.",
        "- `pkg/`",
        "    - [`__init__.py`](pkg/__init__.py.md) — The package.",
        "    - `sub/`",
        "        - [`deep.py`](pkg/sub/deep.py.md) — Deep code.",
    ]) in index
    assert diagram_in(index) == [
        "%% repoagent diagram", "flowchart LR", '    n0["a"]', '    n1["b"]', '    n2["pkg.sub.deep"]',
        "    n0 --> n1", "    n1 --> n0", "    n2 --> n0",
    ]


def test_init_mkdocs_writes_a_site_that_builds_strict_with_material_and_mermaid(repo, run, tmp_path):
    repo.write("a.py", A)
    repo.write("b.py", B)
    repo.commit()
    code, out, _ = run("init", "--mkdocs")
    assert code == 0 and "mkdocs.yml: written" in out
    assert run("docs")[0] == 0
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(tmp_path / "site")],
        cwd=repo.root, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "site" / "a.py" / "index.html").read_text()
    assert '<pre class="mermaid"><code>%% repoagent diagram' in page and "md-header" in page
    (repo.root / "mkdocs.yml").write_text("site_name: mine\n")
    code, out, _ = run("init", "--mkdocs")
    assert "mkdocs.yml: already there, left as it is" in out
    assert (repo.root / "mkdocs.yml").read_text() == "site_name: mine\n"


def test_init_mermaid_serves_a_local_copy_that_is_not_documented(repo, run, tmp_path):
    """Offline: ``--mermaid`` copies the script beside the pages and the site loads it
    (Material then draws with it instead of fetching one); the copy, a JavaScript
    file in the pages folder, gets no page of its own. The bench draws with the real
    Mermaid in Chromium (bench/pages_screenshots.py)."""
    repo.write("a.py", A)
    repo.write("b.py", B)
    repo.commit()
    script = tmp_path / "mermaid.min.js"
    script.write_text("function drawn(){return 1}\nwindow.mermaid = {initialize: drawn};\n")
    code, out, _ = run("init", "--mkdocs", "--mermaid", str(script))
    assert code == 0 and "Mermaid diagrams from docs/repoagent/assets/mermaid.min.js" in out
    assert (repo.root / "docs/repoagent/assets/mermaid.min.js").read_bytes() == script.read_bytes()
    assert run("docs")[0] == 0
    assert not (repo.root / "docs/repoagent/assets/mermaid.min.js.md").exists()
    assert "mermaid.min.js" not in run("status", "--json")[1]
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(tmp_path / "site")],
        cwd=repo.root, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "site" / "a.py" / "index.html").read_text()
    assert '<script src="../assets/mermaid.min.js"></script>' in page
    assert (tmp_path / "site" / "assets" / "mermaid.min.js").read_bytes() == script.read_bytes()


def test_init_mermaid_mistakes_are_one_line_and_exit_2(repo, run, tmp_path):
    code, _, err = run("init", "--mermaid", str(tmp_path / "mermaid.min.js"))
    assert code == 2 and err.count("\n") == 1 and "--mermaid goes with --mkdocs" in err
    code, _, err = run("init", "--mkdocs", "--mermaid", str(tmp_path / "missing.js"))
    assert code == 2 and err.count("\n") == 1 and "missing.js: No such file or directory" in err
    assert not (repo.root / "mkdocs.yml").exists() and not (repo.root / "pyproject.toml").exists()
