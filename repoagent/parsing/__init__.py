"""Parsing: source files -> :class:`~repoagent.models.ParsedFile` with tree-sitter.

One module per language under :mod:`repoagent.parsing.languages`, all satisfying
:class:`repoagent.parsing.base.Language`; :mod:`repoagent.parsing.registry` maps
file extensions to them.
"""
