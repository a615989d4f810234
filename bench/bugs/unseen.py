"""A second bug set for repoagent's debugging mode, written blind (see UNSEEN.md).

    .venv/bin/python bench/bugs/unseen.py        # writes unseen.jsonl beside this file

Same format and the same checks as ``realistic.py`` (whose row builder and test
runner it reuses): 25 new programs, each correct with visible and hidden tests, and
bugs as exact text replacements in the correct code. The bug kinds are mostly ones
``realistic.py`` does not have: ``is`` against ``==``, ``//`` against ``/``, the
wrong ``dict.get`` default, a shadowed builtin, list aliasing, a string method's
result ignored, an early return in a loop, a wrong slice bound, an exception
swallowed, a wrong attribute name, a generator consumed twice, a sort with the
wrong key, ``range(len(x) - 1)``, ``+=`` on a tuple element, a list mutated while
iterated, and more (see each bug's subtype). Two bugs are deliberate syntax errors;
every other buggy program compiles, and every buggy program fails its visible tests.
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
        "name": "lru_cache",
        "code": r"""from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = 0
        self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)

    def keys(self):
        return list(self.data)


def simulate(capacity, ops):
    cache = LRUCache(capacity)
    out = []
    for op in ops:
        if op[0] == 'put':
            cache.put(op[1], op[2])
        else:
            out.append(cache.get(op[1], -1))
    return out, cache.keys(), (cache.hits, cache.misses)
""",
        "visible": [
            ("simulate(2, [('put', 'a', 1), ('put', 'b', 2), ('get', 'a'), ('put', 'c', 3), ('get', 'b'), ('get', 'c')])",
             ([1, -1, 3], ["a", "c"], (2, 1))),
            ("simulate(1, [('put', 'x', 1), ('put', 'x', 5), ('get', 'x')])", ([5], ["x"], (1, 0))),
        ],
        "hidden": [
            ("simulate(3, [('get', 'q')])", ([-1], [], (0, 1))),
            ("simulate(2, [('put', 'a', 1), ('put', 'b', 2), ('put', 'a', 3), ('put', 'c', 4), ('get', 'a'), ('get', 'b')])",
             ([3, -1], ["c", "a"], (1, 1))),
        ],
        "bugs": [
            ("wrong attribute name", "reference", [("            self.hits += 1\n", "            self.hit += 1\n")]),
            ("wrong argument to a builtin method", "logic", [("self.data.popitem(last=False)", "self.data.popitem()")]),
        ],
    },
    {
        "name": "expression_eval",
        "code": r"""def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        char = text[i]
        if char.isspace():
            i += 1
        elif char.isdigit():
            start = i
            while i < len(text) and text[i].isdigit():
                i += 1
            tokens.append(int(text[start:i]))
        elif char in '+-*/()':
            tokens.append(char)
            i += 1
        else:
            raise ValueError('bad character %r' % char)
    return tokens


PRECEDENCE = {'+': 1, '-': 1, '*': 2, '/': 2}


def apply(op, left, right):
    if op == '+':
        return left + right
    if op == '-':
        return left - right
    if op == '*':
        return left * right
    return left / right


def evaluate(text):
    values, ops = [], []

    def reduce_top():
        op = ops.pop()
        right = values.pop()
        left = values.pop()
        values.append(apply(op, left, right))

    for token in tokenize(text):
        if isinstance(token, int):
            values.append(token)
        elif token == '(':
            ops.append(token)
        elif token == ')':
            while ops[-1] != '(':
                reduce_top()
            ops.pop()
        else:
            while ops and ops[-1] != '(' and PRECEDENCE[ops[-1]] >= PRECEDENCE[token]:
                reduce_top()
            ops.append(token)
    while ops:
        reduce_top()
    return values[0]
""",
        "visible": [("evaluate('2 + 3 * 4')", 14), ("evaluate('(2 + 3) * 4')", 20), ("evaluate('10 - 4 - 3')", 3),
                    ("evaluate('7 / 2')", 3.5), ("tokenize('12+(3)')", [12, "+", "(", 3, ")"])],
        "hidden": [("evaluate('100')", 100), ("evaluate('8 / 4 / 2')", 1.0), ("evaluate('2 * (3 + 4) - 5')", 9),
                   ("tokenize(' 1 ')", [1])],
        "bugs": [
            ("floor division instead of true division", "logic", [("    return left / right\n", "    return left // right\n")]),
            ("wrong comparison operator", "logic", [("PRECEDENCE[ops[-1]] >= PRECEDENCE[token]", "PRECEDENCE[ops[-1]] > PRECEDENCE[token]")]),
        ],
    },
    {
        "name": "roman",
        "code": r"""NUMERALS = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'),
            (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]
VALUES = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}


def to_roman(number):
    if not 0 < number < 4000:
        raise ValueError('out of range')
    parts = []
    for value, letters in NUMERALS:
        count, number = divmod(number, value)
        parts.append(letters * count)
    return ''.join(parts)


def from_roman(text):
    text = text.strip().upper()
    total = 0
    for i, char in enumerate(text):
        value = VALUES[char]
        if i + 1 < len(text) and VALUES[text[i + 1]] > value:
            total -= value
        else:
            total += value
    return total


def round_trip(numbers):
    return all(from_roman(to_roman(n)) == n for n in numbers)
""",
        "visible": [("to_roman(1994)", "MCMXCIV"), ("from_roman('mcmxciv')", 1994), ("from_roman(' XLII ')", 42),
                    ("round_trip(range(1, 200))", True), ("to_roman(4)", "IV")],
        "hidden": [("to_roman(3999)", "MMMCMXCIX"), ("from_roman('III')", 3), ("round_trip(range(1, 4000))", True),
                   ("from_roman('IX')", 9)],
        "bugs": [
            ("string method result ignored", "logic", [("    text = text.strip().upper()\n", "    text.strip().upper()\n")]),
            ("index past the end", "reference", [("if i + 1 < len(text) and", "if i + 1 <= len(text) and")]),
        ],
    },
    {
        "name": "matrix_ops",
        "code": r"""def zeros(rows, cols):
    return [[0] * cols for _ in range(rows)]


def identity(n):
    result = zeros(n, n)
    for i in range(n):
        result[i][i] = 1
    return result


def multiply(a, b):
    if len(a[0]) != len(b):
        raise ValueError('shapes do not match')
    result = zeros(len(a), len(b[0]))
    for i in range(len(a)):
        for j in range(len(b[0])):
            total = 0
            for k in range(len(b)):
                total += a[i][k] * b[k][j]
            result[i][j] = total
    return result


def matrix_power(m, exponent):
    result = identity(len(m))
    base = m
    while exponent > 0:
        if exponent % 2 == 1:
            result = multiply(result, base)
        base = multiply(base, base)
        exponent //= 2
    return result


def fib_matrix(n):
    return matrix_power([[1, 1], [1, 0]], n)[0][1]
""",
        "visible": [("identity(3)", [[1, 0, 0], [0, 1, 0], [0, 0, 1]]),
                    ("multiply([[1, 2], [3, 4]], [[5, 6], [7, 8]])", [[19, 22], [43, 50]]),
                    ("multiply([[1, 2, 3]], [[1], [2], [3]])", [[14]]), ("fib_matrix(10)", 55), ("zeros(2, 3)", [[0, 0, 0], [0, 0, 0]])],
        "hidden": [("matrix_power([[2]], 10)", [[1024]]), ("fib_matrix(0)", 0), ("fib_matrix(1)", 1),
                   ("multiply([[1], [2]], [[3, 4]])", [[3, 4], [6, 8]])],
        "bugs": [
            ("list aliasing ([[0] * n] * m)", "logic", [("[[0] * cols for _ in range(rows)]", "[[0] * cols] * rows")]),
        ],
    },
    {
        "name": "date_format",
        "code": r"""import datetime


def format_duration(seconds):
    if seconds < 0:
        raise ValueError('negative duration')
    minutes, secs = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    parts = []
    for amount, unit in ((days, 'd'), (hours, 'h'), (minutes, 'm'), (secs, 's')):
        if amount:
            parts.append('%d%s' % (amount, unit))
    return ' '.join(parts) or '0s'


def iso_week_label(year, month, day):
    date = datetime.date(year, month, day)
    iso_year, week, _ = date.isocalendar()
    return '%d-W%02d' % (iso_year, week)


def month_end(year, month):
    if month == 12:
        following = datetime.date(year + 1, 1, 1)
    else:
        following = datetime.date(year, month + 1, 1)
    return (following - datetime.timedelta(days=1)).day


def stamp(year, month, day, hour, minute):
    moment = datetime.datetime(year, month, day, hour, minute)
    return moment.strftime('%Y-%m-%d %H:%M')
""",
        "visible": [("format_duration(3725)", "1h 2m 5s"), ("format_duration(0)", "0s"), ("format_duration(90061)", "1d 1h 1m 1s"),
                    ("month_end(2024, 2)", 29), ("month_end(2023, 12)", 31), ("stamp(2024, 3, 5, 7, 9)", "2024-03-05 07:09"),
                    ("iso_week_label(2021, 1, 3)", "2020-W53")],
        "hidden": [("format_duration(60)", "1m"), ("month_end(2023, 2)", 28), ("month_end(2023, 4)", 30),
                   ("stamp(1999, 12, 31, 23, 59)", "1999-12-31 23:59"), ("iso_week_label(2024, 12, 30)", "2025-W01")],
        "bugs": [
            ("wrong format directive", "logic", [("strftime('%Y-%m-%d %H:%M')", "strftime('%Y-%M-%d %H:%M')")]),
            ("unpacking order swapped", "logic", [("minutes, secs = divmod(seconds, 60)", "secs, minutes = divmod(seconds, 60)")]),
        ],
    },
    {
        "name": "bank_ledger",
        "code": r"""class InsufficientFunds(Exception):
    pass


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amount
        self.history.append(('deposit', amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.owner)
        self.balance -= amount
        self.history.append(('withdraw', amount))


class Savings(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        self.deposit(round(self.balance * self.rate, 2))


def transfer(source, target, amount):
    source.withdraw(amount)
    target.deposit(amount)


def run(ops):
    accounts = {}
    failures = 0
    for op, *args in ops:
        if op == 'open':
            accounts[args[0]] = Account(args[0], args[1])
        elif op == 'move':
            try:
                transfer(accounts[args[0]], accounts[args[1]], args[2])
            except InsufficientFunds:
                failures += 1
    return {name: acc.balance for name, acc in sorted(accounts.items())}, failures
""",
        "visible": [
            ("run([('open', 'a', 100), ('open', 'b', 5), ('move', 'a', 'b', 30), ('move', 'b', 'a', 50)])", ({"a": 70, "b": 35}, 1)),
            ("run([('open', 'x', 10), ('move', 'x', 'x', 10)])", ({"x": 10}, 0)),
            ("(lambda a, b: (a.deposit(5), b.deposit(7), a.history)[2])(Account('p'), Account('q'))", [("deposit", 5)]),
            ("(lambda s: (s.add_interest(), s.balance)[1])(Savings('s', 100, 0.05))", 105.0),
        ],
        "hidden": [
            ("run([('open', 'a', 0), ('move', 'a', 'a', 1)])", ({"a": 0}, 1)), ("run([])", ({}, 0)),
            ("(lambda a: (a.deposit(5), a.withdraw(2), a.history)[2])(Account('z'))", [("deposit", 5), ("withdraw", 2)]),
            ("(lambda s: (s.add_interest(), s.history)[1])(Savings('t', 50))", [("deposit", 1.0)]),
        ],
        "bugs": [
            ("exception swallowed", "logic", [("    source.withdraw(amount)\n    target.deposit(amount)\n",
                                               "    try:\n        source.withdraw(amount)\n    except InsufficientFunds:\n"
                                               "        pass\n    target.deposit(amount)\n")]),
            ("mutable class attribute shared by instances", "logic", [
                ("class Account:\n    def __init__(self, owner, balance=0):\n        self.owner = owner\n"
                 "        self.balance = balance\n        self.history = []\n",
                 "class Account:\n    history = []\n\n    def __init__(self, owner, balance=0):\n        self.owner = owner\n"
                 "        self.balance = balance\n")]),
            ("missing super().__init__", "reference", [("        super().__init__(owner, balance)\n", "")]),
        ],
    },
    {
        "name": "shopping_cart",
        "code": r"""PRICES = {'apple': 0.5, 'bread': 2.25, 'milk': 1.2, 'cheese': 6.0}


class Cart:
    def __init__(self):
        self.lines = {}
        self.coupons = []

    def add(self, item, quantity=1):
        if item not in PRICES:
            raise KeyError(item)
        self.lines[item] = self.lines.get(item, 0) + quantity

    def remove(self, item, quantity=1):
        left = self.lines.get(item, 0) - quantity
        if left > 0:
            self.lines[item] = left
        else:
            self.lines.pop(item, None)

    def subtotal(self):
        return sum(PRICES[item] * qty for item, qty in self.lines.items())

    def apply(self, code):
        if code not in self.coupons:
            self.coupons.append(code)

    def total(self):
        amount = self.subtotal()
        if 'TENOFF' in self.coupons and amount >= 20:
            amount -= 10
        if 'HALFMILK' in self.coupons:
            amount -= PRICES['milk'] * self.lines.get('milk', 0) / 2
        return round(amount, 2)


def checkout(actions):
    cart = Cart()
    for name, *args in actions:
        getattr(cart, name)(*args)
    return cart.total(), sorted(cart.lines.items())
""",
        "visible": [
            ("checkout([('add', 'apple', 4), ('add', 'milk', 2), ('apply', 'HALFMILK')])", (3.2, [("apple", 4), ("milk", 2)])),
            ("checkout([('add', 'cheese', 3), ('add', 'bread'), ('apply', 'TENOFF'), ('apply', 'TENOFF')])",
             (10.25, [("bread", 1), ("cheese", 3)])),
            ("checkout([('add', 'apple', 3), ('remove', 'apple', 3), ('remove', 'bread')])", (0, [])),
        ],
        "hidden": [
            ("checkout([('add', 'cheese', 3), ('apply', 'TENOFF')])", (18.0, [("cheese", 3)])),
            ("checkout([('add', 'milk'), ('remove', 'milk', 5)])", (0, [])),
            ("checkout([('add', 'bread', 2), ('remove', 'bread')])", (2.25, [("bread", 1)])),
        ],
        "bugs": [
            ("wrong dict.get default", "logic", [("self.lines[item] = self.lines.get(item, 0) + quantity",
                                                  "self.lines[item] = self.lines.get(item, 1) + quantity")]),
            ("floor division instead of true division", "logic", [("self.lines.get('milk', 0) / 2", "self.lines.get('milk', 0) // 2")]),
        ],
    },
    {
        "name": "csv_line",
        "code": r"""def parse_line(line, sep=','):
    fields = []
    field = []
    in_quotes = False
    i = 0
    while i < len(line):
        char = line[i]
        if in_quotes:
            if char == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    field.append('"')
                    i += 1
                else:
                    in_quotes = False
            else:
                field.append(char)
        elif char == '"':
            in_quotes = True
        elif char == sep:
            fields.append(''.join(field))
            field = []
        else:
            field.append(char)
        i += 1
    fields.append(''.join(field))
    return fields


def parse_table(text, sep=','):
    lines = [line for line in text.splitlines() if line.strip()]
    header = parse_line(lines[0], sep)
    return [dict(zip(header, parse_line(line, sep))) for line in lines[1:]]
""",
        "visible": [("parse_line('a,b,c')", ["a", "b", "c"]), ("parse_line('\"x, y\",z')", ["x, y", "z"]),
                    ("parse_line('\"say \"\"hi\"\"\",1')", ['say "hi"', "1"]), ("parse_line('a,,')", ["a", "", ""]),
                    ("parse_table('n;v\\n\\nx;1\\ny;2\\n', ';')", [{"n": "x", "v": "1"}, {"n": "y", "v": "2"}])],
        "hidden": [("parse_line('')", [""]), ("parse_line('\"\",x')", ["", "x"]), ("parse_line('a b')", ["a b"]),
                   ("parse_table('a\\n1')", [{"a": "1"}])],
        "bugs": [
            ("accumulator not reset", "logic", [("            fields.append(''.join(field))\n            field = []\n",
                                                 "            fields.append(''.join(field))\n")]),
            ("wrong slice bound", "logic", [("for line in lines[1:]]", "for line in lines[1:-1]]")]),
        ],
    },
    {
        "name": "topo_sort",
        "code": r"""from collections import deque


def build_graph(pairs):
    graph = {}
    for before, after in pairs:
        graph.setdefault(before, []).append(after)
        graph.setdefault(after, [])
    return graph


def topo_order(pairs):
    graph = build_graph(pairs)
    indegree = {node: 0 for node in graph}
    for node in graph:
        for nxt in graph[node]:
            indegree[nxt] += 1
    ready = deque(sorted(node for node, deg in indegree.items() if deg == 0))
    order = []
    while ready:
        node = ready.popleft()
        order.append(node)
        for nxt in sorted(graph[node]):
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                ready.append(nxt)
    if len(order) != len(graph):
        raise ValueError('cycle')
    return order


def has_cycle(pairs):
    try:
        topo_order(pairs)
    except ValueError:
        return True
    return False
""",
        "visible": [("topo_order([('a', 'b'), ('b', 'c'), ('a', 'c')])", ["a", "b", "c"]),
                    ("topo_order([('x', 'z'), ('y', 'z')])", ["x", "y", "z"]),
                    ("has_cycle([('a', 'b'), ('b', 'a')])", True), ("has_cycle([('a', 'b')])", False),
                    ("topo_order([('s', 'b'), ('s', 'a'), ('a', 't'), ('b', 't')])", ["s", "a", "b", "t"])],
        "hidden": [("topo_order([])", []), ("has_cycle([('a', 'a')])", True), ("topo_order([('b', 'a')])", ["b", "a"])],
        "bugs": [
            ("wrong dict method (get instead of setdefault)", "logic",
             [("graph.setdefault(before, []).append(after)", "graph.get(before, []).append(after)")]),
        ],
    },
    {
        "name": "text_wrap",
        "code": r"""def wrap(text, width):
    words = text.split()
    lines = []
    current = []
    length = 0
    for word in words:
        extra = len(word) if not current else len(word) + 1
        if current and length + extra > width:
            lines.append(' '.join(current))
            current = [word]
            length = len(word)
        else:
            current.append(word)
            length += extra
    if current:
        lines.append(' '.join(current))
    return lines


def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ''
    for i, word in enumerate(words[:-1]):
        out += word + ' ' * (base + (1 if i < extra else 0))
    return out + words[-1]


def format_paragraph(text, width):
    lines = wrap(text, width)
    return [justify(line, width) for line in lines[:-1]] + [lines[-1].ljust(width)]
""",
        "visible": [("wrap('the quick brown fox jumps', 10)", ["the quick", "brown fox", "jumps"]),
                    ("wrap('ab cd ef', 5)", ["ab cd", "ef"]), ("wrap('a  b', 5)", ["a b"]),
                    ("justify('a b c', 7)", "a  b  c"), ("justify('ab c d', 9)", "ab   c  d"),
                    ("format_paragraph('aa bb cc dd', 6)", ["aa  bb", "cc dd "])],
        "hidden": [("wrap('', 5)", []), ("wrap('longword x', 4)", ["longword", "x"]), ("justify('solo', 6)", "solo  "),
                   ("wrap('a b c d', 3)", ["a b", "c d"])],
        "bugs": [
            ("split(' ') instead of split()", "logic", [("    words = text.split()\n    lines = []\n", "    words = text.split(' ')\n    lines = []\n")]),
        ],
    },
    {
        "name": "calendar_booking",
        "code": r"""class Calendar:
    def __init__(self, start=9, end=17):
        self.start = start
        self.end = end
        self.bookings = []

    def overlaps(self, begin, finish):
        for b, f in self.bookings:
            if begin < f and b < finish:
                return True
        return False

    def book(self, begin, finish):
        if begin >= finish or begin < self.start or finish > self.end:
            return False
        if self.overlaps(begin, finish):
            return False
        self.bookings.append((begin, finish))
        self.bookings.sort()
        return True

    def free_slots(self):
        slots = []
        cursor = self.start
        for b, f in self.bookings:
            if b > cursor:
                slots.append((cursor, b))
            cursor = max(cursor, f)
        if cursor < self.end:
            slots.append((cursor, self.end))
        return slots


def schedule(requests):
    cal = Calendar()
    accepted = [cal.book(b, f) for b, f in requests]
    return accepted, cal.free_slots()
""",
        "visible": [("schedule([(10, 12), (11, 13), (12, 14), (9, 10)])", ([True, False, True, True], [(14, 17)])),
                    ("schedule([(13, 15), (8, 10), (16, 18)])", ([True, False, False], [(9, 13), (15, 17)])),
                    ("schedule([(9, 10), (11, 12), (11, 13)])", ([True, True, False], [(10, 11), (12, 17)]))],
        "hidden": [("schedule([])", ([], [(9, 17)])), ("schedule([(9, 17)])", ([True], [])), ("schedule([(12, 12)])", ([False], [(9, 17)])),
                   ("schedule([(10, 11), (10, 11)])", ([True, False], [(9, 10), (11, 17)]))],
        "bugs": [
            ("early return inside loop", "logic", [("                return True\n        return False\n",
                                                   "                return True\n            else:\n                return False\n        return False\n")]),
            ("sorted() result discarded", "logic", [("        self.bookings.sort()\n", "        sorted(self.bookings)\n")]),
        ],
    },
    {
        "name": "json_like",
        "code": r"""def serialize(value):
    if value is None:
        return 'null'
    if value is True:
        return 'true'
    if value is False:
        return 'false'
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        escaped = value.replace('\\', '\\\\').replace('"', '\\"')
        return '"' + escaped + '"'
    if isinstance(value, (list, tuple)):
        return '[' + ', '.join(serialize(item) for item in value) + ']'
    if isinstance(value, dict):
        items = []
        for key in sorted(value):
            items.append(serialize(str(key)) + ': ' + serialize(value[key]))
        return '{' + ', '.join(items) + '}'
    raise TypeError('cannot serialize %s' % type(value).__name__)


def depth(value):
    if isinstance(value, dict):
        return 1 + max((depth(v) for v in value.values()), default=0)
    if isinstance(value, (list, tuple)):
        return 1 + max((depth(v) for v in value), default=0)
    return 0
""",
        "visible": [("serialize({'b': [1, 2.5, None], 'a': True})", '{"a": true, "b": [1, 2.5, null]}'),
                    ("serialize('say \"hi\"')", r'"say \"hi\""'), ("serialize([False, 0])", "[false, 0]"),
                    ("depth({'a': [1, {'b': []}]})", 4), ("depth(5)", 0)],
        "hidden": [("serialize({})", "{}"), ("serialize((1,))", "[1]"), ("serialize({1: 'x'})", '{"1": "x"}'), ("depth([])", 1),
                   ("serialize('a\\\\b')", r'"a\\b"')],
        "bugs": [
            ("== instead of is", "logic", [("    if value is True:\n", "    if value == True:\n")]),
            ("missing default of max()", "logic", [("1 + max((depth(v) for v in value), default=0)", "1 + max(depth(v) for v in value)")]),
            ("operations in the wrong order", "logic", [(r"""value.replace('\\', '\\\\').replace('"', '\\"')""",
                                                         r"""value.replace('"', '\\"').replace('\\', '\\\\')""")]),
        ],
    },
    {
        "name": "stats",
        "code": r"""def mean(values):
    return sum(values) / len(values)


def variance(values, sample=True):
    m = mean(values)
    squares = sum((v - m) ** 2 for v in values)
    return squares / (len(values) - 1 if sample else len(values))


def percentile(values, p):
    ordered = sorted(values)
    if not ordered:
        raise ValueError('no data')
    rank = (len(ordered) - 1) * p / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    fraction = rank - low
    return ordered[low] + (ordered[high] - ordered[low]) * fraction


def group_means(pairs):
    sums = {}
    for key, value in pairs:
        entry = sums.setdefault(key, [0, 0])
        entry[0] += value
        entry[1] += 1
    return {key: total / count for key, (total, count) in sorted(sums.items())}


def summary(values):
    return {
        'n': len(values),
        'mean': round(mean(values), 2),
        'sd': round(variance(values) ** 0.5, 2),
        'median': percentile(values, 50),
        'p90': round(percentile(values, 90), 2),
    }
""",
        "visible": [("summary([2, 4, 4, 4, 5, 5, 7, 9])", {"n": 8, "mean": 5.0, "sd": 2.14, "median": 4.5, "p90": 7.6}),
                    ("percentile([3, 1, 2], 50)", 2.0), ("variance([1, 2, 3, 4], sample=False)", 1.25),
                    ("group_means([('a', 1), ('b', 4), ('a', 3)])", {"a": 2.0, "b": 4.0})],
        "hidden": [("percentile([5], 90)", 5), ("percentile([1, 2], 100)", 2), ("variance([1, 3])", 2.0), ("group_means([])", {}),
                   ("summary([1, 2, 3, 4])['median']", 2.5)],
        "bugs": [
            ("list.sort() returns None", "logic", [("    ordered = sorted(values)\n", "    ordered = values.sort()\n")]),
            ("shadowed builtin", "reference", [("    squares = sum((v - m) ** 2 for v in values)\n    return squares / (",
                                                "    sum = sum((v - m) ** 2 for v in values)\n    return sum / (")]),
            ("+= on a tuple element", "logic", [("sums.setdefault(key, [0, 0])", "sums.setdefault(key, (0, 0))")]),
        ],
    },
    {
        "name": "name_case",
        "code": r"""import re


def camel_to_snake(name):
    out = []
    for i, char in enumerate(name):
        if char.isupper():
            if i > 0 and (name[i - 1].islower() or (i + 1 < len(name) and name[i + 1].islower())):
                out.append('_')
            out.append(char.lower())
        else:
            out.append(char)
    return ''.join(out)


def snake_to_camel(name, upper_first=False):
    parts = [p for p in name.split('_') if p]
    if not parts:
        return ''
    head = parts[0].capitalize() if upper_first else parts[0].lower()
    return head + ''.join(p.capitalize() for p in parts[1:])


def slugify(text, max_length=30):
    text = text.lower()
    text = re.sub(r'[^a-z0-9]+', '-', text)
    text = text.strip('-')
    if len(text) > max_length:
        text = text[:max_length].rstrip('-')
    return text
""",
        "visible": [("camel_to_snake('getHTTPResponse')", "get_http_response"), ("camel_to_snake('simple')", "simple"),
                    ("camel_to_snake('MyValue')", "my_value"), ("snake_to_camel('__make_it_work')", "makeItWork"),
                    ("snake_to_camel('a_b', True)", "AB"), ("slugify('  Hello, World!  ')", "hello-world"),
                    ("slugify('abc def ghi', 7)", "abc-def"), ("slugify('aaaaaaaaaa b', 11)", "aaaaaaaaaa")],
        "hidden": [("camel_to_snake('HTTPServer')", "http_server"), ("slugify('---')", ""), ("snake_to_camel('')", ""),
                   ("slugify('Python 3.12 released')", "python-3-12-released")],
        "bugs": [
            ("regex quantifier missing", "logic", [("r'[^a-z0-9]+'", "r'[^a-z0-9]'")]),
            ("and/or precedence (missing parentheses)", "logic",
             [("if i > 0 and (name[i - 1].islower() or (i + 1 < len(name) and name[i + 1].islower())):",
               "if i > 0 and name[i - 1].islower() or (i + 1 < len(name) and name[i + 1].islower()):")]),
        ],
    },
    {
        "name": "vending_machine",
        "code": r"""class VendingMachine:
    PRICES = {'A1': 65, 'A2': 100, 'B1': 150}
    COINS = (5, 10, 25, 100)

    def __init__(self, stock):
        self.stock = dict(stock)
        self.credit = 0
        self.state = 'idle'
        self.sales = 0

    def insert(self, coin):
        if coin not in self.COINS:
            return 'rejected'
        self.credit += coin
        self.state = 'paying'
        return 'ok'

    def select(self, code):
        if self.state != 'paying':
            return 'insert coins'
        if self.stock.get(code, 0) == 0:
            return 'sold out'
        price = self.PRICES[code]
        if self.credit < price:
            return f'need {price - self.credit}'
        self.stock[code] -= 1
        self.sales += price
        change = self.credit - price
        self.credit = 0
        self.state = 'idle'
        return change

    def cancel(self):
        refund, self.credit = self.credit, 0
        self.state = 'idle'
        return refund


def session(stock, actions):
    machine = VendingMachine(stock)
    results = []
    for action, arg in actions:
        if action == 'coin':
            results.append(machine.insert(arg))
        elif action == 'pick':
            results.append(machine.select(arg))
        else:
            results.append(machine.cancel())
    return results, machine.sales, machine.stock
""",
        "visible": [
            ("session({'A1': 1, 'B1': 0}, [('pick', 'A1'), ('coin', 25), ('coin', 3), ('coin', 25), ('pick', 'A1'), ('coin', 25),"
             " ('pick', 'A1'), ('coin', 100), ('pick', 'A1'), ('pick', 'B1'), ('cancel', None)])",
             (["insert coins", "ok", "rejected", "ok", "need 15", "ok", 10, "ok", "sold out", "sold out", 100], 65, {"A1": 0, "B1": 0})),
        ],
        "hidden": [
            ("session({'A2': 2}, [('coin', 100), ('pick', 'A2'), ('coin', 100), ('pick', 'A2')])", (["ok", 0, "ok", 0], 200, {"A2": 0})),
            ("session({}, [('cancel', None)])", ([0], 0, {})),
            ("session({'A1': 1}, [('coin', 100), ('pick', 'C9')])", (["ok", "sold out"], 0, {"A1": 1})),
        ],
        "bugs": [
            ("missing f prefix on an f-string", "logic", [("return f'need {price - self.credit}'", "return 'need {price - self.credit}'")]),
        ],
    },
    {
        "name": "log_pipeline",
        "code": r"""def read_records(lines):
    for line in lines:
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        level, _, message = line.partition(' ')
        yield level.upper(), message


def only(records, levels):
    wanted = {level.upper() for level in levels}
    return (record for record in records if record[0] in wanted)


def count_by_level(records):
    counts = {}
    for level, _ in records:
        counts[level] = counts.get(level, 0) + 1
    return counts


def report(lines, levels=('error', 'warn')):
    records = list(only(read_records(lines), levels))
    counts = count_by_level(records)
    messages = [message for _, message in records]
    return counts, messages


def batches(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
""",
        "visible": [("report(['error disk full', '# comment', '', 'info started', 'WARN slow', 'error again'])",
                     ({"ERROR": 2, "WARN": 1}, ["disk full", "slow", "again"])),
                    ("list(batches(range(5), 2))", [[0, 1], [2, 3], [4]]), ("report([])", ({}, []))],
        "hidden": [("list(batches([], 3))", []), ("list(batches('abc', 3))", [["a", "b", "c"]]),
                   ("report(['debug x'], ('debug',))", ({"DEBUG": 1}, ["x"]))],
        "bugs": [
            ("generator consumed twice", "logic", [("    records = list(only(read_records(lines), levels))\n",
                                                    "    records = only(read_records(lines), levels)\n")]),
            ("yielded list mutated afterwards", "logic", [("            yield batch\n            batch = []\n",
                                                            "            yield batch\n            batch.clear()\n")]),
            ("break instead of continue", "logic", [("startswith('#'):\n            continue\n", "startswith('#'):\n            break\n")]),
        ],
    },
    {
        "name": "grid_search",
        "code": r"""from collections import deque


def parse_grid(text):
    return [list(row) for row in text.split('/')]


def neighbours(grid, r, c):
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]):
            yield nr, nc


def shortest(text):
    grid = parse_grid(text)
    start = goal = None
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if cell == 'S':
                start = (r, c)
            elif cell == 'G':
                goal = (r, c)
    queue = deque([(start, 0)])
    seen = {start}
    while queue:
        (r, c), dist = queue.popleft()
        if (r, c) == goal:
            return dist
        for nxt in neighbours(grid, r, c):
            if nxt not in seen and grid[nxt[0]][nxt[1]] != '#':
                seen.add(nxt)
                queue.append((nxt, dist + 1))
    return -1


def islands(text):
    grid = parse_grid(text)
    seen = set()
    count = 0
    for r in range(len(grid)):
        for c in range(len(grid[0])):
            if grid[r][c] == '#' and (r, c) not in seen:
                count += 1
                stack = [(r, c)]
                seen.add((r, c))
                while stack:
                    cr, cc = stack.pop()
                    for nr, nc in neighbours(grid, cr, cc):
                        if grid[nr][nc] == '#' and (nr, nc) not in seen:
                            seen.add((nr, nc))
                            stack.append((nr, nc))
    return count
""",
        "visible": [("shortest('S..#/.#../...G')", 5), ("shortest('S#G')", -1), ("islands('#..#/#..#/..#.')", 3), ("islands('....')", 0)],
        "hidden": [("shortest('SG')", 1), ("shortest('S')", -1), ("shortest('S.../###./G...')", 8), ("islands('###/#.#/###')", 1),
                   ("islands('#.#.#')", 3)],
        "bugs": [
            ("wrong dimension (rows for columns)", "logic", [("        for c in range(len(grid[0])):\n", "        for c in range(len(grid)):\n")]),
            ("range(len(x) - 1)", "logic", [("    for r in range(len(grid)):\n", "    for r in range(len(grid) - 1):\n")]),
        ],
    },
    {
        "name": "polynomial",
        "code": r"""class Poly:
    def __init__(self, coeffs):
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.coeffs = coeffs

    def __add__(self, other):
        size = max(len(self.coeffs), len(other.coeffs))
        a = self.coeffs + [0] * (size - len(self.coeffs))
        b = other.coeffs + [0] * (size - len(other.coeffs))
        return Poly(x + y for x, y in zip(a, b))

    def __mul__(self, other):
        out = [0] * (len(self.coeffs) + len(other.coeffs) - 1)
        for i, x in enumerate(self.coeffs):
            for j, y in enumerate(other.coeffs):
                out[i + j] += x * y
        return Poly(out)

    def __call__(self, x):
        total = 0
        for c in reversed(self.coeffs):
            total = total * x + c
        return total

    def derivative(self):
        return Poly([i * c for i, c in enumerate(self.coeffs)][1:] or [0])

    def __str__(self):
        terms = []
        for power in range(len(self.coeffs) - 1, -1, -1):
            c = self.coeffs[power]
            if c == 0:
                continue
            if power == 0:
                terms.append(str(c))
            elif power == 1:
                terms.append('%sx' % ('' if c == 1 else c))
            else:
                terms.append('%sx^%d' % ('' if c == 1 else c, power))
        return ' + '.join(terms) or '0'
""",
        "visible": [("str(Poly([1, 2]) * Poly([1, 2]))", "4x^2 + 4x + 1"), ("Poly([1, 0, 3])(2)", 13),
                    ("str(Poly([1, 1]) + Poly([-1, -1, 0]))", "0"), ("str(Poly([5, 3, 1]).derivative())", "2x + 3"),
                    ("Poly([0, 0, 0]).coeffs", [0])],
        "hidden": [("str(Poly([0, 1]))", "x"), ("Poly([2])(10)", 2), ("str(Poly([7]).derivative())", "0"),
                   ("str(Poly([1]) * Poly([0, 0, 1]))", "x^2"), ("str(Poly([1, 2, 3]) + Poly([1]))", "3x^2 + 2x + 2")],
        "bugs": [
            ("generator used where a list is needed", "logic", [("        coeffs = list(coeffs)\n", "")]),
        ],
    },
    {
        "name": "run_length",
        "code": r"""def encode(text):
    if not text:
        return ''
    out = []
    current, count = text[0], 1
    for char in text[1:]:
        if char == current:
            count += 1
        else:
            out.append('%d%s' % (count, current))
            current, count = char, 1
    out.append('%d%s' % (count, current))
    return ''.join(out)


def decode(code):
    out = []
    digits = ''
    for char in code:
        if char.isdigit():
            digits += char
        else:
            out.append(char * int(digits))
            digits = ''
    return ''.join(out)


def compress_ratio(text):
    if not text:
        return 1.0
    return round(len(encode(text)) / len(text), 3)
""",
        "visible": [("encode('aaabccdddd')", "3a1b2c4d"), ("decode('12x1y')", "x" * 12 + "y"), ("decode(encode('hello'))", "hello"),
                    ("compress_ratio('aaaaaaaaaa')", 0.3), ("encode('')", "")],
        "hidden": [("encode('a')", "1a"), ("decode('')", ""), ("compress_ratio('ab')", 2.0), ("compress_ratio('')", 1.0),
                   ("encode('aab')", "2a1b")],
        "bugs": [
            ("= instead of == (syntax error)", "syntax", [("        if char == current:\n", "        if char = current:\n")]),
        ],
    },
    {
        "name": "warehouse",
        "code": r"""class OutOfStock(Exception):
    pass


class Warehouse:
    def __init__(self):
        self.stock = {}
        self.reserved = {}

    def receive(self, sku, qty):
        self.stock[sku] = self.stock.get(sku, 0) + qty

    def available(self, sku):
        return self.stock.get(sku, 0) - self.reserved.get(sku, 0)

    def reserve(self, order):
        for sku, qty in order.items():
            if self.available(sku) < qty:
                raise OutOfStock(sku)
        for sku, qty in order.items():
            self.reserved[sku] = self.reserved.get(sku, 0) + qty

    def ship(self, order):
        for sku, qty in order.items():
            self.reserved[sku] -= qty
            self.stock[sku] -= qty


def process(deliveries, orders):
    house = Warehouse()
    for sku, qty in deliveries:
        house.receive(sku, qty)
    shipped, rejected = [], []
    for number, order in enumerate(orders, start=1):
        try:
            house.reserve(order)
        except OutOfStock:
            rejected.append(number)
            continue
        house.ship(order)
        shipped.append(number)
    return shipped, rejected, {sku: house.available(sku) for sku in sorted(house.stock)}
""",
        "visible": [("process([('pen', 5), ('ink', 2), ('pen', 1)], [{'pen': 4, 'ink': 1}, {'ink': 2}, {'pen': 2, 'ink': 1}])",
                     ([1, 3], [2], {"ink": 0, "pen": 0})),
                    ("process([('a', 1)], [{'a': 1, 'b': 1}])", ([], [1], {"a": 1}))],
        "hidden": [("process([], [])", ([], [], {})), ("process([('x', 3)], [{'x': 3}, {'x': 1}])", ([1], [2], {"x": 0})),
                   ("process([('x', 2)], [{}])", ([1], [], {"x": 2}))],
        "bugs": [
            ("state changed before validation", "logic", [
                ("                raise OutOfStock(sku)\n        for sku, qty in order.items():\n            self.reserved[sku]",
                 "                raise OutOfStock(sku)\n            self.reserved[sku]")]),
            ("enumerate start missing", "logic", [("enumerate(orders, start=1)", "enumerate(orders)")]),
        ],
    },
    {
        "name": "anagrams",
        "code": r"""def signature(word):
    return ''.join(sorted(word.lower()))


def group_anagrams(words):
    groups = {}
    for word in words:
        groups.setdefault(signature(word), []).append(word)
    result = [sorted(group) for group in groups.values() if len(group) > 1]
    result.sort(key=lambda group: (-len(group), group[0]))
    return result


def top_letters(text, n):
    counts = {}
    for char in text.lower():
        if char.isalpha():
            counts[char] = counts.get(char, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [char for char, _ in ranked[:n]]


def remove_stopwords(words, stopwords):
    kept = list(words)
    for word in words:
        if word.lower() in stopwords:
            kept.remove(word)
    return kept
""",
        "visible": [("group_anagrams(['listen', 'silent', 'enlist', 'google', 'gooegl', 'cat', 'act', 'dog'])",
                     [["enlist", "listen", "silent"], ["act", "cat"], ["gooegl", "google"]]),
                    ("top_letters('Mississippi!', 2)", ["i", "s"]), ("top_letters('aabbc', 3)", ["a", "b", "c"]),
                    ("remove_stopwords(['the', 'a', 'cat', 'and', 'the', 'hat'], {'the', 'a', 'and'})", ["cat", "hat"])],
        "hidden": [("group_anagrams([])", []), ("group_anagrams(['Tea', 'eat'])", [["Tea", "eat"]]), ("top_letters('', 2)", []),
                   ("top_letters('zzy', 5)", ["z", "y"]), ("remove_stopwords(['The', 'end'], {'the'})", ["end"])],
        "bugs": [
            ("sort with the wrong key", "logic", [("key=lambda item: (-item[1], item[0])", "key=lambda item: (item[1], item[0])")]),
            ("list mutated while iterated", "logic", [("    kept = list(words)\n    for word in words:\n",
                                                       "    kept = words\n    for word in kept:\n")]),
        ],
    },
    {
        "name": "coin_change",
        "code": r"""def count_change(amount, coins):
    coins = sorted(coins, reverse=True)
    memo = {}

    def ways(remaining, index):
        if remaining == 0:
            return 1
        if remaining < 0 or index == len(coins):
            return 0
        key = (remaining, index)
        if key not in memo:
            memo[key] = ways(remaining - coins[index], index) + ways(remaining, index + 1)
        return memo[key]

    return ways(amount, 0)


def min_coins(amount, coins):
    best = [0] + [None] * amount
    for value in range(1, amount + 1):
        options = [best[value - c] for c in coins if c <= value and best[value - c] is not None]
        best[value] = min(options) + 1 if options else None
    return best[amount]


def partitions(n, largest=None):
    if largest is None:
        largest = n
    if n == 0:
        return [[]]
    out = []
    for first in range(min(n, largest), 0, -1):
        for rest in partitions(n - first, first):
            out.append([first] + rest)
    return out
""",
        "visible": [("count_change(10, [1, 5, 10])", 4), ("count_change(100, [1, 5, 10, 25, 50])", 292), ("min_coins(11, [1, 2, 5])", 3),
                    ("min_coins(3, [2])", None), ("partitions(4)", [[4], [3, 1], [2, 2], [2, 1, 1], [1, 1, 1, 1]])],
        "hidden": [("count_change(0, [1])", 1), ("count_change(3, [2])", 0), ("min_coins(0, [1])", 0), ("min_coins(6, [1, 3, 4])", 2),
                   ("len(partitions(7))", 15)],
        "bugs": [
            ("zero treated as false", "logic", [("if c <= value and best[value - c] is not None]", "if c <= value and best[value - c]]")]),
            ("incomplete memo key", "logic", [("        key = (remaining, index)\n", "        key = remaining\n")]),
        ],
    },
    {
        "name": "linked_list",
        "code": r"""class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, values=()):
        self.head = None
        self.size = 0
        for value in reversed(list(values)):
            self.push_front(value)

    def push_front(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def remove(self, value):
        prev, node = None, self.head
        while node is not None:
            if node.value == value:
                if prev is None:
                    self.head = node.next
                else:
                    prev.next = node.next
                self.size -= 1
                return True
            prev, node = node, node.next
        return False

    def reverse(self):
        prev, node = None, self.head
        while node is not None:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def nth_from_end(self, n):
        values = list(self)
        return values[len(values) - n]
""",
        "visible": [("(lambda l: (l.remove(3), l.remove(9), l.reverse(), list(l), l.size))(LinkedList([1, 2, 3, 4]))",
                     (True, False, None, [4, 2, 1], 3)),
                    ("(lambda l: (l.remove(1), list(l))[1])(LinkedList([1, 1, 2]))", [1, 2]),
                    ("LinkedList('abc').nth_from_end(1)", "c"), ("LinkedList('abc').nth_from_end(3)", "a")],
        "hidden": [("list(LinkedList())", []), ("(lambda l: (l.reverse(), list(l))[1])(LinkedList([7]))", [7]), ("LinkedList([5, 6]).size", 2),
                   ("(lambda l: (l.remove(6), list(l), l.size))(LinkedList([5, 6]))", (True, [5], 1))],
        "bugs": [
            ("multiple assignment in the wrong order", "logic", [("node.next, prev, node = prev, node, node.next",
                                                                  "node, node.next, prev = node.next, prev, node")]),
            ("inverted condition", "logic", [("                if prev is None:\n", "                if prev is not None:\n")]),
        ],
    },
    {
        "name": "task_heap",
        "code": r"""import heapq


class TaskQueue:
    def __init__(self):
        self.heap = []
        self.counter = 0

    def add(self, name, priority):
        heapq.heappush(self.heap, (-priority, self.counter, name))
        self.counter += 1

    def pop(self):
        if not self.heap:
            return None
        _, _, name = heapq.heappop(self.heap)
        return name

    def __len__(self):
        return len(self.heap)


def run_all(tasks):
    queue = TaskQueue()
    for name, priority in tasks:
        queue.add(name, priority)
    order = []
    while len(queue):
        order.append(queue.pop())
    return order


def k_largest(values, k):
    heap = []
    for value in values:
        if len(heap) < k:
            heapq.heappush(heap, value)
        elif value > heap[0]:
            heapq.heapreplace(heap, value)
    return sorted(heap, reverse=True)
""",
        "visible": [("run_all([('write', 2), ('test', 5), ('lint', 2), ('ship', 1)])", ["test", "write", "lint", "ship"]),
                    ("k_largest([5, 1, 9, 3, 7, 9], 3)", [9, 9, 7]), ("TaskQueue().pop()", None)],
        "hidden": [("run_all([])", []), ("k_largest([1, 2], 5)", [2, 1]), ("k_largest([4, 4, 4], 1)", [4]),
                   ("run_all([('a', -1), ('b', 0)])", ["b", "a"])],
        "bugs": [
            ("max-heap negation missing", "logic", [("(-priority, self.counter, name)", "(priority, self.counter, name)")]),
            ("unclosed parenthesis (syntax error)", "syntax", [("            heapq.heappush(heap, value)\n", "            heapq.heappush(heap, value\n")]),
        ],
    },
    {
        "name": "settings_merge",
        "code": r"""import copy


def deep_merge(base, override):
    result = copy.deepcopy(base)
    _merge_into(result, override)
    return result


def _merge_into(target, override):
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            _merge_into(target[key], value)
        else:
            target[key] = value


def flatten_keys(tree, prefix=''):
    flat = {}
    for key, value in tree.items():
        path = prefix + '.' + key if prefix else key
        if isinstance(value, dict) and value:
            flat.update(flatten_keys(value, path))
        else:
            flat[path] = value
    return flat


def lookup(tree, dotted, default=None):
    node = tree
    for part in dotted.split('.'):
        if not isinstance(node, dict) or part not in node:
            return default
        node = node[part]
    return node


def merged_settings(*layers):
    result = {}
    for layer in layers:
        result = deep_merge(result, layer)
    return flatten_keys(result)
""",
        "visible": [("(lambda b: (deep_merge(b, {'db': {'port': 6}}), b))({'db': {'host': 'h', 'port': 5}})",
                     ({"db": {"host": "h", "port": 6}}, {"db": {"host": "h", "port": 5}})),
                    ("merged_settings({'a': {'b': 1, 'c': 2}}, {'a': {'c': 3}, 'd': 4})", {"a.b": 1, "a.c": 3, "d": 4}),
                    ("lookup({'a': {'b': {'c': 0}}}, 'a.b.c', 9)", 0), ("lookup({'a': 1}, 'a.b', 'none')", "none")],
        "hidden": [("flatten_keys({'x': {}})", {"x": {}}), ("merged_settings()", {}), ("lookup({}, 'q')", None),
                   ("deep_merge({'a': {'b': 1}}, {'a': 5})", {"a": 5})],
        "bugs": [
            ("shallow copy instead of deep copy", "logic", [("result = copy.deepcopy(base)", "result = copy.copy(base)")]),
            ("default parameter ignored", "logic", [("part not in node:\n            return default\n", "part not in node:\n            return None\n")]),
        ],
    },
]

DOUBLES: list[tuple[str, int, int]] = [
    ("lru_cache", 0, 1), ("roman", 0, 1), ("shopping_cart", 0, 1), ("calendar_booking", 0, 1),
    ("name_case", 0, 1), ("grid_search", 0, 1), ("anagrams", 0, 1), ("settings_merge", 0, 1),
]
"""Two bugs of one program at once: (program, first bug, second bug)."""

TRIPLES: list[tuple[str, int, int, int]] = [
    ("bank_ledger", 0, 1, 2), ("json_like", 0, 1, 2), ("log_pipeline", 0, 1, 2), ("stats", 0, 1, 2),
]
"""Three bugs of one program at once: (program, first, second, third bug)."""


def instances() -> list[dict]:
    """Every bug as a JSONL instance (single bugs, then the doubles and triples)."""
    return rows_of(PROGRAMS, DOUBLES, TRIPLES)


if __name__ == "__main__":
    rows = instances()
    problems = problems_of(PROGRAMS, rows)
    if problems:
        raise SystemExit("\n".join(problems))
    (HERE / "unseen.jsonl").write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    print(f"{len(rows)} instances over {len(PROGRAMS)} programs written to {HERE / 'unseen.jsonl'}")
