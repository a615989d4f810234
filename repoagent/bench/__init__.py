"""Benchmarks of repoagent's engines; ``bench debug`` measures the debugging mode.

:mod:`dataset` reads DebugBench's JSON files and the plain JSONL format;
:mod:`judge` builds a local judge for each DebugBench instance (examples plus
hidden differential tests from the correct solution) and checks it;
:mod:`runner` runs the engines on every kept instance; :mod:`report` tabulates.
"""
