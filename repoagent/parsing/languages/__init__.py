"""One module per language, each satisfying :class:`repoagent.parsing.base.Language`."""
