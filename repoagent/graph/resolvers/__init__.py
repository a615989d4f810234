"""Resolvers turn call sites into edges, one module per language.

Each satisfies :class:`repoagent.graph.resolvers.base.Resolver`; :data:`RESOLVERS`
maps language names (as in :mod:`repoagent.parsing.registry`) to them.
"""

from repoagent.graph.resolvers.base import Resolver

RESOLVERS: dict[str, Resolver] = {}
