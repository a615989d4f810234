"""A per-user server that answers the hooks' command lines without Python's start-up.

A hook run on a small repository works 0.04-0.06 s once its modules are imported,
but a fresh process spends 0.1-0.15 s more starting the interpreter and importing
them (issue 17: 0.21-0.25 s against a 0.15 s target on requests). ``repoagent server
start`` starts one process that imports those modules and waits; a hook's command
line (``docs --staged``, ``status --staged``, ``hook run``: the lines
:mod:`repoagent.cli.hook_lines` recognises) is then sent to it by the ``repoagent``
program (:mod:`repoagent.server.client`), and run by a process *forked* from it
(:mod:`repoagent.server.daemon`) with the caller's standard streams, folder,
environment and umask. So a run is a fresh process in everything but its imports:

* the server itself never reads a repository, a setting or a cache: it only imports
  modules and builds the tree-sitter grammars, so nothing a run could learn from a
  repository outlives the run;
* a server whose code changed (an upgrade, an edit of an imported module's file)
  refuses the line and stops; the program then runs it itself;
* it listens on a Unix socket in a folder only its user can enter
  (:mod:`repoagent.server.address`), and checks the caller's user id where the
  system tells it; a folder anyone else could have made or entered is never used;
* it stops after half an hour without a run (``--idle``), or on ``repoagent server stop``.

Any other command line, and every line when no server listens, runs in the
program's own process, as before.
"""
