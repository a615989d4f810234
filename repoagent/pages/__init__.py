"""Markdown pages: one per source file, one section per object, each section led by
its provenance marker (:mod:`repoagent.pages.markers`).

:mod:`~repoagent.pages.layout` says where pages and anchors are,
:mod:`~repoagent.pages.parse` reads pages back into sections,
:mod:`~repoagent.pages.render` renders them from Jinja2 templates.
"""
