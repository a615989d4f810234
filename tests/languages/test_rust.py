"""Rust: definitions, doc comments and the exact call edges of a multi-module crate."""

from __future__ import annotations

from pathlib import Path

from repoagent.models import Kind
from tests.support.graphs import edges_of, graph_of

CRATE = {
    "src/lib.rs": """
        //! Geometry for tests.
        pub mod shapes;
        mod util;

        use crate::shapes::{Circle, Shape};
        use util::helpers::clamp as clip;

        /// Total area.
        pub fn total(r: f64) -> f64 {
            let c = Circle::new(r);
            c.area();
            clip(r);
            util::helpers::clamp(r);
            self::local();
            Vec::<f64>::new();
            std::mem::drop(c);
            inner::deep();
            0.0
        }

        fn local() {}

        mod inner {
            pub fn deep() {
                super::local();
                crate::util::helpers::clamp(1.0);
            }
        }
    """,
    "src/shapes.rs": """
        use crate::util::helpers::*;

        /// A circle.
        #[derive(Debug)]
        pub struct Circle {
            r: f64,
        }

        pub trait Shape {
            fn area(&self) -> f64;
            /// Uses the area.
            fn describe(&self) -> String {
                self.area();
                String::new()
            }
        }

        impl Circle {
            /// Makes a circle.
            pub fn new(r: f64) -> Self {
                Self::check(r);
                Circle { r: clamp(r) }
            }
            fn check(r: f64) {}
            pub fn grow(&mut self) {
                self.area();
                self.unknown();
            }
        }

        impl Shape for Circle {
            fn area(&self) -> f64 {
                self.radius()
            }
        }
    """,
    "src/util/mod.rs": """
        pub mod helpers;
        mod extra;
    """,
    "src/util/helpers.rs": "pub fn clamp(x: f64) -> f64 { x }\n",
    "src/util/extra.rs": """
        use crate::shapes::Circle;

        impl Circle {
            pub fn radius(&self) -> f64 {
                0.0
            }
        }
    """,
    "examples/demo.rs": """
        use geometry::total;

        fn main() {
            total(1.0);
            helper();
        }

        fn helper() {}
    """,
}

CIRCLE = "src.shapes_rs.Circle"
CLAMP = "src.util.helpers_rs.clamp"


def test_rust_crate_edges_are_exact(tmp_path: Path) -> None:
    assert edges_of(graph_of(tmp_path, CRATE)) == {
        ("src.lib_rs.total", f"{CIRCLE}.new"),
        ("src.lib_rs.total", f"{CIRCLE}.Shape.area"),  # c.area(): c = Circle::new(r), new -> Self
        ("src.lib_rs.total", CLAMP),
        ("src.lib_rs.total", "src.lib_rs.local"),
        ("src.lib_rs.total", "src.lib_rs.inner.deep"),
        ("src.lib_rs.inner.deep", "src.lib_rs.local"),
        ("src.lib_rs.inner.deep", CLAMP),
        ("src.shapes_rs.Shape.describe", "src.shapes_rs.Shape.area"),
        ("src.shapes_rs.Shape.describe", f"{CIRCLE}.Shape.area"),  # the trait's impls
        (f"{CIRCLE}.new", f"{CIRCLE}.check"),
        (f"{CIRCLE}.new", CLAMP),
        (f"{CIRCLE}.grow", f"{CIRCLE}.Shape.area"),
        (f"{CIRCLE}.Shape.area", "src.util.extra_rs.Circle.radius"),
        ("examples.demo_rs.main", "examples.demo_rs.helper"),
    }


def test_rust_definitions_carry_docs_and_impl_structure(tmp_path: Path) -> None:
    nodes = graph_of(tmp_path, CRATE).nodes
    assert nodes["src.lib_rs"].docstring == "Geometry for tests."
    circle = nodes[CIRCLE]
    assert (circle.keyword, circle.docstring, circle.decorators, circle.span.start_line) == (
        "struct",
        "A circle.",
        ("derive(Debug)",),
        3,
    )
    new = nodes[f"{CIRCLE}.new"]
    assert (new.kind, new.parent, new.signature, new.docstring, new.returns) == (
        Kind.METHOD,
        CIRCLE,
        "pub fn new(r: f64) -> Self",
        "Makes a circle.",
        "Self",
    )
    trait_impl = nodes[f"{CIRCLE}.Shape"]
    assert (trait_impl.keyword, trait_impl.parent, trait_impl.bases) == ("impl", CIRCLE, ("Shape",))
    assert nodes[f"{CIRCLE}.impl"].signature == "impl Circle"
    # An impl away from its type stands in the type's place, parented to its file.
    elsewhere = nodes["src.util.extra_rs.Circle"]
    assert (elsewhere.keyword, elsewhere.parent) == ("impl", "src.util.extra_rs")
    assert [(p.name, p.annotation) for p in nodes["src.util.extra_rs.Circle.radius"].parameters] == [("self", "&self")]
    assert (nodes["src.lib_rs.inner"].keyword, nodes["src.shapes_rs.Shape"].keyword) == ("mod", "trait")


TRAITS = {
    "src/lib.rs": """
        mod shapes;

        use shapes::{Draw, Shape};

        pub fn area_of(s: &dyn Shape) -> f64 {
            s.area()
        }

        pub fn boxed(s: Box<dyn shapes::Shape + Send>, d: &mut impl Draw, n: f64) -> f64 {
            d.draw();
            n.sqrt();
            s.area()
        }

        pub fn by_path(s: &dyn Shape) -> f64 {
            Shape::area(s)
        }

        pub fn generic<T: Shape>(s: &T) -> f64 {
            s.area()
        }
    """,
    "src/shapes.rs": """
        pub trait Shape {
            fn area(&self) -> f64;
        }

        pub trait Draw {
            fn draw(&self) {}
        }

        pub struct Circle;
        pub struct Square;

        impl Shape for Circle {
            fn area(&self) -> f64 { 3.0 }
        }

        impl Shape for Square {
            fn area(&self) -> f64 { 4.0 }
        }
    """,
}


def test_rust_trait_method_calls_reach_the_impls(tmp_path: Path) -> None:
    area = {"src.shapes_rs.Shape.area", "src.shapes_rs.Circle.Shape.area", "src.shapes_rs.Square.Shape.area"}
    assert edges_of(graph_of(tmp_path, TRAITS)) == {
        *(("src.lib_rs.area_of", target) for target in area),
        *(("src.lib_rs.boxed", target) for target in area),
        ("src.lib_rs.boxed", "src.shapes_rs.Draw.draw"),  # a default method, no impl overrides it
        *(("src.lib_rs.by_path", target) for target in area),
        *(("src.lib_rs.generic", target) for target in area),  # s: &T with T: Shape
    }


GENERICS = {
    "src/main.rs": """
        use std::fmt::Debug;

        trait Named {
            fn name(&self) -> String;
            fn hello(&self) -> String;
        }

        trait Aged {
            fn age(&self) -> u32;
            fn hello(&self) -> String;
        }

        struct Cat;

        impl Named for Cat {
            fn name(&self) -> String { String::new() }
            fn hello(&self) -> String { String::new() }
        }

        impl Aged for Cat {
            fn age(&self) -> u32 { 3 }
            fn hello(&self) -> String { String::new() }
        }

        struct Shelter<A: Aged> {
            pets: Vec<A>,
        }

        impl<A: Aged> Shelter<A> {
            fn oldest(&self, pet: &A) -> u32 {
                pet.age()
            }
        }

        fn card<T>(x: &mut T) -> String
        where
            T: Named + Aged + Debug,
        {
            x.age();
            x.hello();
            x.name()
        }

        fn plain<T: Clone>(x: T, n: Named) {
            x.name();
        }
    """,
}


def test_rust_generic_parameters_reach_the_impls_of_their_bounds(tmp_path: Path) -> None:
    # Bounds inline, in where clauses and on the impl; x.hello() is in both traits
    # (Rust asks which): dropped; T: Clone (outside the crate) says nothing.
    named, aged = "src.main_rs.Named", "src.main_rs.Aged"
    assert edges_of(graph_of(tmp_path, GENERICS)) == {
        ("src.main_rs.Shelter.oldest", f"{aged}.age"),
        ("src.main_rs.Shelter.oldest", "src.main_rs.Cat.Aged.age"),
        ("src.main_rs.card", f"{aged}.age"),
        ("src.main_rs.card", "src.main_rs.Cat.Aged.age"),
        ("src.main_rs.card", f"{named}.name"),
        ("src.main_rs.card", "src.main_rs.Cat.Named.name"),
    }


def test_rust_a_trait_with_more_impls_than_the_cap_links_only_itself_and_warns(tmp_path: Path) -> None:
    impls = "".join(f"struct S{n};\nimpl Shape for S{n} {{\n    fn area(&self) -> f64 {{ {n}.0 }}\n}}\n" for n in range(17))
    files = {"src/main.rs": "trait Shape {\n    fn area(&self) -> f64;\n}\n\nfn total(s: &dyn Shape) -> f64 {\n    s.area()\n}\n" + impls}
    graph = graph_of(tmp_path, files)
    assert edges_of(graph) == {("src.main_rs.total", "src.main_rs.Shape.area")}
    assert graph.parse_warnings == ["src.main_rs.total line 6: call of s.area may run 17 callees; no edge drawn"]


def test_rust_typed_parameters_and_locals_resolve_their_methods(tmp_path: Path) -> None:
    files = {"src/main.rs": """
        mod shapes {
            pub struct Counter { pub n: i32 }
            impl Counter {
                pub fn new() -> Self { Counter { n: 0 } }
                pub fn make() -> Counter { Counter { n: 1 } }
                pub fn inc(&mut self) {}
            }
            pub struct Other;
            impl Other {
                pub fn inc(&self) {}
            }
        }

        use shapes::{Counter, Other};

        fn by_parameter(c: &mut Counter, o: &shapes::Other) {
            c.inc();
            o.inc();
        }

        fn by_locals() {
            let mut a = Counter { n: 0 };
            a.inc();
            let b: Counter = Counter::make();
            b.inc();
            let c = Counter::new();
            c.inc();
            let s = Other;
            s.inc();
            let twice = Counter::new();
            let twice = Other;
            twice.inc();
        }
    """}
    # `let s = Other;` (a unit struct's value) is not followed; twice is bound twice.
    counter = "src.main_rs.shapes.Counter"
    assert edges_of(graph_of(tmp_path, files)) == {
        ("src.main_rs.by_parameter", f"{counter}.inc"),
        ("src.main_rs.by_parameter", "src.main_rs.shapes.Other.inc"),
        ("src.main_rs.by_locals", f"{counter}.inc"),
        ("src.main_rs.by_locals", f"{counter}.make"),
        ("src.main_rs.by_locals", f"{counter}.new"),
    }


def test_rust_a_supertrait_method_is_reached_through_the_subtrait(tmp_path: Path) -> None:
    files = {"src/main.rs": """
        trait Named {
            fn name(&self) -> String;
        }
        trait Titled {
            fn name(&self) -> String;
        }
        trait Greeter: Named {
            fn greet(&self) -> String { self.name() }
        }
        trait Both: Named + Titled {}
        trait Deep: Greeter {}
        struct En;
        impl Named for En {
            fn name(&self) -> String { String::new() }
        }
        impl Greeter for En {}
        fn show(g: &dyn Greeter) { g.name(); }
        fn deep<T>(d: &T) where T: Deep { d.name(); }
        fn both(b: impl Both) { b.name(); }
    """}
    # Both has name from two supertraits: Rust would ask which, so no edge.
    named, impl = "src.main_rs.Named.name", "src.main_rs.En.Named.name"
    assert edges_of(graph_of(tmp_path, files)) == {
        ("src.main_rs.Greeter.greet", named),
        ("src.main_rs.Greeter.greet", impl),
        ("src.main_rs.show", named),
        ("src.main_rs.show", impl),
        ("src.main_rs.deep", named),
        ("src.main_rs.deep", impl),
    }


def test_rust_calls_inside_the_standard_expression_macros_are_calls(tmp_path: Path) -> None:
    files = {"src/main.rs": """
        macro_rules! keep { ($($t:tt)*) => {}; }
        macro_rules! format { ($($t:tt)*) => {}; }
        mod util {
            pub fn twice(x: i32) -> i32 { x * 2 }
        }
        struct Counter;
        impl Counter {
            fn get(&self) -> i32 { 1 }
            fn show(&self) { std::println!("{}", self.get()); }
        }
        fn one() -> i32 { 1 }
        fn two() -> i32 { 2 }
        fn dropped() {}
        fn main() {
            let c = Counter;
            println!("{} {}", util::twice(one()), vec![two()].len());
            assert_eq!(one(), c.get());
            keep!(dropped());
            format!("{}", dropped());
            write!(out, "{}", make::<u8>(1), one().dropped(), c.0.dropped());
            if !matches!(x, Some(dropped())) {}
        }
    """}
    # keep! and format! are the file's own macros: their tokens may be anything.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("src.main_rs.Counter.show", "src.main_rs.Counter.get"),
        ("src.main_rs.main", "src.main_rs.util.twice"),
        ("src.main_rs.main", "src.main_rs.one"),
        ("src.main_rs.main", "src.main_rs.two"),
    }


def test_rust_a_for_loop_variable_is_an_element_of_the_written_collection(tmp_path: Path) -> None:
    files = {"src/main.rs": """
        trait Plugin { fn run(&self); }
        struct Lint;
        impl Plugin for Lint { fn run(&self) {} }
        struct Hir;
        impl Hir { fn check(&self) {} }
        fn all(plugins: &[Box<dyn Plugin>], hirs: Vec<Hir>, n: u32) {
            for p in plugins { p.run(); }
            for h in hirs.iter() { h.check(); }
            for i in 0..n { i.check(); }
        }
        fn local() {
            let list: Vec<Hir> = Vec::new();
            for h in &list { h.check(); }
        }
    """}
    # 0..n is no written collection: i is not typed.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("src.main_rs.all", "src.main_rs.Plugin.run"),
        ("src.main_rs.all", "src.main_rs.Lint.Plugin.run"),
        ("src.main_rs.all", "src.main_rs.Hir.check"),
        ("src.main_rs.local", "src.main_rs.Hir.check"),
    }


def test_rust_fns_and_closures_passed_to_a_called_parameter_run_there(tmp_path: Path) -> None:
    files = {"src/main.rs": """
        struct Client;
        impl Client {
            fn ping() -> bool { true }
            fn each(&self, f: impl Fn(u8)) { f(1); }
        }
        fn hex(s: &str) -> i64 { 16 }
        fn record(x: u8) {}
        fn probe() -> bool { false }
        fn written() {}
        fn apply<F: Fn(&str) -> i64>(f: F) -> i64 { f("ff") }
        fn retry(op: &dyn Fn() -> bool) -> bool { op() }
        fn visit<F>(mut v: F) where F: FnMut(u8) { v(2); }
        fn outer(g: fn(&str) -> i64) -> i64 { apply(g) }
        fn keep(f: fn(u8)) {}
        fn boxed(mut g: Box<dyn FnMut(u8)>) { g(3); }
        fn main() {
            boxed(Box::new(record));
            apply(hex);
            outer(hex);
            retry(&Client::ping);
            retry(&|| probe());
            visit(|x| record(x));
            let c: Client = Client;
            c.each(record);
            keep(|x| { written(); });
        }
    """}
    # keep never calls f: the closure passed there is main's. outer passes g on.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("src.main_rs.main", "src.main_rs.apply"),
        ("src.main_rs.main", "src.main_rs.outer"),
        ("src.main_rs.main", "src.main_rs.retry"),
        ("src.main_rs.main", "src.main_rs.visit"),
        ("src.main_rs.main", "src.main_rs.Client.each"),
        ("src.main_rs.main", "src.main_rs.keep"),
        ("src.main_rs.main", "src.main_rs.boxed"),
        ("src.main_rs.boxed", "src.main_rs.record"),
        ("src.main_rs.main", "src.main_rs.written"),
        ("src.main_rs.outer", "src.main_rs.apply"),
        ("src.main_rs.apply", "src.main_rs.hex"),
        ("src.main_rs.retry", "src.main_rs.Client.ping"),
        ("src.main_rs.retry", "src.main_rs.probe"),
        ("src.main_rs.visit", "src.main_rs.record"),
        ("src.main_rs.Client.each", "src.main_rs.record"),
    }


def test_rust_a_parameter_or_a_local_named_like_a_fn_shadows_it(tmp_path: Path) -> None:
    files = {"src/main.rs": """
        fn check() {}
        fn run(check: &dyn Fn()) { check(); }
        fn main() {
            check();
            let check = || {};
            check();
        }
    """}
    assert edges_of(graph_of(tmp_path, files)) == {("src.main_rs.main", "src.main_rs.check")}


def test_rust_an_adapters_closure_parameter_is_an_element_of_the_written_collection(tmp_path: Path) -> None:
    files = {"src/main.rs": """
        trait Plugin { fn name(&self) -> String; }
        struct Lint;
        impl Plugin for Lint { fn name(&self) -> String { String::new() } }
        struct Rule;
        impl Rule { fn matches(&self) -> bool { true } }
        fn check(rules: &[Rule], n: Vec<u8>) -> bool {
            rules.iter().filter(|r| r.matches()).count();
            n.iter().any(|b| b.matches());
            rules.iter().fold(0, |a, r| r.matches());
            rules.iter().any(|r| r.matches())
        }
        fn main() {
            let plugins: Vec<Box<dyn Plugin>> = Vec::new();
            plugins.iter().map(|p| p.name()).count();
        }
    """}
    # u8 is no type of the crate; fold's closure takes two parameters: not followed.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("src.main_rs.check", "src.main_rs.Rule.matches"),
        ("src.main_rs.main", "src.main_rs.Plugin.name"),
        ("src.main_rs.main", "src.main_rs.Lint.Plugin.name"),
    }


def test_rust_a_loop_or_adapter_over_a_field_of_self_has_its_element_type(tmp_path: Path) -> None:
    files = {"src/main.rs": """
        trait Plugin { fn init(&mut self) {} fn name(&self) -> String; }
        struct Cache;
        impl Plugin for Cache { fn name(&self) -> String { String::new() } }
        struct Rule;
        impl Rule { fn check(&self) {} fn name(&self) -> String { String::new() } }
        struct Registry {
            plugins: Vec<Box<dyn Plugin>>,
            rules: [Rule; 2],
            shared: std::rc::Rc<Vec<Rule>>,
        }
        impl Registry {
            fn run(&mut self) {
                for p in self.plugins.iter_mut() { p.init(); }
                for r in &self.rules { r.check(); }
                self.plugins.iter().map(|p| p.name()).count();
                self.rules.iter().any(|r| r.name().is_empty());
                self.shared.iter().map(|s| s.check()).count();
            }
        }
    """}
    # shared's type is no collection as written (an Rc): not followed.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("src.main_rs.Registry.run", "src.main_rs.Plugin.init"),
        ("src.main_rs.Registry.run", "src.main_rs.Rule.check"),
        ("src.main_rs.Registry.run", "src.main_rs.Plugin.name"),
        ("src.main_rs.Registry.run", "src.main_rs.Cache.Plugin.name"),
        ("src.main_rs.Registry.run", "src.main_rs.Rule.name"),
    }


def test_rust_a_local_made_by_a_variant_or_a_tuple_struct_has_their_type(tmp_path: Path) -> None:
    files = {"src/main.rs": """
        enum Expr { Num(i64), Add(Box<Expr>, Box<Expr>) }
        impl Expr {
            fn num(n: i64) -> Expr { Expr::Num(n) }
            fn eval(&self) -> i64 { 0 }
            fn twice(&self) -> i64 { let e = Self::Add(Box::new(Expr::num(1)), Box::new(Expr::num(2))); e.eval() }
        }
        struct Point(i64, i64);
        impl Point { fn norm(&self) -> i64 { 0 } }
        mod shapes { pub enum Shape { Dot } impl Shape { pub fn eval(&self) {} } }
        fn main() {
            let e = Expr::Add(Box::new(Expr::Num(1)), Box::new(Expr::Num(2)));
            e.eval();
            let p = Point(1, 2);
            p.norm();
            let d = shapes::Shape::Dot;
            d.eval();
            let o = Some(3);
            o.eval();
        }
    """}
    # A unit variant is no call; Some is no variant of the crate.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("src.main_rs.main", "src.main_rs.Expr.eval"),
        ("src.main_rs.main", "src.main_rs.Point.norm"),
        ("src.main_rs.Expr.twice", "src.main_rs.Expr.eval"),
        ("src.main_rs.Expr.twice", "src.main_rs.Expr.num"),
    }


def test_rust_a_fn_pointer_field_runs_the_fns_struct_literals_give_it(tmp_path: Path) -> None:
    files = {"src/main.rs": """
        fn parse_int(s: &str) -> i64 { 0 }
        fn parse_hex(s: &str) -> i64 { 16 }
        fn other(s: &str) -> i64 { 1 }
        fn save() {}
        struct Field { parse: fn(&str) -> i64 }
        impl Field {
            fn read(&self, s: &str) -> i64 { (self.parse)(s) }
        }
        struct Shown { parse: fn(&str) -> i64 }
        struct Command { run: fn(&str) -> i64, hook: Box<dyn Fn()> }
        impl Command {
            fn run(&self) {}
        }
        fn dispatch(f: &Field) {
            (f.parse)("1");
            let table = [Command { run: parse_hex, hook: Box::new(|| save()) }];
            for c in table.iter() {
                (c.run)("2");
            }
        }
        fn main() {
            let a = Field { parse: parse_int };
            let b = Shown { parse: other };
        }
    """}
    # (c.run)(..) calls the field, not Command's method run. Shown's parse is another
    # type's field. The boxed closure kept in a field stays its writer's.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("src.main_rs.Field.read", "src.main_rs.parse_int"),
        ("src.main_rs.dispatch", "src.main_rs.parse_int"),
        ("src.main_rs.dispatch", "src.main_rs.parse_hex"),
        ("src.main_rs.dispatch", "src.main_rs.save"),
    }


def test_rust_a_field_given_by_shorthand_runs_what_reaches_the_name(tmp_path: Path) -> None:
    files = {"src/main.rs": """
        fn fresh() -> u32 { 7 }
        fn zero() -> u32 { 0 }
        fn fixed() -> u32 { 1 }
        fn positive(n: u32) -> bool { n > 0 }
        struct Pool { create: fn() -> u32, check: fn(u32) -> bool }
        impl Pool {
            fn new(create: fn() -> u32) -> Pool {
                let check = positive;
                Pool { create, check }
            }
            fn get(&self) -> u32 { if (self.check)(1) { (self.create)() } else { 0 } }
        }
        fn build(make: fn() -> u32) -> Pool { Pool::new(make) }
        fn main() {
            let a = Pool::new(fresh);
            a.get();
            build(zero);
            let create = fixed;
            let p = Pool { create, check: positive };
        }
    """}
    # create reaches fresh, and zero through build's make; a local (check, main's
    # create) holds no known fn, so only check: positive counts.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("src.main_rs.Pool.get", "src.main_rs.fresh"),
        ("src.main_rs.Pool.get", "src.main_rs.zero"),
        ("src.main_rs.Pool.get", "src.main_rs.positive"),
        ("src.main_rs.build", "src.main_rs.Pool.new"),
        ("src.main_rs.main", "src.main_rs.Pool.new"),
        ("src.main_rs.main", "src.main_rs.Pool.get"),
        ("src.main_rs.main", "src.main_rs.build"),
    }


def test_rust_a_fn_assigned_to_a_field_of_a_known_type_is_run_by_its_calls(tmp_path: Path) -> None:
    files = {"src/main.rs": """
        fn parse_int(s: &str) -> i64 { 0 }
        fn parse_hex(s: &str) -> i64 { 16 }
        fn parse_oct(s: &str) -> i64 { 8 }
        fn parse_bin(s: &str) -> i64 { 2 }
        struct Parser { parse: fn(&str) -> i64 }
        struct Printer { parse: fn(&str) -> i64 }
        impl Parser {
            fn read(&self, s: &str) -> i64 { (self.parse)(s) }
            fn hex(&mut self) { self.parse = parse_hex; }
        }
        fn tune(p: &mut Parser, other: &mut Printer, unknown: u8) {
            p.parse = parse_oct;
            other.parse = parse_bin;
        }
        fn main() {
            let mut q = Printer { parse: parse_int };
            q.parse = parse_bin;
        }
    """}
    # Printer's field is another type's; parse_int goes to a Printer only.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("src.main_rs.Parser.read", "src.main_rs.parse_hex"),
        ("src.main_rs.Parser.read", "src.main_rs.parse_oct"),
    }


def test_rust_fns_pushed_into_a_field_are_run_by_a_loop_over_it(tmp_path: Path) -> None:
    files = {"src/main.rs": """
        fn on_start() {}
        fn on_stop() {}
        fn direct() {}
        fn other() {}
        struct Hooks { list: Vec<Box<dyn Fn()>>, rest: Vec<fn()> }
        impl Hooks {
            fn add(&mut self, f: Box<dyn Fn()>) { self.list.push(f); }
            fn defaults(&mut self) { self.list.push(Box::new(direct)); self.rest.push(other); }
            fn fire(&self) {
                for f in &self.list { f(); }
            }
        }
        struct Else { list: Vec<fn()> }
        impl Else {
            fn fire(&self) { for f in self.list.iter() { f(); } }
        }
        fn main() {
            let mut h = Hooks { list: Vec::new(), rest: Vec::new() };
            h.add(Box::new(on_start));
            h.add(Box::new(|| on_stop()));
            h.fire();
        }
    """}
    # The closure kept in the field stays main's; rest is another field; Else another type.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("src.main_rs.main", "src.main_rs.Hooks.add"),
        ("src.main_rs.main", "src.main_rs.Hooks.fire"),
        ("src.main_rs.main", "src.main_rs.on_stop"),
        ("src.main_rs.Hooks.fire", "src.main_rs.on_start"),
        ("src.main_rs.Hooks.fire", "src.main_rs.direct"),
    }


def test_rust_a_local_holding_a_returned_trait_object_dispatches_on_the_trait(tmp_path: Path) -> None:
    files = {"src/main.rs": """
        trait Shape { fn area(&self) -> f64; }
        struct Sq;
        struct Circle;
        impl Shape for Sq { fn area(&self) -> f64 { 1.0 } }
        impl Shape for Circle { fn area(&self) -> f64 { 3.0 } }
        fn make(k: u8) -> Box<dyn Shape> { if k == 0 { Box::new(Sq) } else { Box::new(Circle) } }
        fn size() -> usize { 0 }
        fn main() {
            let s = make(1);
            s.area();
            let n = size();
            n.area();
        }
    """}
    # n is a usize: no edge.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("src.main_rs.main", "src.main_rs.make"),
        ("src.main_rs.main", "src.main_rs.size"),
        ("src.main_rs.main", "src.main_rs.Shape.area"),
        ("src.main_rs.main", "src.main_rs.Sq.Shape.area"),
        ("src.main_rs.main", "src.main_rs.Circle.Shape.area"),
    }


def test_rust_an_associated_fn_of_a_bounded_generic_is_the_traits(tmp_path: Path) -> None:
    files = {"src/main.rs": """
        trait Widget { fn create() -> Self; fn draw(&self); }
        trait Named { fn name() -> String; }
        struct Button;
        struct T;
        impl T { fn create() -> T { T } }
        impl Widget for Button { fn create() -> Self { Button } fn draw(&self) {} }
        fn build<T: Widget>() -> T {
            let w = T::create();
            w.draw();
            w
        }
        fn plain() { T::create(); }
        fn named<N: Named>() { N::missing(); }
    """}
    # The generic T hides the struct T inside build; N's bound has no fn missing.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("src.main_rs.build", "src.main_rs.Widget.create"),
        ("src.main_rs.build", "src.main_rs.Button.Widget.create"),
        ("src.main_rs.build", "src.main_rs.Widget.draw"),
        ("src.main_rs.build", "src.main_rs.Button.Widget.draw"),
        ("src.main_rs.plain", "src.main_rs.T.create"),
    }


def test_rust_a_call_on_a_field_uses_the_fields_declared_type(tmp_path: Path) -> None:
    files = {"src/main.rs": """
        trait Logger { fn write(&self, line: &str); }
        struct Stdout;
        struct FileLog;
        impl Logger for Stdout { fn write(&self, line: &str) {} }
        impl Logger for FileLog { fn write(&self, line: &str) {} }
        struct Counter;
        impl Counter { fn bump(&mut self) {} }
        struct App {
            log: Box<dyn Logger>,
            hits: Counter,
            names: Vec<Counter>,
        }
        impl App {
            fn run(&mut self) {
                self.log.write("start");
                self.hits.bump();
                self.names.len();
            }
        }
        struct Holder { hits: Counter }
        fn tick(h: &mut Holder) { h.hits.bump(); }
    """}
    # names is a Vec.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("src.main_rs.App.run", "src.main_rs.Logger.write"),
        ("src.main_rs.App.run", "src.main_rs.Stdout.Logger.write"),
        ("src.main_rs.App.run", "src.main_rs.FileLog.Logger.write"),
        ("src.main_rs.App.run", "src.main_rs.Counter.bump"),
        ("src.main_rs.tick", "src.main_rs.Counter.bump"),
    }


def test_rust_a_field_typed_by_a_bounded_type_parameter_reaches_the_bounds_impls(tmp_path: Path) -> None:
    files = {"src/main.rs": """
        trait Repo { fn get(&self); }
        trait Clock { fn now(&self); }
        struct Mem;
        impl Repo for Mem { fn get(&self) {} }
        struct Wall;
        impl Clock for Wall { fn now(&self) {} }
        struct R;
        impl R { fn get(&self) {} fn now(&self) {} }
        struct Service<'a, R: Repo, C> where C: Clock {
            repo: R,
            clock: &'a C,
        }
        impl<'a, R: Repo, C: Clock> Service<'a, R, C> {
            fn run(&self) { self.repo.get(); self.clock.now(); }
        }
        struct Cached<T, R> { inner: T, other: R }
        impl<X, Y: Repo> Cached<X, Y> {
            fn run(&self) { self.inner.get(); self.other.get(); }
        }
    """}
    # Cached's T is unbounded (its impl bounds the other parameter, Y: by position, R);
    # a crate type named like a parameter is never the field's type.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("src.main_rs.Service.run", "src.main_rs.Repo.get"),
        ("src.main_rs.Service.run", "src.main_rs.Mem.Repo.get"),
        ("src.main_rs.Service.run", "src.main_rs.Clock.now"),
        ("src.main_rs.Service.run", "src.main_rs.Wall.Clock.now"),
        ("src.main_rs.Cached.run", "src.main_rs.Repo.get"),
        ("src.main_rs.Cached.run", "src.main_rs.Mem.Repo.get"),
    }


def test_rust_a_loop_over_a_maps_values_has_the_value_type(tmp_path: Path) -> None:
    files = {"src/main.rs": """
        use std::collections::{BTreeMap, HashMap};
        trait Command { fn exec(&self); }
        struct Add;
        struct Remove;
        impl Command for Add { fn exec(&self) {} }
        impl Command for Remove { fn exec(&self) {} }
        struct Key;
        impl Key { fn exec(&self) {} }
        fn run(cmds: &HashMap<Key, Box<dyn Command>>, names: BTreeMap<String, Add>) {
            for c in cmds.values() { c.exec(); }
            for a in names.into_values() { a.exec(); }
            for k in cmds.keys() { k.exec(); }
        }
    """}
    # keys() is not followed (Key::exec stays out).
    assert edges_of(graph_of(tmp_path, files)) == {
        ("src.main_rs.run", "src.main_rs.Command.exec"),
        ("src.main_rs.run", "src.main_rs.Add.Command.exec"),
        ("src.main_rs.run", "src.main_rs.Remove.Command.exec"),
    }


def test_rust_a_call_on_a_calls_result_is_on_its_declared_return_type(tmp_path: Path) -> None:
    files = {
        "src/main.rs": """
            mod config;
            use config::Config;
            fn main() {
                let c = Config::builder().host("x").port(80).build();
                c.url();
                Config::builder().maybe().build();
                let v = vec![1].len().url();
            }
        """,
        "src/config.rs": """
            pub struct Config;
            pub struct Builder;
            impl Builder {
                pub fn host(self, h: &str) -> Self { self }
                pub fn port(self, p: u16) -> Builder { self }
                pub fn maybe(self) -> Option<Self> { None }
                pub fn build(self) -> Config { Config }
            }
            impl Config {
                pub fn builder() -> Builder { Builder }
                pub fn url(&self) -> String { String::new() }
            }
        """,
    }
    # maybe returns an Option: its build is Option's; len is a Vec's.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("src.main_rs.main", "src.config_rs.Config.builder"),
        ("src.main_rs.main", "src.config_rs.Builder.host"),
        ("src.main_rs.main", "src.config_rs.Builder.port"),
        ("src.main_rs.main", "src.config_rs.Builder.maybe"),
        ("src.main_rs.main", "src.config_rs.Builder.build"),
        ("src.main_rs.main", "src.config_rs.Config.url"),
    }


def test_rust_a_returned_closure_calls_what_its_writers_parameter_receives(tmp_path: Path) -> None:
    files = {"src/main.rs": """
        struct Job;
        type Step = Box<dyn Fn(&Job) -> u8>;
        fn note(j: &Job) {}
        fn build(j: &Job) -> u8 { 0 }
        fn deploy(j: &Job) -> u8 { 1 }
        fn timed(inner: Step) -> Step {
            Box::new(move |j| { note(j); inner(j) })
        }
        fn retried(inner: Step) -> Step {
            let note = |j: &Job| 0;
            Box::new(move |j| { note(j); inner(j) })
        }
        fn main() {
            let a = timed(Box::new(build));
            let b = retried(Box::new(deploy));
        }
    """}
    # retried's local closure note shadows the fn note.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("src.main_rs.main", "src.main_rs.timed"),
        ("src.main_rs.main", "src.main_rs.retried"),
        ("src.main_rs.timed", "src.main_rs.note"),
        ("src.main_rs.timed", "src.main_rs.build"),
        ("src.main_rs.retried", "src.main_rs.deploy"),
    }
