"""The call graph: parsed files resolved into edges between definitions."""
