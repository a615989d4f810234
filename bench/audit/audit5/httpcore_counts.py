"""Whole-graph counts of httpcore's two causes (MERGE: sync<->async stream edges;
ANNOT: connection classes reaching connections they never hold, and backend streams
reaching the upgrade stream).  usage: python3 httpcore_counts.py  (reads /tmp/audit5/httpcore.v1.json)"""
import json, re, collections
g = json.load(open('/tmp/audit5/httpcore.v1.json'))
nodes = {n['id']: n for n in g['nodes']}
src = {}
def line(f, n):
    if f not in src:
        src[f] = open('/tmp/audit5/httpcore/' + f).read().splitlines()
    return src[f][n - 1]
def side(n):
    if n.startswith('httpcore._async.') or re.match(r'httpcore\._backends\.(anyio|trio|auto)', n) \
            or re.match(r'httpcore\._backends\.(mock|base)\.Async', n) or n.startswith('httpcore._synchronization.Async'):
        return 'A'
    if n.startswith('httpcore._sync.') or n.startswith('httpcore._backends.sync') \
            or re.match(r'httpcore\._backends\.(mock|base)\.(Mock|Network)', n) \
            or re.match(r'httpcore\._synchronization\.(Lock|ThreadLock|Semaphore|ShieldCancellation|Event)\b', n):
        return 'S'
    return '?'
c = collections.Counter((side(e['caller']), side(e['callee'])) for e in g['edges'])
print('MERGE: async->sync', c[('A', 'S')], 'sync->async', c[('S', 'A')])
conn = {'HTTPConnection', 'HTTP11Connection', 'HTTP2Connection', 'ForwardHTTPConnection', 'TunnelHTTPConnection',
        'Socks5Connection', 'ConnectionInterface', 'RequestInterface'}
allowed = {'HTTPConnection': {'HTTP11Connection', 'HTTP2Connection'}, 'Socks5Connection': {'HTTP11Connection', 'HTTP2Connection'},
           'TunnelHTTPConnection': {'HTTPConnection', 'HTTP11Connection', 'HTTP2Connection'},
           'ForwardHTTPConnection': {'HTTPConnection'},
           'ConnectionPool': {'HTTPConnection', 'Socks5Connection', 'ForwardHTTPConnection', 'TunnelHTTPConnection'},
           'SOCKSProxy': {'Socks5Connection'}, 'HTTPProxy': {'ForwardHTTPConnection', 'TunnelHTTPConnection'}}
def cls(n):
    p = n.split('.')
    return (re.sub(r'^Async', '', p[3]), p[4] if len(p) > 4 else None) if len(p) >= 4 and p[1] in ('_async', '_sync') else (None, None)
other = same = 0
for e in g['edges']:
    (cc, _), (tc, tm) = cls(e['caller']), cls(e['callee'])
    if cc in allowed and tc in conn and tm != '__init__':
        if cc != tc and tc not in allowed[cc]:
            other += 1
        elif cc == tc and any('_connection.' in line(nodes[e['caller']]['file'], l) for l in e['lines']):
            same += 1
stream = 0
for e in g['edges']:
    a, t = e['caller'], e['callee']
    if 'UpgradeStream' not in t or ('_async' in a) != ('_async' in t):
        continue
    if re.match(r'httpcore\._(async|sync)\.(socks_proxy\.(Async)?Socks5Connection\.handle_(async_)?request|connection\.(Async)?HTTPConnection\.(_connect|handle_(async_)?request))$', a):
        stream += 1
    elif re.search(r'TunnelHTTPConnection\.handle_(async_)?request$', a) and \
            any('get_extra_info' in line(nodes[a]['file'], l) for l in e['lines']):
        stream += 1
print('ANNOT: connection attribute to another class', other, 'to its own class', same, 'upgrade stream', stream,
      'total', other + same + stream)
