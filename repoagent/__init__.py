"""repoagent keeps a repository's code documentation true to its code.

The pipeline (see DESIGN.md): files -> parse (tree-sitter) -> resolve (call graph)
-> detect (stale set) -> write (topological, LLM or static) -> Markdown pages.
"""

__version__ = "0.1.0"
