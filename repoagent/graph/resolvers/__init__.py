"""Resolvers turn call sites into edges, one module per language.

Each satisfies :class:`repoagent.graph.resolvers.base.Resolver`; a language
declares its resolver beside its parser (``Language.resolver``), and
:func:`repoagent.parsing.registry.resolver_for` finds it by language name.
"""
