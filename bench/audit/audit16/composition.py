"""Which sampled edges are calls by name and which need a receiver or value (audit16).
usage: python3 composition.py > composition.txt   (reads NAME.v1.samples.txt here)
A call is 'by name' when its target is a plain name (function, class, nested function,
recursion, decorator @name, raise Name(...)), a name qualified by a module or a class
(fixes.f(...), IncrementalDecoder._step(...)), or a constructor reached through the class's
name (X(...) -> X.__init__/__post_init__).  Everything else (self/cls/super(), attributes,
parameters, values held in tables, properties/descriptors, dunders) needs a receiver/value.
Ambiguous lines are decided by the OVERRIDE table (sample number -> class), written by hand."""
import re, math
PKGS = ['bottle', 'confuse', 'inflect', 'invoke', 'parsimonious']
MODQUAL = {'util', 'yaml_util', 'templates', 'exceptions'}
# hand decisions: (pkg, i) -> 'name' | 'recv'
OVERRIDE = {
    ('bottle', 36): 'name',        # FormsDict() reaches the inherited MultiDict.__init__
    ('bottle', 51): 'name',        # Request(...) is the module alias Request = BaseRequest
    ('confuse', 18): 'name',       # templates.Path() reaches the inherited Filename.__init__
    ('inflect', 33): 'name',       # map(Words, ...) constructs the named class
    ('inflect', 39): 'name',       # class Word(metaclass=_WordMeta) calls the named metaclass
    ('parsimonious', 19): 'name',  # RegexNode(...) reaches Node.__init__
    ('parsimonious', 21): 'name',  # Sequence(*terms) reaches Compound.__init__
    ('parsimonious', 30): 'name',  # class NodeVisitor(metaclass=RuleDecoratorMeta)
    ('parsimonious', 31): 'name',  # raise LeftRecursionError(...) reaches ParseError.__init__
    ('parsimonious', 36): 'name',  # AdHocExpression(...) reaches Expression.__init__
}
def wilson(k, n, z=1.96):
    if n == 0: return 0.0, 1.0
    p = k / n; d = 1 + z*z/n
    c = (p + z*z/(2*n)) / d; h = z*math.sqrt(p*(1-p)/n + z*z/(4*n*n)) / d
    return c - h, c + h
def classify(callee, kind, lines):
    parts = callee.split('.')
    short = re.sub(r'~\d+$', '', parts[-1])
    if short in ('__init__', '__post_init__'):
        short = parts[-2]
    if short.startswith('__') and short.endswith('__'):
        return 'recv'
    for ln in lines:
        for m in re.finditer(r'(?<![\w\.])((?:\w+(?:\(\))?\.)*)' + re.escape(short) + r'\s*\(', ln):
            pre = m.group(1)
            if pre == '':
                return 'name'
            head = pre.split('.')[0]
            if pre.startswith(('self.', 'cls.', 'super()')):
                continue
            if head in MODQUAL:
                return 'name'
        if re.search(r'@' + re.escape(short) + r'\b', ln):
            return 'name'
    return 'recv'
tot = {'name': [0, 0], 'recv': [0, 0]}
for p in PKGS:
    s = open(f'{p}.v1.samples.txt').read().split('\n#')
    for blk in s:
        blk = blk.lstrip('#')
        m = re.match(r'(\d+) (\S+) -> (\S+)\n\s+caller \S+\s+callee (\w+)', blk)
        if not m: continue
        i, callee, kind = int(m[1]), m[3], m[4]
        lines = re.findall(r'L\d+: (.*)', blk)
        v = re.search(r'VERDICT: (TRUE|FALSE|UNSURE)', blk)[1]
        c = OVERRIDE.get((p, i)) or classify(callee, kind, lines)
        tot[c][0] += v == 'TRUE'; tot[c][1] += v == 'FALSE'
        print(f'{p} #{i} {c} {v} {callee}')
for c, (t, f) in tot.items():
    lo, hi = wilson(t, t + f)
    print(f'TOTAL {c}: T={t} F={f} precision={t/(t+f):.1%} Wilson95=[{lo:.1%}, {hi:.1%}]')
