"""The one Jinja2 environment every template renders in: sandboxed, contained.

A repository overrides the shipped templates (pages, prompts) with files of the same
name in its committed ``.repoagent-templates/`` folder, so a pull request can change
them: a template is code from whoever wrote the repository. Every template therefore
renders in Jinja2's :class:`~jinja2.sandbox.ImmutableSandboxedEnvironment`, which
refuses ``__globals__``-style attributes (no ``cycler.__init__.__globals__.os``) and
any call that changes a value; it sees only the variables its caller passes (the
documented ones), never the environment or the settings. Templates load only from
inside the repository or the shipped folder: a symbolic link that leads elsewhere
(``~/.aws/credentials``) is not a template. Repetition (``"x" * 10**9``) is capped
like the sandbox caps ``range``, and a render that runs past :data:`RENDER_SECONDS`
(nested loops: ``range`` is capped per call, not per template) is stopped
(:class:`_TimedTemplate`). A template that breaks any of this fails the run with one
line (:func:`template_error`).
"""

from __future__ import annotations

import ctypes
import functools
import operator
import os
import threading
import time
from pathlib import Path
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from repoagent.errors import UsageError
from repoagent.workspace import SHIPPED_TEMPLATES, TEMPLATES_FOLDER

#: The largest string or list a template may build by ``*`` or ``**``.
MAX_REPEAT = 1_000_000
#: The longest one render may take: a page's section renders in milliseconds; nested
#: loops of a committed template (``range(100000)`` in ``range(100000)``) would hold
#: a hook, or an Action job until its six-hour limit.
RENDER_SECONDS = 10.0


class RenderTooLong(SecurityError):
    """Raised in a rendering thread that ran past :data:`RENDER_SECONDS`."""


class _Watchdog:
    """One daemon thread per process that stops renders past their deadline: Jinja has
    no hook per loop step, so it raises :class:`RenderTooLong` in the rendering thread
    (``PyThreadState_SetAsyncExc``, delivered at its next bytecode). A render registers
    its thread and deadline and leaves when done, both under one lock, so a render
    that ended is never stopped; a thread per render cost 60 times the render itself.
    A forked process (the page workers) starts its own thread on its first render."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._deadlines: dict[int, float] = {}  # thread id -> when its render must have ended
        self._watching = False  # whether this process's thread runs (a fork has none)
        os.register_at_fork(after_in_child=self._forked)

    def _forked(self) -> None:
        self._lock = threading.Lock()  # another thread may have held it at the fork
        self._deadlines = {}
        self._watching = False

    def enter(self) -> None:
        with self._lock:
            self._deadlines[threading.get_ident()] = time.monotonic() + RENDER_SECONDS
            if not self._watching:
                self._watching = True
                threading.Thread(target=self._watch, name="repoagent-render-watchdog", daemon=True).start()

    def leave(self) -> None:
        with self._lock:
            self._deadlines.pop(threading.get_ident(), None)

    def _watch(self) -> None:
        while True:
            time.sleep(min(RENDER_SECONDS / 4, 0.5))
            now = time.monotonic()
            with self._lock:
                for thread, deadline in list(self._deadlines.items()):
                    if deadline < now:
                        del self._deadlines[thread]
                        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread), ctypes.py_object(RenderTooLong))


_WATCHDOG = _Watchdog()


class _TimedTemplate(jinja2.Template):
    """A template whose render is stopped past :data:`RENDER_SECONDS` (:class:`_Watchdog`)."""

    def render(self, *args: Any, **kwargs: Any) -> str:
        _WATCHDOG.enter()
        try:
            return super().render(*args, **kwargs)
        except RenderTooLong as error:
            raise RenderTooLong(f"rendering ran past {RENDER_SECONDS:g} s") from error
        finally:
            _WATCHDOG.leave()


class _ContainedLoader(jinja2.FileSystemLoader):
    """A file system loader that refuses files resolving outside its folders' bounds."""

    def __init__(self, folders: list[Path], bounds: list[Path]) -> None:
        super().__init__([str(folder) for folder in folders])
        self._bounds = [bound.resolve() for bound in bounds]

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str | None, Any]:
        try:
            source, filename, uptodate = super().get_source(environment, template)
        except UnicodeDecodeError as error:  # a template is a repository's file: any bytes at all
            raise jinja2.TemplateError(f"{template} is not UTF-8 text ({error.reason} at byte {error.start})") from error
        resolved = Path(filename or "").resolve()
        if not any(resolved.is_relative_to(bound) for bound in self._bounds):
            raise jinja2.TemplateNotFound(f"{template} (its file leads outside the repository)")
        return source, filename, uptodate


class _Sandbox(ImmutableSandboxedEnvironment):
    """The sandbox, with ``*`` and ``**`` refused past :data:`MAX_REPEAT` and each
    render timed (:class:`_TimedTemplate`)."""

    intercepted_binops = frozenset({"*", "**"})
    template_class = _TimedTemplate

    def call_binop(self, context: Any, operator_name: str, left: Any, right: Any) -> Any:
        if operator_name == "**":
            if isinstance(left, int) and isinstance(right, int) and abs(right) > 64:
                raise SecurityError("exponent too large")
            return operator.pow(left, right)
        if isinstance(left, int) and isinstance(right, int):
            return left * right
        count = right if isinstance(right, int) else left
        if isinstance(count, int) and count > MAX_REPEAT:
            raise SecurityError(f"repetition past {MAX_REPEAT:,}")
        result = left * right
        if hasattr(result, "__len__") and len(result) > MAX_REPEAT:
            raise SecurityError(f"a result longer than {MAX_REPEAT:,}")
        return result


@functools.lru_cache(maxsize=8)
def environment(root: Path | None, *, keep_trailing_newline: bool = False) -> jinja2.Environment:
    """Templates of the repository at ``root`` (its ``.repoagent-templates/`` first),
    then the shipped ones; ``root`` ``None``: only the shipped ones."""
    folders = [root / TEMPLATES_FOLDER] if root is not None else []
    bounds = [root] if root is not None else []
    loader = _ContainedLoader([*folders, SHIPPED_TEMPLATES], [*bounds, SHIPPED_TEMPLATES])
    return _Sandbox(
        loader=loader, autoescape=False, keep_trailing_newline=keep_trailing_newline, undefined=jinja2.StrictUndefined
    )


def template_error(error: jinja2.TemplateError, what: str) -> UsageError:
    """One line for a template that does not load or render (``what``: which template)."""
    kind = "refused by the sandbox" if isinstance(error, SecurityError) else "error"
    reason = " ".join(str(error.message or error).split())[:200]
    return UsageError(f"{what} template {kind}: {reason}; fix it in {TEMPLATES_FOLDER}/ or remove it")
