"""Per-package and total precision with Wilson 95% intervals from the judged samples."""
import re, math
def wilson(k, n, z=1.96):
    p = k / n; d = 1 + z*z/n
    c = (p + z*z/(2*n)) / d; h = z*math.sqrt(p*(1-p)/n + z*z/(4*n*n)) / d
    return c - h, c + h
T = F = U = 0
for name in ['attrs', 'jinja2', 'pyparsing', 'tomlkit', 'zod', 'gotoml']:
    s = open(f'/tmp/audit3/{name}.samples.txt').read()
    t, f, u = (len(re.findall(r'VERDICT: ' + w, s)) for w in ('TRUE', 'FALSE', 'UNSURE'))
    T += t; F += f; U += u
    lo, hi = wilson(t, t + f)
    print(f"{name:10} T={t} F={f} U={u} precision={t/(t+f):.1%} Wilson95=[{lo:.1%}, {hi:.1%}]")
lo, hi = wilson(T, T + F)
print(f"{'TOTAL':10} T={T} F={F} U={U} precision={T/(T+F):.1%} Wilson95=[{lo:.1%}, {hi:.1%}]")
t4 = 43+59+56+57; lo, hi = wilson(t4, 240); print(f"Python-4  T={t4}/240 precision={t4/240:.1%} Wilson95=[{lo:.1%}, {hi:.1%}]")
