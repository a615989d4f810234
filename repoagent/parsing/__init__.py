"""Parsing: source files -> :class:`~repoagent.models.ParsedFile` with tree-sitter.

One module per language under :mod:`repoagent.parsing.languages`, each a
:class:`repoagent.parsing.base.Language` with a
:class:`repoagent.parsing.base.FileParser` that fills the parse's hooks;
:mod:`repoagent.parsing.registry` maps file extensions to them.
"""
