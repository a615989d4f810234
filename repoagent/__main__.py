"""Allows ``python -m repoagent``."""

from repoagent.launch import main

raise SystemExit(main())
