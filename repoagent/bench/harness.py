"""The local judge's runner, copied into each sandbox and run as a script.

It runs a LeetCode-style ``Solution`` on cases from a JSON spec, in the candidate's
own process (never in repoagent's). LeetCode runs Python 3 code with ``typing``,
``collections``, ``heapq`` and friends already imported, and with ``ListNode`` and
``TreeNode`` defined; this file does the same so correct code is not failed for
names LeetCode gives it. Standard library only.

    python harness.py solution.py spec.json            # judge: exit 0 iff every case passes
    python harness.py solution.py spec.json out.json   # record: write the outputs, no comparison
"""

import bisect  # noqa: F401 - names LeetCode's environment provides
import collections  # noqa: F401
import functools  # noqa: F401
import heapq  # noqa: F401
import itertools  # noqa: F401
import json
import math  # noqa: F401
import operator  # noqa: F401
import random  # noqa: F401
import re  # noqa: F401
import signal
import string  # noqa: F401
import sys
import traceback
from bisect import *  # noqa: F401,F403
from collections import *  # noqa: F401,F403
from functools import *  # noqa: F401,F403
from heapq import *  # noqa: F401,F403
from itertools import *  # noqa: F401,F403
from math import ceil, comb, factorial, floor, gcd, inf, isqrt, lcm, log, log2, sqrt  # noqa: F401
from typing import *  # noqa: F401,F403

CASE_SECONDS = 2.0


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def build_list(values):
    head = None
    for value in reversed(values or []):
        head = ListNode(value, head)
    return head


def dump_list(node):
    values, seen = [], 0
    while node is not None and seen < 100000:
        values.append(node.val)
        node, seen = node.next, seen + 1
    return values


def build_tree(values):
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    queue, index = collections.deque([root]), 1
    while queue and index < len(values):
        node = queue.popleft()
        for side in ("left", "right"):
            if index < len(values) and values[index] is not None:
                child = TreeNode(values[index])
                setattr(node, side, child)
                queue.append(child)
            index += 1
    return root


def dump_tree(root):
    values, queue = [], collections.deque([root])
    while queue and len(values) < 100000:
        node = queue.popleft()
        values.append(None if node is None else node.val)
        if node is not None:
            queue.extend((node.left, node.right))
    while values and values[-1] is None:
        values.pop()
    return values


def to_input(value, annotation):
    if "ListNode" in annotation:
        if value and isinstance(value[0], list):
            return [build_list(v) for v in value]
        return build_list(value)
    if "TreeNode" in annotation:
        return build_tree(value)
    return value


def to_output(value):
    if isinstance(value, ListNode):
        return dump_list(value)
    if isinstance(value, TreeNode):
        return dump_tree(value)
    if isinstance(value, (list, tuple)):
        return [to_output(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(to_output(v) for v in value)
    return value


def canonical(value):
    if isinstance(value, list):
        return sorted((canonical(v) for v in value), key=repr)
    return value


def same(got, expected, compare):
    if isinstance(got, float) or isinstance(expected, float):
        try:
            return math.isclose(got, expected, rel_tol=1e-5, abs_tol=1e-5)
        except TypeError:
            return False
    if compare == "unordered":
        return canonical(got) == canonical(expected)
    return got == expected


def on_alarm(signum, frame):
    raise TimeoutError(f"the case ran longer than {CASE_SECONDS} s")


def call(namespace, method, args):
    solution = namespace["Solution"]()
    function = getattr(solution, method)
    annotations = {k: str(v) for k, v in getattr(function, "__annotations__", {}).items()}
    kwargs = {name: to_input(value, annotations.get(name, "")) for name, value in args.items()}
    signal.setitimer(signal.ITIMER_REAL, CASE_SECONDS)
    try:
        result = function(**kwargs)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    if result is None and annotations.get("return") in ("None", "<class 'NoneType'>") and kwargs:
        result = next(iter(kwargs.values()))  # in-place problems: the first argument is the answer
    return to_output(result)


def show(args):
    return ", ".join(f"{name}={value!r}" for name, value in args.items())


def main(argv):
    solution_path, spec_path = argv[1], argv[2]
    record = argv[3] if len(argv) > 3 else None
    with open(spec_path, encoding="utf-8") as handle:
        spec = json.load(handle)
    namespace = {k: v for k, v in globals().items() if not k.startswith("__") or k == "__builtins__"}
    namespace["__name__"] = "solution"
    signal.signal(signal.SIGALRM, on_alarm)
    try:
        with open(solution_path, encoding="utf-8") as handle:
            exec(compile(handle.read(), "solution.py", "exec"), namespace)
    except BaseException:
        traceback.print_exc(file=sys.stdout)
        print(f"passed 0/{len(spec['cases'])}")
        return 1
    if record:
        return _record(namespace, spec, record)
    passed = 0
    for number, case in enumerate(spec["cases"], start=1):
        label = f"case {number}: Solution().{spec['method']}({show(case['args'])})"
        try:
            got = call(namespace, spec["method"], json.loads(json.dumps(case["args"])))
        except BaseException:
            print(f"{label} raised:")
            traceback.print_exc(file=sys.stdout)
            continue
        if same(got, case["expected"], spec.get("compare", "exact")):
            passed += 1
        else:
            print(f"{label} returned {got!r}, expected {case['expected']!r}")
    print(f"passed {passed}/{len(spec['cases'])}")
    return 0 if passed == len(spec["cases"]) else 1


def _record(namespace, spec, out_path):
    outputs = []
    for case in spec["cases"]:
        try:
            got = call(namespace, spec["method"], json.loads(json.dumps(case["args"])))
            outputs.append({"ok": True, "value": json.loads(json.dumps(got))})
        except BaseException as error:  # the case is dropped, not the judge
            outputs.append({"ok": False, "error": repr(error)[:200]})
    with open(out_path, "w", encoding="utf-8") as handle:
        json.dump(outputs, handle)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
