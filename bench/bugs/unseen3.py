"""A third unseen bug set for repoagent's debugging mode, written blind.

    .venv/bin/python bench/bugs/unseen3.py        # writes unseen3.jsonl beside this file

25 everyday programs (20-80 lines each), none repeating a program of the earlier
sets, each with visible tests (what a developer's test file checks) and hidden
tests (more cases, for the verdict only). A bug is one or more exact text
replacements in the correct code. Each program lists the bugs that are instances
on their own (``bugs``) and further bugs that only appear combined with others
(``extra``); ``DOUBLES`` and ``TRIPLES`` index into ``bugs + extra``. See
UNSEEN3.md for how it was written.
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
        "name": "url_query",
        "code": r"""from urllib.parse import quote_plus, unquote_plus


def parse_query(url):
    if '?' not in url:
        return {}
    query = url.split('?', 1)[1]
    query = query.split('#', 1)[0]
    params = {}
    for pair in query.split('&'):
        if not pair:
            continue
        key, _, value = pair.partition('=')
        params.setdefault(unquote_plus(key), []).append(unquote_plus(value))
    return params


def first(params, key, default=None):
    values = params.get(key)
    if not values:
        return default
    return values[0]


def build_query(params):
    parts = []
    for key in sorted(params):
        values = params[key]
        if isinstance(values, str):
            values = [values]
        for value in values:
            parts.append(f'{quote_plus(key)}={quote_plus(str(value))}')
    return '&'.join(parts)


def with_param(url, key, value):
    base, _, fragment = url.partition('#')
    path, _, query = base.partition('?')
    params = parse_query('?' + query)
    params[key] = [str(value)]
    result = path + '?' + build_query(params)
    if fragment:
        result += '#' + fragment
    return result
""",
        "visible": [
            ("parse_query('/search?q=hello+world&page=2')", {'q': ['hello world'], 'page': ['2']}),
            ("parse_query('/a?tag=x&tag=y#top')", {'tag': ['x', 'y']}),
            ("parse_query('/a?debug&x=1')", {'debug': [''], 'x': ['1']}),
            ("first(parse_query('/a?x=1'), 'y', 'none')", 'none'),
            ("build_query({'q': 'red shoes', 'page': ['2', '3']})", 'page=2&page=3&q=red+shoes'),
            ("with_param('/p?a=1#frag', 'b', 'x y')", '/p?a=1&b=x+y#frag'),
        ],
        "hidden": [
            ("parse_query('/nothing')", {}),
            ("parse_query('/a?x=%2F&&y=a%26b')", {'x': ['/'], 'y': ['a&b']}),
            ("parse_query('/a?eq=a=b')", {'eq': ['a=b']}),
            ("with_param('/p', 'k', 5)", '/p?k=5'),
            ("with_param('/p?k=1&j=2', 'k', 'new')", '/p?j=2&k=new'),
            ("build_query({'q': 'a&b'})", 'q=a%26b'),
            ("first({'a': []}, 'a', 0)", 0),
        ],
        "bugs": [
            ("unquote for unquote_plus", "logic", [
                ("from urllib.parse import quote_plus, unquote_plus", "from urllib.parse import quote_plus, unquote"),
                ("params.setdefault(unquote_plus(key), []).append(unquote_plus(value))",
                 "params.setdefault(unquote(key), []).append(unquote(value))"),
            ]),
            ("a string iterated as a list", "logic", [
                ("        if isinstance(values, str):\n            values = [values]\n", ""),
            ]),
        ],
        "extra": [
            ("unpacking a split of unknown length", "logic", [
                ("key, _, value = pair.partition('=')", "key, value = pair.split('=')"),
            ]),
        ],
    },
    {
        "name": "leaderboard",
        "code": r"""def ordered(scores):
    return sorted(scores.items(), key=lambda item: (-item[1], item[0]))


def ranking(scores):
    # Competition ranking: tied players share a rank and the next rank skips (1, 2, 2, 4).
    result = []
    previous = None
    rank = 0
    for position, (name, score) in enumerate(ordered(scores), start=1):
        if score != previous:
            rank = position
            previous = score
        result.append((rank, name, score))
    return result


def top(scores, n):
    # Names ranked n or better; ties at the cut are all in.
    return [name for rank, name, _ in ranking(scores) if rank <= n]


def record(board, name, score):
    # Keep each player's best score.
    if name not in board or score > board[name]:
        board[name] = score
    return board


def play(results):
    board = {}
    for name, score in results:
        record(board, name, score)
    return board


def table(scores):
    lines = []
    for rank, name, score in ranking(scores):
        lines.append(f'{rank:>2}. {name:<6}{score:>5}')
    return '\n'.join(lines)
""",
        "visible": [
            ("ranking({'cy': 5, 'al': 7, 'bo': 5})", [(1, 'al', 7), (2, 'bo', 5), (2, 'cy', 5)]),
            ("ranking({'a': 9, 'b': 8, 'c': 8, 'd': 4})", [(1, 'a', 9), (2, 'b', 8), (2, 'c', 8), (4, 'd', 4)]),
            ("top({'a': 3, 'b': 2, 'c': 2, 'd': 1}, 2)", ['a', 'b', 'c']),
            ("play([('al', 5), ('bo', 3), ('al', 2)])", {'al': 5, 'bo': 3}),
            ("table({'al': 7, 'bo': 12})", ' 1. bo       12\n 2. al        7'),
        ],
        "hidden": [
            ("ranking({})", []),
            ("ranking({'b': 2, 'a': 2})", [(1, 'a', 2), (1, 'b', 2)]),
            ("top({'x': 1}, 0)", []),
            ("top({'a': 1, 'b': 1, 'c': 1}, 1)", ['a', 'b', 'c']),
            ("play([('al', -5), ('al', -2)])", {'al': -2}),
            ("table({})", ''),
        ],
        "bugs": [
            ("sort tie-break lost (reverse=True)", "logic", [
                ("sorted(scores.items(), key=lambda item: (-item[1], item[0]))",
                 "sorted(scores.items(), key=lambda item: item[1], reverse=True)"),
            ]),
            ("unclosed f-string brace", "syntax", [
                ("{score:>5}')", "{score:>5')"),
            ]),
        ],
        "extra": [
            ("off-by-one", "logic", [("if rank <= n]", "if rank < n]")]),
            ("enumerate without start=1", "logic", [
                ("enumerate(ordered(scores), start=1)", "enumerate(ordered(scores))"),
            ]),
        ],
    },
    {
        "name": "event_bus",
        "code": r"""class EventBus:
    def __init__(self):
        self.handlers = {}

    def subscribe(self, event, handler, once=False):
        self.handlers.setdefault(event, []).append((handler, once))
        return lambda: self.unsubscribe(event, handler)

    def unsubscribe(self, event, handler):
        entries = self.handlers.get(event, [])
        self.handlers[event] = [(h, once) for h, once in entries if h is not handler]

    def emit(self, event, *args):
        for handler, once in list(self.handlers.get(event, [])):
            if once:
                self.unsubscribe(event, handler)
            handler(*args)
        for handler, _ in list(self.handlers.get('*', [])):
            handler(event, *args)


def watch(bus, events, log):
    # Log every named event; returns an unsubscribe function per event.
    offs = {}
    for name in events:
        offs[name] = bus.subscribe(name, lambda *args, name=name: log.append((name, *args)))
    return offs


def run(steps):
    bus = EventBus()
    log = []
    offs = {}
    for op, *rest in steps:
        if op == 'watch':
            offs.update(watch(bus, rest, log))
        elif op == 'once':
            bus.subscribe(rest[0], lambda *args: log.append(('once', *args)), once=True)
        elif op == 'all':
            bus.subscribe('*', lambda event, *args: log.append(('*', event, *args)))
        elif op == 'off':
            offs.pop(rest[0])()
        elif op == 'emit':
            bus.emit(*rest)
    return log
""",
        "visible": [
            ("run([('watch', 'a', 'b'), ('emit', 'a', 1), ('emit', 'b', 2)])", [('a', 1), ('b', 2)]),
            ("run([('once', 'x'), ('emit', 'x', 1), ('emit', 'x', 2)])", [('once', 1)]),
            ("run([('watch', 'a'), ('off', 'a'), ('emit', 'a', 1)])", []),
            ("run([('all',), ('watch', 'x'), ('emit', 'x', 5)])", [('x', 5), ('*', 'x', 5)]),
        ],
        "hidden": [
            ("run([('emit', 'nobody', 1)])", []),
            ("run([('watch', 'a', 'b', 'c'), ('off', 'b'), ('emit', 'c'), ('emit', 'b'), ('emit', 'a')])",
             [('c',), ('a',)]),
            ("run([('once', 'x'), ('watch', 'x'), ('emit', 'x'), ('emit', 'x')])", [('once',), ('x',), ('x',)]),
            ("run([('all',), ('emit', 'ping')])", [('*', 'ping')]),
        ],
        "bugs": [
            ("late-binding closure in a loop", "logic", [
                ("lambda *args, name=name: log.append", "lambda *args: log.append"),
            ]),
            ("KeyError: indexing a missing dict key", "reference", [
                ("self.handlers.setdefault(event, []).append((handler, once))",
                 "self.handlers[event].append((handler, once))"),
            ]),
        ],
    },
    {
        "name": "cron_field",
        "code": r"""FIELDS = (('minute', 0, 59), ('hour', 0, 23), ('day', 1, 31), ('month', 1, 12), ('weekday', 0, 6))


def parse_field(text, low, high):
    values = set()
    for part in text.split(','):
        step = 1
        if '/' in part:
            part, step_text = part.split('/')
            step = int(step_text)
        if part == '*':
            start, end = low, high
        elif '-' in part:
            first, last = part.split('-')
            start, end = int(first), int(last)
        else:
            start = end = int(part)
            if step != 1:
                end = high
        if start < low or end > high or start > end:
            raise ValueError(f'{text!r} is outside {low}-{high}')
        values.update(range(start, end + 1, step))
    return values


def parse(expression):
    parts = expression.split()
    if len(parts) != len(FIELDS):
        raise ValueError(f'expected {len(FIELDS)} fields, got {len(parts)}')
    return {name: parse_field(part, low, high) for part, (name, low, high) in zip(parts, FIELDS)}


def matches(expression, minute, hour, day, month, weekday):
    spec = parse(expression)
    moment = {'minute': minute, 'hour': hour, 'day': day, 'month': month, 'weekday': weekday}
    return all(moment[name] in spec[name] for name in spec)


def times_of_day(expression, count=5):
    spec = parse(expression)
    found = []
    for hour in sorted(spec['hour']):
        for minute in sorted(spec['minute']):
            if len(found) == count:
                return found
            found.append(f'{hour:02d}:{minute:02d}')
    return found


def is_valid(expression):
    try:
        parse(expression)
    except ValueError:
        return False
    return True
""",
        "visible": [
            ("times_of_day('0 9-11 * * *')", ['09:00', '10:00', '11:00']),
            ("times_of_day('*/20 8 * * *')", ['08:00', '08:20', '08:40']),
            ("matches('30 12 * * 1-5', 30, 12, 4, 7, 3)", True),
            ("matches('30 12 * * 1-5', 30, 12, 4, 7, 6)", False),
            ("is_valid('*/15  9-17 * * 1-5')", True),
            ("is_valid('60 * * * *')", False),
        ],
        "hidden": [
            ("is_valid('* * * *')", False),
            ("is_valid('5-1 * * * *')", False),
            ("is_valid('x * * * *')", False),
            ("times_of_day('5/20 23 * * *')", ['23:05', '23:25', '23:45']),
            ("times_of_day('59 23 31 12 6')", ['23:59']),
            ("times_of_day('* * * * *', 2)", ['00:00', '00:01']),
            ("matches('0 0 1,15 * *', 0, 0, 15, 2, 0)", True),
            ("matches('0 0 1,15 * *', 0, 0, 16, 2, 0)", False),
        ],
        "bugs": [
            ("off-by-one range end", "logic", [
                ("range(start, end + 1, step)", "range(start, end, step)"),
            ]),
        ],
        "extra": [
            ("split(' ') for split()", "logic", [("parts = expression.split()", "parts = expression.split(' ')")]),
            ("wrong boolean logic", "logic", [
                ("if start < low or end > high or", "if start < low and end > high or"),
            ]),
        ],
    },
    {
        "name": "grade_book",
        "code": r"""LETTERS = [(90, 'A'), (80, 'B'), (70, 'C'), (60, 'D')]


def letter(score):
    for cutoff, grade in LETTERS:
        if score >= cutoff:
            return grade
    return 'F'


def average(scores, drop_lowest=False):
    if not scores:
        return 0.0
    ordered = sorted(scores)
    if drop_lowest and len(ordered) > 1:
        ordered = ordered[1:]
    return sum(ordered) / len(ordered)


def weighted(parts, weights):
    total_weight = sum(weights[name] for name in parts)
    if total_weight == 0:
        return 0.0
    return sum(average(parts[name]) * weights[name] for name in parts) / total_weight


def report(students, weights):
    rows = []
    for name in sorted(students):
        score = weighted(students[name], weights)
        rows.append(f'{name}: {score:.1f} {letter(score)}')
    return rows


def class_average(students, weights):
    scores = [weighted(parts, weights) for parts in students.values()]
    if not scores:
        return 0.0
    return round(sum(scores) / len(scores), 2)
""",
        "visible": [
            ("average([90, 85])", 87.5),
            ("average([50, 90, 80], drop_lowest=True)", 85.0),
            ("letter(95)", 'A'),
            ("letter(59.9)", 'F'),
            ("weighted({'hw': [100, 80], 'exam': [70]}, {'hw': 1, 'exam': 3})", 75.0),
            ("report({'ann': {'exam': [88, 91]}}, {'exam': 1})", ['ann: 89.5 B']),
        ],
        "hidden": [
            ("average([])", 0.0),
            ("average([70], drop_lowest=True)", 70.0),
            ("letter(80)", 'B'),
            ("class_average({}, {})", 0.0),
            ("class_average({'a': {'x': [90]}, 'b': {'x': [75]}}, {'x': 2})", 82.5),
            ("weighted({'x': [50]}, {'x': 0})", 0.0),
            ("report({'bo': {'x': [59]}, 'al': {'x': [100]}}, {'x': 1})", ['al: 100.0 A', 'bo: 59.0 F']),
        ],
        "bugs": [
            ("integer division // for /", "logic", [
                ("return sum(ordered) / len(ordered)", "return sum(ordered) // len(ordered)"),
            ]),
            ("format spec .1 for .1f", "logic", [("{score:.1f}", "{score:.1}")]),
        ],
        "extra": [
            ("wrong order of cases", "logic", [
                ("LETTERS = [(90, 'A'), (80, 'B'), (70, 'C'), (60, 'D')]",
                 "LETTERS = [(60, 'D'), (70, 'C'), (80, 'B'), (90, 'A')]"),
            ]),
        ],
    },
    {
        "name": "tax_brackets",
        "code": r"""BRACKETS = [(10000, 0.0), (30000, 0.1), (80000, 0.2), (None, 0.4)]


def tax(income, brackets=BRACKETS):
    owed = 0.0
    lower = 0
    for upper, rate in brackets:
        if upper is None or income <= upper:
            owed += (income - lower) * rate
            break
        owed += (upper - lower) * rate
        lower = upper
    return round(owed, 2)


def marginal_rate(income, brackets=BRACKETS):
    for upper, rate in brackets:
        if upper is not None and income > upper:
            continue
        return rate


def effective_rate(income, brackets=BRACKETS):
    if income <= 0:
        return 0.0
    return tax(income, brackets) / income


def net_pay(gross, deductions=(), brackets=BRACKETS):
    taxable = max(0, gross - sum(deductions))
    return round(gross - tax(taxable, brackets), 2)


def summary(incomes):
    lines = []
    for income in incomes:
        lines.append(f'{income:>8,}: tax {tax(income):>9,.2f} ({effective_rate(income):.1%})')
    return lines
""",
        "visible": [
            ("tax(25000)", 1500.0),
            ("tax(100000)", 20000.0),
            ("marginal_rate(30000)", 0.1),
            ("marginal_rate(30001)", 0.2),
            ("net_pay(40000, [5000])", 37000.0),
            ("summary([50000])", ['  50,000: tax  6,000.00 (12.0%)']),
        ],
        "hidden": [
            ("tax(0)", 0.0),
            ("tax(10000)", 0.0),
            ("tax(80000)", 12000.0),
            ("marginal_rate(10000)", 0.0),
            ("marginal_rate(500000)", 0.4),
            ("effective_rate(0)", 0.0),
            ("net_pay(8000, [9000])", 8000.0),
            ("summary([])", []),
        ],
        "bugs": [
            ("wrong comparison >= for >", "logic", [
                ("if upper is not None and income > upper:", "if upper is not None and income >= upper:"),
            ]),
            ("wrong variable", "logic", [("tax(taxable, brackets)", "tax(gross, brackets)")]),
        ],
        "extra": [
            ("percent format scaled twice", "logic", [
                ("{effective_rate(income):.1%}", "{effective_rate(income) * 100:.1%}"),
            ]),
        ],
    },
    {
        "name": "sheet_columns",
        "code": r"""import re
import string

CELL = re.compile(r'^([A-Za-z]+)([1-9][0-9]*)$')


def column_number(letters):
    number = 0
    for char in letters.upper():
        number = number * 26 + string.ascii_uppercase.index(char) + 1
    return number


def column_letters(number):
    letters = ''
    while number > 0:
        number, remainder = divmod(number - 1, 26)
        letters = string.ascii_uppercase[remainder] + letters
    return letters


def parse_cell(ref):
    match = CELL.match(ref.strip())
    if not match:
        raise ValueError(f'bad cell reference {ref!r}')
    return column_number(match.group(1)), int(match.group(2))


def cell_name(col, row):
    return f'{column_letters(col)}{row}'


def expand(range_ref):
    if ':' not in range_ref:
        return [cell_name(*parse_cell(range_ref))]
    first, last = range_ref.split(':')
    c1, r1 = parse_cell(first)
    c2, r2 = parse_cell(last)
    cells = []
    for row in range(min(r1, r2), max(r1, r2) + 1):
        for col in range(min(c1, c2), max(c1, c2) + 1):
            cells.append(cell_name(col, row))
    return cells


def sum_range(sheet, range_ref):
    return sum(sheet.get(cell, 0) for cell in expand(range_ref))
""",
        "visible": [
            ("column_number('AB')", 28),
            ("column_letters(26)", 'Z'),
            ("column_letters(703)", 'AAA'),
            ("parse_cell('aa10')", (27, 10)),
            ("expand('A1:B2')", ['A1', 'B1', 'A2', 'B2']),
            ("sum_range({'A1': 1, 'A2': 2, 'B2': 4}, 'A1:B2')", 7),
        ],
        "hidden": [
            ("expand('B2:A1')", ['A1', 'B1', 'A2', 'B2']),
            ("expand(' c3 ')", ['C3']),
            ("column_letters(52)", 'AZ'),
            ("column_letters(0)", ''),
            ("column_number('zz')", 702),
            ("sum_range({}, 'A1:A3')", 0),
        ],
        "bugs": [
            ("off-by-one in base conversion", "logic", [
                ("divmod(number - 1, 26)", "divmod(number, 26)"),
            ]),
            ("missing import", "reference", [("import re\nimport string\n", "import re\n")]),
        ],
        "extra": [
            ("missing case normalisation", "logic", [("for char in letters.upper():", "for char in letters:")]),
        ],
    },
    {
        "name": "round_robin",
        "code": r"""def rounds(teams):
    teams = list(teams)
    if len(teams) % 2:
        teams.append(None)
    n = len(teams)
    schedule = []
    for r in range(n - 1):
        pairs = []
        for i in range(n // 2):
            home, away = teams[i], teams[n - 1 - i]
            if home is None or away is None:
                continue
            if r % 2 == 1 and i == 0:
                home, away = away, home
            pairs.append((home, away))
        schedule.append(pairs)
        teams = [teams[0], teams[-1]] + teams[1:-1]
    return schedule


def games_of(schedule, team):
    return [pair for day in schedule for pair in day if team in pair]


def byes(teams):
    result = []
    for day in rounds(teams):
        playing = {team for pair in day for team in pair}
        idle = [team for team in teams if team not in playing]
        result.append(idle[0] if idle else None)
    return result


def table(results):
    # results: (home, away, home goals, away goals); 3 points for a win, 1 for a draw.
    points = {}
    for home, away, home_goals, away_goals in results:
        points.setdefault(home, 0)
        points.setdefault(away, 0)
        if home_goals > away_goals:
            points[home] += 3
        elif home_goals < away_goals:
            points[away] += 3
        else:
            points[home] += 1
            points[away] += 1
    return sorted(points.items(), key=lambda kv: (-kv[1], kv[0]))
""",
        "visible": [
            ("rounds(['a', 'b', 'c', 'd'])",
             [[('a', 'd'), ('b', 'c')], [('c', 'a'), ('d', 'b')], [('a', 'b'), ('c', 'd')]]),
            ("len(rounds(['a', 'b', 'c', 'd', 'e', 'f']))", 5),
            ("byes(['a', 'b', 'c'])", ['a', 'b', 'c']),
            ("sorted(games_of(rounds(['a', 'b', 'c', 'd']), 'a'))", [('a', 'b'), ('a', 'd'), ('c', 'a')]),
            ("table([('a', 'b', 2, 2), ('b', 'c', 0, 1), ('c', 'a', 3, 0)])", [('c', 6), ('a', 1), ('b', 1)]),
        ],
        "hidden": [
            ("rounds([])", []),
            ("rounds(['x'])", [[]]),
            ("byes(['a', 'b'])", [None]),
            ("len(rounds(list('abcdefgh')))", 7),
            ("len({frozenset(p) for day in rounds(list('abcdef')) for p in day})", 15),
            ("table([])", []),
        ],
        "bugs": [
            ("off-by-one loop count", "logic", [("for r in range(n - 1):", "for r in range(n):")]),
            ("else if for elif", "syntax", [
                ("elif home_goals < away_goals:", "else if home_goals < away_goals:"),
            ]),
        ],
    },
    {
        "name": "sparse_vector",
        "code": r"""import math


def from_dense(values):
    return {i: v for i, v in enumerate(values) if v != 0}


def to_dense(vector, size):
    return [vector.get(i, 0) for i in range(size)]


def add(a, b):
    result = dict(a)
    for i, v in b.items():
        result[i] = result.get(i, 0) + v
        if result[i] == 0:
            del result[i]
    return result


def scale(vector, factor):
    if factor == 0:
        return {}
    return {i: v * factor for i, v in vector.items()}


def dot(a, b):
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b[i] for i, v in a.items() if i in b)


def norm(vector):
    return math.sqrt(sum(v ** 2 for v in vector.values()))


def cosine(a, b):
    na, nb = norm(a), norm(b)
    if na == 0 or nb == 0:
        return 0.0
    return round(dot(a, b) / (na * nb), 6)


def nearest(query, vectors):
    best, best_score = None, -2.0
    for name in sorted(vectors):
        score = cosine(query, vectors[name])
        if score > best_score:
            best, best_score = name, score
    return best
""",
        "visible": [
            ("norm({0: 3, 1: 4})", 5.0),
            ("add({0: 1, 2: 5}, {0: -1, 1: 2})", {2: 5, 1: 2}),
            ("dot({0: 2, 5: 3}, {5: 4, 7: 1})", 12),
            ("to_dense(from_dense([0, 3, 0, 4]), 4)", [0, 3, 0, 4]),
            ("cosine({0: 1}, {0: 2})", 1.0),
            ("nearest({0: 1, 1: 1}, {'x': {0: 1}, 'y': {0: 2, 1: 2}, 'z': {1: 5}})", 'y'),
        ],
        "hidden": [
            ("cosine({}, {0: 1})", 0.0),
            ("scale({0: 2}, 0)", {}),
            ("scale({0: 2, 3: -1}, 3)", {0: 6, 3: -3}),
            ("add({}, {})", {}),
            ("nearest({0: 1}, {})", None),
            ("norm({3: -2})", 2.0),
            ("nearest({0: 1}, {'b': {0: 1}, 'a': {0: 3}})", 'a'),
        ],
        "bugs": [
            ("^ (xor) for ** (power)", "logic", [("v ** 2", "v ^ 2")]),
        ],
    },
    {
        "name": "undo_redo",
        "code": r"""class Editor:
    def __init__(self, text=''):
        self.text = text
        self.undo_stack = []
        self.redo_stack = []

    def _apply(self, new_text):
        self.undo_stack.append(self.text)
        self.redo_stack.clear()
        self.text = new_text

    def insert(self, pos, s):
        pos = max(0, min(pos, len(self.text)))
        self._apply(self.text[:pos] + s + self.text[pos:])

    def delete(self, pos, count):
        if count <= 0 or pos >= len(self.text):
            return
        self._apply(self.text[:pos] + self.text[pos + count:])

    def undo(self):
        if not self.undo_stack:
            return False
        self.redo_stack.append(self.text)
        self.text = self.undo_stack.pop()
        return True

    def redo(self):
        if not self.redo_stack:
            return False
        self.undo_stack.append(self.text)
        self.text = self.redo_stack.pop()
        return True


def run(commands, text=''):
    editor = Editor(text)
    shown = []
    for command in commands:
        op, _, rest = command.partition(' ')
        if op == 'ins':
            pos, _, s = rest.partition(' ')
            editor.insert(int(pos), s)
        elif op == 'del':
            pos, count = rest.split()
            editor.delete(int(pos), int(count))
        elif op == 'undo':
            editor.undo()
        elif op == 'redo':
            editor.redo()
        shown.append(editor.text)
    return shown
""",
        "visible": [
            ("run(['ins 0 hello', 'ins 5  world', 'undo', 'redo'])", ['hello', 'hello world', 'hello', 'hello world']),
            ("run(['del 2 2', 'undo'], 'abcdef')", ['abef', 'abcdef']),
            ("run(['ins 0 ab', 'undo', 'ins 0 x', 'redo'])", ['ab', '', 'x', 'x']),
        ],
        "hidden": [
            ("run(['undo', 'redo'], 'q')", ['q', 'q']),
            ("run(['ins 99 !'], 'hi')", ['hi!']),
            ("run(['del 5 1', 'del 0 0', 'undo'], 'abc')", ['abc', 'abc', 'abc']),
            ("run(['ins 0 a', 'ins 1 b', 'undo', 'undo', 'redo', 'redo', 'redo'])",
             ['a', 'ab', 'a', '', 'a', 'ab', 'ab']),
            ("run(['del 1 10'], 'abc')", ['a']),
        ],
        "bugs": [
            ("missing statement (redo history not cleared)", "logic", [
                ("        self.redo_stack.clear()\n", ""),
            ]),
            ("missing self.", "reference", [
                ("self.text = self.undo_stack.pop()", "self.text = undo_stack.pop()"),
            ]),
        ],
        "extra": [
            ("wrong slice bound", "logic", [("self.text[pos + count:]", "self.text[count:]")]),
        ],
    },
    {
        "name": "order_states",
        "code": r"""TRANSITIONS = {
    'new': {'pay': 'paid', 'cancel': 'cancelled'},
    'paid': {'ship': 'shipped', 'refund': 'refunded'},
    'shipped': {'deliver': 'delivered', 'lose': 'lost'},
    'lost': {'refund': 'refunded'},
}
FINAL = {'delivered', 'refunded', 'cancelled'}


class InvalidTransition(Exception):
    pass


def next_state(state, action):
    if state in FINAL:
        raise InvalidTransition(f'{state} is final')
    try:
        return TRANSITIONS[state][action]
    except KeyError:
        raise InvalidTransition(f'cannot {action} when {state}') from None


def replay(actions, state='new'):
    history = [state]
    for action in actions:
        state = next_state(state, action)
        history.append(state)
    return history


def outcome(actions):
    try:
        return replay(actions)[-1]
    except InvalidTransition as error:
        return f'error: {error}'


def allowed(state):
    return sorted(TRANSITIONS.get(state, {}))


def reachable(state):
    seen = {state}
    stack = [state]
    while stack:
        current = stack.pop()
        for target in TRANSITIONS.get(current, {}).values():
            if target not in seen:
                seen.add(target)
                stack.append(target)
    return sorted(seen - {state})


def summary(orders):
    counts = {}
    for actions in orders:
        final = outcome(actions)
        key = 'error' if final.startswith('error') else final
        counts[key] = counts.get(key, 0) + 1
    return counts
""",
        "visible": [
            ("replay(['pay', 'ship', 'deliver'])", ['new', 'paid', 'shipped', 'delivered']),
            ("outcome(['pay', 'ship', 'pay'])", 'error: cannot pay when shipped'),
            ("outcome(['cancel', 'pay'])", 'error: cancelled is final'),
            ("allowed('paid')", ['refund', 'ship']),
            ("reachable('paid')", ['delivered', 'lost', 'refunded', 'shipped']),
            ("summary([['pay'], ['pay', 'refund'], ['ship'], ['cancel']])",
             {'paid': 1, 'refunded': 1, 'error': 1, 'cancelled': 1}),
        ],
        "hidden": [
            ("reachable('delivered')", []),
            ("reachable('new')", ['cancelled', 'delivered', 'lost', 'paid', 'refunded', 'shipped']),
            ("allowed('cancelled')", []),
            ("replay([])", ['new']),
            ("outcome(['pay', 'ship', 'lose', 'refund'])", 'refunded'),
            ("summary([])", {}),
        ],
        "bugs": [
            ("set method on a list (seen.add)", "reference", [("seen = {state}", "seen = [state]")]),
            ("missing comma in a dict literal", "syntax", [
                ("'cancel': 'cancelled'},", "'cancel': 'cancelled'}"),
            ]),
        ],
    },
    {
        "name": "habit_streaks",
        "code": r"""from datetime import date, timedelta

NAMES = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')


def parse_days(lines):
    days = set()
    for line in lines:
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        days.add(date.fromisoformat(line))
    return sorted(days)


def _run(first, last):
    return (first.isoformat(), last.isoformat(), (last - first).days + 1)


def streaks(days):
    runs = []
    start = prev = None
    for day in days:
        if prev is not None and day - prev == timedelta(days=1):
            prev = day
            continue
        if start is not None:
            runs.append(_run(start, prev))
        start = prev = day
    if start is not None:
        runs.append(_run(start, prev))
    return runs


def longest(lines):
    return max((length for _, _, length in streaks(parse_days(lines))), default=0)


def current(lines, today):
    days = parse_days(lines)
    if not days or (date.fromisoformat(today) - days[-1]).days > 1:
        return 0
    return streaks(days)[-1][2]


def by_weekday(lines):
    counts = dict.fromkeys(NAMES, 0)
    for day in parse_days(lines):
        counts[NAMES[day.weekday()]] += 1
    return counts
""",
        "visible": [
            ("streaks(parse_days(['2024-03-01', '2024-03-02', '2024-03-05']))",
             [('2024-03-01', '2024-03-02', 2), ('2024-03-05', '2024-03-05', 1)]),
            ("longest(['2024-02-28', '2024-02-29', '2024-03-01', '# note', '2024-03-03'])", 3),
            ("current(['2024-03-03', '2024-03-04'], '2024-03-05')", 2),
            ("current(['2024-03-03', '2024-03-04'], '2024-03-04')", 2),
            ("by_weekday(['2024-03-04', '2024-03-10'])",
             {'Mon': 1, 'Tue': 0, 'Wed': 0, 'Thu': 0, 'Fri': 0, 'Sat': 0, 'Sun': 1}),
        ],
        "hidden": [
            ("longest([])", 0),
            ("current([], '2024-01-01')", 0),
            ("current(['2024-03-01'], '2024-03-03')", 0),
            ("longest(['2024-01-02', '2024-01-01', '2024-01-02'])", 2),
            ("streaks(parse_days(['2023-12-31', '', '2024-01-01']))", [('2023-12-31', '2024-01-01', 2)]),
            ("by_weekday(['2024-03-09'])['Sat']", 1),
        ],
        "bugs": [
            ("isoweekday() for weekday()", "logic", [("NAMES[day.weekday()]", "NAMES[day.isoweekday()]")]),
            ("wrong comparison >= for >", "logic", [(".days > 1:", ".days >= 1:")]),
        ],
    },
    {
        "name": "contact_merge",
        "code": r"""import re


def normalize_phone(phone):
    digits = re.sub(r'\D', '', phone)
    if len(digits) == 11 and digits.startswith('1'):
        digits = digits[1:]
    return digits


def key_of(contact):
    email = contact.get('email')
    if email:
        return ('email', email.strip().lower())
    return ('phone', normalize_phone(contact.get('phone', '')))


def merge(contacts):
    merged = {}
    for contact in contacts:
        key = key_of(contact)
        if key not in merged:
            merged[key] = {'name': contact.get('name', ''), 'tags': []}
        entry = merged[key]
        if len(contact.get('name', '')) > len(entry['name']):
            entry['name'] = contact['name']
        for tag in contact.get('tags', []):
            if tag not in entry['tags']:
                entry['tags'].append(tag)
    return list(merged.values())


def names(contacts):
    return [entry['name'] for entry in merge(contacts)]


def without_blocked(contacts, blocked):
    kept = list(contacts)
    for contact in list(kept):
        email = (contact.get('email') or '').strip().lower()
        if email in blocked:
            kept.remove(contact)
    return kept
""",
        "visible": [
            ("names([{'name': 'Al', 'email': 'AL@x.com'}, {'name': 'Albert', 'email': ' al@x.com'}])", ['Albert']),
            ("merge([{'name': 'Bo', 'phone': '+1 (555) 010-0000', 'tags': ['work']}, "
             "{'name': 'B', 'phone': '5550100000', 'tags': ['work', 'gym']}])",
             [{'name': 'Bo', 'tags': ['work', 'gym']}]),
            ("names([{'name': 'Al', 'email': '', 'phone': '555-0100'}, {'name': 'Bo', 'email': '', 'phone': '555-0199'}])",
             ['Al', 'Bo']),
            ("without_blocked([{'email': 'a@x'}, {'email': 'B@x'}, {'email': 'c@x'}], {'a@x', 'b@x'})",
             [{'email': 'c@x'}]),
        ],
        "hidden": [
            ("merge([])", []),
            ("without_blocked([{'name': 'n'}], {'a@x'})", [{'name': 'n'}]),
            ("names([{'name': 'X', 'email': None, 'phone': '1-555-000-1111'}, {'name': 'Xavier', 'phone': '5550001111'}])",
             ['Xavier']),
            ("normalize_phone('1 (800) 555-1234')", '8005551234'),
            ("without_blocked([{'email': 'a@x'}, {'email': 'a@x'}], {'a@x'})", []),
        ],
        "bugs": [
            ("is not None where an empty string counts as missing", "logic", [
                ("    if email:\n", "    if email is not None:\n"),
            ]),
            ("removing from a list while iterating it", "logic", [
                ("for contact in list(kept):", "for contact in kept:"),
            ]),
        ],
    },
    {
        "name": "queue_sim",
        "code": r"""def simulate(customers, tellers=1):
    # customers: (arrival, service) pairs in any order; each goes to the teller free first.
    free_at = [0] * tellers
    served = []
    for arrival, service in sorted(customers):
        teller = min(range(tellers), key=lambda t: free_at[t])
        start = max(arrival, free_at[teller])
        free_at[teller] = start + service
        served.append((arrival, start, start + service))
    return served


def waits(customers, tellers=1):
    return [start - arrival for arrival, start, _ in simulate(customers, tellers)]


def stats(customers, tellers=1):
    w = waits(customers, tellers)
    if not w:
        return {'mean': 0.0, 'max': 0, 'waited': 0}
    return {'mean': round(sum(w) / len(w), 2), 'max': max(w), 'waited': sum(1 for x in w if x > 0)}


def tellers_needed(customers, max_wait):
    tellers = 1
    while max(waits(customers, tellers), default=0) > max_wait:
        tellers += 1
    return tellers


def closing_time(customers, tellers=1):
    return max((end for _, _, end in simulate(customers, tellers)), default=0)
""",
        "visible": [
            ("waits([(5, 2), (0, 3)])", [0, 0]),
            ("stats([(0, 4), (1, 4)])", {'mean': 1.5, 'max': 3, 'waited': 1}),
            ("simulate([(0, 5), (1, 2), (2, 2)], tellers=2)", [(0, 0, 5), (1, 1, 3), (2, 3, 5)]),
            ("tellers_needed([(0, 10), (0, 10), (0, 10)], 5)", 3),
        ],
        "hidden": [
            ("stats([])", {'mean': 0.0, 'max': 0, 'waited': 0}),
            ("closing_time([])", 0),
            ("closing_time([(3, 1), (0, 1)])", 4),
            ("tellers_needed([], 0)", 1),
            ("waits([(2, 1), (2, 1), (2, 1)])", [0, 1, 2]),
            ("stats([(0, 2), (10, 1)])", {'mean': 0.0, 'max': 0, 'waited': 0}),
        ],
        "bugs": [
            ("missing sort of the input", "logic", [
                ("for arrival, service in sorted(customers):", "for arrival, service in customers:"),
            ]),
            ("wrong accumulator (sum for count)", "logic", [
                ("sum(1 for x in w if x > 0)", "sum(x for x in w if x > 0)"),
            ]),
        ],
        "extra": [
            ("missing max() clamp", "logic", [
                ("start = max(arrival, free_at[teller])", "start = free_at[teller]"),
            ]),
        ],
    },
    {
        "name": "recipe_scale",
        "code": r"""from fractions import Fraction

UNITS = {'tsp': 1, 'tbsp': 3, 'cup': 48}


def parse_amount(text):
    whole, _, frac = text.strip().rpartition(' ')
    return (int(whole) if whole else 0) + Fraction(frac)


def format_amount(value):
    value = Fraction(value).limit_denominator(8)
    whole, rest = divmod(value.numerator, value.denominator)
    if rest == 0:
        return str(whole)
    frac = f'{rest}/{value.denominator}'
    return f'{whole} {frac}' if whole else frac


def parse_line(line):
    words = line.split()
    for i, word in enumerate(words):
        unit = word.rstrip('s')
        if unit in UNITS:
            return parse_amount(' '.join(words[:i])), unit, ' '.join(words[i + 1:])
    raise ValueError(f'no unit in {line!r}')


def simplify(amount, unit):
    # The largest unit in which the amount is at least 1.
    tsp = amount * UNITS[unit]
    for name in ('cup', 'tbsp', 'tsp'):
        if tsp >= UNITS[name] or name == 'tsp':
            return tsp / UNITS[name], name


def scale(lines, factor):
    factor = Fraction(factor)
    out = []
    for line in lines:
        amount, unit, name = parse_line(line)
        amount, unit = simplify(amount * factor, unit)
        out.append(f'{format_amount(amount)} {unit} {name}')
    return out
""",
        "visible": [
            ("scale(['1 1/2 cups flour'], 2)", ['3 cup flour']),
            ("scale(['2 tbsp sugar', '1 tsp salt'], '1/2')", ['1 tbsp sugar', '1/2 tsp salt']),
            ("scale(['3/4 cup milk'], 3)", ['2 1/4 cup milk']),
            ("str(parse_line('2 1/3 tsps baking soda')[0])", '7/3'),
            ("parse_line('2 1/3 tsps baking soda')[1:]", ('tsp', 'baking soda')),
        ],
        "hidden": [
            ("scale([], 2)", []),
            ("format_amount(Fraction(1, 3))", '1/3'),
            ("format_amount(Fraction(5, 2))", '2 1/2'),
            ("scale(['1 tsp vanilla'], 3)", ['1 tbsp vanilla']),
            ("scale(['1 cup rice'], 0)", ['0 tsp rice']),
            ("scale(['1/4 cup oil'], 1)", ['4 tbsp oil']),
        ],
        "bugs": [
            ("off-by-one slice start", "logic", [("' '.join(words[i + 1:])", "' '.join(words[i:])")]),
        ],
    },
    {
        "name": "ipv4_cidr",
        "code": r"""def to_int(address):
    parts = address.split('.')
    if len(parts) != 4:
        raise ValueError(f'bad address {address!r}')
    value = 0
    for part in parts:
        if not part.isdigit() or int(part) > 255:
            raise ValueError(f'bad address {address!r}')
        value = (value << 8) + int(part)
    return value


def to_str(value):
    return '.'.join(str((value >> shift) & 255) for shift in (24, 16, 8, 0))


def parse_cidr(cidr):
    address, _, bits = cidr.partition('/')
    bits = int(bits) if bits else 32
    mask = (0xFFFFFFFF << (32 - bits)) & 0xFFFFFFFF
    return to_int(address) & mask, mask


def contains(cidr, address):
    network, mask = parse_cidr(cidr)
    return to_int(address) & mask == network


def host_count(cidr):
    _, mask = parse_cidr(cidr)
    size = (~mask & 0xFFFFFFFF) + 1
    if size <= 2:
        return size
    return size - 2


def broadcast(cidr):
    network, mask = parse_cidr(cidr)
    return to_str(network | (~mask & 0xFFFFFFFF))


def is_valid(address):
    try:
        to_int(address)
    except ValueError:
        return False
    return True


def first_match(rules, address):
    for cidr, action in rules:
        if contains(cidr, address):
            return action
    return 'deny'
""",
        "visible": [
            ("to_int('10.0.0.1')", 167772161),
            ("to_str(3232235777)", '192.168.1.1'),
            ("contains('192.168.0.0/16', '192.168.40.2')", True),
            ("contains('192.168.0.0/24', '192.168.1.2')", False),
            ("host_count('10.0.0.0/24')", 254),
            ("host_count('10.0.0.1/32')", 1),
            ("broadcast('172.16.5.0/22')", '172.16.7.255'),
            ("is_valid('255.255.255.0')", True),
            ("is_valid('1.2.3')", False),
            ("first_match([('10.0.0.0/8', 'allow'), ('192.168.0.0/16', 'lan')], '192.168.1.5')", 'lan'),
        ],
        "hidden": [
            ("first_match([], '1.1.1.1')", 'deny'),
            ("first_match([('10.0.0.0/8', 'a')], '11.0.0.1')", 'deny'),
            ("is_valid('1.2.3.256')", False),
            ("is_valid('1.2.3.-4')", False),
            ("contains('0.0.0.0/0', '8.8.8.8')", True),
            ("contains('10.1.2.3', '10.1.2.3')", True),
            ("host_count('10.0.0.0/31')", 2),
        ],
        "bugs": [
            ("operator precedence (<< and +)", "logic", [
                ("value = (value << 8) + int(part)", "value = value << 8 + int(part)"),
            ]),
            ("early return inside a loop", "logic", [
                ("            return action\n    return 'deny'", "            return action\n        return 'deny'"),
            ]),
        ],
        "extra": [
            ("wrong comparison >= for >", "logic", [("int(part) > 255", "int(part) >= 255")]),
            ("missing case", "logic", [("    if size <= 2:\n        return size\n", "")]),
        ],
    },
    {
        "name": "bigram_model",
        "code": r"""import re
from collections import Counter, defaultdict


def words(text):
    return re.findall(r"[a-z']+", text.lower())


def train(text):
    model = defaultdict(Counter)
    tokens = words(text)
    for i in range(len(tokens) - 1):
        model[tokens[i]][tokens[i + 1]] += 1
    return model


def suggest(model, word, n=3):
    counts = model.get(word.lower())
    if not counts:
        return []
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [w for w, _ in ranked[:n]]


def probability(model, word, following):
    counts = model.get(word, Counter())
    total = sum(counts.values())
    if total == 0:
        return 0.0
    return round(counts[following] / total, 4)


def complete(model, start, length):
    sentence = [start.lower()]
    for _ in range(length):
        options = suggest(model, sentence[-1], 1)
        if not options:
            break
        sentence.append(options[0])
    return ' '.join(sentence)
""",
        "visible": [
            ("suggest(train('the cat sat. the cat ran. the dog sat.'), 'The')", ['cat', 'dog']),
            ("probability(train('a b a c a b'), 'a', 'b')", 0.6667),
            ("complete(train('i like tea and i like cake'), 'I', 3)", 'i like cake'),
            ("words(\"Don't stop\")", ["don't", 'stop']),
        ],
        "hidden": [
            ("suggest(train(''), 'x')", []),
            ("probability(train('a'), 'a', 'b')", 0.0),
            ("complete(train('x y x y'), 'x', 3)", 'x y x y'),
            ("suggest(train('a b a c a d a b'), 'a', 2)", ['b', 'c']),
        ],
        "bugs": [
            ("IndexError: loop runs one past the end", "reference", [
                ("for i in range(len(tokens) - 1):", "for i in range(len(tokens)):"),
            ]),
        ],
    },
    {
        "name": "bowling",
        "code": r"""def parse(line):
    # Score-sheet symbols to pins: X strike, / spare, - miss; spaces are ignored.
    rolls = []
    for symbol in line.replace(' ', ''):
        if symbol == 'X':
            rolls.append(10)
        elif symbol == '/':
            rolls.append(10 - rolls[-1])
        elif symbol == '-':
            rolls.append(0)
        else:
            rolls.append(int(symbol))
    return rolls


def running_totals(rolls):
    totals = []
    total = 0
    i = 0
    for _ in range(10):
        if i >= len(rolls):
            break
        if rolls[i] == 10:
            total += 10 + sum(rolls[i + 1:i + 3])
            i += 1
        elif sum(rolls[i:i + 2]) == 10:
            total += 10 + sum(rolls[i + 2:i + 3])
            i += 2
        else:
            total += sum(rolls[i:i + 2])
            i += 2
        totals.append(total)
    return totals


def score(rolls):
    totals = running_totals(rolls)
    return totals[-1] if totals else 0


def score_line(line):
    return score(parse(line))


def frames_played(line):
    return len(running_totals(parse(line)))
""",
        "visible": [
            ("score_line('XXXXXXXXXXXX')", 300),
            ("score_line('9-9-9-9-9-9-9-9-9-9-')", 90),
            ("score_line('5/5/5/5/5/5/5/5/5/5/5')", 150),
            ("running_totals(parse('X 7/ 9- X -8'))", [20, 39, 48, 66, 74]),
            ("frames_played('X X X')", 3),
        ],
        "hidden": [
            ("score_line('')", 0),
            ("score_line('--------------------')", 0),
            ("score_line('-/-/-/-/-/-/-/-/-/-/X')", 110),
            ("running_totals([10, 10])", [20, 30]),
            ("frames_played('XXXXXXXXXXXX')", 10),
            ("score_line('X X X X X X X X X 7/ 5')", 272),
        ],
        "bugs": [
            ("missing loop bound (frame limit)", "logic", [
                ("    for _ in range(10):\n        if i >= len(rolls):\n            break\n", "    while i < len(rolls):\n"),
            ]),
            ("strip() for replace()", "logic", [("line.replace(' ', '')", "line.strip()")]),
        ],
        "extra": [
            ("wrong increment", "logic", [("            i += 1\n", "            i += 2\n")]),
        ],
    },
    {
        "name": "luhn_cards",
        "code": r"""BRANDS = (('34', 'amex'), ('37', 'amex'), ('4', 'visa'), ('51', 'mastercard'), ('55', 'mastercard'))


def digits_of(number):
    return [int(ch) for ch in str(number) if ch.isdigit()]


def luhn_valid(number):
    digits = digits_of(number)
    if len(digits) < 2:
        return False
    total = 0
    for index, digit in enumerate(reversed(digits)):
        if index % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def check_digit(partial):
    base = ''.join(map(str, digits_of(partial)))
    for candidate in range(10):
        if luhn_valid(base + str(candidate)):
            return candidate


def brand(number):
    text = ''.join(map(str, digits_of(number)))
    for prefix, name in BRANDS:
        if text.startswith(prefix):
            return name
    return 'unknown'


def mask(number):
    text = ''.join(map(str, digits_of(number)))
    return '*' * (len(text) - 4) + text[-4:]


def describe(number):
    status = 'valid' if luhn_valid(number) else 'invalid'
    return f'{brand(number)} {mask(number)} {status}'
""",
        "visible": [
            ("luhn_valid('4539 1488 0343 6467')", True),
            ("luhn_valid('4539 1488 0343 6468')", False),
            ("check_digit('7992739871')", 3),
            ("brand('5500 0000 0000 0004')", 'mastercard'),
            ("mask('4111-1111-1111-1111')", '************1111'),
            ("describe(378282246310005)", 'amex ***********0005 valid'),
        ],
        "hidden": [
            ("luhn_valid('0')", False),
            ("luhn_valid('00')", True),
            ("luhn_valid('4111 1111 1111 1111')", True),
            ("mask('1234')", '1234'),
            ("brand('6011 0000')", 'unknown'),
            ("check_digit('411111111111111')", 1),
        ],
        "bugs": [
            ("missing reversed()", "logic", [
                ("enumerate(reversed(digits))", "enumerate(digits)"),
            ]),
            ("index for slice", "logic", [("text[-4:]", "text[-4]")]),
        ],
    },
    {
        "name": "parking_fees",
        "code": r"""import math
from datetime import datetime

FORMAT = '%Y-%m-%d %H:%M'
RATE = 2.5
DAILY_CAP = 20.0
GRACE_MINUTES = 10


def minutes_between(start, end):
    entered = datetime.strptime(start, FORMAT)
    left = datetime.strptime(end, FORMAT)
    if left < entered:
        raise ValueError('exit before entry')
    return int((left - entered).total_seconds() // 60)


def fee(start, end):
    # RATE per started hour, at most DAILY_CAP per 24 hours; free within the grace period.
    minutes = minutes_between(start, end)
    if minutes <= GRACE_MINUTES:
        return 0.0
    days, rest = divmod(minutes, 24 * 60)
    return days * DAILY_CAP + min(math.ceil(rest / 60) * RATE, DAILY_CAP)


def receipt(start, end):
    minutes = minutes_between(start, end)
    return f'{minutes // 60}h{minutes % 60:02d}m ${fee(start, end):.2f}'


def total(visits):
    return round(sum(fee(start, end) for start, end in visits), 2)


def longest(visits):
    return max(visits, key=lambda visit: minutes_between(*visit), default=None)
""",
        "visible": [
            ("fee('2024-05-01 08:00', '2024-05-01 08:10')", 0.0),
            ("fee('2024-05-01 08:00', '2024-05-01 09:30')", 5.0),
            ("fee('2024-05-01 06:00', '2024-05-01 23:00')", 20.0),
            ("fee('2024-05-01 08:00', '2024-05-03 09:30')", 45.0),
            ("receipt('2024-05-01 23:50', '2024-05-02 01:05')", '1h15m $5.00'),
        ],
        "hidden": [
            ("fee('2024-05-01 08:00', '2024-05-01 08:11')", 2.5),
            ("fee('2024-05-01 08:00', '2024-05-02 08:00')", 20.0),
            ("fee('2024-02-28 12:00', '2024-03-01 12:30')", 42.5),
            ("total([])", 0),
            ("total([('2024-05-01 08:00', '2024-05-01 09:00'), ('2024-05-01 08:00', '2024-05-01 08:05')])", 2.5),
            ("longest([])", None),
            ("longest([('2024-05-01 10:00', '2024-05-01 11:00'), ('2024-05-01 09:00', '2024-05-02 09:30')])",
             ('2024-05-01 09:00', '2024-05-02 09:30')),
        ],
        "bugs": [
            ("timedelta.seconds for total_seconds()", "logic", [
                ("(left - entered).total_seconds() // 60", "(left - entered).seconds // 60"),
            ]),
        ],
        "extra": [
            ("floor division for a ceiling", "logic", [("math.ceil(rest / 60)", "(rest // 60)")]),
        ],
    },
    {
        "name": "dict_diff",
        "code": r"""import copy


def diff(old, new, prefix=''):
    changes = []
    for key in sorted(set(old) | set(new)):
        path = f'{prefix}{key}'
        if key not in new:
            changes.append(('removed', path, old[key], None))
        elif key not in old:
            changes.append(('added', path, None, new[key]))
        elif isinstance(old[key], dict) and isinstance(new[key], dict):
            changes.extend(diff(old[key], new[key], path + '.'))
        elif old[key] != new[key]:
            changes.append(('changed', path, old[key], new[key]))
    return changes


def apply(base, changes):
    result = copy.deepcopy(base)
    for kind, path, _, value in changes:
        *parents, last = path.split('.')
        target = result
        for part in parents:
            target = target.setdefault(part, {})
        if kind == 'removed':
            target.pop(last, None)
        else:
            target[last] = value
    return result


def describe(changes):
    lines = []
    for kind, path, before, after in changes:
        if kind == 'added':
            lines.append(f'+ {path} = {after!r}')
        elif kind == 'removed':
            lines.append(f'- {path}')
        else:
            lines.append(f'~ {path}: {before!r} -> {after!r}')
    return lines


def round_trip(old, new):
    return apply(old, diff(old, new)) == new
""",
        "visible": [
            ("diff({'a': 1, 'b': 2}, {'b': 3, 'c': 4})",
             [('removed', 'a', 1, None), ('changed', 'b', 2, 3), ('added', 'c', None, 4)]),
            ("diff({'db': {'host': 'x', 'port': 1}}, {'db': {'host': 'y', 'port': 1}})", [('changed', 'db.host', 'x', 'y')]),
            ("diff({'a': 1}, {'a': None})", [('changed', 'a', 1, None)]),
            ("diff({'a': {'x': 1}}, {'a': 5})", [('changed', 'a', {'x': 1}, 5)]),
            ("(lambda b: (apply(b, [('changed', 'db.port', 1, 2)]), b))({'db': {'port': 1}})",
             ({'db': {'port': 2}}, {'db': {'port': 1}})),
            ("describe(diff({'n': 'a'}, {'n': 'b', 'm': 1}))", ['+ m = 1', "~ n: 'a' -> 'b'"]),
        ],
        "hidden": [
            ("diff({}, {})", []),
            ("diff({'a': None}, {})", [('removed', 'a', None, None)]),
            ("round_trip({'a': {'b': 1}, 'c': 2}, {'a': {'b': 2, 'd': 3}})", True),
            ("round_trip({'k': None}, {'k': 0})", True),
            ("apply({}, [('added', 'x.y', None, 1)])", {'x': {'y': 1}}),
            ("describe([('removed', 'q', 1, None)])", ['- q']),
        ],
        "bugs": [
            ("set intersection for union", "logic", [("set(old) | set(new)", "set(old) & set(new)")]),
            ("get() is None for a membership test", "logic", [
                ("        if key not in new:\n", "        if new.get(key) is None:\n"),
            ]),
        ],
        "extra": [
            ("shallow copy", "logic", [("result = copy.deepcopy(base)", "result = dict(base)")]),
            ("wrong boolean logic", "logic", [
                ("isinstance(old[key], dict) and isinstance(new[key], dict)",
                 "isinstance(old[key], dict) or isinstance(new[key], dict)"),
            ]),
        ],
    },
    {
        "name": "tic_tac_toe",
        "code": r"""LINES = ((0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6))


def parse(board):
    cells = [c for c in board if c in 'XO.']
    if len(cells) != 9:
        raise ValueError('a board has 9 cells')
    return cells


def winner(board):
    cells = parse(board)
    for a, b, c in LINES:
        if cells[a] != '.' and cells[a] == cells[b] == cells[c]:
            return cells[a]
    return None


def next_player(board):
    cells = parse(board)
    return 'X' if cells.count('X') == cells.count('O') else 'O'


def is_valid(board):
    cells = parse(board)
    x, o = cells.count('X'), cells.count('O')
    if o > x or x - o > 1:
        return False
    w = winner(board)
    return not (w == 'X' and x != o + 1 or w == 'O' and x != o)


def status(board):
    if not is_valid(board):
        return 'invalid'
    w = winner(board)
    if w:
        return f'{w} wins'
    if '.' not in parse(board):
        return 'draw'
    return f'{next_player(board)} to move'


def winning_moves(board):
    cells = parse(board)
    player = next_player(board)
    moves = []
    for i, cell in enumerate(cells):
        if cell == '.':
            trial = cells[:]
            trial[i] = player
            if winner(''.join(trial)) == player:
                moves.append(i)
    return moves
""",
        "visible": [
            ("winner('OOX/.X./X..')", 'X'),
            ("winner('XOX/OOX/XXO')", None),
            ("status('XXX/OOX/XOO')", 'X wins'),
            ("status('XOX/XOO/OXX')", 'draw'),
            ("status('OO./.../...')", 'invalid'),
            ("status('X../.O./...')", 'X to move'),
            ("winning_moves('XX./OO./...')", [2]),
        ],
        "hidden": [
            ("winning_moves('.........')", []),
            ("winning_moves('XX./OO./X..')", [5]),
            ("status('.........')", 'X to move'),
            ("status('XXX/OO./...')", 'X wins'),
            ("is_valid('XXX/OOO/...')", False),
            ("winner('X.O/.XO/..X')", 'X'),
        ],
        "bugs": [
            ("missing case (a winning line)", "logic", [(", (0, 4, 8), (2, 4, 6))", ", (0, 4, 8))")]),
            ("aliasing (no copy)", "logic", [("trial = cells[:]", "trial = cells")]),
        ],
        "extra": [
            ("wrong order of checks", "logic", [
                ("    w = winner(board)\n    if w:\n        return f'{w} wins'\n    if '.' not in parse(board):\n"
                 "        return 'draw'\n",
                 "    if '.' not in parse(board):\n        return 'draw'\n    w = winner(board)\n    if w:\n"
                 "        return f'{w} wins'\n"),
            ]),
        ],
    },
    {
        "name": "month_calendar",
        "code": r"""from datetime import date

MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July',
          'August', 'September', 'October', 'November', 'December')
DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in(year, month):
    if month == 2 and is_leap(year):
        return 29
    return DAYS[month - 1]


def month_grid(year, month):
    # Weeks from Monday to Sunday; days outside the month are ''.
    cells = [''] * date(year, month, 1).weekday()
    cells += [str(day) for day in range(1, days_in(year, month) + 1)]
    while len(cells) % 7:
        cells.append('')
    return [cells[i:i + 7] for i in range(0, len(cells), 7)]


def render(year, month):
    lines = [f'{MONTHS[month - 1]} {year}'.center(20).rstrip(), 'Mo Tu We Th Fr Sa Su']
    for week in month_grid(year, month):
        lines.append(' '.join(f'{day:>2}' for day in week).rstrip())
    return '\n'.join(lines)


def nth_weekday(year, month, weekday, n):
    # Day of the n-th given weekday (0 = Monday) of the month; n = -1 for the last.
    days = [int(week[weekday]) for week in month_grid(year, month) if week[weekday]]
    if n > 0:
        return days[n - 1] if n <= len(days) else None
    return days[n] if -n <= len(days) else None
""",
        "visible": [
            ("days_in(2000, 2)", 29),
            ("days_in(1900, 2)", 28),
            ("days_in(2023, 12)", 31),
            ("render(2024, 2).splitlines()[:3]", ['   February 2024', 'Mo Tu We Th Fr Sa Su', '          1  2  3  4']),
            ("render(2024, 2).splitlines()[-1]", '26 27 28 29'),
            ("nth_weekday(2024, 11, 3, 4)", 28),
            ("nth_weekday(2024, 5, 0, -1)", 27),
        ],
        "hidden": [
            ("days_in(2024, 2)", 29),
            ("nth_weekday(2024, 2, 3, 5)", 29),
            ("nth_weekday(2023, 2, 3, 5)", None),
            ("nth_weekday(2024, 5, 0, -6)", None),
            ("len(month_grid(2021, 2))", 4),
            ("month_grid(2024, 9)[0]", ['', '', '', '', '', '', '1']),
            ("render(2024, 9).splitlines()[2]", '                   1'),
        ],
        "bugs": [
            ("missing case (leap-year rule)", "logic", [
                ("year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)", "year % 4 == 0 and year % 100 != 0"),
            ]),
            ("format spec without alignment (strings align left)", "logic", [("f'{day:>2}'", "f'{day:2}'")]),
        ],
    },
    {
        "name": "unix_perms",
        "code": r"""BITS = 'rwx'
GROUPS = {'u': 0, 'g': 3, 'o': 6}


def to_octal(mode):
    # 'rwxr-x---' (or with a file-type letter first, 'drwxr-x---') -> '750'.
    if len(mode) == 10:
        mode = mode[1:]
    if len(mode) != 9:
        raise ValueError(f'bad mode {mode!r}')
    digits = ''
    for i in range(0, 9, 3):
        value = 0
        for weight, char in zip((4, 2, 1), mode[i:i + 3]):
            if char != '-':
                value += weight
        digits += str(value)
    return digits


def to_symbolic(octal):
    out = ''
    for digit in str(octal).zfill(3):
        value = int(digit)
        for weight, char in zip((4, 2, 1), BITS):
            out += char if value & weight else '-'
    return out


def apply(mode, change):
    # chmod-style changes: 'u+x', 'go-w', 'a=r', or '+x' for everyone.
    for i, char in enumerate(change):
        if char in '+-=':
            who, op, perms = change[:i] or 'a', char, change[i + 1:]
            break
    else:
        raise ValueError(f'bad change {change!r}')
    if 'a' in who:
        who = 'ugo'
    chars = list(mode)
    for group, offset in GROUPS.items():
        if group not in who:
            continue
        for j, bit in enumerate(BITS):
            if op == '=':
                chars[offset + j] = bit if bit in perms else '-'
            elif bit in perms:
                chars[offset + j] = bit if op == '+' else '-'
    return ''.join(chars)


def can(mode, who, perm):
    return mode[GROUPS[who] + BITS.index(perm)] == perm
""",
        "visible": [
            ("to_octal('drwxr-x---')", '750'),
            ("to_symbolic('644')", 'rw-r--r--'),
            ("to_symbolic(750)", 'rwxr-x---'),
            ("apply('rw-r--r--', 'o+w')", 'rw-r--rw-'),
            ("apply('rw-r--r--', '+x')", 'rwxr-xr-x'),
            ("apply('rwxrwxrwx', 'go=r')", 'rwxr--r--'),
            ("can('rwxr-x---', 'g', 'w')", False),
        ],
        "hidden": [
            ("to_symbolic(0)", '---------'),
            ("to_symbolic(7)", '------rwx'),
            ("to_octal('---------')", '000'),
            ("apply('---------', 'a=rw')", 'rw-rw-rw-'),
            ("apply('rwxrwxrwx', 'u-rwx')", '---rwxrwx'),
            ("can('rw-r--r--', 'o', 'r')", True),
        ],
        "bugs": [
            ("and for & (bit test)", "logic", [("if value & weight else", "if value and weight else")]),
            ("break for continue", "logic", [
                ("        if group not in who:\n            continue\n", "        if group not in who:\n            break\n"),
            ]),
        ],
        "extra": [
            ("missing default", "logic", [("change[:i] or 'a', char", "change[:i], char")]),
        ],
    },
    {
        "name": "hex_colors",
        "code": r"""def parse(color):
    text = color.strip().lstrip('#')
    if len(text) == 3:
        text = ''.join(ch * 2 for ch in text)
    if len(text) != 6:
        raise ValueError(f'bad color {color!r}')
    return tuple(int(text[i:i + 2], 16) for i in (0, 2, 4))


def to_hex(rgb):
    return '#' + ''.join(f'{max(0, min(255, round(c))):02x}' for c in rgb)


def mix(a, b, t=0.5):
    return to_hex(x + (y - x) * t for x, y in zip(parse(a), parse(b)))


def lighten(color, amount):
    return mix(color, '#ffffff', amount)


def darken(color, amount):
    return mix(color, '#000000', amount)


def luminance(color):
    r, g, b = (c / 255 for c in parse(color))
    return round(0.2126 * r + 0.7152 * g + 0.0722 * b, 4)


def text_color(background):
    if luminance(background) > 0.5:
        return '#000000'
    return '#ffffff'


def palette(base, steps):
    return [lighten(base, i / steps) for i in range(steps + 1)]
""",
        "visible": [
            ("parse('#f80')", (255, 136, 0)),
            ("parse(' 1a2B3c ')", (26, 43, 60)),
            ("mix('#000000', '#ffffff')", '#808080'),
            ("lighten('#336699', 0.5)", '#99b2cc'),
            ("text_color('#ffff00')", '#000000'),
            ("text_color('#000080')", '#ffffff'),
        ],
        "hidden": [
            ("palette('#000', 2)", ['#000000', '#808080', '#ffffff']),
            ("darken('#ffffff', 1)", '#000000'),
            ("to_hex((300, -5, 15.4))", '#ff000f'),
            ("luminance('#fff')", 1.0),
            ("mix('#ff0000', '#0000ff', 0)", '#ff0000'),
        ],
        "bugs": [
            ("string repetition for per-character doubling", "logic", [
                ("''.join(ch * 2 for ch in text)", "text * 2"),
            ]),
            ("inconsistent dedent", "syntax", [("    return '#ffffff'", "   return '#ffffff'")]),
        ],
        "extra": [
            ("missing base argument of int()", "logic", [("int(text[i:i + 2], 16)", "int(text[i:i + 2])")]),
            ("truncation for rounding", "logic", [("min(255, round(c))", "min(255, int(c))")]),
        ],
    },
]

DOUBLES: list[tuple[str, int, int]] = [
    ("url_query", 1, 2),
    ("grade_book", 0, 2),
    ("tax_brackets", 1, 2),
    ("sheet_columns", 0, 2),
    ("undo_redo", 0, 2),
    ("queue_sim", 0, 2),
    ("bowling", 0, 2),
    ("parking_fees", 0, 1),
    ("tic_tac_toe", 1, 2),
    ("unix_perms", 0, 2),
    ("hex_colors", 2, 3),
]
"""Two bugs of one program at once: (program, first bug, second bug)."""

TRIPLES: list[tuple[str, int, int, int]] = [
    ("leaderboard", 0, 2, 3),
    ("cron_field", 0, 1, 2),
    ("ipv4_cidr", 1, 2, 3),
    ("dict_diff", 0, 2, 3),
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
    (HERE / "unseen3.jsonl").write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    print(f"{len(rows)} instances over {len(PROGRAMS)} programs written to {HERE / 'unseen3.jsonl'}")
