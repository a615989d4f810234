"""Debugging mode: run failing tests in a sandbox, localize, repair, re-run.

The flow: :mod:`sandbox` runs a command on a temporary copy;
:mod:`failure` reads what it printed; :mod:`localize` ranks suspect lines
(traceback frames x call graph); an engine (:mod:`offline` or :mod:`llm`) proposes
whole-file candidates; :mod:`session` judges each candidate only by running it and
iterates with the new output as feedback.
"""
