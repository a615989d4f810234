"""A repository in six languages, documented end to end and then incrementally."""

from __future__ import annotations

from tests.support.mkdocs import build_strict

SOURCES = {
    "app/main.py": '''
from app.util import double


def run(x: int) -> int:
    """Run the app."""
    return double(x)
''',
    "app/util.py": '''
def double(x: int) -> int:
    """Twice x."""
    return 2 * x
''',
    "web/math.js": '''
/** Add two numbers. */
export function add(a, b) {
  return a + b;
}
''',
    "web/app.ts": '''
import { add } from "./math.js";

/** Sum a list. */
export function total(xs: number[]): number {
  return xs.reduce((acc, x) => add(acc, x), 0);
}
''',
    "go.mod": "module example.com/shop\n",
    "store/store.go": '''package store

// Price returns the price of an item in cents.
func Price(item string) int {
	return len(item) * 100
}

// Basket sums the prices of items.
func Basket(items []string) int {
	sum := 0
	for _, item := range items {
		sum += Price(item)
	}
	return sum
}
''',
    "src/main/java/com/acme/Shop.java": '''package com.acme;

/** A shop. */
public class Shop {
    /** The price of an item. */
    public int price(String item) {
        return item.length();
    }

    /** The total of two items. */
    public int total(String a, String b) {
        return price(a) + price(b);
    }
}
''',
    "src/lib.rs": '''/// Square a number.
pub fn square(x: i64) -> i64 {
    x * x
}

/// Sum of squares.
pub fn sum_squares(a: i64, b: i64) -> i64 {
    square(a) + square(b)
}
''',
}


def test_a_mixed_repository_is_documented_end_to_end_and_incrementally(repo, run):
    for path, text in SOURCES.items():
        repo.write(path, text.lstrip("\n"))
    repo.commit("six languages")
    code, _, err = run("docs")
    assert code == 0, err
    pages = run.pages()
    for source in ("app/main.py", "web/math.js", "web/app.ts", "store/store.go", "src/main/java/com/acme/Shop.java", "src/lib.rs"):
        assert f"{source}.md" in pages, source
    go_page = run.page("store/store.go")
    assert "func Price(item string) int" in go_page and "Price returns the price of an item in cents." in go_page
    assert "store.store_go.Price" in go_page  # Basket's callee link
    assert "fn square(x: i64) -> i64" in run.page("src/lib.rs")
    assert "public int price(String item)" in run.page("src/main/java/com/acme/Shop.java")
    assert "export function total(xs: number[]): number" in run.page("web/app.ts")
    assert run("docs")[0] == 0 and run.pages() == pages  # idempotent, byte for byte
    repo.commit("docs")

    repo.write("store/store.go", SOURCES["store/store.go"].replace("* 100", "* 101"))
    repo.write("src/lib.rs", SOURCES["src/lib.rs"].replace("pub fn square(x: i64)", "pub fn square(x: i32)"))
    repo.commit("two edits")
    assert run.status() == {
        "store.store_go.Price": "changed",
        "src.lib_rs.square": "changed",
        "src.lib_rs.sum_squares": "deps-changed",  # its callee's signature changed
        "src.lib_rs": "changed",  # a module's hash covers its members' signatures
    }
    assert run("docs")[0] == 0 and run.status() == {}

    result = build_strict(repo.root, repo.root / "site")
    assert result.returncode == 0, result.stderr
