"""The plain git pre-commit hook's logic, behind ``repoagent hook run``.

The installed hook (``hooks/pre-commit``) is a shim of a few lines, as
pre-commit's own: it answers "nothing staged" itself and execs ``repoagent hook
run`` for everything else. Here:

* :mod:`~repoagent.githook.aside` sets the unstaged work aside while repoagent
  runs and brings it back, also after the hook was killed;
* :mod:`~repoagent.githook.child` runs ``repoagent docs --staged`` as a child
  and stops it when the hook is interrupted;
* :mod:`~repoagent.githook.run` is the hook's run from start to exit code, and
  the staging of the pages repoagent wrote.
"""
