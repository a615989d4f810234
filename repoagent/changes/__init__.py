"""What changed: git views of the repository and the stale set.

:mod:`repoagent.changes.git` reads the index or a commit with plain ``git``
commands (run only when ``--staged`` or a range is asked for); :mod:`repoagent.changes.scope`
picks the snapshot a run compares; :mod:`repoagent.changes.detect` compares the call
graph with the provenance markers of the pages and says which nodes are stale and why.
"""
