"""Allows ``python -m repoagent``."""

from repoagent.cli import main

raise SystemExit(main())
