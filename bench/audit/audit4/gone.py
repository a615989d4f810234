"""Which v1 FALSE/UNSURE pairs are gone from the v2 graph, and edge/warning counts v1 -> v2."""
import json, re
for name in ['flask', 'dateutil', 'cattrs', 'mistune', 'commander', 'semver']:
    g1 = json.load(open(f'/tmp/audit4/{name}.v1.json')); g2 = json.load(open(f'/tmp/audit4/{name}.v2.json'))
    e2 = {(e['caller'], e['callee']): e['lines'] for e in g2['edges']}
    print(f"{name}: nodes {len(g1['nodes'])}->{len(g2['nodes'])} edges {len(g1['edges'])}->{len(g2['edges'])} warnings {len(g1['warnings'])}->{len(g2['warnings'])}")
    for line in open(f'/tmp/audit4/{name}.v1.samples.txt'):
        m = re.match(r'#(\d+) (\S+) -> (\S+)', line)
        if m: cur = (m[1], m[2], m[3])
        if re.search(r'VERDICT: (FALSE|UNSURE)', line):
            k = (cur[1], cur[2])
            print(f"   v1 #{cur[0]} {k[0]} -> {k[1]}: {'GONE' if k not in e2 else 'still there, lines ' + str(e2[k])}")
