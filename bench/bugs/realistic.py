"""A bug set written for repoagent's debugging mode, unrelated to DebugBench.

    .venv/bin/python bench/bugs/realistic.py        # writes realistic.jsonl beside this file

Each program is correct code with its visible tests (what a developer's test file
checks) and hidden tests (more cases, for the final verdict only); each bug is one
or more exact text replacements in the correct code, of the kinds everyday Python
bugs are: off-by-one, wrong operator, wrong variable, missing ``return``, wrong
loop boundary, missing base case, swapped arguments or operands, the wrong method
of a builtin type, a mutable default argument, a missing ``self.``, a block at the
wrong indentation, ``None`` not handled, the wrong exception caught. Building the
file checks every instance: the correct code passes all tests, the buggy code
compiles and fails the visible ones.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from repoagent.bench.dataset import case_script

HERE = Path(__file__).resolve().parent


Bug = tuple[str, str, list[tuple[str, str]]]
"""(subtype, category, [(correct text, buggy text), ...])."""

PROGRAMS: list[dict] = [
    {
        "name": "gcd",
        "code": "def gcd(a, b):\n    if b == 0:\n        return a\n    return gcd(b, a % b)\n\n\n"
                "def lcm(a, b):\n    return a * b // gcd(a, b)\n",
        "visible": [("gcd(12, 18)", 6), ("lcm(4, 6)", 12), ("gcd(7, 3)", 1)],
        "hidden": [("gcd(0, 5)", 5), ("lcm(5, 7)", 35), ("gcd(100, 75)", 25), ("lcm(6, 8)", 24)],
        "bugs": [
            ("swapped arguments", "logic", [("gcd(b, a % b)", "gcd(a % b, b)")]),
            ("wrong variable", "logic", [("if b == 0:", "if a == 0:")]),
        ],
    },
    {
        "name": "binary_search",
        "code": "def binary_search(items, target):\n    lo, hi = 0, len(items) - 1\n    while lo <= hi:\n"
                "        mid = (lo + hi) // 2\n        if items[mid] == target:\n            return mid\n"
                "        if items[mid] < target:\n            lo = mid + 1\n        else:\n            hi = mid - 1\n    return -1\n",
        "visible": [("binary_search([1, 3, 5, 7], 7)", 3), ("binary_search([1, 3, 5, 7], 1)", 0),
                    ("binary_search([1, 3, 5, 7], 4)", -1), ("binary_search([1, 3, 5, 7], 9)", -1)],
        "hidden": [("binary_search([2], 2)", 0), ("binary_search([], 3)", -1), ("binary_search([1, 3, 5, 7, 9], 9)", 4),
                   ("binary_search([1, 3, 5, 7, 9], 10)", -1), ("binary_search([1, 3, 5, 7, 9], 5)", 2)],
        "bugs": [
            ("wrong loop boundary", "logic", [("while lo <= hi:", "while lo < hi:")]),
            ("off-by-one", "logic", [("lo = mid + 1", "lo = mid")]),
            ("off-by-one", "logic", [("len(items) - 1", "len(items)")]),
        ],
    },
    {
        "name": "max_subarray",
        "code": "def max_subarray(nums):\n    best = current = nums[0]\n    for x in nums[1:]:\n"
                "        current = max(x, current + x)\n        best = max(best, current)\n    return best\n",
        "visible": [("max_subarray([-2, 1, -3, 4, -1, 2, 1, -5, 4])", 6), ("max_subarray([1])", 1), ("max_subarray([5, 4, -1, 7, 8])", 23)],
        "hidden": [("max_subarray([-3, -1, -2])", -1), ("max_subarray([2, -1, 2])", 3), ("max_subarray([-1, 3])", 3)],
        "bugs": [
            ("wrong variable", "logic", [("current = max(x, current + x)", "current = max(current, current + x)")]),
            ("wrong builtin", "logic", [("best = max(best, current)", "best = min(best, current)")]),
            ("off-by-one", "logic", [("for x in nums[1:]:", "for x in nums:")]),
        ],
    },
    {
        "name": "word_counts",
        "code": "def word_counts(text):\n    counts = {}\n    for word in text.lower().split():\n"
                "        counts[word] = counts.get(word, 0) + 1\n    return counts\n\n\n"
                "def most_common(text):\n    counts = word_counts(text)\n    return max(sorted(counts), key=counts.get)\n",
        "visible": [("most_common('the cat and the hat')", "the"), ("word_counts('a b a')", {"a": 2, "b": 1})],
        "hidden": [("most_common('x y y z')", "y"), ("word_counts('Go go GO')", {"go": 3}), ("word_counts('')", {})],
        "bugs": [
            ("wrong method of a builtin type", "reference", [("text.lower().split()", "text.lower().splitlines()")]),
            ("missing return", "logic", [("        counts[word] = counts.get(word, 0) + 1\n    return counts\n",
                                           "        counts[word] = counts.get(word, 0) + 1\n")]),
        ],
    },
    {
        "name": "add_tag",
        "code": "def add_tag(tag, tags=None):\n    if tags is None:\n        tags = []\n    tags.append(tag)\n    return tags\n",
        "visible": [("(add_tag('a'), add_tag('b'))", (["a"], ["b"])), ("add_tag('c', ['x'])", ["x", "c"])],
        "hidden": [("[add_tag(t) for t in 'pqr']", [["p"], ["q"], ["r"]])],
        "bugs": [
            ("mutable default argument", "logic", [("def add_tag(tag, tags=None):\n    if tags is None:\n        tags = []\n",
                                                    "def add_tag(tag, tags=[]):\n")]),
        ],
    },
    {
        "name": "unique_in_order",
        "code": "def unique_in_order(items, seen=None):\n    seen = set() if seen is None else seen\n    out = []\n"
                "    for item in items:\n        if item not in seen:\n            seen.add(item)\n            out.append(item)\n    return out\n",
        "visible": [("unique_in_order([1, 2, 1, 3])", [1, 2, 3]), ("unique_in_order([3, 1, 3])", [3, 1])],
        "hidden": [("unique_in_order([])", []), ("unique_in_order('abca')", ["a", "b", "c"]), ("unique_in_order([5, 5], {5})", [])],
        "bugs": [
            ("mutable default argument", "logic", [("def unique_in_order(items, seen=None):\n    seen = set() if seen is None else seen\n",
                                                    "def unique_in_order(items, seen=set()):\n")]),
        ],
    },
    {
        "name": "balanced",
        "code": "class Stack:\n    def __init__(self):\n        self.items = []\n\n    def push(self, item):\n        self.items.append(item)\n\n"
                "    def pop(self):\n        if not self.items:\n            raise IndexError('pop from empty stack')\n        return self.items.pop()\n\n"
                "    def peek(self):\n        return self.items[-1] if self.items else None\n\n"
                "    def __len__(self):\n        return len(self.items)\n\n\n"
                "def balanced(text):\n    pairs = {')': '(', ']': '[', '}': '{'}\n    stack = Stack()\n    for char in text:\n"
                "        if char in '([{':\n            stack.push(char)\n        elif char in pairs:\n"
                "            if len(stack) == 0 or stack.pop() != pairs[char]:\n                return False\n    return len(stack) == 0\n",
        "visible": [("balanced('([]{})')", True), ("balanced('(]')", False), ("balanced('((')", False), ("balanced('')", True)],
        "hidden": [("balanced('())')", False), ("balanced('{[()()]}')", True), ("balanced('a(b)c')", True), ("balanced('([)]')", False)],
        "bugs": [
            ("missing self.", "reference", [("        self.items.append(item)", "        items.append(item)")]),
            ("wrong method", "logic", [("stack.pop() != pairs[char]", "stack.peek() != pairs[char]")]),
            ("block at the wrong indentation", "logic", [("                return False\n    return len(stack) == 0\n",
                                                          "                return False\n        return len(stack) == 0\n")]),
            ("missing self.", "reference", [("        return len(self.items)\n", "        return len(items)\n")]),
        ],
    },
    {
        "name": "parse_port",
        "code": "def parse_port(text, default=8080):\n    try:\n        port = int(text)\n    except ValueError:\n        return default\n"
                "    if not 0 < port < 65536:\n        return default\n    return port\n",
        "visible": [("parse_port('80')", 80), ("parse_port('http')", 8080), ("parse_port('0', 1)", 1)],
        "hidden": [("parse_port('65535')", 65535), ("parse_port('65536')", 8080), ("parse_port('', 3)", 3), ("parse_port(' 22 ')", 22)],
        "bugs": [
            ("wrong exception caught", "logic", [("except ValueError:", "except TypeError:")]),
            ("condition error", "logic", [("if not 0 < port < 65536:", "if not 0 <= port < 65536:")]),
        ],
    },
    {
        "name": "average_score",
        "code": "def average_score(scores, name):\n    values = scores.get(name)\n    if values is None:\n        return 0.0\n"
                "    return sum(values) / len(values)\n",
        "visible": [("average_score({'ann': [1, 3]}, 'ann')", 2.0), ("average_score({'ann': [1, 3]}, 'bob')", 0.0)],
        "hidden": [("average_score({}, 'x')", 0.0), ("average_score({'x': [5]}, 'x')", 5.0)],
        "bugs": [
            ("None not handled", "logic", [("    if values is None:\n        return 0.0\n", "")]),
        ],
    },
    {
        "name": "fizzbuzz",
        "code": "def fizzbuzz(n):\n    out = []\n    for i in range(1, n + 1):\n        if i % 15 == 0:\n            out.append('FizzBuzz')\n"
                "        elif i % 3 == 0:\n            out.append('Fizz')\n        elif i % 5 == 0:\n            out.append('Buzz')\n"
                "        else:\n            out.append(str(i))\n    return out\n",
        "visible": [("fizzbuzz(5)", ["1", "2", "Fizz", "4", "Buzz"]), ("fizzbuzz(15)[-1]", "FizzBuzz")],
        "hidden": [("fizzbuzz(0)", []), ("fizzbuzz(3)", ["1", "2", "Fizz"]), ("len(fizzbuzz(30))", 30), ("fizzbuzz(30)[-1]", "FizzBuzz")],
        "bugs": [
            ("wrong loop boundary", "logic", [("range(1, n + 1)", "range(1, n)")]),
            ("string literal", "logic", [("'FizzBuzz'", "'Fizzbuzz'")]),
        ],
    },
    {
        "name": "transpose",
        "code": "def transpose(matrix):\n    rows, cols = len(matrix), len(matrix[0])\n"
                "    return [[matrix[r][c] for r in range(rows)] for c in range(cols)]\n",
        "visible": [("transpose([[1, 2, 3], [4, 5, 6]])", [[1, 4], [2, 5], [3, 6]]), ("transpose([[1]])", [[1]])],
        "hidden": [("transpose([[1, 2]])", [[1], [2]]), ("transpose([[1], [2], [3]])", [[1, 2, 3]])],
        "bugs": [
            ("swapped indices", "logic", [("matrix[r][c]", "matrix[c][r]")]),
            ("wrong variable", "logic", [("for r in range(rows)", "for r in range(cols)")]),
        ],
    },
    {
        "name": "is_palindrome",
        "code": "def is_palindrome(text):\n    cleaned = [c.lower() for c in text if c.isalnum()]\n    left, right = 0, len(cleaned) - 1\n"
                "    while left < right:\n        if cleaned[left] != cleaned[right]:\n            return False\n"
                "        left += 1\n        right -= 1\n    return True\n",
        "visible": [("is_palindrome('A man, a plan, a canal: Panama')", True), ("is_palindrome('race a car')", False),
                    ("is_palindrome('1a2 2A1')", True), ("is_palindrome('1a2')", False)],
        "hidden": [("is_palindrome('')", True), ("is_palindrome('12321')", True), ("is_palindrome('12a')", False), ("is_palindrome('ab')", False)],
        "bugs": [
            ("wrong operator", "logic", [("right -= 1", "right += 1")]),
            ("off-by-one", "logic", [("len(cleaned) - 1", "len(cleaned)")]),
            ("wrong method of a builtin type", "logic", [("c.isalnum()", "c.isalpha()")]),
        ],
    },
    {
        "name": "merge_sorted",
        "code": "def merge(a, b):\n    out = []\n    i = j = 0\n    while i < len(a) and j < len(b):\n        if a[i] <= b[j]:\n"
                "            out.append(a[i])\n            i += 1\n        else:\n            out.append(b[j])\n            j += 1\n"
                "    out.extend(a[i:])\n    out.extend(b[j:])\n    return out\n",
        "visible": [("merge([1, 4, 6], [2, 3, 7])", [1, 2, 3, 4, 6, 7]), ("merge([], [1])", [1]), ("merge([5], [1, 2])", [1, 2, 5])],
        "hidden": [("merge([], [])", []), ("merge([1, 2], [])", [1, 2]), ("merge([1, 1], [1])", [1, 1, 1]), ("merge([0, 9], [3, 4, 5])", [0, 3, 4, 5, 9])],
        "bugs": [
            ("statement deleted", "logic", [("    out.extend(b[j:])\n", "")]),
            ("wrong operator", "logic", [("while i < len(a) and j < len(b):", "while i < len(a) or j < len(b):")]),
            ("wrong variable", "logic", [("out.append(b[j])", "out.append(b[i])")]),
        ],
    },
    {
        "name": "flatten",
        "code": "def flatten(items):\n    out = []\n    for item in items:\n        if isinstance(item, list):\n"
                "            out.extend(flatten(item))\n        else:\n            out.append(item)\n    return out\n",
        "visible": [("flatten([1, [2, [3, 4]], 5])", [1, 2, 3, 4, 5]), ("flatten([])", [])],
        "hidden": [("flatten([[[]]])", []), ("flatten([[1], [2], 3])", [1, 2, 3])],
        "bugs": [
            ("wrong method of a builtin type", "logic", [("out.extend(flatten(item))", "out.append(flatten(item))")]),
            ("wrong variable", "logic", [("out.extend(flatten(item))", "out.extend(flatten(items))")]),
        ],
    },
    {
        "name": "fib",
        "code": "def fib(n, memo=None):\n    if memo is None:\n        memo = {}\n    if n < 2:\n        return n\n    if n not in memo:\n"
                "        memo[n] = fib(n - 1, memo) + fib(n - 2, memo)\n    return memo[n]\n",
        "visible": [("fib(10)", 55), ("fib(1)", 1), ("fib(0)", 0)],
        "hidden": [("fib(2)", 1), ("fib(30)", 832040), ("[fib(i) for i in range(6)]", [0, 1, 1, 2, 3, 5])],
        "bugs": [
            ("missing base case", "logic", [("    if n < 2:\n        return n\n", "")]),
            ("off-by-one", "logic", [("if n < 2:", "if n < 1:")]),
        ],
    },
    {
        "name": "caesar",
        "code": "def caesar(text, shift):\n    out = []\n    for char in text:\n        if char.isalpha():\n"
                "            base = ord('A') if char.isupper() else ord('a')\n            out.append(chr((ord(char) - base + shift) % 26 + base))\n"
                "        else:\n            out.append(char)\n    return ''.join(out)\n",
        "visible": [("caesar('abc', 1)", "bcd"), ("caesar('Hello, World!', 3)", "Khoor, Zruog!"), ("caesar('xyz', 2)", "zab")],
        "hidden": [("caesar('', 5)", ""), ("caesar('Zz', 1)", "Aa"), ("caesar('abc', 26)", "abc"), ("caesar('a b', 0)", "a b")],
        "bugs": [
            ("wrong constant", "logic", [("% 26", "% 25")]),
            ("wrong method of a builtin type", "logic", [("if char.isupper()", "if char.islower()")]),
            ("string literal", "logic", [("return ''.join(out)", "return ' '.join(out)")]),
        ],
    },
    {
        "name": "two_sum",
        "code": "def two_sum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n        if target - x in seen:\n"
                "            return [seen[target - x], i]\n        seen[x] = i\n    return []\n",
        "visible": [("two_sum([2, 7, 11, 15], 9)", [0, 1]), ("two_sum([3, 3], 6)", [0, 1]), ("two_sum([3, 2, 4], 6)", [1, 2])],
        "hidden": [("two_sum([1, 2], 7)", []), ("two_sum([5, 1, 5], 10)", [0, 2]), ("two_sum([0, 4, 3, 0], 0)", [0, 3])],
        "bugs": [
            ("statement moved", "logic", [("        if target - x in seen:\n            return [seen[target - x], i]\n        seen[x] = i\n",
                                            "        seen[x] = i\n        if target - x in seen:\n            return [seen[target - x], i]\n")]),
            ("swapped list elements", "logic", [("return [seen[target - x], i]", "return [i, seen[target - x]]")]),
            ("swapped operands", "logic", [("if target - x in seen:", "if x - target in seen:")]),
        ],
    },
    {
        "name": "merge_intervals",
        "code": "def merge_intervals(intervals):\n    merged = []\n    for start, end in sorted(intervals):\n"
                "        if merged and start <= merged[-1][1]:\n            merged[-1][1] = max(merged[-1][1], end)\n"
                "        else:\n            merged.append([start, end])\n    return merged\n",
        "visible": [("merge_intervals([[1, 3], [2, 6], [8, 10]])", [[1, 6], [8, 10]]), ("merge_intervals([[1, 4], [4, 5]])", [[1, 5]]),
                    ("merge_intervals([[5, 6], [1, 2]])", [[1, 2], [5, 6]]),
                    ("merge_intervals([[1, 10], [2, 3]])", [[1, 10]])],
        "hidden": [("merge_intervals([])", []), ("merge_intervals([[2, 9], [1, 3]])", [[1, 9]]), ("merge_intervals([[3, 4], [1, 3]])", [[1, 4]])],
        "bugs": [
            ("missing call", "logic", [("in sorted(intervals):", "in intervals:")]),
            ("condition error", "logic", [("start <= merged[-1][1]", "start < merged[-1][1]")]),
            ("faulty indexing", "logic", [("max(merged[-1][1], end)", "max(merged[-1][0], end)")]),
        ],
    },
    {
        "name": "shortest_path",
        "code": "from collections import deque\n\n\ndef shortest_path(graph, start, goal):\n    queue = deque([(start, 0)])\n    seen = {start}\n"
                "    while queue:\n        node, dist = queue.popleft()\n        if node == goal:\n            return dist\n"
                "        for nxt in graph.get(node, []):\n            if nxt not in seen:\n                seen.add(nxt)\n"
                "                queue.append((nxt, dist + 1))\n    return -1\n",
        "visible": [("shortest_path({'a': ['b', 'c'], 'b': ['d'], 'c': ['d'], 'd': []}, 'a', 'd')", 2),
                    ("shortest_path({'a': ['b', 'c'], 'b': ['c'], 'c': []}, 'a', 'c')", 1), ("shortest_path({'a': []}, 'a', 'z')", -1),
                    ("shortest_path({'a': ['b', 'c'], 'b': ['d'], 'c': ['e'], 'e': ['d'], 'd': []}, 'a', 'd')", 2)],
        "hidden": [("shortest_path({}, 'a', 'a')", 0), ("shortest_path({1: [2], 2: [3], 3: [1]}, 1, 3)", 2),
                   ("shortest_path({1: [2, 3], 2: [4], 3: [], 4: [3]}, 1, 3)", 1)],
        "bugs": [
            ("wrong method of a builtin type", "logic", [("queue.popleft()", "queue.pop()")]),
            ("off-by-one", "logic", [("queue.append((nxt, dist + 1))", "queue.append((nxt, dist))")]),
        ],
    },
    {
        "name": "count_reachable",
        "code": "def count_reachable(graph, start):\n    seen = set()\n\n    def visit(node):\n        if node in seen:\n            return\n"
                "        seen.add(node)\n        for nxt in graph.get(node, []):\n            visit(nxt)\n\n    visit(start)\n    return len(seen)\n",
        "visible": [("count_reachable({1: [2], 2: [1, 3], 3: []}, 1)", 3), ("count_reachable({1: [1]}, 1)", 1)],
        "hidden": [("count_reachable({}, 7)", 1), ("count_reachable({1: [2], 2: [3], 3: [1], 4: [1]}, 1)", 3)],
        "bugs": [
            ("statement deleted", "logic", [("        seen.add(node)\n", "")]),
        ],
    },
    {
        "name": "closest_value",
        "code": "def closest_value(nums, target):\n    best = nums[0]\n    for x in nums:\n"
                "        if abs(x - target) < abs(best - target):\n            best = x\n    return best\n",
        "visible": [("closest_value([1, 5, 9], 6)", 5), ("closest_value([10, 2], 3)", 2), ("closest_value([4, -1], 0)", -1), ("closest_value([5, 1], 4)", 5)],
        "hidden": [("closest_value([7], 100)", 7), ("closest_value([3, 8, 12], 11)", 12), ("closest_value([-5, 5], -4)", -5)],
        "bugs": [
            ("missing call", "logic", [("if abs(x - target) <", "if (x - target) <")]),
        ],
    },
    {
        "name": "digit_sum",
        "code": "def digit_sum(n):\n    return sum(int(d) for d in str(abs(n)))\n\n\n"
                "def average_length(words):\n    if not words:\n        return 0\n    return sum(len(w) for w in words) / len(words)\n",
        "visible": [("digit_sum(123)", 6), ("digit_sum(-45)", 9), ("average_length(['ab', 'abcd'])", 3.0)],
        "hidden": [("digit_sum(0)", 0), ("average_length([])", 0), ("average_length(['x'])", 1.0)],
        "bugs": [
            ("missing call", "logic", [("sum(int(d) for d in", "sum(d for d in")]),
            ("missing call", "logic", [("sum(len(w) for w in words)", "sum(w for w in words)")]),
        ],
    },
    {
        "name": "rotate",
        "code": "def rotate(items, k):\n    if not items:\n        return []\n    k %= len(items)\n    return items[-k:] + items[:-k]\n",
        "visible": [("rotate([1, 2, 3, 4, 5], 2)", [4, 5, 1, 2, 3]), ("rotate([1, 2], 3)", [2, 1])],
        "hidden": [("rotate([], 4)", []), ("rotate([1, 2, 3], 1)", [3, 1, 2]), ("rotate([1, 2, 3], 4)", [3, 1, 2])],
        "bugs": [
            ("swapped operands", "logic", [("items[-k:] + items[:-k]", "items[:-k] + items[-k:]")]),
            ("statement deleted", "logic", [("    k %= len(items)\n", "")]),
        ],
    },
    {
        "name": "inventory",
        "code": "class Inventory:\n    def __init__(self):\n        self.counts = {}\n\n    def add(self, item, n=1):\n"
                "        self.counts[item] = self.counts.get(item, 0) + n\n\n    def remove(self, item, n=1):\n"
                "        have = self.counts.get(item, 0)\n        if n > have:\n            raise ValueError(f'only {have} {item} left')\n"
                "        self.counts[item] = have - n\n        if self.counts[item] == 0:\n            del self.counts[item]\n\n"
                "    def total(self):\n        return sum(self.counts.values())\n\n\n"
                "def run(ops):\n    inventory = Inventory()\n    log = []\n    for op, item, n in ops:\n        try:\n"
                "            getattr(inventory, op)(item, n)\n        except ValueError as error:\n            log.append(str(error))\n"
                "    return log, inventory.total(), sorted(inventory.counts)\n",
        "visible": [("run([('add', 'pen', 3), ('remove', 'pen', 1), ('add', 'ink', 2)])", ([], 4, ["ink", "pen"])),
                    ("run([('add', 'pen', 1), ('remove', 'pen', 2)])", (["only 1 pen left"], 1, ["pen"])),
                    ("run([('add', 'a', 2), ('remove', 'a', 2)])", ([], 0, []))],
        "hidden": [("run([])", ([], 0, [])), ("run([('add', 'a', 1), ('add', 'b', 1)])", ([], 2, ['a', 'b'])),
                   ("run([('remove', 'b', 1)])", (["only 0 b left"], 0, []))],
        "bugs": [
            ("wrong method of a builtin type", "reference", [("sum(self.counts.values())", "sum(self.counts.keys())")]),
            ("swapped operands", "logic", [("self.counts[item] = have - n", "self.counts[item] = n - have")]),
            ("wrong exception caught", "logic", [("except ValueError as error:", "except KeyError as error:")]),
            ("condition error", "logic", [("if n > have:", "if n >= have:")]),
        ],
    },
    {
        "name": "chunks",
        "code": "def chunks(items, size):\n    return [items[i:i + size] for i in range(0, len(items), size)]\n",
        "visible": [("chunks([1, 2, 3, 4, 5], 2)", [[1, 2], [3, 4], [5]]), ("chunks([], 3)", [])],
        "hidden": [("chunks([1, 2, 3], 3)", [[1, 2, 3]]), ("chunks([1, 2, 3, 4], 1)", [[1], [2], [3], [4]])],
        "bugs": [
            ("missing argument", "logic", [("range(0, len(items), size)", "range(0, len(items))")]),
            ("wrong variable", "logic", [("items[i:i + size]", "items[i:size]")]),
        ],
    },
    {
        "name": "sum_multiples",
        "code": "def sum_multiples(limit, k):\n    total = 0\n    for n in range(k, limit, k):\n        total += n\n    return total\n",
        "visible": [("sum_multiples(10, 3)", 18), ("sum_multiples(15, 5)", 15)],
        "hidden": [("sum_multiples(1, 1)", 0), ("sum_multiples(7, 7)", 0), ("sum_multiples(20, 4)", 40)],
        "bugs": [
            ("wrong loop boundary", "logic", [("range(k, limit, k)", "range(k, limit + 1, k)")]),
        ],
    },
    {
        "name": "power",
        "code": "def power(base, exp):\n    result = 1\n    while exp > 0:\n        if exp % 2 == 1:\n            result *= base\n"
                "        base *= base\n        exp //= 2\n    return result\n",
        "visible": [("power(2, 10)", 1024), ("power(3, 3)", 27), ("power(5, 0)", 1)],
        "hidden": [("power(7, 1)", 7), ("power(2, 31)", 2147483648), ("power(10, 5)", 100000)],
        "bugs": [
            ("wrong operator", "logic", [("exp //= 2", "exp /= 2")]),
            ("wrong operator", "logic", [("result *= base", "result += base")]),
            ("condition error", "logic", [("if exp % 2 == 1:", "if exp % 2 == 0:")]),
        ],
    },
    {
        "name": "median",
        "code": "def median(values):\n    ordered = sorted(values)\n    n = len(ordered)\n    mid = n // 2\n    if n % 2 == 1:\n"
                "        return ordered[mid]\n    return (ordered[mid - 1] + ordered[mid]) / 2\n",
        "visible": [("median([3, 1, 2])", 2), ("median([4, 1, 3, 2])", 2.5), ("median([7])", 7)],
        "hidden": [("median([5, 5, 1, 9])", 5.0), ("median([10, 0])", 5.0), ("median([9, 8, 7, 1, 2])", 7)],
        "bugs": [
            ("missing call", "logic", [("ordered = sorted(values)", "ordered = values")]),
            ("off-by-one", "logic", [("ordered[mid - 1] + ordered[mid]", "ordered[mid + 1] + ordered[mid]")]),
            ("condition error", "logic", [("if n % 2 == 1:", "if n % 2 == 0:")]),
        ],
    },
    {
        "name": "bank_account",
        "code": "class Account:\n    def __init__(self, owner, balance=0):\n        self.owner = owner\n        self.balance = balance\n"
                "        self.history = []\n\n    def deposit(self, amount):\n        if amount <= 0:\n            raise ValueError('deposit must be positive')\n"
                "        self.balance += amount\n        self.history.append(('deposit', amount))\n\n    def withdraw(self, amount):\n"
                "        if amount > self.balance:\n            raise ValueError('insufficient funds')\n        self.balance -= amount\n"
                "        self.history.append(('withdraw', amount))\n        return self.balance\n\n\n"
                "def statement(owner, moves):\n    account = Account(owner)\n    for kind, amount in moves:\n        try:\n"
                "            getattr(account, kind)(amount)\n        except ValueError:\n            pass\n"
                "    return account.balance, len(account.history)\n",
        "visible": [("statement('ann', [('deposit', 50), ('withdraw', 20)])", (30, 2)),
                    ("statement('bo', [('withdraw', 5), ('deposit', 5)])", (5, 1)),
                    ("statement('ed', [('deposit', 5), ('withdraw', 5)])", (0, 2))],
        "hidden": [("statement('cy', [])", (0, 0)), ("statement('di', [('deposit', -1), ('deposit', 10), ('withdraw', 10)])", (0, 2))],
        "bugs": [
            ("missing self.", "reference", [("        self.balance -= amount\n", "        balance -= amount\n")]),
            ("wrong operator", "logic", [("self.balance += amount", "self.balance -= amount")]),
            ("condition error", "logic", [("if amount > self.balance:", "if amount >= self.balance:")]),
        ],
    },
    {
        "name": "title_case",
        "code": "SMALL = {'a', 'an', 'the', 'of', 'and'}\n\n\ndef title_case(text):\n    words = text.lower().split()\n    out = []\n"
                "    for i, word in enumerate(words):\n        if i > 0 and word in SMALL:\n            out.append(word)\n"
                "        else:\n            out.append(word.capitalize())\n    return ' '.join(out)\n",
        "visible": [("title_case('the lord of the rings')", "The Lord of the Rings"), ("title_case('A TALE')", "A Tale")],
        "hidden": [("title_case('')", ""), ("title_case('war and peace')", "War and Peace"), ("title_case('of mice')", "Of Mice")],
        "bugs": [
            ("condition error", "logic", [("if i > 0 and word in SMALL:", "if i >= 0 and word in SMALL:")]),
            ("wrong method of a builtin type", "logic", [("word.capitalize()", "word.upper()")]),
            ("wrong operator", "logic", [("if i > 0 and word in SMALL", "if i > 0 or word in SMALL")]),
        ],
    },
    {
        "name": "moving_average",
        "code": "def moving_average(values, window):\n    if window <= 0:\n        raise ValueError('window must be positive')\n"
                "    out = []\n    total = 0\n    for i, x in enumerate(values):\n        total += x\n        if i >= window:\n"
                "            total -= values[i - window]\n        if i >= window - 1:\n            out.append(total / window)\n    return out\n",
        "visible": [("moving_average([1, 2, 3, 4, 5], 2)", [1.5, 2.5, 3.5, 4.5]), ("moving_average([2, 4, 6], 3)", [4.0]),
                    ("moving_average([1, 1, 1, 1], 1)", [1.0, 1.0, 1.0, 1.0])],
        "hidden": [("moving_average([], 2)", []), ("moving_average([5], 2)", []), ("moving_average([1, 2, 3, 4], 3)", [2.0, 3.0]),
                   ("moving_average([3, 1, 4, 1, 5], 2)", [2.0, 2.5, 2.5, 3.0])],
        "bugs": [
            ("off-by-one", "logic", [("values[i - window]", "values[i - window + 1]")]),
            ("wrong operator", "logic", [("total -= values", "total += values")]),
            ("wrong loop boundary", "logic", [("if i >= window - 1:", "if i > window - 1:")]),
        ],
    },
    {
        "name": "group_by_length",
        "code": "def group_by_length(words):\n    groups = {}\n    for word in words:\n        key = len(word)\n"
                "        groups.setdefault(key, []).append(word)\n    return [groups[k] for k in sorted(groups)]\n",
        "visible": [("group_by_length(['bb', 'a', 'cc', 'ddd'])", [["a"], ["bb", "cc"], ["ddd"]]), ("group_by_length([])", []),
                    ("group_by_length(['xy', 'z'])", [["z"], ["xy"]])],
        "hidden": [("group_by_length(['one'])", [["one"]]), ("group_by_length(['abc', 'de', 'f', 'gh'])", [["f"], ["de", "gh"], ["abc"]])],
        "bugs": [
            ("wrong method of a builtin type", "logic", [("groups.setdefault(key, [])", "groups.get(key, [])")]),
            ("wrong variable", "logic", [("key = len(word)", "key = len(words)")]),
            ("missing call", "logic", [("for k in sorted(groups)]", "for k in groups]")]),
        ],
    },
    {
        "name": "parse_config",
        "code": "def parse_config(text):\n    settings = {}\n    for number, line in enumerate(text.splitlines(), start=1):\n"
                "        line = line.strip()\n        if not line or line.startswith('#'):\n            continue\n"
                "        if '=' not in line:\n            raise ValueError(f'line {number}: expected key = value')\n"
                "        key, value = line.split('=', 1)\n        settings[key.strip()] = value.strip()\n    return settings\n\n\n"
                "def config_error(text):\n    try:\n        parse_config(text)\n    except ValueError as error:\n        return str(error)\n"
                "    return None\n",
        "visible": [("parse_config('a = 1\\n# comment\\nb=x=y\\n')", {"a": "1", "b": "x=y"}),
                    ("config_error('a = 1\\noops\\n')", "line 2: expected key = value"), ("parse_config('')", {})],
        "hidden": [("parse_config('  k =  v  \\n\\n')", {"k": "v"}), ("config_error('bad')", "line 1: expected key = value"),
                   ("parse_config('#x=1\\ny=2')", {"y": "2"}), ("config_error('a=1')", None)],
        "bugs": [
            ("missing argument", "logic", [("line.split('=', 1)", "line.split('=')")]),
            ("wrong method of a builtin type", "logic", [("line.startswith('#')", "line.endswith('#')")]),
            ("off-by-one", "logic", [("enumerate(text.splitlines(), start=1)", "enumerate(text.splitlines())")]),
        ],
    },
    {
        "name": "first_duplicate",
        "code": "def first_duplicate(items):\n    seen = set()\n    for item in items:\n        if item in seen:\n            return item\n"
                "        seen.add(item)\n    return None\n",
        "visible": [("first_duplicate([3, 1, 3, 1])", 3), ("first_duplicate([1, 2, 3])", None), ("first_duplicate(['a', 'b', 'b'])", "b")],
        "hidden": [("first_duplicate([])", None), ("first_duplicate([0, 0])", 0), ("first_duplicate([5, 6, 7, 6, 5])", 6)],
        "bugs": [
            ("statement moved", "logic", [("        if item in seen:\n            return item\n        seen.add(item)\n",
                                           "        seen.add(item)\n        if item in seen:\n            return item\n")]),
            ("wrong constant", "logic", [("    return None\n", "    return -1\n")]),
        ],
    },
    {
        "name": "diagonal_sum",
        "code": "def diagonal_sum(matrix):\n    n = len(matrix)\n    total = 0\n    for i in range(n):\n        total += matrix[i][i]\n"
                "        total += matrix[i][n - 1 - i]\n    if n % 2 == 1:\n        total -= matrix[n // 2][n // 2]\n    return total\n",
        "visible": [("diagonal_sum([[1, 2, 3], [4, 5, 6], [7, 8, 9]])", 25), ("diagonal_sum([[1, 1], [1, 1]])", 4),
                    ("diagonal_sum([[5]])", 5)],
        "hidden": [("diagonal_sum([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [13, 14, 15, 16]])", 68), ("diagonal_sum([])", 0),
                   ("diagonal_sum([[2, 0, 0], [0, 3, 0], [0, 0, 4]])", 9)],
        "bugs": [
            ("off-by-one", "reference", [("matrix[i][n - 1 - i]", "matrix[i][n - i]")]),
            ("condition error", "logic", [("if n % 2 == 1:", "if n % 2 == 0:")]),
            ("wrong operator", "logic", [("total -= matrix[n // 2]", "total += matrix[n // 2]")]),
        ],
    },
    {
        "name": "ring_buffer",
        "code": "class RingBuffer:\n    def __init__(self, size):\n        self.size = size\n        self.items = []\n\n"
                "    def push(self, item):\n        self.items.append(item)\n        if len(self.items) > self.size:\n"
                "            self.items.pop(0)\n\n    def latest(self, n):\n        return self.items[-n:] if n > 0 else []\n\n\n"
                "def keep_last(values, size, n):\n    buffer = RingBuffer(size)\n    for value in values:\n        buffer.push(value)\n"
                "    return buffer.latest(n)\n",
        "visible": [("keep_last([1, 2, 3, 4, 5], 3, 2)", [4, 5]), ("keep_last([1, 2, 3, 4, 5], 3, 3)", [3, 4, 5]),
                    ("keep_last([1], 2, 0)", [])],
        "hidden": [("keep_last([1, 2], 5, 5)", [1, 2]), ("keep_last([9, 8, 7, 6], 2, 2)", [7, 6]), ("keep_last([], 3, 1)", [])],
        "bugs": [
            ("missing self.", "reference", [("if len(self.items) > self.size:", "if len(items) > self.size:")]),
            ("wrong method of a builtin type", "logic", [("self.items.pop(0)", "self.items.pop()")]),
            ("wrong loop boundary", "logic", [("> self.size:", ">= self.size:")]),
        ],
    },
]

DOUBLES: list[tuple[str, int, int]] = [
    ("binary_search", 1, 2), ("two_sum", 1, 2), ("merge_sorted", 0, 2), ("caesar", 0, 2),
    ("median", 1, 2), ("power", 1, 2), ("inventory", 1, 3), ("is_palindrome", 0, 2),
    ("moving_average", 0, 2), ("group_by_length", 1, 2), ("parse_config", 0, 1), ("first_duplicate", 0, 1),
    ("diagonal_sum", 0, 1), ("ring_buffer", 0, 1), ("max_subarray", 0, 1), ("bank_account", 0, 2),
]
"""Two bugs of one program at once: (program, first bug, second bug)."""

TRIPLES: list[tuple[str, int, int, int]] = [
    ("moving_average", 0, 1, 2), ("group_by_length", 0, 1, 2), ("parse_config", 0, 1, 2), ("diagonal_sum", 0, 1, 2),
    ("ring_buffer", 0, 1, 2), ("max_subarray", 0, 1, 2), ("merge_intervals", 0, 1, 2), ("bank_account", 0, 1, 2),
    ("caesar", 0, 1, 2), ("median", 0, 1, 2), ("is_palindrome", 0, 1, 2), ("inventory", 0, 2, 3),
]
"""Three bugs of one program at once: (program, first, second, third bug)."""


def instances() -> list[dict]:
    """Every bug as a JSONL instance (single bugs, then the doubles and triples)."""
    return rows_of(PROGRAMS, DOUBLES, TRIPLES)


def rows_of(programs: list[dict], doubles: list[tuple], triples: list[tuple]) -> list[dict]:
    """The JSONL instances of ``programs``' bugs, one each, then the ``doubles`` and
    ``triples`` (program name and bug numbers) of several at once; the numbers run on
    into a program's ``extra`` bugs, those used only with others. The other sets
    (``unseen.py``, ``unseen2.py``) build their rows here too."""
    by_name = {p["name"]: p for p in programs}
    rows = []
    for program in programs:
        for number, (subtype, category, edits) in enumerate(program["bugs"]):
            rows.append(_row(program, f"{program['name']}-{number}", category, subtype, edits))
    for name, *bugs in [*doubles, *triples]:
        program = by_name[name]
        pool = program["bugs"] + program.get("extra", [])
        edits = [edit for bug in bugs for edit in pool[bug][2]]
        kind = "double" if len(bugs) == 2 else "triple"
        rows.append(_row(program, f"{name}-" + "+".join(map(str, bugs)), "multiple", kind, edits))
    return rows


def problems_of(programs: list[dict], rows: list[dict]) -> list[str]:
    """What is wrong with an unseen set (``unseen.py``, ``unseen2.py``): a program
    outside 20-80 lines, a bug of ``extra`` that does not compile or alone passes the
    visible tests, an instance whose correct code fails its hidden tests, buggy code
    that does not compile (unless it is a syntax bug) or compiles when it is one, or
    passes its visible tests."""
    problems = []
    for program in programs:
        lines = program["code"].count("\n")
        if not 20 <= lines <= 80:
            problems.append(f"{program['name']}: {lines} lines")
        for number, bug in enumerate(program.get("extra", []), start=len(program["bugs"])):
            row = _row(program, f"{program['name']}-{number}", bug[1], bug[0], bug[2])
            if not _compiles(row):
                problems.append(f"{row['id']} (extra): does not compile")
            if _passes(row["buggy_code"], row["test_code"]):
                problems.append(f"{row['id']} (extra): the bug passes the visible tests")
    for row in rows:
        compiles = _compiles(row)
        if compiles == (row["category"] == "syntax"):
            problems.append(f"{row['id']}: compiles={compiles} for category {row['category']}")
        if not _passes(row["fixed_code"], row["hidden_test_code"]):
            problems.append(f"{row['id']}: the correct code fails")
        if _passes(row["buggy_code"], row["test_code"]):
            problems.append(f"{row['id']}: the bug passes the visible tests")
    return problems


def _compiles(row: dict) -> bool:
    try:
        compile(row["buggy_code"], row["id"], "exec")
    except SyntaxError:
        return False
    return True


def _row(program: dict, id_: str, category: str, subtype: str, edits: list[tuple[str, str]]) -> dict:
    buggy = program["code"]
    for old, new in edits:
        if buggy.count(old) != 1:
            raise ValueError(f"{id_}: {old!r} must occur exactly once")
        buggy = buggy.replace(old, new)
    return {
        "id": id_, "slug": program["name"], "category": category, "subtype": subtype,
        "buggy_code": buggy, "fixed_code": program["code"],
        "test_code": case_script(program["visible"]),
        "hidden_test_code": case_script(program["visible"] + program["hidden"]),
    }


def _passes(code: str, test: str) -> bool:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "solution.py").write_text(code, encoding="utf-8")
        (Path(folder) / "test_solution.py").write_text(test, encoding="utf-8")
        try:
            run = subprocess.run([sys.executable, "test_solution.py"], cwd=folder, capture_output=True, timeout=5)
        except subprocess.TimeoutExpired:  # a bug that loops forever fails
            return False
        return run.returncode == 0


if __name__ == "__main__":
    rows = instances()
    problems = []
    for row in rows:
        compile(row["buggy_code"], row["id"], "exec")
        if not _passes(row["fixed_code"], row["hidden_test_code"]):
            problems.append(f"{row['id']}: the correct code fails")
        if _passes(row["buggy_code"], row["test_code"]):
            problems.append(f"{row['id']}: the bug passes the visible tests")
    if problems:
        raise SystemExit("\n".join(problems))
    (HERE / "realistic.jsonl").write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    print(f"{len(rows)} instances written to {HERE / 'realistic.jsonl'}")
