"""Screenshots of the pages as a reader sees them: real packages documented by the
static writer, built into a Material site with the ``mkdocs.yml`` that ``repoagent
init --mkdocs`` writes, and drawn by headless Chromium.

Each package's source distribution comes from the package registry (``pip
download``), so the repository has its real layout (``src/``, ``tests/``); Mermaid
comes from the npm registry (``npm pack``) and is served with the pages through
``init --mermaid``, since the site must draw its diagrams offline. Every diagram of
each site is drawn by that Mermaid in Chromium, and the run stops on any it cannot
draw; then the pages in :data:`SHOTS` are shot into ``--shots``.

    python bench/pages_screenshots.py [--package requests --package click]
        [--shots bench/screenshots] [--chromium /usr/bin/chromium]
"""

from __future__ import annotations

import argparse
import functools
import html
import http.server
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

#: The pages shot (the README shows them): a module page with a busy call diagram,
#: and an index with its overview and module diagram (so a taller window).
SHOTS = {
    "requests": [("module", "src/requests/sessions.py", "1280,1000")],
    "click": [("index", "", "1280,2000")],
}

#: Chromium without a GPU, a sandbox or any traffic of its own (no updates, sync, QUIC).
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars", "--virtual-time-budget=15000",
)

#: A diagram as mkdocs writes it (pymdownx.superfences' custom fence), its text escaped.
DIAGRAM = re.compile(r'<pre class="mermaid"><code>(.*?)</code></pre>', re.S)

#: Renders each ``pre.diagram`` with Mermaid and lists "name: drawn" or the error.
CHECK_PAGE = """<!doctype html><meta charset="utf-8"><body><!--blocks-->
<pre id="pending"></pre><script src="assets/mermaid.min.js"></script><script>
mermaid.initialize({startOnLoad: false});
(async () => {
  const lines = [];
  for (const [i, block] of [...document.querySelectorAll("pre.diagram")].entries()) {
    try {
      const {svg} = await mermaid.render("d" + i, block.textContent);
      lines.push(block.title + (svg.includes("<svg") && !svg.includes("Syntax error") ? ": drawn" : ": no svg"));
    } catch (error) {
      lines.push(block.title + ": " + String(error.message || error).split("\\n")[0]);
    }
  }
  document.getElementById("pending").outerHTML =
    '<pre id="results">' + lines.join("\\n").replace(/&/g, "&amp;").replace(/</g, "&lt;") + "</pre>";
})();
</script>
"""


def run(command: list[str], cwd: Path, timeout: float = 600) -> str:
    """Run ``command``; its output, or the run stops with what it printed."""
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result.stdout


def unpacked(archive: Path, into: Path) -> Path:
    """The single top folder of a ``.tar.gz``, extracted with tarfile's data filter
    (no links out, no devices)."""
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="data")
        top = {Path(name).parts[0] for name in tar.getnames()}
    (folder,) = top
    return into / folder


def fetch_package(name: str, folder: Path) -> Path:
    """The source distribution of ``name`` from the registry, unpacked into a folder
    named ``name`` and committed to a fresh git repository."""
    run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--no-binary=:all:", "-d", str(folder), name],
        folder)
    (archive,) = folder.glob(f"{name}-*.tar.gz")
    root = unpacked(archive, folder / "unpacked").rename(folder / "unpacked" / name)  # the site's name
    git = ["git", "-c", "user.name=bench", "-c", "user.email=bench@example.invalid"]
    run([*git, "init", "-q"], root)
    run([*git, "add", "-A"], root)
    run([*git, "commit", "-qm", "code"], root)
    return root


def fetch_mermaid(folder: Path) -> Path:
    """``mermaid.min.js`` (self-contained) from the npm registry's ``mermaid`` package."""
    name = run(["npm", "pack", "--silent", "mermaid@11"], folder).strip().splitlines()[-1]
    return unpacked(folder / name, folder / "mermaid") / "dist" / "mermaid.min.js"


def build_site(root: Path, mermaid: Path) -> Path:
    """Pages by the static writer, ``mkdocs.yml`` from ``init``, ``mkdocs build --strict``."""
    repoagent = str(Path(sys.executable).parent / "repoagent")
    run([repoagent, "init", "--mkdocs", "--mermaid", str(mermaid)], root)
    run([repoagent, "docs", "--writer", "static"], root)
    run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", "site"], root)
    return root / "site"


@contextmanager
def served(site: Path) -> Iterator[str]:
    """The site over HTTP on loopback: its directory URLs (``page/``) need a server."""
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files without a log line per request."""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass


def chromium(binary: str, *arguments: str) -> str:
    """Run headless Chromium in a new profile; what it printed on stdout."""
    with tempfile.TemporaryDirectory() as profile:
        command = [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *arguments]
        return subprocess.run(command, capture_output=True, text=True, timeout=180).stdout


def site_diagrams(site: Path) -> dict[str, str]:
    """Every Mermaid diagram of the built site, by page and number, as Mermaid reads it."""
    found = {}
    for page in sorted(site.rglob("*.html")):
        for number, code in enumerate(DIAGRAM.findall(page.read_text(encoding="utf-8")), 1):
            found[f"{page.relative_to(site).parent.as_posix()} #{number}"] = html.unescape(code)
    return found


def check_diagrams(binary: str, site: Path, base: str) -> int:
    """Draw every diagram of the site with the site's own Mermaid in Chromium; stops
    the run on any diagram Mermaid cannot draw, else says how many it drew.

    Material draws diagrams into closed shadow roots, which no DOM dump shows, so a
    page of the bench's own (written into the served folder, not into the pages)
    asks the same ``mermaid.min.js`` to render each diagram's text and writes down
    what came back."""
    diagrams = site_diagrams(site)
    blocks = "".join(f'<pre class="diagram" title="{html.escape(name)}">{html.escape(code)}</pre>'
                     for name, code in diagrams.items())
    (site / "diagram-check.html").write_text(CHECK_PAGE.replace("<!--blocks-->", blocks), encoding="utf-8")
    dom = chromium(binary, "--dump-dom", base + "diagram-check.html")
    results = re.search(r'<pre id="results">(.*?)</pre>', dom, re.S)
    if results is None:
        sys.exit("the diagram check page did not finish (no results in the page)")
    failed = [line for line in html.unescape(results.group(1)).splitlines() if not line.endswith(": drawn")]
    if failed or not diagrams:
        sys.exit("Mermaid could not draw:\n" + "\n".join(failed or ["(no diagrams found in the site)"]))
    return len(diagrams)


def shoot(binary: str, url: str, png: Path, size: str) -> None:
    """A screenshot of ``url`` (a page of mkdocs' directory URLs) at ``size``
    (``width,height``) into ``png``."""
    chromium(binary, f"--screenshot={png}", f"--window-size={size}", url)
    if not png.is_file():
        sys.exit(f"{url}: Chromium wrote no screenshot")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--package", action="append", choices=sorted(SHOTS))
    parser.add_argument("--shots", type=Path, default=Path(__file__).parent / "screenshots")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    options = parser.parse_args()
    options.shots.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        mermaid = fetch_mermaid(Path(folder))
        for name in options.package or sorted(SHOTS):
            work = Path(folder) / name
            work.mkdir()
            site = build_site(fetch_package(name, work), mermaid)
            with served(site) as base:
                drawn = check_diagrams(options.chromium, site, base)
                print(f"{name}: all {drawn} diagrams of the site drawn by Mermaid")
                for label, page, size in SHOTS[name]:
                    png = options.shots / f"{name}-{label}.png"
                    shoot(options.chromium, base + (f"{page}/" if page else ""), png, size)
                    print(f"{name} {label}: {png} ({png.stat().st_size // 1024} KB)")
            shutil.rmtree(work)


if __name__ == "__main__":
    main()
