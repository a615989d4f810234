"""Resolvers turn call sites into edges, one module per language.

Each satisfies :class:`repoagent.graph.resolvers.base.Resolver`; :data:`RESOLVERS`
maps language names (as in :mod:`repoagent.parsing.registry`) to them.
"""

from repoagent.graph.resolvers.base import Resolver
from repoagent.graph.resolvers.go import GoResolver
from repoagent.graph.resolvers.java import JavaResolver
from repoagent.graph.resolvers.javascript import JavaScriptResolver
from repoagent.graph.resolvers.python_flow import PythonResolver
from repoagent.graph.resolvers.rust import RustResolver

_ECMASCRIPT = JavaScriptResolver()  # one instance for both, so TS and JS files resolve together

RESOLVERS: dict[str, Resolver] = {
    "python": PythonResolver(),
    "javascript": _ECMASCRIPT,
    "typescript": _ECMASCRIPT,
    "go": GoResolver(),
    "java": JavaResolver(),
    "rust": RustResolver(),
}
