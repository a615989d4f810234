import json,sys
a=json.load(open(sys.argv[1])); b=json.load(open(sys.argv[2]))
ea={(e['caller'],e['callee']):e['lines'] for e in a['edges']}; eb={(e['caller'],e['callee']):e['lines'] for e in b['edges']}
print(len(ea),len(eb), 'warnings', len(a['warnings']), len(b['warnings']))
print("gone:"); [print(' ',k[0],'->',k[1],ea[k]) for k in ea if k not in eb]
print("new:"); [print(' ',k[0],'->',k[1],eb[k]) for k in eb if k not in ea]
