"""repoagent keeps a repository's code documentation true to its code.

The pipeline (ARCHITECTURE.md at the top of the repository maps it): files -> parse (tree-sitter) -> resolve (call graph)
-> detect (stale set) -> write (topological, LLM or static) -> Markdown pages.
"""

__version__ = "0.1.0"
