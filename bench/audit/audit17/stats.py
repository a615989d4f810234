"""Per-package and total precision with Wilson 95% intervals from the judged samples.
usage: python3 stats.py VERSION   (v1 or v2; reads /tmp/audit17/NAME.VERSION.samples.txt)"""
import re, math, sys
def wilson(k, n, z=1.96):
    if n == 0: return 0.0, 1.0
    p = k / n; d = 1 + z*z/n
    c = (p + z*z/(2*n)) / d; h = z*math.sqrt(p*(1-p)/n + z*z/(4*n*n)) / d
    return c - h, c + h
ver = sys.argv[1] if len(sys.argv) > 1 else 'v1'
PY = ['chameleon', 'configargparse', 'h11', 'marshmallow', 'yapsy']
ALL = PY
tot = {'python': [0, 0, 0]}
for name in ALL:
    s = open(f'/tmp/audit17/{name}.{ver}.samples.txt').read()
    t, f, u = (len(re.findall(r'VERDICT: ' + w, s)) for w in ('TRUE', 'FALSE', 'UNSURE'))
    for k in ['python']:
        tot[k][0] += t; tot[k][1] += f; tot[k][2] += u
    lo, hi = wilson(t, t + f)
    print(f"{name:16} T={t} F={f} U={u} precision={t/(t+f):.1%} Wilson95=[{lo:.1%}, {hi:.1%}]")
for k, (t, f, u) in tot.items():
    lo, hi = wilson(t, t + f)
    print(f"{'TOTAL-'+k:10} T={t} F={f} U={u} precision={t/(t+f):.1%} Wilson95=[{lo:.1%}, {hi:.1%}]")
