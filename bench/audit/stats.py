"""Per-package and total precision with Wilson 95% intervals from a round's judged samples.

usage: python3 bench/audit/stats.py ROUND VERSION NAME...   (e.g. audit17 v1 chameleon h11 ...)
Reads bench/audit/ROUND/NAME.VERSION.samples.txt (the samples sample.py filled with the
verdicts, committed with the round) and prints a line per package, in the order given,
then the total. One script for every round since the tenth: their copies differed only by
folder and package list, which each round's RESULTS.txt names.
"""
import math
import re
import sys
from pathlib import Path


def wilson(k, n, z=1.96):
    if n == 0:
        return 0.0, 1.0
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return c - h, c + h


def main():
    audit, ver, names = sys.argv[1], sys.argv[2], sys.argv[3:]
    folder = Path(__file__).resolve().parent / audit
    total = [0, 0, 0]
    for name in names:
        s = (folder / f"{name}.{ver}.samples.txt").read_text()
        t, f, u = (len(re.findall(r"VERDICT: " + w, s)) for w in ("TRUE", "FALSE", "UNSURE"))
        total[0] += t
        total[1] += f
        total[2] += u
        lo, hi = wilson(t, t + f)
        print(f"{name:16} T={t} F={f} U={u} precision={t/(t+f):.1%} Wilson95=[{lo:.1%}, {hi:.1%}]")
    t, f, u = total
    lo, hi = wilson(t, t + f)
    print(f"{'TOTAL-python':10} T={t} F={f} U={u} precision={t/(t+f):.1%} Wilson95=[{lo:.1%}, {hi:.1%}]")


if __name__ == "__main__":
    main()
