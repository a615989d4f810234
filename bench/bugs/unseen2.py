"""A second unseen bug set for repoagent's debugging mode, written blind.

    .venv/bin/python bench/bugs/unseen2.py        # writes unseen2.jsonl beside this file

25 everyday programs (20-80 lines each), each with visible tests (what a
developer's test file checks) and hidden tests (more cases, for the verdict
only). A bug is one or more exact text replacements in the correct code. Each
program lists the bugs that are instances on their own (``bugs``) and further
bugs that only appear combined with others (``extra``); ``DOUBLES`` and
``TRIPLES`` index into ``bugs + extra``. See UNSEEN2.md for how it was written.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from realistic import problems_of, rows_of  # noqa: E402  (the same builder and checker)

PROGRAMS: list[dict] = [
    {
        "name": "ini_config",
        "code": r"""def parse_value(text):
    text = text.strip()
    if text.lower() in ('true', 'yes', 'on'):
        return True
    if text.lower() in ('false', 'no', 'off'):
        return False
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return text.strip('"')


def parse_ini(text):
    sections = {}
    current = sections.setdefault('default', {})
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split('#', 1)[0]
        line = line.strip()
        if not line:
            continue
        if line.startswith('[') and line.endswith(']'):
            current = sections.setdefault(line[1:-1].strip(), {})
            continue
        if '=' not in line:
            raise ValueError(f'line {number}: expected key = value')
        key, value = line.split('=', 1)
        current[key.strip().lower()] = parse_value(value)
    return sections


def get(sections, dotted, default=None):
    section, _, key = dotted.rpartition('.')
    return sections.get(section or 'default', {}).get(key, default)


def try_parse(text):
    try:
        parse_ini(text)
    except ValueError as error:
        return str(error)
    return 'ok'
""",
        "visible": [
            ("get(parse_ini('name = demo\\n[server] # main\\nport = 8080\\ndebug = yes\\n'), 'server.port')", 8080),
            ("get(parse_ini('name = demo\\n[server]\\nport = 8080\\n'), 'name')", "demo"),
            ("parse_ini('[a]\\nx = 1\\n\\n[b]\\ny = off\\n')", {"default": {}, "a": {"x": 1}, "b": {"y": False}}),
            ("try_parse('a = 1\\nbroken\\n')", "line 2: expected key = value"),
            ("get(parse_ini('url = http://h/?a=b\\n'), 'url')", "http://h/?a=b"),
            ("get(parse_ini('[s]\\nratio = 0.25\\n'), 's.ratio')", 0.25),
            ("get(parse_ini('[db.main]\\nport = 5432\\n'), 'db.main.port')", 5432),
        ],
        "hidden": [
            ("try_parse('[x]\\n  k = 1  \\n   \\nnope')", "line 4: expected key = value"),
            ("get(parse_ini('[s]\\nK = 2\\n'), 's.k')", 2),
            ("get(parse_ini('[s]\\nK = 2\\n'), 's.z', 'none')", "none"),
            ("parse_value(' \"quoted\" ')", "quoted"),
            ("parse_value('On')", True),
            ("try_parse('a = 1\\n# only a comment\\n')", "ok"),
        ],
        "bugs": [
            ("off-by-one", "logic", [("start=1)", "start=0)")]),
            ("ignored return value", "logic", [("        line = line.strip()\n", "        line.strip()\n")]),
        ],
        "extra": [
            ("missing maxsplit argument", "logic", [("line.split('=', 1)", "line.split('=')")]),
            ("wrong exception caught", "logic", [("    except ValueError:\n        pass\n", "    except TypeError:\n        pass\n")]),
            ("wrong method of a builtin type", "reference", [("dotted.rpartition('.')", "dotted.partition('.')")]),
        ],
    },
    {
        "name": "money_report",
        "code": r"""def format_money(cents):
    sign = '-' if cents < 0 else ''
    cents = abs(cents)
    return f'{sign}{cents // 100:,}.{cents % 100:02d}'


def report(rows, title='Report'):
    names = [name for name, _ in rows]
    amounts = [format_money(cents) for _, cents in rows]
    total = format_money(sum(cents for _, cents in rows))
    name_width = max([len(n) for n in names] + [len('Total')])
    amount_width = max(len(a) for a in amounts + [total])
    width = name_width + 2 + amount_width
    lines = [title.center(width).rstrip(), '=' * width]
    for name, amount in zip(names, amounts):
        lines.append(f'{name:<{name_width}}  {amount:>{amount_width}}')
    lines.append('-' * width)
    lines.append(f"{'Total':<{name_width}}  {total:>{amount_width}}")
    return '\n'.join(lines)


def report_lines(rows, title='Report'):
    return report(rows, title).split('\n')


def shares(rows):
    total = sum(cents for _, cents in rows)
    if total == 0:
        return {name: 0.0 for name, _ in rows}
    return {name: round(100 * cents / total, 1) for name, cents in rows}
""",
        "visible": [
            ("format_money(123456)", "1,234.56"),
            ("format_money(105)", "1.05"),
            ("format_money(-250)", "-2.50"),
            ("report_lines([('Rent', 120000), ('Food', 35050)], 'May')",
             ["      May", "=" * 15, "Rent   1,200.00", "Food     350.50", "-" * 15, "Total  1,550.50"]),
            ("shares([('a', 1), ('b', 2)])", {"a": 33.3, "b": 66.7}),
        ],
        "hidden": [
            ("format_money(0)", "0.00"),
            ("format_money(-5)", "-0.05"),
            ("shares([('a', 0)])", {"a": 0.0}),
            ("shares([('x', 1), ('y', 1), ('z', 2)])", {"x": 25.0, "y": 25.0, "z": 50.0}),
            ("report_lines([('Refund', -900)])", ["    Report", "=" * 13, "Refund  -9.00", "-" * 13, "Total   -9.00"]),
        ],
        "bugs": [
            ("string formatting", "logic", [("{cents % 100:02d}", "{cents % 100:2d}")]),
        ],
        "extra": [
            ("missing statement", "logic", [("    cents = abs(cents)\n", "")]),
            ("integer division", "logic", [("round(100 * cents / total, 1)", "round(100 * cents // total, 1)")]),
        ],
    },
    {
        "name": "meeting_rooms",
        "code": r"""def parse_time(text):
    hours, minutes = text.split(':')
    return int(hours) * 60 + int(minutes)


def fmt_time(minutes):
    return f'{minutes // 60:02d}:{minutes % 60:02d}'


def to_intervals(meetings):
    return sorted((parse_time(a), parse_time(b)) for a, b in meetings)


def rooms_needed(meetings):
    events = []
    for start, end in to_intervals(meetings):
        events.append((start, 1))
        events.append((end, -1))
    events.sort()
    current = best = 0
    for _, change in events:
        current += change
        best = max(best, current)
    return best


def free_slots(meetings, day_start='09:00', day_end='17:00'):
    slots = []
    cursor = parse_time(day_start)
    for start, end in to_intervals(meetings):
        if start > cursor:
            slots.append((fmt_time(cursor), fmt_time(start)))
        cursor = max(cursor, end)
    if cursor < parse_time(day_end):
        slots.append((fmt_time(cursor), fmt_time(parse_time(day_end))))
    return slots
""",
        "visible": [
            ("rooms_needed([('09:00', '10:00'), ('09:30', '11:00'), ('10:00', '10:30')])", 2),
            ("rooms_needed([('09:00', '12:00'), ('09:15', '09:45'), ('09:30', '10:00')])", 3),
            ("free_slots([('09:00', '12:00'), ('10:00', '11:00')])", [("12:00", "17:00")]),
            ("free_slots([('10:00', '11:00'), ('13:00', '14:30')])",
             [("09:00", "10:00"), ("11:00", "13:00"), ("14:30", "17:00")]),
            ("free_slots([('09:00', '10:00'), ('10:00', '11:00')])", [("11:00", "17:00")]),
        ],
        "hidden": [
            ("rooms_needed([])", 0),
            ("rooms_needed([('08:00', '09:00'), ('09:00', '10:00')])", 1),
            ("free_slots([])", [("09:00", "17:00")]),
            ("free_slots([('08:00', '18:00')])", []),
            ("free_slots([('12:00', '13:00'), ('09:30', '16:00')], '09:00', '17:30')", [("09:00", "09:30"), ("16:00", "17:30")]),
        ],
        "bugs": [
            ("wrong variable", "logic", [("cursor = max(cursor, end)", "cursor = end")]),
        ],
        "extra": [
            ("wrong indentation", "logic", [("        best = max(best, current)\n    return best", "    best = max(best, current)\n    return best")]),
            ("wrong comparison", "logic", [("if start > cursor:", "if start >= cursor:")]),
        ],
    },
    {
        "name": "stockroom",
        "code": r"""class Stockroom:
    def __init__(self, reorder_level=5):
        self.items = {}
        self.reorder_level = reorder_level
        self.log = []

    def receive(self, sku, qty):
        if qty <= 0:
            raise ValueError('quantity must be positive')
        self.items[sku] = self.items.get(sku, 0) + qty
        self.log.append(('in', sku, qty))

    def ship(self, sku, qty):
        have = self.items.get(sku, 0)
        if qty > have:
            raise ValueError(f'only {have} of {sku}')
        self.items[sku] = have - qty
        self.log.append(('out', sku, qty))
        return self.items[sku]

    def to_reorder(self):
        return sorted(sku for sku, qty in self.items.items() if qty < self.reorder_level)

    def snapshot(self):
        return dict(self.items)


def run(ops, reorder_level=5):
    room = Stockroom(reorder_level)
    errors = []
    for op, sku, qty in ops:
        try:
            getattr(room, op)(sku, qty)
        except ValueError as error:
            errors.append(str(error))
    return room.snapshot(), room.to_reorder(), errors


def snapshots(ops):
    room = Stockroom()
    taken = []
    for op, sku, qty in ops:
        getattr(room, op)(sku, qty)
        taken.append(room.snapshot())
    return taken
""",
        "visible": [
            ("run([('receive', 'a', 3), ('ship', 'a', 3)])", ({"a": 0}, ["a"], [])),
            ("run([('receive', 'a', 10), ('receive', 'b', 2), ('ship', 'a', 4)])", ({"a": 6, "b": 2}, ["b"], [])),
            ("run([('ship', 'x', 1), ('receive', 'y', 0)])", ({}, [], ["only 0 of x", "quantity must be positive"])),
            ("snapshots([('receive', 'a', 2), ('ship', 'a', 1)])", [{"a": 2}, {"a": 1}]),
        ],
        "hidden": [
            ("run([('receive', 'a', 2), ('ship', 'a', 5)])", ({"a": 2}, ["a"], ["only 2 of a"])),
            ("run([('receive', 'a', 7)], reorder_level=8)", ({"a": 7}, ["a"], [])),
            ("snapshots([('receive', 'b', 1), ('receive', 'c', 9), ('ship', 'c', 9)])",
             [{"b": 1}, {"b": 1, "c": 9}, {"b": 1, "c": 0}]),
        ],
        "bugs": [
            ("wrong comparison", "logic", [("if qty > have:", "if qty >= have:")]),
            ("aliasing", "logic", [("return dict(self.items)", "return self.items")]),
        ],
        "extra": [
            ("wrong dict access", "reference", [("have = self.items.get(sku, 0)", "have = self.items[sku]")]),
        ],
    },
    {
        "name": "mini_lexer",
        "code": r"""KEYWORDS = {'let', 'if', 'else', 'print'}
OPERATORS = ('==', '!=', '<=', '>=', '+', '-', '*', '/', '=', '<', '>', '(', ')')


def tokenize(source):
    tokens = []
    i = 0
    while i < len(source):
        ch = source[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(source) and (source[j].isdigit() or source[j] == '.'):
                j += 1
            text = source[i:j]
            tokens.append(('number', float(text) if '.' in text else int(text)))
            i = j
        elif ch.isalpha() or ch == '_':
            j = i
            while j < len(source) and (source[j].isalnum() or source[j] == '_'):
                j += 1
            word = source[i:j]
            tokens.append(('keyword' if word in KEYWORDS else 'name', word))
            i = j
        elif ch == '"':
            j = source.index('"', i + 1)
            tokens.append(('string', source[i + 1:j]))
            i = j + 1
        else:
            for op in OPERATORS:
                if source.startswith(op, i):
                    tokens.append(('op', op))
                    i += len(op)
                    break
            else:
                raise SyntaxError(f'unexpected {ch!r} at {i}')
    return tokens


def kinds(source):
    return [kind for kind, _ in tokenize(source)]


def error_of(source):
    try:
        tokenize(source)
    except SyntaxError as error:
        return str(error)
    return None
""",
        "visible": [
            ("tokenize('a == 1')", [("name", "a"), ("op", "=="), ("number", 1)]),
            ("tokenize('let x = 42')", [("keyword", "let"), ("name", "x"), ("op", "="), ("number", 42)]),
            ("tokenize('\"hi\" x')", [("string", "hi"), ("name", "x")]),
            ("kinds('print(\"a\" + b_2 * 3.5)')", ["keyword", "op", "string", "op", "name", "op", "number", "op"]),
            ("error_of('x @ y')", "unexpected '@' at 2"),
        ],
        "hidden": [
            ("tokenize('')", []),
            ("tokenize('if a != b')", [("keyword", "if"), ("name", "a"), ("op", "!="), ("name", "b")]),
            ("tokenize('x>=1.5')", [("name", "x"), ("op", ">="), ("number", 1.5)]),
            ("tokenize('\"\"')", [("string", "")]),
            ("error_of('a = 1;')", "unexpected ';' at 5"),
            ("kinds('elsewhere else')", ["name", "keyword"]),
        ],
        "bugs": [
            ("wrong order", "logic", [("OPERATORS = ('==', '!=', '<=', '>=', '+', '-', '*', '/', '=', ",
                                       "OPERATORS = ('=', '==', '!=', '<=', '>=', '+', '-', '*', '/', ")]),
            ("missing colon", "syntax", [("elif ch == '\"':", "elif ch == '\"'")]),
        ],
        "extra": [
            ("off-by-one", "logic", [("            i = j + 1\n", "            i = j\n")]),
            ("missing bound check", "reference", [("while j < len(source) and (source[j].isdigit()", "while (source[j].isdigit()")]),
        ],
    },
    {
        "name": "prefix_trie",
        "code": r"""class Trie:
    def __init__(self):
        self.children = {}
        self.end = False
        self.count = 0

    def insert(self, word):
        node = self
        for ch in word:
            node = node.children.setdefault(ch, Trie())
            node.count += 1
        node.end = True

    def find(self, prefix):
        node = self
        for ch in prefix:
            if ch not in node.children:
                return None
            node = node.children[ch]
        return node

    def contains(self, word):
        node = self.find(word)
        return node is not None and node.end

    def count_prefix(self, prefix):
        node = self.find(prefix)
        return node.count if node else 0

    def words(self, prefix=''):
        node = self.find(prefix)
        if node is None:
            return []
        found = []
        stack = [(node, prefix)]
        while stack:
            current, text = stack.pop()
            if current.end:
                found.append(text)
            for ch, child in current.children.items():
                stack.append((child, text + ch))
        return sorted(found)


def build(words):
    trie = Trie()
    for word in words:
        trie.insert(word)
    return trie
""",
        "visible": [
            ("build(['car', 'cat']).contains('car')", True),
            ("build(['car']).contains('ca')", False),
            ("build(['car', 'cat', 'dog']).count_prefix('ca')", 2),
            ("build(['car', 'cart', 'cat', 'dog']).words('car')", ["car", "cart"]),
        ],
        "hidden": [
            ("build([]).words()", []),
            ("build(['a', 'ab']).words()", ["a", "ab"]),
            ("build(['car']).contains('cars')", False),
            ("build(['car', 'cat', 'dog']).count_prefix('x')", 0),
            ("build(['do', 'dog', 'dot']).count_prefix('do')", 3),
            ("build(['car']).words('z')", []),
        ],
        "bugs": [
            ("wrong dict method", "reference", [("node.children.setdefault(ch, Trie())", "node.children.get(ch, Trie())")]),
            ("wrong boolean logic", "logic", [("return node is not None and node.end", "return node is not None")]),
        ],
        "extra": [
            ("wrong indentation", "logic", [("            node.count += 1\n        node.end = True", "        node.count += 1\n        node.end = True")]),
        ],
    },
    {
        "name": "disjoint_sets",
        "code": r"""class UnionFind:
    def __init__(self, items):
        self.parent = {item: item for item in items}
        self.size = {item: 1 for item in items}

    def find(self, item):
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        return True


def components(items, pairs):
    uf = UnionFind(items)
    for a, b in pairs:
        uf.union(a, b)
    groups = {}
    for item in items:
        groups.setdefault(uf.find(item), []).append(item)
    return sorted(sorted(group) for group in groups.values())


def redundant_links(items, pairs):
    uf = UnionFind(items)
    return [(a, b) for a, b in pairs if not uf.union(a, b)]
""",
        "visible": [
            ("components(list('abcd'), [('a', 'b'), ('c', 'd'), ('b', 'd')])", [["a", "b", "c", "d"]]),
            ("components(list('abcd'), [('a', 'b'), ('c', 'd'), ('a', 'c')])", [["a", "b", "c", "d"]]),
            ("components(list('abcde'), [('a', 'e')])", [["a", "e"], ["b"], ["c"], ["d"]]),
            ("redundant_links(list('abc'), [('a', 'b'), ('b', 'c'), ('a', 'c')])", [("a", "c")]),
        ],
        "hidden": [
            ("components([], [])", []),
            ("redundant_links(list('ab'), [('a', 'b'), ('b', 'a'), ('a', 'a')])", [("b", "a"), ("a", "a")]),
            ("components(list('abcdef'), [('a', 'b'), ('c', 'd'), ('e', 'f'), ('b', 'd'), ('f', 'c')])", [["a", "b", "c", "d", "e", "f"]]),
            ("redundant_links(list('abcd'), [('a', 'b'), ('c', 'd')])", []),
        ],
        "bugs": [
            ("missing return", "logic", [("        self.size[ra] += self.size[rb]\n        return True\n", "        self.size[ra] += self.size[rb]\n")]),
            ("if instead of while", "logic", [("while self.parent[root] != root:", "if self.parent[root] != root:")]),
        ],
        "extra": [
            ("wrong variable", "logic", [("self.parent[rb] = ra", "self.parent[b] = ra")]),
        ],
    },
    {
        "name": "token_bucket",
        "code": r"""class FakeClock:
    def __init__(self, start=0.0):
        self.now = start

    def __call__(self):
        return self.now

    def advance(self, seconds):
        self.now += seconds


class TokenBucket:
    def __init__(self, rate, capacity, clock):
        self.rate = rate
        self.capacity = capacity
        self.clock = clock
        self.tokens = capacity
        self.updated = clock()

    def _refill(self):
        now = self.clock()
        elapsed = now - self.updated
        self.tokens = min(self.capacity, self.tokens + elapsed * self.rate)
        self.updated = now

    def allow(self, cost=1):
        self._refill()
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False


def simulate(rate, capacity, requests):
    clock = FakeClock()
    bucket = TokenBucket(rate, capacity, clock)
    results = []
    for at, cost in requests:
        clock.advance(at - clock())
        results.append(bucket.allow(cost))
    return results
""",
        "visible": [
            ("simulate(1, 2, [(0, 1), (10, 1), (10, 1), (10, 1)])", [True, True, True, False]),
            ("simulate(1, 3, [(0, 3), (1, 1), (1, 1), (2, 1), (2, 1)])", [True, True, False, True, False]),
            ("simulate(2, 4, [(0, 4), (0.5, 2), (1, 1)])", [True, False, True]),
        ],
        "hidden": [
            ("simulate(1, 1, [])", []),
            ("simulate(1, 5, [(0, 6)])", [False]),
            ("simulate(0.5, 2, [(0, 2), (2, 1), (3, 1), (4, 1)])", [True, True, False, True]),
            ("simulate(10, 3, [(0, 3), (100, 3), (100, 1)])", [True, True, False]),
        ],
        "bugs": [
            ("wrong builtin", "logic", [("self.tokens = min(self.capacity,", "self.tokens = max(self.capacity,")]),
            ("missing statement", "logic", [("elapsed * self.rate)\n        self.updated = now\n", "elapsed * self.rate)\n")]),
        ],
        "extra": [
            ("wrong argument", "logic", [("clock.advance(at - clock())", "clock.advance(at)")]),
        ],
    },
    {
        "name": "histogram",
        "code": r"""def histogram(values, bins=4, low=None, high=None):
    if not values:
        return []
    low = min(values) if low is None else low
    high = max(values) if high is None else high
    counts = [0] * bins
    width = (high - low) / bins or 1
    for value in values:
        if value < low or value > high:
            continue
        index = int((value - low) / width)
        counts[min(index, bins - 1)] += 1
    return counts


def bars(values, bins=4, width=20, char='#'):
    counts = histogram(values, bins)
    if not counts:
        return []
    top = max(counts)
    lines = []
    for count in counts:
        length = round(count * width / top) if top else 0
        lines.append(f'{char * length:<{width}}|{count}')
    return lines
""",
        "visible": [
            ("histogram([1, 2, 3, 4])", [1, 1, 1, 1]),
            ("histogram([1, 2, 3, 4], bins=2, low=0, high=4)", [1, 3]),
            ("histogram([1, 5, 9], bins=2, low=0, high=4)", [1, 0]),
            ("bars([1, 1, 1, 3], bins=2, width=4)", ["####|3", "#   |1"]),
        ],
        "hidden": [
            ("histogram([])", []),
            ("histogram([5, 5, 5], bins=3)", [3, 0, 0]),
            ("histogram([-1, 0, 10], bins=2, low=0, high=10)", [1, 1]),
            ("bars([])", []),
            ("bars([2, 4], bins=2, width=2, char='*')", ["**|1", "**|1"]),
        ],
        "bugs": [
            ("truthiness of 0", "logic", [("low = min(values) if low is None else low", "low = low or min(values)")]),
            ("wrong boolean logic", "logic", [("if value < low or value > high:", "if value < low and value > high:")]),
        ],
        "extra": [
            ("missing clamp", "reference", [("counts[min(index, bins - 1)] += 1", "counts[index] += 1")]),
        ],
    },
    {
        "name": "paginator",
        "code": r"""import math


def page_count(total, per_page):
    if per_page <= 0:
        raise ValueError('per_page must be positive')
    return max(1, math.ceil(total / per_page))


def page(items, number, per_page=10):
    pages = page_count(len(items), per_page)
    if not 1 <= number <= pages:
        raise IndexError(f'page {number} of {pages}')
    start = (number - 1) * per_page
    return items[start:start + per_page]


def window(current, pages, size=5):
    half = size // 2
    first = max(1, current - half)
    last = min(pages, first + size - 1)
    first = max(1, last - size + 1)
    return list(range(first, last + 1))


def nav(current, pages, size=5):
    parts = []
    if current > 1:
        parts.append('<')
    for number in window(current, pages, size):
        parts.append(f'[{number}]' if number == current else str(number))
    if current < pages:
        parts.append('>')
    return ' '.join(parts)
""",
        "visible": [
            ("page(list(range(25)), 1)", list(range(10))),
            ("page(list(range(25)), 3)", [20, 21, 22, 23, 24]),
            ("page_count(25, 10)", 3),
            ("window(1, 3)", [1, 2, 3]),
            ("nav(5, 9)", "< 3 4 [5] 6 7 >"),
        ],
        "hidden": [
            ("page_count(0, 10)", 1),
            ("page_count(30, 10)", 3),
            ("page([], 1)", []),
            ("window(9, 9)", [5, 6, 7, 8, 9]),
            ("nav(1, 1)", "[1]"),
            ("nav(2, 10, 3)", "< 1 [2] 3 >"),
        ],
        "bugs": [
            ("off-by-one", "logic", [("start = (number - 1) * per_page", "start = number * per_page")]),
        ],
        "extra": [
            ("integer division", "logic", [("math.ceil(total / per_page)", "total // per_page")]),
            ("off-by-one", "logic", [("return list(range(first, last + 1))", "return list(range(first, last))")]),
        ],
    },
    {
        "name": "retry_backoff",
        "code": r"""class Clock:
    def __init__(self):
        self.now = 0.0
        self.sleeps = []

    def sleep(self, seconds):
        self.sleeps.append(seconds)
        self.now += seconds


def backoff_delays(attempts, base=0.5, factor=2.0, cap=4.0):
    delays = []
    delay = base
    for _ in range(attempts - 1):
        delays.append(min(delay, cap))
        delay *= factor
    return delays


def retry(func, attempts=4, retry_on=(ConnectionError,), clock=None, base=0.5):
    clock = clock or Clock()
    delays = backoff_delays(attempts, base)
    for number in range(attempts):
        try:
            return func(number)
        except retry_on:
            if number == attempts - 1:
                raise
            clock.sleep(delays[number])


def flaky(failures, error=ConnectionError):
    def call(number):
        if number < failures:
            raise error(f'attempt {number} failed')
        return f'ok after {number}'
    return call


def outcome(failures, attempts=4, error=ConnectionError):
    clock = Clock()
    try:
        result = retry(flaky(failures, error), attempts, clock=clock)
    except Exception as exc:
        result = type(exc).__name__
    return result, clock.sleeps
""",
        "visible": [
            ("outcome(0)", ("ok after 0", [])),
            ("outcome(2)", ("ok after 2", [0.5, 1.0])),
            ("outcome(5)", ("ConnectionError", [0.5, 1.0, 2.0])),
            ("outcome(1, error=ValueError)", ("ValueError", [])),
            ("backoff_delays(6)", [0.5, 1.0, 2.0, 4.0, 4.0]),
        ],
        "hidden": [
            ("backoff_delays(1)", []),
            ("outcome(3, attempts=3)", ("ConnectionError", [0.5, 1.0])),
            ("outcome(1, attempts=1)", ("ConnectionError", [])),
            ("outcome(3, attempts=6)", ("ok after 3", [0.5, 1.0, 2.0])),
            ("backoff_delays(3, base=1, factor=3)", [1, 3]),
        ],
        "bugs": [
            ("wrong exception caught", "logic", [("        except retry_on:\n", "        except Exception:\n")]),
            ("missing return", "logic", [("            return func(number)\n", "            func(number)\n")]),
        ],
        "extra": [
            ("off-by-one", "logic", [("if number == attempts - 1:", "if number == attempts:")]),
            ("wrong variable", "logic", [("delay *= factor", "delay *= base")]),
        ],
    },
    {
        "name": "unit_convert",
        "code": r"""LENGTH = {'mm': 0.001, 'cm': 0.01, 'm': 1.0, 'km': 1000.0, 'in': 0.0254, 'ft': 0.3048, 'mi': 1609.344}
MASS = {'g': 0.001, 'kg': 1.0, 'lb': 0.45359237, 'oz': 0.028349523125}
TEMPERATURE = ('C', 'F', 'K')


def _table_for(unit):
    for table in (LENGTH, MASS):
        if unit in table:
            return table
    raise KeyError(f'unknown unit {unit}')


def convert(value, source, target):
    if source in TEMPERATURE or target in TEMPERATURE:
        return convert_temperature(value, source, target)
    table = _table_for(source)
    if target not in table:
        raise ValueError(f'cannot convert {source} to {target}')
    return round(value * table[source] / table[target], 6)


def convert_temperature(value, source, target):
    if source == 'C':
        celsius = value
    elif source == 'F':
        celsius = (value - 32) * 5 / 9
    else:
        celsius = value - 273.15
    if target == 'C':
        result = celsius
    elif target == 'F':
        result = celsius * 9 / 5 + 32
    else:
        result = celsius + 273.15
    return round(result, 2)


def parse_and_convert(text):
    amount, source, _, target = text.split()
    return convert(float(amount), source, target)
""",
        "visible": [
            ("convert(1, 'km', 'm')", 1000.0),
            ("convert(12, 'in', 'ft')", 1.0),
            ("convert(212, 'F', 'C')", 100.0),
            ("convert(0, 'C', 'K')", 273.15),
            ("parse_and_convert('3 ft to m')", 0.9144),
        ],
        "hidden": [
            ("convert(1, 'lb', 'g')", 453.59237),
            ("convert(-40, 'C', 'F')", -40.0),
            ("convert(300, 'K', 'C')", 26.85),
            ("convert(98.6, 'F', 'C')", 37.0),
            ("parse_and_convert('16 oz in lb')", 1.0),
            ("convert(5, 'mi', 'km')", 8.04672),
        ],
        "bugs": [
            ("swapped operands", "logic", [("value * table[source] / table[target]", "value * table[target] / table[source]")]),
        ],
        "extra": [
            ("operator precedence", "logic", [("celsius = (value - 32) * 5 / 9", "celsius = value - 32 * 5 / 9")]),
            ("swapped unpacking targets", "logic", [("amount, source, _, target = text.split()", "amount, _, source, target = text.split()")]),
        ],
    },
    {
        "name": "markdown_table",
        "code": r"""def _cell(value):
    if value is None:
        return ''
    if isinstance(value, float):
        return f'{value:.2f}'
    return str(value).replace('|', '\\|')


def render(headers, rows, align=None):
    align = align or ['left'] * len(headers)
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        for i, text in enumerate(row):
            size = len(text)
            widths[i] = max(widths[i], size)
    widths = [max(w, 3) for w in widths]

    def line(values):
        padded = []
        for text, width, how in zip(values, widths, align):
            padded.append(text.rjust(width) if how == 'right' else text.ljust(width))
        return '| ' + ' | '.join(padded) + ' |'

    rule = []
    for width, how in zip(widths, align):
        dashes = '-' * width
        rule.append(dashes[:-1] + ':' if how == 'right' else dashes)
    out = [line(headers), '| ' + ' | '.join(rule) + ' |']
    out.extend(line(row) for row in cells)
    return '\n'.join(out)


def render_lines(headers, rows, align=None):
    return render(headers, rows, align).splitlines()
""",
        "visible": [
            ("render_lines(['n'], [[0]])", ["| n   |", "| --- |", "| 0   |"]),
            ("render_lines(['name', 'qty'], [['apple', 3], ['kiwi', 12]], ['left', 'right'])",
             ["| name  | qty |", "| ----- | --: |", "| apple |   3 |", "| kiwi  |  12 |"]),
            ("render_lines(['a', 'b'], [['x|y', 1.5], [None, 'long text']])",
             ["| a    | b         |", "| ---- | --------- |", "| x\\|y | 1.50      |", "|      | long text |"]),
        ],
        "hidden": [
            ("render_lines(['h'], [])", ["| h   |", "| --- |"]),
            ("render_lines(['price'], [[2.0], [10.25]], ['right'])",
             ["| price |", "| ----: |", "|  2.00 |", "| 10.25 |"]),
            ("render_lines(['k', 'v'], [[False, 0.0]])", ["| k     | v    |", "| ----- | ---- |", "| False | 0.00 |"]),
        ],
        "bugs": [
            ("truthiness of 0", "logic", [("    if value is None:\n        return ''", "    if not value:\n        return ''")]),
            ("unclosed parentheses", "syntax", [("return '| ' + ' | '.join(padded) + ' |'", "return '| ' + ' | '.join(padded + ' |'")]),
        ],
        "extra": [
            ("wrong indentation", "logic", [("            widths[i] = max(widths[i], size)\n", "        widths[i] = max(widths[i], size)\n")]),
            ("wrong method of a builtin type", "reference", [("out.extend(line(row) for row in cells)", "out.append(line(row) for row in cells)")]),
        ],
    },
    {
        "name": "list_diff",
        "code": r"""def lcs_table(a, b):
    rows, cols = len(a), len(b)
    table = [[0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(rows - 1, -1, -1):
        for j in range(cols - 1, -1, -1):
            if a[i] == b[j]:
                table[i][j] = table[i + 1][j + 1] + 1
            else:
                table[i][j] = max(table[i + 1][j], table[i][j + 1])
    return table


def diff(a, b):
    table = lcs_table(a, b)
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            out.append(('=', a[i]))
            i += 1
            j += 1
        elif table[i + 1][j] >= table[i][j + 1]:
            out.append(('-', a[i]))
            i += 1
        else:
            out.append(('+', b[j]))
            j += 1
    out.extend(('-', x) for x in a[i:])
    out.extend(('+', x) for x in b[j:])
    return out


def unified(a, b):
    return [f'{op} {item}' if op != '=' else f'  {item}' for op, item in diff(a, b)]


def similarity(a, b):
    if not a and not b:
        return 1.0
    common = lcs_table(a, b)[0][0]
    return round(2 * common / (len(a) + len(b)), 3)
""",
        "visible": [
            ("diff(['x', 'a'], ['a', 'b'])", [("-", "x"), ("=", "a"), ("+", "b")]),
            ("unified(['a', 'b', 'c'], ['a', 'c', 'd'])", ["  a", "- b", "  c", "+ d"]),
            ("similarity('abcd', 'abxd')", 0.75),
            ("similarity(['a', 'b'], ['b', 'a', 'b', 'c'])", 0.667),
            ("unified(list('abcde'), list('axcye'))", ["  a", "- b", "+ x", "  c", "- d", "+ y", "  e"]),
        ],
        "hidden": [
            ("similarity([], [])", 1.0),
            ("diff([], ['a'])", [("+", "a")]),
            ("diff(['a', 'b'], [])", [("-", "a"), ("-", "b")]),
            ("diff([1, 2, 3], [1, 2, 3])", [("=", 1), ("=", 2), ("=", 3)]),
            ("similarity('abc', 'xyz')", 0.0),
            ("diff(['q', 'r', 's'], ['s', 'q'])", [("-", "q"), ("-", "r"), ("=", "s"), ("+", "q")]),
        ],
        "bugs": [
            ("aliasing", "logic", [("table = [[0] * (cols + 1) for _ in range(rows + 1)]", "table = [[0] * (cols + 1)] * (rows + 1)")]),
            ("wrong variable", "logic", [("for x in b[j:])", "for x in b[i:])")]),
        ],
        "extra": [
            ("operator precedence", "logic", [("2 * common / (len(a) + len(b))", "2 * common / len(a) + len(b)")]),
        ],
    },
    {
        "name": "loan_schedule",
        "code": r"""def monthly_payment(principal, annual_rate, months):
    if annual_rate == 0:
        return round(principal / months, 2)
    r = annual_rate / 12 / 100
    return round(principal * r / (1 - (1 + r) ** -months), 2)


def schedule(principal, annual_rate, months):
    payment = monthly_payment(principal, annual_rate, months)
    r = annual_rate / 12 / 100
    balance = principal
    rows = []
    for month in range(1, months + 1):
        interest = round(balance * r, 2)
        principal_part = round(payment - interest, 2)
        if month == months:
            principal_part = balance
            payment = round(principal_part + interest, 2)
        balance = round(balance - principal_part, 2)
        rows.append((month, payment, interest, principal_part, balance))
    return rows


def total_interest(principal, annual_rate, months):
    return round(sum(row[2] for row in schedule(principal, annual_rate, months)), 2)


def summary(principal, annual_rate, months):
    rows = schedule(principal, annual_rate, months)
    last = rows[-1]
    return {'payment': rows[0][1], 'last_payment': last[1], 'months': len(rows),
            'interest': total_interest(principal, annual_rate, months)}
""",
        "visible": [
            ("monthly_payment(1000, 12, 12)", 88.85),
            ("monthly_payment(1000, 0, 3)", 333.33),
            ("summary(1000, 12, 12)", {"payment": 88.85, "last_payment": 88.84, "months": 12, "interest": 66.19}),
            ("schedule(300, 0, 3)[-1]", (3, 100.0, 0.0, 100.0, 0.0)),
        ],
        "hidden": [
            ("monthly_payment(200000, 6, 360)", 1199.1),
            ("schedule(1000, 12, 2)", [(1, 507.51, 10.0, 497.51, 502.49), (2, 507.51, 5.02, 502.49, 0.0)]),
            ("total_interest(1000, 0, 4)", 0.0),
            ("summary(500, 0, 3)", {"payment": 166.67, "last_payment": 166.66, "months": 3, "interest": 0.0}),
        ],
        "bugs": [
            ("wrong sign", "logic", [("(1 + r) ** -months", "(1 + r) ** months")]),
        ],
        "extra": [
            ("integer division", "logic", [("return round(principal / months, 2)", "return round(principal // months, 2)")]),
            ("off-by-one", "logic", [("for month in range(1, months + 1):", "for month in range(1, months):")]),
        ],
    },
    {
        "name": "job_scheduler",
        "code": r"""import heapq


class Scheduler:
    def __init__(self):
        self.queue = []
        self.counter = 0
        self.done = []

    def submit(self, name, priority=0, deps=()):
        heapq.heappush(self.queue, (-priority, self.counter, name, tuple(deps)))
        self.counter += 1

    def run(self, limit=None):
        waiting = []
        while self.queue and (limit is None or len(self.done) < limit):
            item = heapq.heappop(self.queue)
            _, _, name, deps = item
            if all(dep in self.done for dep in deps):
                self.done.append(name)
                for parked in waiting:
                    heapq.heappush(self.queue, parked)
                waiting = []
            else:
                waiting.append(item)
        return list(self.done)


def order(jobs, limit=None):
    scheduler = Scheduler()
    for job in jobs:
        scheduler.submit(*job)
    return scheduler.run(limit)
""",
        "visible": [
            ("order([('a', 1), ('b', 5), ('c', 3)])", ["b", "c", "a"]),
            ("order([('z', 1), ('a', 1), ('m', 2)])", ["m", "z", "a"]),
            ("order([('c', 9, ['a']), ('b', 5, ['a']), ('a', 1)])", ["a", "c", "b"]),
            ("order([('a', 1), ('b', 5), ('c', 3)], limit=2)", ["b", "c"]),
        ],
        "hidden": [
            ("order([])", []),
            ("order([('x', 0, ['missing'])])", []),
            ("order([('d', 1, ['b', 'c']), ('b', 2, ['a']), ('c', 3, ['a']), ('a', 0)])", ["a", "c", "b", "d"]),
            ("order([('p', 2), ('q', 2), ('r', 2)])", ["p", "q", "r"]),
        ],
        "bugs": [
            ("wrong sign", "logic", [("(-priority, self.counter,", "(priority, self.counter,")]),
            ("missing statement", "logic", [("        self.counter += 1\n", "")]),
        ],
        "extra": [
            ("missing reset", "logic", [("                waiting = []\n", "")]),
        ],
    },
    {
        "name": "field_validators",
        "code": r"""import re

EMAIL = re.compile(r'^[\w.+-]+@[\w-]+(\.[\w-]+)+$')


def check_email(value):
    return bool(EMAIL.match(value))


def check_password(value, min_length=8):
    problems = []
    if len(value) < min_length:
        problems.append(f'at least {min_length} characters')
    if not any(ch.isdigit() for ch in value):
        problems.append('a digit')
    if not any(ch.isupper() for ch in value):
        problems.append('an uppercase letter')
    if all(ch.isalnum() for ch in value):
        problems.append('a symbol')
    return problems


def check_phone(value):
    digits = ''.join(ch for ch in value if ch.isdigit())
    if value.strip().startswith('+'):
        return 8 <= len(digits) <= 15
    return len(digits) == 10


def check_age(value):
    try:
        age = int(value)
    except (TypeError, ValueError):
        return False
    return 0 <= age <= 130


def validate(record, rules):
    errors = {}
    for field, rule in rules.items():
        value = record.get(field)
        if value is None:
            errors[field] = 'missing'
        elif not rule(value):
            errors[field] = 'invalid'
    return errors


def check_user(record):
    rules = {'email': check_email, 'age': check_age, 'phone': check_phone}
    return validate(record, rules)
""",
        "visible": [
            ("check_password('Secret12!')", []),
            ("check_password('short')", ["at least 8 characters", "a digit", "an uppercase letter", "a symbol"]),
            ("check_user({'email': 'a@b.co', 'age': 'x', 'phone': '555 123 4567'})", {"age": "invalid"}),
            ("check_user({'email': 'a@b.co', 'age': 0, 'phone': '5551234567'})", {}),
            ("check_user({'email': 'nope', 'phone': '+44 20 7946 0958'})", {"email": "invalid", "age": "missing"}),
        ],
        "hidden": [
            ("check_email('first.last+tag@mail.example.org')", True),
            ("check_email('a@b')", False),
            ("check_phone('+1 2')", False),
            ("check_age(None)", False),
            ("check_age('131')", False),
            ("check_password('ABCDEFG1h', min_length=9)", ["a symbol"]),
            ("check_user({})", {"email": "missing", "age": "missing", "phone": "missing"}),
        ],
        "bugs": [
            ("wrong exception caught", "logic", [("except (TypeError, ValueError):", "except TypeError:")]),
            ("truthiness of 0", "logic", [("        if value is None:\n            errors[field]", "        if not value:\n            errors[field]")]),
        ],
        "extra": [
            ("wrong builtin", "logic", [("if not any(ch.isdigit() for ch in value):", "if not all(ch.isdigit() for ch in value):")]),
        ],
    },
    {
        "name": "grid_transform",
        "code": r"""def transpose(grid):
    if not grid:
        return []
    return [[grid[r][c] for r in range(len(grid))] for c in range(len(grid[0]))]


def rotate_right(grid):
    if not grid:
        return []
    rows, cols = len(grid), len(grid[0])
    return [[grid[rows - 1 - r][c] for r in range(rows)] for c in range(cols)]


def rotate_left(grid):
    return rotate_right(rotate_right(rotate_right(grid)))


def flip_horizontal(grid):
    return [row[::-1] for row in grid]


def rotate_in_place(square):
    n = len(square)
    for layer in range(n // 2):
        last = n - 1 - layer
        for i in range(layer, last):
            offset = i - layer
            top = square[layer][i]
            square[layer][i] = square[last - offset][layer]
            square[last - offset][layer] = square[last][last - offset]
            square[last][last - offset] = square[i][last]
            square[i][last] = top
    return square


def spiral(grid):
    out = []
    grid = [row[:] for row in grid]
    while grid:
        out.extend(grid.pop(0))
        grid = rotate_left(grid)
    return out
""",
        "visible": [
            ("transpose([[1, 2, 3], [4, 5, 6]])", [[1, 4], [2, 5], [3, 6]]),
            ("rotate_right([[1, 2, 3], [4, 5, 6]])", [[4, 1], [5, 2], [6, 3]]),
            ("rotate_in_place([[1, 2, 3], [4, 5, 6], [7, 8, 9]])", [[7, 4, 1], [8, 5, 2], [9, 6, 3]]),
            ("spiral([[1, 2, 3], [4, 5, 6], [7, 8, 9]])", [1, 2, 3, 6, 9, 8, 7, 4, 5]),
            ("(lambda g: (spiral(g), g))([[1, 2], [3, 4]])", ([1, 2, 4, 3], [[1, 2], [3, 4]])),
        ],
        "hidden": [
            ("rotate_left([[1, 2], [3, 4]])", [[2, 4], [1, 3]]),
            ("flip_horizontal([[1, 2, 3]])", [[3, 2, 1]]),
            ("rotate_in_place([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [13, 14, 15, 16]])",
             [[13, 9, 5, 1], [14, 10, 6, 2], [15, 11, 7, 3], [16, 12, 8, 4]]),
            ("spiral([[1, 2, 3, 4]])", [1, 2, 3, 4]),
            ("spiral([])", []),
            ("transpose([])", []),
        ],
        "bugs": [
            ("off-by-one", "reference", [("grid[rows - 1 - r][c]", "grid[rows - r][c]")]),
            ("aliasing", "logic", [("    grid = [row[:] for row in grid]\n", "")]),
        ],
        "extra": [
            ("wrong loop bounds", "logic", [("for i in range(layer, last):", "for i in range(layer, last + 1):")]),
        ],
    },
    {
        "name": "ttl_cache",
        "code": r"""class ManualClock:
    def __init__(self):
        self.time = 0

    def __call__(self):
        return self.time


class TTLCache:
    def __init__(self, ttl, clock, max_items=100):
        self.ttl = ttl
        self.clock = clock
        self.max_items = max_items
        self.store = {}

    def set(self, key, value, ttl=None):
        expires = self.clock() + (self.ttl if ttl is None else ttl)
        self.store[key] = (value, expires)
        if len(self.store) > self.max_items:
            oldest = min(self.store, key=lambda k: self.store[k][1])
            del self.store[oldest]

    def get(self, key, default=None):
        entry = self.store.get(key)
        if entry is None:
            return default
        value, expires = entry
        if self.clock() >= expires:
            del self.store[key]
            return default
        return value

    def purge(self):
        now = self.clock()
        for key in [k for k, (_, exp) in self.store.items() if exp <= now]:
            del self.store[key]
        return len(self.store)


def replay(ttl, events, max_items=100):
    clock = ManualClock()
    cache = TTLCache(ttl, clock, max_items)
    seen = []
    for event in events:
        clock.time = event[0]
        if event[1] == 'set':
            cache.set(*event[2:])
        elif event[1] == 'get':
            seen.append(cache.get(event[2], 'miss'))
        else:
            seen.append(cache.purge())
    return seen
""",
        "visible": [
            ("replay(10, [(0, 'set', 'a', 1, 0), (0, 'get', 'a')])", ["miss"]),
            ("replay(5, [(0, 'set', 'a', 1), (4, 'get', 'a'), (5, 'get', 'a')])", [1, "miss"]),
            ("replay(5, [(0, 'set', 'a', 1), (1, 'set', 'b', 2), (5, 'purge'), (5, 'get', 'b')])", [1, 2]),
            ("replay(10, [(0, 'set', 'a', 1), (1, 'set', 'b', 2), (2, 'set', 'c', 3), (3, 'get', 'a'), (3, 'get', 'c')], max_items=2)",
             ["miss", 3]),
        ],
        "hidden": [
            ("replay(3, [])", []),
            ("replay(3, [(0, 'purge')])", [0]),
            ("replay(3, [(0, 'set', 'k', 'v', 100), (50, 'get', 'k'), (100, 'get', 'k')])", ["v", "miss"]),
            ("replay(2, [(0, 'set', 'a', 1), (0, 'set', 'b', 2), (0, 'set', 'c', 3), (9, 'purge')])", [0]),
            ("replay(2, [(0, 'set', 'a', 1), (1, 'set', 'a', 9), (2, 'get', 'a')])", [9]),
        ],
        "bugs": [
            ("truthiness of 0", "logic", [("(self.ttl if ttl is None else ttl)", "(ttl or self.ttl)")]),
            ("mutating a dict while iterating", "logic", [("for key in [k for k, (_, exp) in self.store.items() if exp <= now]:",
                                                           "for key in (k for k, (_, exp) in self.store.items() if exp <= now):")]),
        ],
        "extra": [
            ("wrong comparison", "logic", [("if self.clock() >= expires:", "if self.clock() > expires:")]),
        ],
    },
    {
        "name": "path_tools",
        "code": r"""def normalize(path):
    if not path:
        return '.'
    absolute = path.startswith('/')
    parts = []
    for part in path.split('/'):
        if part in ('', '.'):
            continue
        if part == '..':
            if parts and parts[-1] != '..':
                parts.pop()
            elif not absolute:
                parts.append(part)
        else:
            parts.append(part)
    result = '/'.join(parts)
    if absolute:
        return '/' + result
    return result or '.'


def join(base, *others):
    path = base
    for other in others:
        if other.startswith('/'):
            path = other
        elif path.endswith('/') or not path:
            path += other
        else:
            path += '/' + other
    return normalize(path)


def relative_to(path, start):
    a = [p for p in normalize(path).split('/') if p]
    b = [p for p in normalize(start).split('/') if p]
    common = 0
    while common < min(len(a), len(b)) and a[common] == b[common]:
        common += 1
    up = ['..'] * (len(b) - common)
    rest = a[common:]
    return '/'.join(up + rest) or '.'


def extension(path):
    name = normalize(path).rsplit('/', 1)[-1]
    if name.startswith('.') and name.count('.') == 1:
        return ''
    return name.rpartition('.')[2] if '.' in name else ''
""",
        "visible": [
            ("normalize('/a/./b/../c/')", "/a/c"),
            ("normalize('../../a')", "../../a"),
            ("join('a/b', '../c', 'd.txt')", "a/c/d.txt"),
            ("relative_to('/x/y/z', '/x/q')", "../y/z"),
            ("extension('a/archive.tar.gz')", "gz"),
        ],
        "hidden": [
            ("normalize('')", "."),
            ("normalize('/../..')", "/"),
            ("normalize('a/..')", "."),
            ("join('a', '/etc', 'hosts')", "/etc/hosts"),
            ("relative_to('/x/y', '/x/y')", "."),
            ("relative_to('/p', '/p/q/r')", "../.."),
            ("extension('.bashrc')", ""),
            ("extension('notes')", ""),
        ],
        "bugs": [
            ("missing condition", "logic", [("if parts and parts[-1] != '..':", "if parts:")]),
            ("wrong method of a builtin type", "reference", [("name.rpartition('.')[2]", "name.partition('.')[2]")]),
        ],
        "extra": [
            ("wrong variable", "logic", [("up = ['..'] * (len(b) - common)", "up = ['..'] * (len(a) - common)")]),
        ],
    },
    {
        "name": "template_render",
        "code": r"""import re

TOKEN = re.compile(r'\{\{\s*([\w.]+)((?:\s*\|\s*\w+)*)\s*\}\}')

FILTERS = {
    'upper': str.upper,
    'lower': str.lower,
    'title': str.title,
    'strip': str.strip,
    'length': lambda s: str(len(s)),
}


def lookup(context, parts):
    if not parts:
        return context
    if isinstance(context, dict):
        value = context.get(parts[0])
    else:
        value = getattr(context, parts[0], None)
    if value is None:
        return ''
    return lookup(value, parts[1:])


def render(template, context, strict=False):
    def replace(match):
        name, filters = match.group(1), match.group(2)
        value = lookup(context, name.split('.'))
        if value == '' and strict:
            raise KeyError(name)
        text = str(value)
        for flt in filters.split('|')[1:]:
            text = FILTERS[flt.strip()](text)
        return text

    return TOKEN.sub(replace, template)


def render_all(template, contexts):
    return [render(template, c) for c in contexts]
""",
        "visible": [
            ("render('Hello {{ name | upper }}!', {'name': 'ada'})", "Hello ADA!"),
            ("render('{{ user.name|title }} ({{ user.age }})', {'user': {'name': 'bo lee', 'age': 7}})", "Bo Lee (7)"),
            ("render('{{ n }} items', {'n': 0})", "0 items"),
            ("render_all('[{{ x | strip | length }}]', [{'x': ' ab '}, {}])", ["[2]", "[0]"]),
        ],
        "hidden": [
            ("render('no tags', {})", "no tags"),
            ("render('{{missing}}|', {})", "|"),
            ("render('{{ a.b.c }}', {'a': {'b': {'c': 'deep'}}})", "deep"),
            ("render('{{ a.real }}', {'a': 3})", "3"),
            ("render('{{ flag | lower }}', {'flag': False})", "false"),
        ],
        "bugs": [
            ("missing call parentheses", "reference", [("FILTERS[flt.strip()](text)", "FILTERS[flt.strip](text)")]),
            ("missing base case", "reference", [("    if not parts:\n        return context\n", "")]),
        ],
        "extra": [
            ("off-by-one", "logic", [("filters.split('|')[1:]", "filters.split('|')")]),
            ("truthiness of 0", "logic", [("    if value is None:\n        return ''", "    if not value:\n        return ''")]),
        ],
    },
    {
        "name": "life_step",
        "code": r"""def parse(text):
    return {(r, c) for r, line in enumerate(text.strip().splitlines())
            for c, ch in enumerate(line.strip()) if ch == '#'}


def neighbours(cell):
    r, c = cell
    return [(r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0)]


def step(alive):
    counts = {}
    for cell in alive:
        for n in neighbours(cell):
            counts[n] = counts.get(n, 0) + 1
    return {cell for cell, k in counts.items() if k == 3 or (k == 2 and cell in alive)}


def run(text, generations):
    alive = parse(text)
    for _ in range(generations):
        alive = step(alive)
    return alive


def render(alive, rows, cols):
    lines = []
    for r in range(rows):
        lines.append(''.join('#' if (r, c) in alive else '.' for c in range(cols)))
    return lines


def population(text, generations):
    return len(run(text, generations))
""",
        "visible": [
            ("render(run('.....\\n..#..\\n..#..\\n..#..\\n.....', 1), 5, 5)", [".....", ".....", ".###.", ".....", "....."]),
            ("population('##\\n##', 3)", 4),
            ("render(run('.#.\\n..#\\n###', 4), 4, 4)", ["....", "..#.", "...#", ".###"]),
        ],
        "hidden": [
            ("population('#', 1)", 0),
            ("population('', 2)", 0),
            ("render(run('.....\\n..#..\\n..#..\\n..#..\\n.....', 2), 5, 5)", [".....", "..#..", "..#..", "..#..", "....."]),
            ("sorted(run('###', 1))", [(-1, 1), (0, 1), (1, 1)]),
        ],
        "bugs": [
            ("ignored return value", "logic", [("        alive = step(alive)\n", "        step(alive)\n")]),
            ("wrong boolean logic", "logic", [("k == 3 or (k == 2 and cell in alive)", "k == 3 and (k == 2 or cell in alive)")]),
        ],
        "extra": [
            ("missing condition", "logic", [(" for dc in (-1, 0, 1) if (dr, dc) != (0, 0)]", " for dc in (-1, 0, 1)]")]),
        ],
    },
    {
        "name": "bracket_matcher",
        "code": r"""PAIRS = {')': '(', ']': '[', '}': '{'}


def first_error(text):
    stack = []
    in_string = False
    for index, ch in enumerate(text):
        if ch == '"':
            in_string = not in_string
        elif in_string:
            continue
        elif ch in '([{':
            stack.append((ch, index))
        elif ch in PAIRS:
            if not stack or stack[-1][0] != PAIRS[ch]:
                return index
            stack.pop()
    if stack:
        return stack[-1][1]
    return None


def is_balanced(text):
    return first_error(text) is None


def max_depth(text):
    depth = best = 0
    for ch in text:
        if ch in '([{':
            depth += 1
            best = max(best, depth)
        elif ch in ')]}':
            depth -= 1
    return best


def report(text):
    index = first_error(text)
    if index is None:
        return 'ok'
    return f'{text}\n{" " * index}^ col {index + 1}'
""",
        "visible": [
            ("is_balanced('f(a[1], {b: 2})')", True),
            ("is_balanced(')(')", False),
            ("first_error('(]')", 1),
            ("first_error('x = \"(\" + (1')", 10),
            ("report('a(b]')", "a(b]\n   ^ col 4"),
            ("max_depth('[({})]')", 3),
        ],
        "hidden": [
            ("is_balanced('')", True),
            ("first_error('((')", 1),
            ("first_error(']')", 0),
            ("report('()')", "ok"),
            ("is_balanced('\"]\"')", True),
            ("max_depth('a')", 0),
        ],
        "bugs": [
            ("truthiness of 0", "logic", [("return first_error(text) is None", "return not first_error(text)")]),
            ("unclosed string", "syntax", [("^ col {index + 1}'", "^ col {index + 1}")]),
        ],
        "extra": [
            ("wrong boolean logic", "logic", [("if not stack or stack[-1][0] != PAIRS[ch]:", "if not stack and stack[-1][0] != PAIRS[ch]:")]),
            ("wrong indentation", "logic", [("            stack.pop()\n    if stack:", "                stack.pop()\n    if stack:")]),
        ],
    },
    {
        "name": "dep_resolver",
        "code": r"""def parse_requirements(lines):
    graph = {}
    for line in lines:
        if ':' not in line:
            continue
        name, _, rest = line.partition(':')
        deps = [d.strip() for d in rest.split(',') if d.strip()]
        graph[name.strip()] = deps
    return graph


def resolve(graph, target, resolved=None, seen=None):
    if resolved is None:
        resolved = []
    if seen is None:
        seen = set()
    seen.add(target)
    for dep in graph.get(target, []):
        if dep in resolved:
            continue
        if dep in seen:
            raise ValueError(f'cycle: {target} -> {dep}')
        resolve(graph, dep, resolved, seen)
    resolved.append(target)
    return resolved


def install_order(lines, *targets):
    graph = parse_requirements(lines)
    order = []
    for target in targets:
        if target not in order:
            resolve(graph, target, order, set(order))
    return order


def cycle_message(lines, target):
    try:
        install_order(lines, target)
    except ValueError as error:
        return str(error)
    return None
""",
        "visible": [
            ("resolve({'a': ['b'], 'b': []}, 'a')", ["b", "a"]),
            ("resolve({'x': []}, 'x')", ["x"]),
            ("install_order(['app: web, db', 'web: http', 'db:', '# comment'], 'app')", ["http", "web", "db", "app"]),
            ("cycle_message(['a: b', 'b: c', 'c: a'], 'a')", "cycle: c -> a"),
        ],
        "hidden": [
            ("install_order(['top: l, r', 'l: base', 'r: base'], 'top')", ["base", "l", "r", "top"]),
            ("install_order(['a: c', 'b: c'], 'a', 'b')", ["c", "a", "b"]),
            ("cycle_message(['a: b'], 'a')", None),
            ("install_order([], 'solo')", ["solo"]),
        ],
        "bugs": [
            ("mutable default argument", "logic", [("def resolve(graph, target, resolved=None, seen=None):\n    if resolved is None:\n        resolved = []\n",
                                                    "def resolve(graph, target, resolved=[], seen=None):\n")]),
            ("wrong indentation", "logic", [("    resolved.append(target)\n    return resolved", "        resolved.append(target)\n    return resolved")]),
        ],
        "extra": [
            ("swapped unpacking targets", "logic", [("name, _, rest = line.partition(':')", "name, rest, _ = line.partition(':')")]),
        ],
    },
    {
        "name": "semver",
        "code": r"""import re

PATTERN = re.compile(r'^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.]+))?$')


def parse(text):
    match = PATTERN.match(text.strip())
    if not match:
        raise ValueError(f'not a version: {text!r}')
    major, minor, patch, pre = match.groups()
    return (int(major), int(minor), int(patch), pre)


def key(text):
    major, minor, patch, pre = parse(text)
    if pre is None:
        return (major, minor, patch, 1, ())
    parts = tuple((0, int(p), '') if p.isdigit() else (1, 0, p) for p in pre.split('.'))
    return (major, minor, patch, 0, parts)


def compare(a, b):
    ka, kb = key(a), key(b)
    return (ka > kb) - (ka < kb)


def latest(versions, allow_pre=False):
    candidates = [v for v in versions if allow_pre or parse(v)[3] is None]
    return max(candidates, key=key) if candidates else None


def bump(text, part):
    major, minor, patch, _ = parse(text)
    if part == 'major':
        return f'{major + 1}.0.0'
    if part == 'minor':
        return f'{major}.{minor + 1}.0'
    return f'{major}.{minor}.{patch + 1}'


def sort_versions(versions):
    return sorted(versions, key=key)
""",
        "visible": [
            ("sort_versions(['1.10.0', '1.9.0', '1.0.0-rc.1', '1.0.0'])", ["1.0.0-rc.1", "1.0.0", "1.9.0", "1.10.0"]),
            ("compare('1.0.0-rc.1', '1.0.0')", -1),
            ("bump('1.2.3', 'minor')", "1.3.0"),
            ("bump('v1.2.3', 'patch')", "1.2.4"),
            ("latest(['2.0.0-beta', '1.4.2', '1.10.1'])", "1.10.1"),
        ],
        "hidden": [
            ("compare('2.0.0', '2.0.0')", 0),
            ("compare('1.0.0-alpha.10', '1.0.0-alpha.2')", 1),
            ("compare('1.0.0-alpha', '1.0.0-1')", 1),
            ("latest(['2.0.0-beta', '1.4.2'], allow_pre=True)", "2.0.0-beta"),
            ("latest([])", None),
            ("bump('0.9.9', 'major')", "1.0.0"),
        ],
        "bugs": [
            ("in-place method's None result used", "logic", [("return sorted(versions, key=key)", "return versions.sort(key=key)")]),
            ("misused = for ==", "syntax", [("    if part == 'major':\n", "    if part = 'major':\n")]),
        ],
        "extra": [
            ("wrong constant", "logic", [("return (major, minor, patch, 1, ())", "return (major, minor, patch, 0, ())")]),
            ("missing reset", "logic", [("return f'{major}.{minor + 1}.0'", "return f'{major}.{minor + 1}.{patch}'")]),
            ("missing conversion", "logic", [("return (int(major), int(minor), int(patch), pre)", "return (major, minor, patch, pre)")]),
        ],
    },
]

DOUBLES = [
    ("money_report", 0, 1),
    ("meeting_rooms", 0, 1),
    ("mini_lexer", 2, 3),
    ("prefix_trie", 0, 2),
    ("token_bucket", 0, 2),
    ("paginator", 0, 2),
    ("unit_convert", 0, 1),
    ("list_diff", 1, 2),
    ("ttl_cache", 0, 2),
    ("life_step", 1, 2),
    ("dep_resolver", 0, 2),
]
"""Two bugs of one program at once: (program, first, second), indices into bugs + extra."""

TRIPLES = [
    ("ini_config", 2, 3, 4),
    ("retry_backoff", 0, 2, 3),
    ("markdown_table", 0, 2, 3),
    ("semver", 0, 2, 3),
]
"""Three bugs of one program at once."""


def instances() -> list[dict]:
    """Every bug as a JSONL instance (single bugs, then the doubles and triples)."""
    return rows_of(PROGRAMS, DOUBLES, TRIPLES)


if __name__ == "__main__":
    rows = instances()
    problems = problems_of(PROGRAMS, rows)
    if problems:
        raise SystemExit("\n".join(problems))
    (HERE / "unseen2.jsonl").write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    print(f"{len(rows)} instances over {len(PROGRAMS)} programs written to {HERE / 'unseen2.jsonl'}")
