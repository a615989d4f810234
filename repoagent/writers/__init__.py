"""Writers turn a stale definition into the Markdown body of its section.

:mod:`repoagent.writers.static` renders from the code alone (deterministic, the
offline default); :mod:`repoagent.writers.llm` asks an OpenAI-compatible endpoint.
:mod:`repoagent.writers.schedule` runs either in topological order.
"""
