"""Fill verdicts into /tmp/audit3/NAME.samples.txt.
usage: python3 judge.py NAME VERDICTS_FILE   (lines: '<i> T|F|U [cause]')
"""
import sys, re
name, vf = sys.argv[1], sys.argv[2]
v = {}
for line in open(vf):
    line = line.strip()
    if not line or line.startswith('#'): continue
    parts = line.split(None, 2)
    v[int(parts[0])] = (parts[1], parts[2] if len(parts) > 2 else '')
path = f"/tmp/audit3/{name}.samples.txt"
out, cur = [], None
for line in open(path).read().splitlines():
    m = re.match(r'#(\d+) ', line)
    if m: cur = int(m.group(1))
    if line.strip().startswith('VERDICT:') and cur in v:
        k, c = v[cur]
        line = f"   VERDICT: {dict(T='TRUE',F='FALSE',U='UNSURE')[k]}" + (f" -- {c}" if c else '')
    out.append(line)
open(path, 'w').write('\n'.join(out) + '\n')
cnt = {k: sum(1 for x in v.values() if x[0] == k) for k in 'TFU'}
print(name, cnt, 'judged', len(v))
