"""A fourth unseen bug set for repoagent's debugging mode, written blind.

    .venv/bin/python bench/bugs/unseen4.py        # writes unseen4.jsonl beside this file

25 everyday programs (20-80 lines each), none repeating a program of the earlier
sets, each with visible tests (what a developer's test file checks) and hidden
tests (more cases, for the verdict only). A bug is one or more exact text
replacements in the correct code. Each program lists the bugs that are instances
on their own (``bugs``) and further bugs that only appear combined with others
(``extra``); ``DOUBLES`` and ``TRIPLES`` index into ``bugs + extra``. See
UNSEEN4.md for how it was written.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from realistic import problems_of, rows_of  # noqa: E402  (the same builder and checker)

SOLVED = ("534678912\\n672195348\\n198342567\\n859761423\\n426853791\\n"
          "713924856\\n961537284\\n287419635\\n345286179")
PUZZLE = ("530070000\\n600195000\\n098000060\\n800060003\\n400803001\\n"
          "700020006\\n060000280\\n000419005\\n000080079")
"""Sudoku grids as they appear inside the test calls (escaped newlines)."""
RAW = ("HTTP/1.1 404 Not Found\\r\\nContent-Type: text/html; charset=\"ISO-8859-1\"\\r\\nSet-Cookie: a=1\\r\\n"
       "Set-Cookie: b=2\\r\\nX-Long: part one\\r\\n  part two\\r\\nContent-Length: 12\\r\\n\\r\\nhello: world")
"""An HTTP response as it appears inside the test calls (escaped CR LF)."""

PROGRAMS: list[dict] = [
    {
        "name": "invoice_totals",
        "code": r"""from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal('0.01')


def money(value):
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


def line_total(item):
    price = money(item['price'])
    quantity = item.get('quantity', 1)
    discount = Decimal(str(item.get('discount', 0)))
    return money(price * quantity * (1 - discount / 100))


def subtotal(items):
    total = Decimal('0')
    for item in items:
        total += line_total(item)
    return total


def invoice(items, tax_rate=0, shipping=0):
    net = subtotal(items)
    tax = money(net * Decimal(str(tax_rate)) / 100)
    total = net + tax + money(shipping)
    return {'net': str(net), 'tax': str(tax), 'total': str(total)}


def format_lines(items):
    lines = []
    for item in items:
        name = item['name'][:12]
        lines.append(f"{name:<12} {item.get('quantity', 1):>3} {line_total(item):>8.2f}")
    return lines
""",
        "visible": [
            ("invoice([{'name': 'pen', 'price': 1.5, 'quantity': 4}, {'name': 'pad', 'price': 3.25}], 20)",
             {"net": "9.25", "tax": "1.85", "total": "11.10"}),
            ("invoice([{'name': 'lamp', 'price': 40, 'discount': 15}], 0, 4.99)",
             {"net": "34.00", "tax": "0.00", "total": "38.99"}),
            ("format_lines([{'name': 'stapler', 'price': 7.5, 'quantity': 2}])", ["stapler        2    15.00"]),
        ],
        "hidden": [
            ("invoice([], 20)", {"net": "0", "tax": "0.00", "total": "0.00"}),
            ("invoice([{'name': 'x', 'price': 0.1, 'quantity': 3}], 7.5)", {"net": "0.30", "tax": "0.02", "total": "0.32"}),
            ("format_lines([{'name': 'extra long item name', 'price': 1}, {'name': 'a', 'price': 0.5, 'quantity': 10}])",
             ["extra long i   1     1.00", "a             10     5.00"]),
            ("str(line_total({'name': 'c', 'price': 19.99, 'quantity': 3, 'discount': 10}))", "53.97"),
        ],
        "bugs": [
            ("accumulator reset inside the loop", "logic",
             [("    total = Decimal('0')\n    for item in items:\n        total += line_total(item)\n",
               "    for item in items:\n        total = Decimal('0')\n        total += line_total(item)\n")]),
        ],
        "extra": [
            ("wrong alignment in a format spec", "logic", [("{name:<12}", "{name:>12}")]),
            ("percentage not divided by 100", "logic", [("(1 - discount / 100)", "(1 - discount)")]),
        ],
    },
    {
        "name": "slugify",
        "code": r"""import re
import unicodedata


def slugify(title, max_length=50):
    text = unicodedata.normalize('NFKD', title)
    text = text.encode('ascii', 'ignore').decode('ascii')
    text = re.sub(r'[^\w\s-]', '', text.lower())
    text = re.sub(r'[-\s_]+', '-', text).strip('-')
    if len(text) > max_length:
        text = text[:max_length].rsplit('-', 1)[0]
    return text


def unique_slug(title, taken):
    base = slugify(title)
    slug = base
    number = 2
    while slug in taken:
        slug = f'{base}-{number}'
        number += 1
    taken.add(slug)
    return slug


def slugs_for(titles, taken=None):
    if taken is None:
        taken = set()
    return [unique_slug(title, taken) for title in titles]


def title_from_slug(slug):
    return ' '.join(word.capitalize() for word in slug.split('-') if word)
""",
        "visible": [
            ("slugify('Hello, World!')", "hello-world"),
            ("slugify('Crème brûlée recipe')", "creme-brulee-recipe"),
            ("slugify('snake_case and  spaces')", "snake-case-and-spaces"),
            ("(slugs_for(['Intro', 'Intro', 'Intro']), slugs_for(['Intro']))", (["intro", "intro-2", "intro-3"], ["intro"])),
        ],
        "hidden": [
            ("slugify('  -- Leading and trailing --  ')", "leading-and-trailing"),
            ("slugify('a' * 10 + ' ' + 'b' * 10, max_length=15)", "aaaaaaaaaa"),
            ("slugs_for(['New', 'new'], {'new'})", ["new-2", "new-3"]),
            ("title_from_slug('hello-big-world')", "Hello Big World"),
            ("slugify('')", ""),
        ],
        "bugs": [
            ("mutable default argument", "logic",
             [("def slugs_for(titles, taken=None):\n    if taken is None:\n        taken = set()\n",
               "def slugs_for(titles, taken=set()):\n")]),
            ("regex character class misses a case", "logic", [("r'[-\\s_]+'", "r'[-\\s]+'")]),
        ],
    },
    {
        "name": "password_policy",
        "code": r"""SPECIAL = set('!@#$%^&*()-_=+[]{};:,.?/')


def problems(password, min_length=8, username=None):
    found = []
    if len(password) < min_length:
        found.append(f'at least {min_length} characters')
    if not any(c.isupper() for c in password):
        found.append('an uppercase letter')
    if not any(c.islower() for c in password):
        found.append('a lowercase letter')
    if not any(c.isdigit() for c in password):
        found.append('a digit')
    if not any(c in SPECIAL for c in password):
        found.append('a special character')
    if username and username.lower() in password.lower():
        found.append('not the username')
    return found


def is_strong(password, **options):
    return not problems(password, **options)


def strength(password):
    score = sum(1 for rule in (str.isupper, str.islower, str.isdigit) if any(rule(c) for c in password))
    score += any(c in SPECIAL for c in password)
    if len(password) >= 12:
        score += 1
    labels = ['very weak', 'weak', 'fair', 'good', 'strong', 'very strong']
    return labels[score]


def message(password, username=None):
    missing = problems(password, username=username)
    if not missing:
        return 'ok'
    return 'needs ' + ', '.join(missing)
""",
        "visible": [
            ("strength('Abcdefgh12!x')", "very strong"),
            ("strength('abc')", "weak"),
            ("message('Bob2024!xyz', 'bob')", "needs not the username"),
            ("message('short')", "needs at least 8 characters, an uppercase letter, a digit, a special character"),
            ("is_strong('Tr0ub4dor&3')", True),
        ],
        "hidden": [
            ("strength('Abcdefgh12!')", "strong"),
            ("strength('')", "very weak"),
            ("message('Sunny-Day-42')", "ok"),
            ("is_strong('Tr0ub4dor&3', min_length=12)", False),
            ("message('ALICE#2024xyz', 'alice')", "needs not the username"),
            ("strength('123456789012')", "fair"),
        ],
        "bugs": [
            ("boundary off by one (> for >=)", "logic", [("if len(password) >= 12:", "if len(password) > 12:")]),
        ],
        "extra": [
            ("case-sensitive comparison", "logic",
             [("username.lower() in password.lower()", "username in password")]),
            ("inverted condition", "logic", [("    if not missing:\n        return 'ok'\n", "    if missing:\n        return 'ok'\n")]),
        ],
    },
    {
        "name": "duration_parse",
        "code": r"""import re

UNITS = {'d': 86400, 'h': 3600, 'm': 60, 's': 1}
PART = re.compile(r'(\d+)([dhms])')


def parse_duration(text):
    text = text.replace(' ', '').lower()
    if not text:
        raise ValueError('empty duration')
    if text.isdigit():
        return int(text)
    total = 0
    position = 0
    for match in PART.finditer(text):
        if match.start() != position:
            raise ValueError(f'bad duration: {text!r}')
        total += int(match.group(1)) * UNITS[match.group(2)]
        position = match.end()
    if position != len(text):
        raise ValueError(f'bad duration: {text!r}')
    return total


def format_duration(seconds):
    if seconds == 0:
        return '0s'
    parts = []
    for unit, size in UNITS.items():
        count, seconds = divmod(seconds, size)
        if count:
            parts.append(f'{count}{unit}')
    return ' '.join(parts)


def clock(seconds):
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f'{hours:02d}:{minutes:02d}:{secs:02d}'


def total_duration(texts):
    return format_duration(sum(parse_duration(t) for t in texts))


def safe_parse(text, default=None):
    try:
        return parse_duration(text)
    except ValueError:
        return default
""",
        "visible": [
            ("parse_duration('1h 30m')", 5400),
            ("format_duration(93784)", "1d 2h 3m 4s"),
            ("total_duration(['0s', '0m'])", "0s"),
            ("clock(3905)", "01:05:05"),
            ("safe_parse('ten minutes', -1)", -1),
        ],
        "hidden": [
            ("parse_duration('90')", 90),
            ("parse_duration('2D5S')", 172805),
            ("format_duration(3600)", "1h"),
            ("clock(0)", "00:00:00"),
            ("clock(36000 + 61)", "10:01:01"),
            ("safe_parse('5m10')", None),
            ("safe_parse('')", None),
            ("total_duration(['45m', '15m', '1h'])", "2h"),
        ],
        "bugs": [
            ("missing zero case", "logic", [("    if seconds == 0:\n        return '0s'\n", "")]),
            ("format spec without zero padding", "logic", [("{minutes:02d}", "{minutes:2d}")]),
        ],
        "extra": [
            ("remainder of divmod dropped", "logic", [("count, seconds = divmod(seconds, size)", "count = seconds // size")]),
            ("wrong exception caught", "logic", [("    except ValueError:\n        return default", "    except TypeError:\n        return default")]),
        ],
    },
    {
        "name": "sales_by_region",
        "code": r"""import csv
import io
from collections import defaultdict


def read_sales(text):
    reader = csv.DictReader(io.StringIO(text))
    rows = []
    for row in reader:
        rows.append({'region': row['region'].strip(), 'rep': row['rep'].strip(),
                     'amount': float(row['amount'])})
    return rows


def totals_by(rows, field):
    totals = defaultdict(float)
    for row in rows:
        totals[row[field]] += row['amount']
    return dict(totals)


def top_regions(text, n=2):
    totals = totals_by(read_sales(text), 'region')
    ranked = sorted(totals.items(), key=lambda pair: (-pair[1], pair[0]))
    return [region for region, _ in ranked[:n]]


def share(text):
    rows = read_sales(text)
    totals = totals_by(rows, 'region')
    grand = sum(totals.values())
    return {region: round(100 * amount / grand, 1) for region, amount in totals.items()}


def report(text):
    totals = totals_by(read_sales(text), 'rep')
    lines = []
    for rep in sorted(totals):
        lines.append(f'{rep}: {totals[rep]:,.2f}')
    return '\n'.join(lines)
""",
        "visible": [
            ("top_regions('region,rep,amount\\nNorth,ann,100\\nSouth,bo,250\\nNorth,cy,200\\nEast,di,50\\n')", ["North", "South"]),
            ("share('region,rep,amount\\nNorth,ann,30\\nSouth,bo,10\\n')", {"North": 75.0, "South": 25.0}),
            ("report('region,rep,amount\\nWest,zed,1200.5\\nWest,amy,99\\nEast,zed,34')", "amy: 99.00\nzed: 1,234.50"),
        ],
        "hidden": [
            ("top_regions('region,rep,amount\\nB,x,5\\nA,y,5\\nC,z,1\\n', 3)", ["A", "B", "C"]),
            ("top_regions('region,rep,amount\\n')", []),
            ("share('region,rep,amount\\n North ,ann,1\\nNorth,bo,2\\n')", {"North": 100.0}),
            ("report('region,rep,amount\\n')", ""),
            ("top_regions('region,rep,amount\\nX,a,1\\nY,b,3\\nZ,c,2\\n', 1)", ["Y"]),
        ],
        "bugs": [
            ("sort order reversed", "logic", [("key=lambda pair: (-pair[1], pair[0])", "key=lambda pair: (pair[1], pair[0])")]),
            ("misspelt dict key", "reference", [("float(row['amount'])", "float(row['amout'])")]),
        ],
        "extra": [
            ("plain dict where a defaultdict is needed", "logic", [("totals = defaultdict(float)", "totals = {}")]),
        ],
    },
    {
        "name": "library_loans",
        "code": r"""from datetime import date, timedelta

LOAN_DAYS = 14
FINE_PER_DAY = 0.25
MAX_FINE = 5.0


class Library:
    def __init__(self):
        self.loans = {}
        self.history = []

    def checkout(self, book, member, day):
        if book in self.loans:
            raise ValueError(f'{book} is already on loan')
        self.loans[book] = (member, day + timedelta(days=LOAN_DAYS))
        self.history.append((book, member))

    def due_date(self, book):
        return self.loans[book][1].isoformat()

    def give_back(self, book, day):
        member, due = self.loans.pop(book)
        late = (day - due).days
        if late <= 0:
            return 0.0
        return min(late * FINE_PER_DAY, MAX_FINE)

    def overdue(self, day):
        return sorted(book for book, (_, due) in self.loans.items() if day > due)

    def borrowed_by(self, member):
        return sorted(book for book, (who, _) in self.loans.items() if who == member)


def run(events):
    library = Library()
    fines = {}
    for kind, book, member, day in events:
        when = date.fromisoformat(day)
        if kind == 'out':
            library.checkout(book, member, when)
        else:
            fines[member] = fines.get(member, 0.0) + library.give_back(book, when)
    return fines


def overdue_on(events, day):
    library = Library()
    for book, member, start in events:
        library.checkout(book, member, date.fromisoformat(start))
    return library.overdue(date.fromisoformat(day))
""",
        "visible": [
            ("run([('out', 'Dune', 'ann', '2024-03-01'), ('in', 'Dune', 'ann', '2024-03-19')])", {"ann": 1.0}),
            ("run([('out', 'Dune', 'bo', '2024-03-01'), ('in', 'Dune', 'bo', '2024-03-10')])", {"bo": 0.0}),
            ("overdue_on([('Emma', 'ann', '2024-01-01'), ('Ulysses', 'bo', '2024-01-05')], '2024-01-15')", []),
            ("run([('out', 'Dune', 'ann', '2024-03-01'), ('in', 'Dune', 'ann', '2024-03-10'), ('out', 'Dune', 'bo', '2024-03-11')])",
             {"ann": 0.0}),
            ("overdue_on([('Emma', 'ann', '2024-01-01'), ('Ulysses', 'bo', '2024-01-05')], '2024-01-16')", ["Emma"]),
        ],
        "hidden": [
            ("run([('out', 'It', 'cy', '2024-01-01'), ('in', 'It', 'cy', '2024-06-01')])", {"cy": 5.0}),
            ("run([('out', 'A', 'di', '2024-02-01'), ('out', 'B', 'di', '2024-02-01'), ('in', 'A', 'di', '2024-02-16'), "
             "('in', 'B', 'di', '2024-02-17')])", {"di": 0.75}),
            ("run([])", {}),
            ("overdue_on([('Z', 'a', '2023-12-25'), ('B', 'b', '2023-12-20')], '2024-01-30')", ["B", "Z"]),
            ("run([('out', 'Dune', 'ed', '2024-03-01'), ('in', 'Dune', 'ed', '2024-03-15')])", {"ed": 0.0}),
        ],
        "bugs": [
            ("class attribute shared between instances", "logic",
             [("class Library:\n    def __init__(self):\n        self.loans = {}\n",
               "class Library:\n    loans = {}\n\n    def __init__(self):\n")]),
        ],
        "extra": [
            ("dict lookup instead of pop", "logic", [("member, due = self.loans.pop(book)", "member, due = self.loans[book]")]),
            ("min and max swapped", "logic", [("return min(late * FINE_PER_DAY, MAX_FINE)", "return max(late * FINE_PER_DAY, MAX_FINE)")]),
        ],
    },
    {
        "name": "birthdays",
        "code": r"""from datetime import date


def age(born, today):
    years = today.year - born.year
    if (today.month, today.day) < (born.month, born.day):
        years -= 1
    return years


def birthday_in(born, year):
    try:
        return born.replace(year=year)
    except ValueError:
        return date(year, 3, 1)


def next_birthday(born, today):
    upcoming = birthday_in(born, today.year)
    if upcoming < today:
        upcoming = birthday_in(born, today.year + 1)
    return upcoming.isoformat()


def days_until(born, today):
    return (date.fromisoformat(next_birthday(born, today)) - today).days


def upcoming(people, today, within=30):
    soon = []
    for name, born in people.items():
        days = days_until(date.fromisoformat(born), today)
        if days <= within:
            soon.append((days, name))
    return [f'{name} in {days} days' if days else f'{name} today' for days, name in sorted(soon)]
""",
        "visible": [
            ("age(date(1990, 5, 10), date(2020, 5, 10))", 30),
            ("age(date(1990, 5, 10), date(2020, 5, 9))", 29),
            ("next_birthday(date(2000, 2, 29), date(2023, 1, 10))", "2023-03-01"),
            ("upcoming({'ann': '1985-06-20', 'bo': '1992-06-05', 'cy': '1970-12-01'}, date(2024, 6, 5))",
             ["bo today", "ann in 15 days"]),
        ],
        "hidden": [
            ("next_birthday(date(2000, 2, 29), date(2024, 1, 10))", "2024-02-29"),
            ("next_birthday(date(1999, 1, 1), date(2024, 12, 31))", "2025-01-01"),
            ("days_until(date(1999, 7, 4), date(2024, 7, 4))", 0),
            ("upcoming({'a': '2000-01-31'}, date(2024, 1, 1))", ["a in 30 days"]),
            ("upcoming({}, date(2024, 1, 1))", []),
            ("age(date(2004, 2, 29), date(2024, 2, 28))", 19),
        ],
        "bugs": [
            ("boundary off by one (<= for <)", "logic",
             [("if (today.month, today.day) < (born.month, born.day):", "if (today.month, today.day) <= (born.month, born.day):")]),
        ],
        "extra": [
            ("wrong exception caught", "logic", [("    except ValueError:\n        return date(year, 3, 1)", "    except OverflowError:\n        return date(year, 3, 1)")]),
            ("result not sorted", "logic", [("for days, name in sorted(soon)]", "for days, name in soon]")]),
        ],
    },
    {
        "name": "phone_numbers",
        "code": r"""import re

NON_DIGIT = re.compile(r'\D')
PATTERN = re.compile(r'^(\+?1)?[\s.-]?\(?(\d{3})\)?[\s.-]?(\d{3})[\s.-]?(\d{4})$')


def digits_of(text):
    return NON_DIGIT.sub('', text)


def normalize(text):
    digits = digits_of(text)
    if len(digits) == 11 and digits.startswith('1'):
        digits = digits[1:]
    if len(digits) != 10:
        return None
    return digits


def pretty(text):
    digits = normalize(text)
    if digits is None:
        return 'invalid'
    return f'({digits[:3]}) {digits[3:6]}-{digits[6:]}'


def is_valid(text):
    return PATTERN.match(text.strip()) is not None


def area_codes(numbers):
    codes = {}
    for number in numbers:
        digits = normalize(number)
        if digits:
            codes.setdefault(digits[:3], []).append(digits)
    return {code: len(set(found)) for code, found in sorted(codes.items())}
""",
        "visible": [
            ("pretty('+1 555.010.4477')", "(555) 010-4477"),
            ("pretty('12345')", "invalid"),
            ("is_valid('(555) 010-4477')", True),
            ("is_valid('555-010-44770')", False),
            ("area_codes(['555-010-4477', '(555) 0104477', '212 555 0000'])", {"212": 1, "555": 1}),
        ],
        "hidden": [
            ("is_valid('1-800-555-0199')", True),
            ("is_valid('800-555-019')", False),
            ("is_valid('tel: 800-555-0199')", False),
            ("pretty('2125550000')", "(212) 555-0000"),
            ("area_codes([])", {}),
            ("area_codes(['x', '415-555-0101', '415-555-0102'])", {"415": 2}),
            ("normalize('21255500001')", None),
        ],
        "bugs": [
            ("regex missing its end anchor", "logic", [(r"(\d{4})$')", r"(\d{4})')")]),
        ],
        "extra": [
            ("slice end off by one", "logic", [("{digits[3:6]}-{digits[6:]}", "{digits[3:7]}-{digits[7:]}")]),
            ("duplicates counted twice", "logic", [("len(set(found))", "len(found)")]),
        ],
    },
    {
        "name": "shipping_cost",
        "code": r"""import math

ZONES = {'local': 1.0, 'national': 1.5, 'international': 3.0}
TIERS = [(1, 4.99), (5, 8.99), (20, 14.99)]
FREE_OVER = 50.0


def base_rate(weight):
    if weight <= 0:
        raise ValueError('weight must be positive')
    for limit, price in TIERS:
        if weight <= limit:
            return price
    extra_kg = weight - TIERS[-1][0]
    return TIERS[-1][1] + 0.5 * math.ceil(extra_kg)


def shipping(weight, zone, order_total=0.0):
    if zone not in ZONES:
        raise KeyError(f'unknown zone {zone}')
    if zone == 'local' and order_total >= FREE_OVER:
        return 0.0
    return round(base_rate(weight) * ZONES[zone], 2)


def parcel_weight(items):
    return sum(item['weight'] * item.get('count', 1) for item in items)


def quote(items, zone):
    total = sum(item['price'] * item.get('count', 1) for item in items)
    cost = shipping(parcel_weight(items), zone, total)
    return {'items': round(total, 2), 'shipping': cost, 'total': round(total + cost, 2)}


def cheapest_zone(weight, zones):
    return min(zones, key=lambda zone: shipping(weight, zone))
""",
        "visible": [
            ("shipping(21.5, 'local')", 15.99),
            ("shipping(3, 'local', 10)", 8.99),
            ("shipping(0.5, 'international', 80)", 14.97),
            ("quote([{'price': 12.5, 'weight': 0.4, 'count': 4}], 'local')", {"items": 50.0, "shipping": 0.0, "total": 50.0}),
            ("quote([{'price': 5, 'weight': 0.3, 'count': 4}], 'national')", {"items": 20, "shipping": 13.48, "total": 33.48}),
        ],
        "hidden": [
            ("shipping(1, 'national')", 7.49),
            ("shipping(20, 'local')", 14.99),
            ("shipping(22, 'local')", 15.99),
            ("cheapest_zone(2, ['international', 'national'])", "national"),
            ("shipping(5.01, 'local')", 14.99),
        ],
        "bugs": [
            ("floor instead of ceil", "logic", [("math.ceil(extra_kg)", "math.floor(extra_kg)")]),
            ("unclosed parenthesis", "syntax", [("return round(base_rate(weight) * ZONES[zone], 2)\n",
                                                 "return round(base_rate(weight) * ZONES[zone], 2\n")]),
        ],
        "extra": [
            ("and written as or", "logic", [("if zone == 'local' and order_total", "if zone == 'local' or order_total")]),
            ("a factor left out of a sum", "logic", [("sum(item['weight'] * item.get('count', 1) for item in items)",
                                                       "sum(item['weight'] for item in items)")]),
        ],
    },
    {
        "name": "vote_count",
        "code": r"""from collections import Counter


def plurality(ballots):
    counts = Counter(ballot[0] for ballot in ballots if ballot)
    if not counts:
        return None
    best = max(counts.values())
    leaders = sorted(name for name, count in counts.items() if count == best)
    return leaders[0] if len(leaders) == 1 else leaders


def instant_runoff(ballots):
    remaining = {name for ballot in ballots for name in ballot}
    while remaining:
        counts = Counter({name: 0 for name in remaining})
        for ballot in ballots:
            for name in ballot:
                if name in remaining:
                    counts[name] += 1
                    break
        total = sum(counts.values())
        leader = max(sorted(counts), key=counts.get)
        if counts[leader] * 2 > total or len(remaining) == 1:
            return leader
        lowest = min(counts.values())
        remaining -= {name for name, count in counts.items() if count == lowest}
    return None


def turnout(ballots, voters):
    cast = sum(1 for ballot in ballots if ballot)
    return f'{cast / voters:.1%}'
""",
        "visible": [
            ("plurality([['a', 'b'], ['b'], ['a'], []])", "a"),
            ("plurality([['b'], ['a']])", ["a", "b"]),
            ("instant_runoff([['a', 'b'], ['a', 'b'], ['b', 'a'], ['c', 'b'], ['c', 'b']])", "a"),
            ("turnout([['a'], [], ['b']], 4)", "50.0%"),
        ],
        "hidden": [
            ("plurality([])", None),
            ("instant_runoff([['x'], ['x'], ['y']])", "x"),
            ("instant_runoff([])", None),
            ("instant_runoff([['a', 'c'], ['b', 'c'], ['c', 'a'], ['c', 'b'], ['a', 'b'], ['b', 'a'], ['d', 'c']])", "c"),
            ("turnout([['a']], 3)", "33.3%"),
        ],
        "bugs": [
            ("missing break", "logic", [("                    counts[name] += 1\n                    break\n",
                                          "                    counts[name] += 1\n")]),
            ("indexing an empty list", "reference", [("Counter(ballot[0] for ballot in ballots if ballot)",
                                                      "Counter(ballot[0] for ballot in ballots)")]),
        ],
    },
    {
        "name": "email_tools",
        "code": r"""import re

EMAIL = re.compile(r'^[\w.+-]+@([\w-]+\.)+[a-zA-Z]{2,}$')


def is_email(text):
    return bool(EMAIL.match(text.strip()))


def split_address(address):
    local, _, domain = address.strip().rpartition('@')
    return local, domain.lower()


def canonical(address):
    local, domain = split_address(address)
    if domain in ('gmail.com', 'googlemail.com'):
        local = local.split('+', 1)[0].replace('.', '')
        domain = 'gmail.com'
    return f'{local.lower()}@{domain}'


def by_domain(addresses):
    groups = {}
    for address in addresses:
        if not is_email(address):
            continue
        _, domain = split_address(address)
        groups.setdefault(domain, set()).add(canonical(address))
    return {domain: sorted(found) for domain, found in sorted(groups.items())}


def mask(address):
    local, domain = split_address(address)
    if len(local) <= 2:
        return f'{local[0]}*@{domain}'
    return f'{local[0]}{"*" * (len(local) - 2)}{local[-1]}@{domain}'
""",
        "visible": [
            ("is_email('ann.lee+news@mail.example.org')", True),
            ("is_email('ann@localhost')", False),
            ("canonical('J.Smith+promo@GoogleMail.com')", "jsmith@gmail.com"),
            ("mask('alice@x.com')", "a***e@x.com"),
            ("by_domain(['Bob@Ex.com', 'bob@ex.com ', 'nope', 'c@d.io'])", {"d.io": ["c@d.io"], "ex.com": ["bob@ex.com"]}),
        ],
        "hidden": [
            ("is_email('a@b.c')", False),
            ("is_email(' x_y@sub-domain.co.uk ')", True),
            ("is_email('two@@signs.com')", False),
            ("mask('al@x.com')", "a*@x.com"),
            ("mask('bob@y.org')", "b*b@y.org"),
            ("canonical('a.b+c@yahoo.com')", "a.b+c@yahoo.com"),
            ("by_domain([])", {}),
        ],
        "bugs": [
            ("unescaped dot in a regex", "logic", [(r"([\w-]+\.)+", r"([\w-]+.)+")]),
        ],
        "extra": [
            ("off-by-one in a repeat count", "logic", [('"*" * (len(local) - 2)', '"*" * (len(local) - 1)')]),
            ("set returned where a sorted list is expected", "logic", [("{domain: sorted(found) for", "{domain: found for")]),
        ],
    },
    {
        "name": "file_sizes",
        "code": r"""import re

UNITS = ['B', 'KB', 'MB', 'GB', 'TB']
SIZE = re.compile(r'^\s*(\d+(?:\.\d+)?)\s*([KMGT]?B)\s*$', re.IGNORECASE)


def human(size, precision=1):
    if size < 0:
        raise ValueError('negative size')
    value = float(size)
    for unit in UNITS:
        if value < 1024 or unit == UNITS[-1]:
            break
        value /= 1024
    if unit == 'B':
        return f'{int(value)} B'
    return f'{value:.{precision}f} {unit}'


def parse_size(text):
    match = SIZE.match(text)
    if not match:
        raise ValueError(f'not a size: {text!r}')
    number, unit = match.groups()
    return int(float(number) * 1024 ** UNITS.index(unit.upper()))


def total(sizes):
    return human(sum(parse_size(s) for s in sizes))


def largest(files, n=3):
    ranked = sorted(files.items(), key=lambda item: parse_size(item[1]), reverse=True)
    return [name for name, _ in ranked[:n]]


def over_quota(files, quota):
    limit = parse_size(quota)
    used = 0
    over = []
    for name in sorted(files):
        used += parse_size(files[name])
        if used > limit:
            over.append(name)
    return over
""",
        "visible": [
            ("human(1024)", "1.0 KB"),
            ("human(1536000, 2)", "1.46 MB"),
            ("parse_size('1.5 kb')", 1536),
            ("largest({'a.iso': '2 GB', 'b.txt': '900 KB', 'c.mp4': '10 MB', 'd.log': '3 B'}, 2)", ["a.iso", "c.mp4"]),
            ("total(['512 B', '512 B'])", "1.0 KB"),
        ],
        "hidden": [
            ("human(0)", "0 B"),
            ("human(1023)", "1023 B"),
            ("human(5 * 1024 ** 5)", "5120.0 TB"),
            ("over_quota({'a': '1 MB', 'b': '1 MB', 'c': '1 KB'}, '2 MB')", ["c"]),
            ("largest({'x': '100 B', 'y': '99 KB', 'z': '2 KB'})", ["y", "z", "x"]),
            ("parse_size(' 3MB ')", 3145728),
        ],
        "bugs": [
            ("boundary off by one (<= for <)", "logic", [("if value < 1024 or", "if value <= 1024 or")]),
            ("sorting by the text instead of the value", "logic", [("key=lambda item: parse_size(item[1])", "key=lambda item: item[1]")]),
        ],
    },
    {
        "name": "temperature_log",
        "code": r"""from statistics import mean


def parse_readings(lines):
    readings = {}
    for line in lines:
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        day, _, value = line.partition(' ')
        readings.setdefault(day, []).append(float(value))
    return readings


def daily_summary(lines):
    summary = {}
    for day, values in parse_readings(lines).items():
        summary[day] = (min(values), max(values), round(mean(values), 1))
    return summary


def warmest_day(lines):
    summary = daily_summary(lines)
    return max(summary, key=lambda day: summary[day][1])


def anomalies(lines, limit=5.0):
    flagged = []
    for day, values in parse_readings(lines).items():
        average = mean(values)
        for value in values:
            if abs(value - average) > limit:
                flagged.append((day, value))
    return flagged


def to_fahrenheit(celsius):
    return round(celsius * 9 / 5 + 32, 1)


def swing(lines):
    summary = daily_summary(lines)
    return {day: round(high - low, 1) for day, (low, high, _) in summary.items()}
""",
        "visible": [
            ("daily_summary(['# day reading', 'mon 10.5', 'mon 14.5', 'tue 9', '', 'tue 20'])",
             {"mon": (10.5, 14.5, 12.5), "tue": (9.0, 20.0, 14.5)}),
            ("warmest_day(['mon 1', 'mon 30', 'tue 12', 'tue 13'])", "mon"),
            ("to_fahrenheit(37)", 98.6),
            ("anomalies(['wed 10', 'wed 11', 'wed 0', 'wed 12'])", [("wed", 0.0)]),
        ],
        "hidden": [
            ("to_fahrenheit(-40)", -40.0),
            ("swing(['a 1.5', 'a -2', 'b 3'])", {"a": 3.5, "b": 0.0}),
            ("anomalies(['x 20', 'x 20', 'x 31'], 6)", [("x", 31.0)]),
            ("daily_summary([])", {}),
            ("warmest_day(['d 5'])", "d"),
        ],
        "bugs": [
            ("wrong tuple index", "logic", [("key=lambda day: summary[day][1])", "key=lambda day: summary[day][0])")]),
            ("wrong formula", "logic", [("celsius * 9 / 5 + 32", "(celsius + 32) * 9 / 5")]),
            ("misspelt method name", "reference", [("line.startswith('#')", "line.startwith('#')")]),
        ],
    },
    {
        "name": "json_prefs",
        "code": r"""import json

DEFAULTS = {'theme': 'light', 'font_size': 12, 'plugins': [], 'editor': {'tabs': 4, 'wrap': False}}


def merge(base, override):
    result = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = merge(result[key], value)
        else:
            result[key] = value
    return result


def load_prefs(text):
    if not text.strip():
        return merge(DEFAULTS, {})
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(f'bad preferences: line {error.lineno}') from error
    if not isinstance(data, dict):
        raise ValueError('preferences must be an object')
    return merge(DEFAULTS, data)


def prefs_error(text):
    try:
        load_prefs(text)
    except ValueError as error:
        return str(error)
    return None


def save_prefs(prefs):
    changed = {key: value for key, value in prefs.items() if DEFAULTS.get(key) != value}
    return json.dumps(changed, sort_keys=True)


def add_plugin(prefs, name):
    if name not in prefs['plugins']:
        prefs['plugins'] = prefs['plugins'] + [name]
    return prefs
""",
        "visible": [
            ("load_prefs('{\"theme\": \"dark\", \"editor\": {\"wrap\": true}}')",
             {"theme": "dark", "font_size": 12, "plugins": [], "editor": {"tabs": 4, "wrap": True}}),
            ("prefs_error('{\"theme\": \"dark\",\\n}')", "bad preferences: line 2"),
            ("save_prefs(load_prefs('{\"theme\": \"dark\", \"font_size\": 14}'))", '{"font_size": 14, "theme": "dark"}'),
            ("(add_plugin(load_prefs(''), 'git')['plugins'], load_prefs('')['plugins'])", (["git"], [])),
        ],
        "hidden": [
            ("prefs_error('[1, 2]')", "preferences must be an object"),
            ("prefs_error('{}')", None),
            ("save_prefs(load_prefs('  '))", "{}"),
            ("add_plugin(add_plugin(load_prefs(''), 'a'), 'a')['plugins']", ["a"]),
            ("load_prefs('{\"editor\": {\"tabs\": 2}, \"extra\": 1}')['editor']", {"tabs": 2, "wrap": False}),
            ("(add_plugin(load_prefs('{\"plugins\": [\"x\"]}'), 'y')['plugins'], DEFAULTS['plugins'])", (["x", "y"], [])),
        ],
        "bugs": [
            ("json.load on a string", "reference", [("data = json.loads(text)", "data = json.load(text)")]),
            ("in-place append on a shared default list", "logic",
             [("prefs['plugins'] = prefs['plugins'] + [name]", "prefs['plugins'].append(name)")]),
        ],
        "extra": [
            ("keyword argument dropped from json.dumps", "logic", [("json.dumps(changed, sort_keys=True)", "json.dumps(changed)")]),
            ("nested dict replaced instead of merged", "logic",
             [("            result[key] = merge(result[key], value)\n", "            result[key] = value\n")]),
        ],
    },
    {
        "name": "timesheet",
        "code": r"""from datetime import datetime

FORMAT = '%Y-%m-%d %H:%M'


def hours(start, end):
    begin = datetime.strptime(start, FORMAT)
    finish = datetime.strptime(end, FORMAT)
    if finish <= begin:
        raise ValueError(f'shift ends before it starts: {start} - {end}')
    return (finish - begin).total_seconds() / 3600


def weekly_hours(shifts):
    weeks = {}
    for start, end in shifts:
        year, week, _ = datetime.strptime(start, FORMAT).isocalendar()
        key = f'{year}-W{week:02d}'
        weeks[key] = weeks.get(key, 0) + hours(start, end)
    return weeks


def overtime(shifts, limit=40):
    return {week: round(total - limit, 2) for week, total in weekly_hours(shifts).items() if total > limit}


def pay(shifts, rate, limit=40, factor=1.5):
    total = 0.0
    for worked in weekly_hours(shifts).values():
        regular = min(worked, limit)
        extra = worked - regular
        total += regular * rate + extra * rate * factor
    return round(total, 2)


def longest_shift(shifts):
    best = max(shifts, key=lambda shift: hours(*shift))
    return best[0][:10], round(hours(*best), 2)
""",
        "visible": [
            ("hours('2024-03-04 22:00', '2024-03-05 06:30')", 8.5),
            ("hours('2024-03-01 08:00', '2024-03-02 10:00')", 26.0),
            ("weekly_hours([('2024-01-08 09:00', '2024-01-08 17:00'), ('2024-01-14 09:00', '2024-01-14 12:00'), "
             "('2024-01-15 09:00', '2024-01-15 10:30')])", {"2024-W02": 11.0, "2024-W03": 1.5}),
            ("pay([('2024-01-01 06:00', '2024-01-02 06:00'), ('2024-01-03 06:00', '2024-01-04 00:00')], 20)", 860.0),
        ],
        "hidden": [
            ("overtime([('2024-01-01 00:00', '2024-01-02 16:00')])", {}),
            ("overtime([('2024-01-01 00:00', '2024-01-02 18:15')])", {"2024-W01": 2.25}),
            ("longest_shift([('2024-05-01 09:00', '2024-05-01 10:00'), ('2024-05-02 09:00', '2024-05-02 21:20')])",
             ("2024-05-02", 12.33)),
            ("pay([], 15)", 0.0),
            ("weekly_hours([('2023-01-01 10:00', '2023-01-01 11:00')])", {"2022-W52": 1.0}),
        ],
        "bugs": [
            ("timedelta.seconds instead of total_seconds()", "logic",
             [("(finish - begin).total_seconds() / 3600", "(finish - begin).seconds / 3600")]),
            ("a factor left out of a product", "logic", [("extra * rate * factor", "extra * factor")]),
        ],
    },
    {
        "name": "dice_notation",
        "code": r"""import random
import re

DICE = re.compile(r'^(\d*)d(\d+)([+-]\d+)?$')


def parse(notation):
    match = DICE.match(notation.replace(' ', '').lower())
    if not match:
        raise ValueError(f'bad dice: {notation!r}')
    count = int(match.group(1) or 1)
    sides = int(match.group(2))
    modifier = int(match.group(3) or 0)
    if count < 1 or sides < 2:
        raise ValueError(f'bad dice: {notation!r}')
    return count, sides, modifier


def bounds(notation):
    count, sides, modifier = parse(notation)
    return count + modifier, count * sides + modifier


def average(notation):
    count, sides, modifier = parse(notation)
    return count * (sides + 1) / 2 + modifier


def roll(notation, rng):
    count, sides, modifier = parse(notation)
    rolls = [rng.randint(1, sides) for _ in range(count)]
    return sum(rolls) + modifier


def roll_many(notation, seed, times):
    rng = random.Random(seed)
    return [roll(notation, rng) for _ in range(times)]


def describe(notation):
    low, high = bounds(notation)
    return f'{notation}: {low}-{high}, average {average(notation):g}'
""",
        "visible": [
            ("parse('3d6+2')", (3, 6, 2)),
            ("average('3d6')", 10.5),
            ("max(roll_many('1d6', 3, 200))", 6),
            ("describe('2d8-1')", "2d8-1: 1-15, average 8"),
            ("parse('d20')", (1, 20, 0)),
        ],
        "hidden": [
            ("bounds('4D4 + 4')", (8, 20)),
            ("min(roll_many('2d4+1', 5, 300))", 3),
            ("set(roll_many('1d2', 9, 100))", {1, 2}),
            ("average('1d20-3')", 7.5),
            ("describe('d6')", "d6: 1-6, average 3.5"),
        ],
        "bugs": [
            ("randrange excludes the top value", "logic", [("rng.randint(1, sides)", "rng.randrange(1, sides)")]),
            ("floor division instead of true division", "logic", [("count * (sides + 1) / 2", "count * (sides + 1) // 2")]),
        ],
    },
    {
        "name": "morse_code",
        "code": r"""CODE = {
    'A': '.-', 'B': '-...', 'C': '-.-.', 'D': '-..', 'E': '.', 'F': '..-.', 'G': '--.', 'H': '....',
    'I': '..', 'J': '.---', 'K': '-.-', 'L': '.-..', 'M': '--', 'N': '-.', 'O': '---', 'P': '.--.',
    'Q': '--.-', 'R': '.-.', 'S': '...', 'T': '-', 'U': '..-', 'V': '...-', 'W': '.--', 'X': '-..-',
    'Y': '-.--', 'Z': '--..', '0': '-----', '1': '.----', '2': '..---', '3': '...--', '4': '....-',
    '5': '.....', '6': '-....', '7': '--...', '8': '---..', '9': '----.',
}
DECODE = {code: letter for letter, code in CODE.items()}


def encode(text):
    words = []
    for word in text.upper().split():
        letters = [CODE[char] for char in word if char in CODE]
        if letters:
            words.append(' '.join(letters))
    return ' / '.join(words)


def decode(signal):
    words = []
    for word in signal.strip().split(' / '):
        letters = []
        for code in word.split():
            if code not in DECODE:
                raise ValueError(f'unknown code {code!r}')
            letters.append(DECODE[code])
        words.append(''.join(letters))
    return ' '.join(words)


def units(signal):
    total = 0
    words = signal.split(' / ')
    for word in words:
        for i, code in enumerate(word.split()):
            total += sum(1 if mark == '.' else 3 for mark in code) + len(code) - 1
            if i > 0:
                total += 3
    return total + 7 * (len(words) - 1)


def round_trip(text):
    return decode(encode(text)) == ' '.join(text.upper().split())
""",
        "visible": [
            ("encode('SOS help')", "... --- ... / .... . .-.. .--."),
            ("decode('.... .. / - .... . .-. .')", "HI THERE"),
            ("units('... ---')", 19),
            ("round_trip('Hello World 42')", True),
        ],
        "hidden": [
            ("encode('')", ""),
            ("encode('a, b!')", ".- / -..."),
            ("decode('  -- ---  ')", "MO"),
            ("units('. / .')", 9),
            ("units('-')", 3),
            ("round_trip('x')", True),
        ],
        "bugs": [
            ("unclosed string", "syntax", [("raise ValueError(f'unknown code {code!r}')", "raise ValueError(f'unknown code {code!r})")]),
            ("dict inverted the wrong way", "logic",
             [("DECODE = {code: letter for letter, code in CODE.items()}", "DECODE = {letter: code for letter, code in CODE.items()}")]),
        ],
    },
    {
        "name": "isbn_check",
        "code": r"""def clean(isbn):
    return isbn.replace('-', '').replace(' ', '').upper()


def is_isbn10(isbn):
    digits = clean(isbn)
    if len(digits) != 10 or not digits[:9].isdigit():
        return False
    if not (digits[9].isdigit() or digits[9] == 'X'):
        return False
    total = 0
    for position, char in enumerate(digits, start=1):
        value = 10 if char == 'X' else int(char)
        total += position * value
    return total % 11 == 0


def is_isbn13(isbn):
    digits = clean(isbn)
    if len(digits) != 13 or not digits.isdigit():
        return False
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits))
    return total % 10 == 0


def to_isbn13(isbn10):
    if not is_isbn10(isbn10):
        raise ValueError(f'not an ISBN-10: {isbn10}')
    body = '978' + clean(isbn10)[:9]
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    check = (10 - total % 10) % 10
    return body + str(check)


def kind(isbn):
    if is_isbn10(isbn):
        return 'ISBN-10'
    if is_isbn13(isbn):
        return 'ISBN-13'
    return 'invalid'
""",
        "visible": [
            ("is_isbn10('0-306-40615-2')", True),
            ("is_isbn10('0-306-40615-3')", False),
            ("to_isbn13('0-306-40615-2')", "9780306406157"),
            ("to_isbn13('1-000-00003-6')", "9781000000030"),
            ("kind('978-0-306-40615-7')", "ISBN-13"),
        ],
        "hidden": [
            ("is_isbn10('1-000-00029-X')", True),
            ("is_isbn10('1-000-00029-x')", True),
            ("is_isbn10('X-000-00029-1')", False),
            ("kind('978-0-306-40615-8')", "invalid"),
            ("kind('123')", "invalid"),
            ("to_isbn13('100000029X')", "9781000000290"),
            ("is_isbn13('9781000000030')", True),
        ],
        "bugs": [
            ("check digit not wrapped with % 10", "logic", [("check = (10 - total % 10) % 10", "check = 10 - total % 10")]),
            ("enumerate starts at 0", "logic", [("enumerate(digits, start=1)", "enumerate(digits)")]),
            ("missing colon", "syntax", [("def kind(isbn):", "def kind(isbn)")]),
        ],
    },
    {
        "name": "sudoku_check",
        "code": r"""def rows(grid):
    return [list(row) for row in grid]


def columns(grid):
    return [[grid[r][c] for r in range(9)] for c in range(9)]


def boxes(grid):
    out = []
    for top in range(0, 9, 3):
        for left in range(0, 9, 3):
            out.append([grid[r][c] for r in range(top, top + 3) for c in range(left, left + 3)])
    return out


def has_duplicates(group):
    seen = set()
    for value in group:
        if value == 0:
            continue
        if value in seen:
            return True
        seen.add(value)
    return False


def is_valid(grid):
    groups = rows(grid) + columns(grid) + boxes(grid)
    return not any(has_duplicates(group) for group in groups)


def is_solved(grid):
    return is_valid(grid) and all(0 not in row for row in grid)


def candidates(grid, r, c):
    if grid[r][c]:
        return []
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    top, left = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(top, top + 3) for j in range(left, left + 3)}
    return sorted(set(range(1, 10)) - used)


def parse(text):
    return [[int(ch) if ch.isdigit() else 0 for ch in line.strip()] for line in text.strip().splitlines()]
""",
        "visible": [
            (f"is_solved(parse('{SOLVED}'))", True),
            (f"is_valid(parse('{PUZZLE}'))", True),
            (f"is_valid(parse('{PUZZLE.replace('530070000', '530070005')}'))", False),
            (f"candidates(parse('{PUZZLE}'), 0, 2)", [1, 2, 4]),
            (f"candidates(parse('{PUZZLE}'), 7, 7)", [3]),
        ],
        "hidden": [
            (f"is_solved(parse('{PUZZLE}'))", False),
            (f"is_valid(parse('{SOLVED.replace('534678912', '354678912')}'))", False),
            (f"candidates(parse('{PUZZLE}'), 0, 0)", []),
            (f"candidates(parse('{PUZZLE}'), 4, 4)", [5]),
            (f"is_valid(parse('{PUZZLE.replace('000080079', '000080779')}'))", False),
        ],
        "bugs": [
            ("box origin not scaled", "logic", [("top, left = 3 * (r // 3), 3 * (c // 3)", "top, left = r // 3, c // 3")]),
        ],
        "extra": [
            ("early return instead of continue", "logic", [("        if value == 0:\n            continue\n",
                                                             "        if value == 0:\n            return False\n")]),
            ("range step left out", "logic", [("    for top in range(0, 9, 3):\n", "    for top in range(0, 9):\n")]),
        ],
    },
    {
        "name": "text_stats",
        "code": r"""import math
import re

SENTENCE_END = re.compile(r'[.!?]+')
WORD = re.compile(r"[A-Za-z']+")


def words(text):
    return WORD.findall(text)


def sentences(text):
    return [part.strip() for part in SENTENCE_END.split(text) if part.strip()]


def syllables(word):
    word = word.lower().strip("'")
    count = len(re.findall(r'[aeiouy]+', word))
    if word.endswith('e') and count > 1:
        count -= 1
    return max(count, 1)


def stats(text):
    found = words(text)
    if not found:
        return {'words': 0, 'sentences': 0, 'avg_word': 0.0, 'reading_minutes': 0}
    return {
        'words': len(found),
        'sentences': len(sentences(text)),
        'avg_word': round(sum(len(w) for w in found) / len(found), 2),
        'reading_minutes': math.ceil(len(found) / 200),
    }


def flesch(text):
    found = words(text)
    count = len(sentences(text))
    if not found or not count:
        return 0.0
    total = sum(syllables(w) for w in found)
    return round(206.835 - 1.015 * len(found) / count - 84.6 * total / len(found), 1)


def longest_words(text, n=3):
    unique = {w.lower() for w in words(text)}
    return sorted(unique, key=lambda w: (-len(w), w))[:n]
""",
        "visible": [
            ("stats('The cat sat. The dog ran!')", {"words": 6, "sentences": 2, "avg_word": 3.0, "reading_minutes": 1}),
            ("stats('')", {"words": 0, "sentences": 0, "avg_word": 0.0, "reading_minutes": 0}),
            ("stats('word ' * 250)['reading_minutes']", 2),
            ("flesch('The cat sat on the mat.')", 116.1),
            ("longest_words('A quick brown fox jumps', 2)", ["brown", "jumps"]),
        ],
        "hidden": [
            ("stats('Hi')", {"words": 1, "sentences": 1, "avg_word": 2.0, "reading_minutes": 1}),
            ("flesch('')", 0.0),
            ("syllables('make')", 1),
            ("syllables(\"don't\")", 1),
            ("longest_words('')", []),
            ("stats('Wait... what?! Yes.')['sentences']", 3),
        ],
        "bugs": [
            ("missing empty-input case", "logic",
             [("    if not found:\n        return {'words': 0, 'sentences': 0, 'avg_word': 0.0, 'reading_minutes': 0}\n", "")]),
            ("wrong variable", "logic", [("sum(len(w) for w in found) / len(found)", "sum(len(w) for w in found) / len(text)")]),
        ],
        "extra": [
            ("round instead of ceil", "logic", [("math.ceil(len(found) / 200)", "round(len(found) / 200)")]),
            ("empty pieces not filtered", "logic", [("for part in SENTENCE_END.split(text) if part.strip()]",
                                                     "for part in SENTENCE_END.split(text)]")]),
        ],
    },
    {
        "name": "feature_flags",
        "code": r"""import hashlib


class Flags:
    def __init__(self, config):
        self.config = config
        self.overrides = {}

    def bucket(self, flag, user):
        digest = hashlib.sha256(f'{flag}:{user}'.encode()).hexdigest()
        return int(digest[:8], 16) % 100

    def override(self, flag, user, value):
        self.overrides[(flag, user)] = value

    def enabled(self, flag, user, groups=()):
        if (flag, user) in self.overrides:
            return self.overrides[(flag, user)]
        rule = self.config.get(flag)
        if rule is None:
            return False
        if user in rule.get('users', []):
            return True
        if set(groups) & set(rule.get('groups', [])):
            return True
        return self.bucket(flag, user) < rule.get('percent', 0)

    def enabled_for(self, flag, users):
        return [user for user in users if self.enabled(flag, user)]


def check(config, flag, user, groups=(), overrides=()):
    flags = Flags(config)
    for name, who, value in overrides:
        flags.override(name, who, value)
    return flags.enabled(flag, user, groups)


def rollout_share(config, flag, count=1000):
    flags = Flags(config)
    on = sum(flags.enabled(flag, f'user{i}') for i in range(count))
    return round(on / count, 2)
""",
        "visible": [
            ("check({'beta': {'users': ['ann']}}, 'beta', 'ann')", True),
            ("check({'beta': {'users': ['ann']}}, 'beta', 'ann', overrides=[('beta', 'ann', False)])", False),
            ("check({'beta': {'groups': ['staff']}}, 'beta', 'bo', ['staff'])", True),
            ("check({'beta': {'groups': ['staff']}}, 'beta', 'cy', ['guest'])", False),
            ("rollout_share({'beta': {'percent': 0}}, 'beta')", 0.0),
            ("rollout_share({'beta': {'percent': 30}}, 'beta')", 0.26),
        ],
        "hidden": [
            ("check({}, 'x', 'ann')", False),
            ("check({}, 'x', 'ann', overrides=[('x', 'ann', True)])", True),
            ("Flags({'f': {'users': ['b']}}).enabled_for('f', ['a', 'b'])", ["b"]),
            ("rollout_share({'beta': {'percent': 100}}, 'beta')", 1.0),
            ("rollout_share({'beta': {}}, 'beta')", 0.0),
            ("check({'beta': {'percent': 100}}, 'beta', 'ann', overrides=[('beta', 'bo', False)])", True),
        ],
        "bugs": [
            ("truthiness test instead of a membership test", "logic",
             [("if (flag, user) in self.overrides:", "if self.overrides.get((flag, user)):")]),
            ("hash key missing a part", "logic", [("hashlib.sha256(f'{flag}:{user}'.encode())", "hashlib.sha256(f'{user}'.encode())")]),
            ("missing self.", "reference", [("return self.bucket(flag, user) <", "return bucket(flag, user) <")]),
        ],
    },
    {
        "name": "stopwatch_laps",
        "code": r"""class Stopwatch:
    def __init__(self):
        self.started = None
        self.elapsed = 0.0
        self.laps = []
        self.last_lap = 0.0

    def start(self, now):
        if self.started is not None:
            raise RuntimeError('already running')
        self.started = now

    def stop(self, now):
        if self.started is None:
            raise RuntimeError('not running')
        self.elapsed += now - self.started
        self.started = None

    def total(self, now):
        if self.started is None:
            return self.elapsed
        return self.elapsed + now - self.started

    def lap(self, now):
        current = self.total(now)
        self.laps.append(current - self.last_lap)
        self.last_lap = current
        return self.laps[-1]

    def reset(self):
        self.__init__()


def fmt(seconds):
    minutes, seconds = divmod(seconds, 60)
    return f'{int(minutes):02d}:{seconds:05.2f}'


def session(events):
    watch = Stopwatch()
    for name, now in events:
        getattr(watch, name)(now)
    if not watch.laps:
        return [], None
    fastest = min(range(len(watch.laps)), key=watch.laps.__getitem__) + 1
    return [fmt(lap) for lap in watch.laps], fastest
""",
        "visible": [
            ("session([('start', 0), ('lap', 62.5), ('lap', 125.0), ('stop', 130), ('start', 200), ('lap', 215.25)])",
             (["01:02.50", "01:02.50", "00:20.25"], 3)),
            ("session([('start', 10), ('lap', 40), ('lap', 100)])", (["00:30.00", "01:00.00"], 1)),
        ],
        "hidden": [
            ("session([])", ([], None)),
            ("session([('start', 0), ('stop', 3599.99), ('lap', 4000)])", (["59:59.99"], 1)),
            ("(lambda w: (w.start(0), w.stop(5), w.reset(), w.total(9))[-1])(Stopwatch())", 0.0),
            ("session([('start', 0), ('lap', 5), ('stop', 6), ('start', 10), ('stop', 12), ('lap', 99)])", (["00:05.00", "00:03.00"], 2)),
        ],
        "bugs": [
            ("state not updated", "logic", [("        self.last_lap = current\n", "")]),
        ],
        "extra": [
            ("state not cleared", "logic", [("        self.elapsed += now - self.started\n        self.started = None\n",
                                              "        self.elapsed += now - self.started\n")]),
            ("format spec without width", "logic", [("{seconds:05.2f}", "{seconds:.2f}")]),
            ("max instead of min", "logic", [("fastest = min(range(len(watch.laps))", "fastest = max(range(len(watch.laps))")]),
        ],
    },
    {
        "name": "bill_split",
        "code": r"""def to_cents(amount):
    return int(round(amount * 100))


def split_even(total, people):
    if people <= 0:
        raise ValueError('need at least one person')
    cents = to_cents(total)
    share, left = divmod(cents, people)
    return [(share + (1 if i < left else 0)) / 100 for i in range(people)]


def with_tip(total, percent):
    return to_cents(total * (1 + percent / 100)) / 100


def split_items(items, shared=()):
    owed = {}
    for person, amount in items:
        owed[person] = owed.get(person, 0) + to_cents(amount)
    people = sorted(owed)
    for amount in shared:
        for person, part in zip(people, split_even(amount, len(people))):
            owed[person] += to_cents(part)
    return {person: cents / 100 for person, cents in owed.items()}


def settle(paid, owed):
    balance = {p: to_cents(paid.get(p, 0)) - to_cents(owed.get(p, 0)) for p in set(paid) | set(owed)}
    debtors = sorted((b, p) for p, b in balance.items() if b < 0)
    creditors = sorted((-b, p) for p, b in balance.items() if b > 0)
    transfers = []
    while debtors and creditors:
        debt, debtor = debtors.pop(0)
        credit, creditor = creditors.pop(0)
        amount = min(-debt, -credit)
        transfers.append(f'{debtor} pays {creditor} {amount / 100:.2f}')
        if -debt > amount:
            debtors.insert(0, (debt + amount, debtor))
        if -credit > amount:
            creditors.insert(0, (credit + amount, creditor))
    return transfers
""",
        "visible": [
            ("split_even(10, 3)", [3.34, 3.33, 3.33]),
            ("split_items([('ann', 19.99), ('bo', 5.1)], [9])", {"ann": 24.49, "bo": 9.6}),
            ("split_items([('ann', 5), ('bo', 2), ('ann', 7)])", {"ann": 12.0, "bo": 2.0}),
            ("settle({'ann': 30}, {'ann': 10, 'bo': 10, 'cy': 10})", ["bo pays ann 10.00", "cy pays ann 10.00"]),
        ],
        "hidden": [
            ("split_even(0.05, 2)", [0.03, 0.02]),
            ("split_even(7, 1)", [7.0]),
            ("settle({}, {})", []),
            ("with_tip(20, 15)", 23.0),
            ("settle({'a': 50, 'b': 10}, {'a': 20, 'b': 20, 'c': 20})", ["c pays a 20.00", "b pays a 10.00"]),
            ("sum(split_even(100, 7))", 100.0),
        ],
        "bugs": [
            ("remainder of a division dropped", "logic",
             [("[(share + (1 if i < left else 0)) / 100 for i in range(people)]", "[share / 100 for i in range(people)]")]),
            ("float truncated instead of rounded", "logic", [("return int(round(amount * 100))", "return int(amount * 100)")]),
        ],
    },
    {
        "name": "http_headers",
        "code": r"""def parse_headers(raw):
    headers = {}
    lines = raw.split('\r\n')
    for line in lines[1:]:
        if not line:
            break
        if line[0] in ' \t':
            last = list(headers)[-1]
            headers[last][-1] += ' ' + line.strip()
            continue
        name, sep, value = line.partition(':')
        if not sep:
            raise ValueError(f'bad header line: {line!r}')
        headers.setdefault(name.strip().lower(), []).append(value.strip())
    return headers


def get(headers, name, default=None):
    values = headers.get(name.lower())
    if not values:
        return default
    return ', '.join(values)


def content_type(headers):
    value = get(headers, 'content-type', 'application/octet-stream')
    mime, _, rest = value.partition(';')
    params = {}
    for part in rest.split(';'):
        key, eq, val = part.strip().partition('=')
        if eq:
            params[key.lower()] = val.strip('"')
    return mime.strip().lower(), params.get('charset', 'utf-8')


def content_length(headers):
    value = get(headers, 'content-length')
    if value is None or not value.isdigit():
        return 0
    return int(value)


def status(raw):
    version, code, reason = raw.split('\r\n', 1)[0].split(' ', 2)
    return int(code), reason
""",
        "visible": [
            (f"status('{RAW}')", (404, "Not Found")),
            (f"get(parse_headers('{RAW}'), 'Set-Cookie')", "a=1, b=2"),
            (f"content_type(parse_headers('{RAW}'))", ("text/html", "ISO-8859-1")),
            (f"get(parse_headers('{RAW}'), 'x-long')", "part one part two"),
            (f"content_length(parse_headers('{RAW}'))", 12),
            (f"'hello' in parse_headers('{RAW}')", False),
        ],
        "hidden": [
            ("content_type({})", ("application/octet-stream", "utf-8")),
            ("content_length(parse_headers('HTTP/1.1 200 OK\\r\\nContent-Length: abc\\r\\n\\r\\n'))", 0),
            ("status('HTTP/1.1 200 OK\\r\\n')", (200, "OK")),
            ("get({}, 'X', 'd')", "d"),
            ("parse_headers('GET / HTTP/1.1\\r\\nHost:  example.com \\r\\n\\r\\n')", {"host": ["example.com"]}),
            ("content_type(parse_headers('HTTP/1.1 200 OK\\r\\nContent-Type: Application/JSON\\r\\n\\r\\n'))",
             ("application/json", "utf-8")),
        ],
        "bugs": [
            ("case-insensitive lookup missing", "logic", [("values = headers.get(name.lower())", "values = headers.get(name)")]),
            ("split without maxsplit", "logic", [(".split(' ', 2)", ".split(' ')")]),
            ("illegal indentation", "syntax", [("        name, sep, value = line.partition(':')\n",
                                                 "         name, sep, value = line.partition(':')\n")]),
        ],
        "extra": [
            ("value not stripped", "logic", [("append(value.strip())", "append(value)")]),
            ("continue instead of break", "logic", [("        if not line:\n            break\n", "        if not line:\n            continue\n")]),
        ],
    },
    {
        "name": "bus_timetable",
        "code": r"""def to_minutes(hhmm):
    hours, minutes = hhmm.split(':')
    return int(hours) * 60 + int(minutes)


def to_clock(minutes):
    minutes %= 24 * 60
    return f'{minutes // 60:02d}:{minutes % 60:02d}'


def departures(first, last, every):
    start, end = to_minutes(first), to_minutes(last)
    if end < start:
        end += 24 * 60
    return [to_clock(m) for m in range(start, end + 1, every)]


def next_departure(times, now):
    current = to_minutes(now)
    for time in sorted(times, key=to_minutes):
        if to_minutes(time) >= current:
            return time
    return min(times, key=to_minutes) if times else None


def wait(times, now):
    following = next_departure(times, now)
    if following is None:
        return None
    gap = to_minutes(following) - to_minutes(now)
    return gap if gap >= 0 else gap + 24 * 60


def merge_lines(timetables):
    merged = {}
    for line, times in timetables.items():
        for time in times:
            merged.setdefault(time, []).append(line)
    ordered = sorted(merged.items(), key=lambda item: to_minutes(item[0]))
    return [f"{time} {'/'.join(sorted(lines))}" for time, lines in ordered]
""",
        "visible": [
            ("departures('6:00', '7:00', 20)", ["06:00", "06:20", "06:40", "07:00"]),
            ("departures('23:30', '0:30', 30)", ["23:30", "00:00", "00:30"]),
            ("next_departure(['10:00', '9:30', '22:15'], '9:00')", "9:30"),
            ("wait(['6:00', '23:00'], '23:30')", 390),
            ("merge_lines({'B': ['9:00'], 'A': ['10:00', '9:00']})", ["9:00 A/B", "10:00 A"]),
        ],
        "hidden": [
            ("departures('8:00', '8:00', 15)", ["08:00"]),
            ("next_departure([], '1:00')", None),
            ("wait([], '1:00')", None),
            ("wait(['7:05'], '7:05')", 0),
            ("merge_lines({})", []),
            ("next_departure(['23:50', '5:10'], '23:55')", "5:10"),
            ("departures('22:00', '23:59', 60)", ["22:00", "23:00"]),
        ],
        "bugs": [
            ("off-by-one in a range end", "logic", [("range(start, end + 1, every)", "range(start, end, every)")]),
        ],
        "extra": [
            ("sorting times as strings", "logic", [("for time in sorted(times, key=to_minutes):", "for time in sorted(times):")]),
            ("missing wrap-around case", "logic", [("return gap if gap >= 0 else gap + 24 * 60", "return gap")]),
            ("modulo dropped", "logic", [("    minutes %= 24 * 60\n", "")]),
        ],
    },
]

DOUBLES: list[tuple[str, int, int]] = [
    ("password_policy", 1, 2), ("duration_parse", 2, 3), ("library_loans", 1, 2), ("birthdays", 1, 2),
    ("phone_numbers", 1, 2), ("shipping_cost", 2, 3), ("email_tools", 1, 2), ("text_stats", 2, 3),
    ("http_headers", 3, 4), ("sales_by_region", 0, 2),
]
"""Two bugs of one program at once: (program, first bug, second bug)."""

TRIPLES: list[tuple[str, int, int, int]] = [
    ("invoice_totals", 0, 1, 2), ("sudoku_check", 0, 1, 2), ("stopwatch_laps", 1, 2, 3),
    ("bus_timetable", 1, 2, 3), ("json_prefs", 1, 2, 3),
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
    (HERE / "unseen4.jsonl").write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    print(f"{len(rows)} instances over {len(PROGRAMS)} programs written to {HERE / 'unseen4.jsonl'}")
