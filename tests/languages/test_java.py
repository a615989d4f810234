"""Java: definitions, Javadoc and the exact call edges of a multi-package project."""

from __future__ import annotations

from pathlib import Path

from repoagent.models import Kind
from tests.support.graphs import edges_of, graph_of

ROOT = "src/main/java/com/acme"
PROJECT = {
    f"{ROOT}/util/Helper.java": """
        package com.acme.util;

        /** Small helpers. */
        public final class Helper {
            public static int max(int a, int b) { return a > b ? a : b; }
            public static int max(int a, int b, int c) { return max(max(a, b), c); }
            public static String join(String... parts) { return String.join(",", parts); }
        }
    """,
    f"{ROOT}/shapes/Shape.java": """
        package com.acme.shapes;

        import static com.acme.util.Helper.max;

        public abstract class Shape {
            protected final String name;
            protected Shape(String name) { this.name = name; }
            public abstract double area();
            public String describe() { return name + area(); }
            protected int size() { return max(1, 2); }
        }
    """,
    f"{ROOT}/shapes/Circle.java": """
        package com.acme.shapes;

        import static com.acme.util.Helper.max;

        public class Circle extends Shape implements Comparable<Circle> {
            private final double r;

            /**
             * Makes a circle.
             *
             * @param r the radius
             */
            public Circle(double r) { super("circle"); this.r = r; }
            public Circle() { this(1.0); }
            @Override public double area() { return 3.14 * r * r; }
            public int compareTo(Circle other) { return max(1, 2) + other.size(); }
            public String label() { return describe() + this.describe() + super.describe(); }

            static class Builder {
                Circle build() { return new Circle(); }
            }

            class Inner {
                double twice() { return area() * 2; }
            }
        }
    """,
    f"{ROOT}/Registry.java": """
        package com.acme;

        class Registry {
            static void add(Object o) {}
        }
    """,
    f"{ROOT}/App.java": """
        package com.acme;

        import com.acme.shapes.*;
        import com.acme.util.Helper;

        public class App {
            public static void main(String[] args) {
                Circle c = new Circle(2.0);
                c.area();
                Helper.max(1, 2);
                Helper.max(1, 2, 3);
                Helper.join("a", "b", "c");
                new Circle.Builder().build();
                new java.util.ArrayList<String>();
                Registry.add(new App());
                Runnable r = new Runnable() { public void run() { helper(); } };
                new Square();
            }

            void run(Helper h) { this.helper(); h.max(1, 2); }

            private void helper() {}
        }
    """,
}

UTIL = "src.main.java.com.acme.util.Helper_java.Helper"
SHAPE = "src.main.java.com.acme.shapes.Shape_java.Shape"
CIRCLE = "src.main.java.com.acme.shapes.Circle_java.Circle"
APP = "src.main.java.com.acme.App_java.App"
REGISTRY = "src.main.java.com.acme.Registry_java.Registry"


def test_java_project_edges_are_exact(tmp_path: Path) -> None:
    assert edges_of(graph_of(tmp_path, PROJECT)) == {
        (f"{UTIL}.max~2", f"{UTIL}.max"),
        (f"{SHAPE}.describe", f"{SHAPE}.area"),
        (f"{SHAPE}.describe", f"{CIRCLE}.area"),  # abstract: the created subclass's
        (f"{CIRCLE}.Circle", f"{SHAPE}.Shape"),
        (f"{CIRCLE}.Circle~2", f"{CIRCLE}.Circle"),
        (f"{SHAPE}.size", f"{UTIL}.max"),
        # Circle.compareTo's max(1, 2) is dropped: Comparable (outside the repository)
        # could declare a max that would shadow the static import.
        (f"{CIRCLE}.label", f"{SHAPE}.describe"),
        (f"{CIRCLE}.Builder.build", f"{CIRCLE}.Circle~2"),
        (f"{CIRCLE}.Inner.twice", f"{CIRCLE}.area"),
        (f"{APP}.main", f"{CIRCLE}.Circle"),
        (f"{APP}.main", f"{CIRCLE}.area"),  # c.area() on a local made by new Circle(2.0)
        (f"{APP}.main", f"{UTIL}.max"),
        (f"{APP}.main", f"{UTIL}.max~2"),
        (f"{APP}.main", f"{UTIL}.join"),
        (f"{APP}.main", f"{CIRCLE}.Builder"),
        (f"{APP}.main", f"{CIRCLE}.Builder.build"),  # on the object new Circle.Builder() makes
        (f"{APP}.main", APP),
        (f"{APP}.main", f"{REGISTRY}.add"),
        (f"{APP}.run", f"{APP}.helper"),
        (f"{APP}.run", f"{UTIL}.max"),  # h.max(1, 2): the parameter's declared type
        (f"{CIRCLE}.compareTo", f"{SHAPE}.size"),  # other.size(), inherited
    }


def test_java_definitions_carry_javadoc_and_signatures(tmp_path: Path) -> None:
    nodes = graph_of(tmp_path, PROJECT).nodes
    module = nodes["src.main.java.com.acme.shapes.Circle_java"]
    assert (module.name, module.signature) == ("Circle.java", "package com.acme.shapes")
    circle = nodes[CIRCLE]
    assert (circle.kind, circle.keyword, circle.bases) == (Kind.CLASS, "class", ("Shape", "Comparable<Circle>"))
    assert circle.signature == "public class Circle extends Shape implements Comparable<Circle>"
    constructor = nodes[f"{CIRCLE}.Circle"]
    assert (constructor.keyword, constructor.signature, constructor.docstring) == (
        "constructor",
        "public Circle(double r)",
        "Makes a circle.\n\n@param r the radius",
    )
    assert constructor.span.start_line == 8  # the Javadoc is part of the object
    area = nodes[f"{CIRCLE}.area"]
    assert (area.decorators, area.signature, area.returns) == (("Override",), "public double area()", "double")
    join = nodes[f"{UTIL}.join"]
    assert [(p.name, p.annotation, p.prefix) for p in join.parameters] == [("parts", "String", "...")]
    assert nodes[f"{CIRCLE}.Builder"].parent == CIRCLE


DISPATCH = {
    "src/shop/Payment.java": """
        package shop;

        public interface Payment {
            void pay(int cents);
            default void log() {}
        }
    """,
    "src/shop/Card.java": """
        package shop;

        public class Card implements Payment {
            public void pay(int cents) {}
        }
    """,
    "src/shop/Cash.java": """
        package shop;

        public class Cash implements Payment {
            public void pay(int cents) {}
            public void log() {}
        }
    """,
    "src/shop/Voucher.java": """
        package shop;

        /** Never created: no call can reach its pay. */
        public class Voucher implements Payment {
            public void pay(int cents) {}
        }
    """,
    "src/shop/Job.java": """
        package shop;

        public abstract class Job {
            protected abstract void step();
            public void run() { step(); this.step(); }
            public void helper() {}
        }
    """,
    "src/shop/Nightly.java": """
        package shop;

        public class Nightly extends Job {
            protected void step() {}
            public void helper() {}
        }
    """,
    "src/shop/Till.java": """
        package shop;

        public class Till {
            void checkout(Payment payment, Job job, String note) {
                payment.pay(1);
                payment.log();
                job.helper();
                note.trim();
            }
            void open() { new Card(); new Cash(); new Nightly().run(); }
        }
    """,
}


def test_java_interface_and_abstract_calls_reach_the_created_implementations(tmp_path: Path) -> None:
    module = "src.shop.{0}_java.{0}".format
    edges = edges_of(graph_of(tmp_path, DISPATCH))
    assert {edge for edge in edges if edge[0] != f"{module('Till')}.open"} == {
        (f"{module('Till')}.checkout", f"{module('Payment')}.pay"),
        (f"{module('Till')}.checkout", f"{module('Card')}.pay"),
        (f"{module('Till')}.checkout", f"{module('Cash')}.pay"),
        (f"{module('Till')}.checkout", f"{module('Payment')}.log"),
        (f"{module('Till')}.checkout", f"{module('Cash')}.log"),
        (f"{module('Till')}.checkout", f"{module('Job')}.helper"),
        (f"{module('Till')}.checkout", f"{module('Nightly')}.helper"),
        (f"{module('Job')}.run", f"{module('Job')}.step"),
        (f"{module('Job')}.run", f"{module('Nightly')}.step"),
    }


def test_java_dispatch_to_more_than_the_cap_adds_no_implementation(tmp_path: Path) -> None:
    files = {"src/Shape.java": "interface Shape { int area(); }\n", "src/Use.java": "class Use { int f(Shape s) { return s.area(); } }\n"}
    creations = []
    for number in range(17):
        files[f"src/S{number}.java"] = f"class S{number} implements Shape {{ public int area() {{ return {number}; }} }}\n"
        creations.append(f"new S{number}();")
    files["src/Main.java"] = "class Main { void all() { " + " ".join(creations) + " } }\n"
    graph = graph_of(tmp_path, files)
    assert {callee for caller, callee in edges_of(graph) if caller == "src.Use_java.Use.f"} == {"src.Shape_java.Shape.area"}
    assert "src.Use_java.Use.f line 1: call of s.area/0 may run 17 callees; no edge drawn" in graph.parse_warnings
    del files["src/S16.java"]
    files["src/Main.java"] = files["src/Main.java"].replace("new S16();", "")
    edges = edges_of(graph_of(tmp_path / "fewer", files))
    assert len({callee for caller, callee in edges if caller == "src.Use_java.Use.f"}) == 17


LOCALS = {
    "com/acme/Main.java": """
        package com.acme;

        import java.util.List;

        interface Shape { int area(); }

        class Square implements Shape { public int area() { return 4; } }

        class Circle implements Shape { public int area() { return 3; } }

        class Conn {
            static Conn open() { return new Conn(); }
            void close() {}
        }

        public class Main {
            static Shape pick() { return new Square(); }
            static List<Conn> all() { return null; }

            void run(boolean flag, List<Conn> conns) {
                var c = Conn.open();
                c.close();
                Shape s = pick();
                s.area();
                var exact = new Circle();
                exact.area();
                Shape moved = new Circle();
                moved = pick();
                moved.area();
                for (Conn each : conns) { each.close(); }
                var many = all();
                many.close();
            }

            void blocks(boolean flag) {
                if (flag) {
                    var x = new Square();
                    x.area();
                } else {
                    var x = new Conn();
                    x.close();
                }
            }
        }
    """,
}


def test_java_locals_are_typed_by_declaration_new_or_the_called_methods_return_type(tmp_path: Path) -> None:
    # s (declared Shape) reaches every created Shape; exact (new Circle, never
    # reassigned) only Circle's; moved (reassigned) its static type's; many is a
    # List, not of the repository: dropped. Each x is the nearest declared above.
    main, shapes = "com.acme.Main_java.Main", "com.acme.Main_java"
    assert edges_of(graph_of(tmp_path, LOCALS)) == {
        (f"{shapes}.Conn.open", f"{shapes}.Conn"),
        (f"{main}.pick", f"{shapes}.Square"),
        (f"{main}.run", f"{shapes}.Conn.open"),
        (f"{main}.run", f"{shapes}.Conn.close"),
        (f"{main}.run", f"{main}.pick"),
        (f"{main}.run", f"{main}.all"),
        (f"{main}.run", f"{shapes}.Shape.area"),
        (f"{main}.run", f"{shapes}.Square.area"),
        (f"{main}.run", f"{shapes}.Circle.area"),
        (f"{main}.run", f"{shapes}.Circle"),
        (f"{main}.blocks", f"{shapes}.Square"),
        (f"{main}.blocks", f"{shapes}.Square.area"),
        (f"{main}.blocks", f"{shapes}.Conn"),
        (f"{main}.blocks", f"{shapes}.Conn.close"),
    }


def test_java_an_exact_local_does_not_dispatch_but_calls_its_declared_type(tmp_path: Path) -> None:
    # c holds exactly a Circle: not Square's area. Declared a Shape, it also calls
    # Shape's area, the method the code is written against; d, declared as what it
    # holds, calls Circle's alone.
    files = {"A.java": """
        interface Shape { int area(); int edges(); }
        class Square implements Shape { public int area() { return 4; } public int edges() { return 4; } }
        class Circle implements Shape { public int area() { return 3; } public int edges() { return 0; } }
        class A {
            void f() { new Square(); Shape c = new Circle(); c.area(); }
            void g() { Circle d = new Circle(); d.edges(); }
        }
    """}
    assert edges_of(graph_of(tmp_path, files)) == {
        ("A_java.A.f", "A_java.Square"),
        ("A_java.A.f", "A_java.Circle"),
        ("A_java.A.f", "A_java.Circle.area"),
        ("A_java.A.f", "A_java.Shape.area"),
        ("A_java.A.g", "A_java.Circle"),
        ("A_java.A.g", "A_java.Circle.edges"),
    }


def test_java_fields_are_typed_by_their_declaration(tmp_path: Path) -> None:
    files = {"A.java": """
        interface Engine { void start(); }
        class Diesel implements Engine { public void start() {} }
        class Electric implements Engine { public void start() {} }
        class Base { protected Engine spare = new Diesel(); }
        class Car extends Base {
            private Engine engine;
            private java.util.List<Engine> all;
            Car() { this.engine = new Electric(); }
            void drive() { engine.start(); this.spare.start(); all.clear(); }
            class Radio { void on() { engine.start(); } }
        }
    """}
    # Fields have their static type: any created Engine may be there.
    engine, car = "A_java.Engine", "A_java.Car"
    started = {f"{engine}.start", "A_java.Diesel.start", "A_java.Electric.start"}
    assert edges_of(graph_of(tmp_path, files)) == {
        ("A_java.Base", "A_java.Diesel"),
        (f"{car}.Car", "A_java.Electric"),
        *((f"{car}.drive", target) for target in started),
        *((f"{car}.Radio.on", target) for target in started),
    }


def test_java_method_references_and_functions_passed_to_a_parameter_or_field_that_calls_them(tmp_path: Path) -> None:
    files = {"A.java": """
        import java.util.function.Consumer;
        interface Listener { void fire(String e); }
        class Button {
            private Listener listener;
            void onClick(Listener l) { this.listener = l; }
            void click() { listener.fire("x"); }
            void now(Listener l) { l.fire("now"); }
            void keep(Consumer<String> c) { c.andThen(c); }
            void over(int n) {}
            void over(String s) {}
        }
        class Made { Made() {} }
        class A {
            void save(String e) {}
            static void log(String e) {}
            void wire(Button b) {
                b.onClick(this::save);
                b.now(e -> log(e));
                b.now(A::log);
                b.keep(this::save);
                Runnable r = Made::new;
                b.now(b::over);
            }
        }
    """}
    # keep only composes its parameter (andThen): nothing it is given runs there;
    # b::over names two overloads: not told apart.
    a, button = "A_java.A", "A_java.Button"
    assert edges_of(graph_of(tmp_path, files)) == {
        (f"{a}.wire", f"{button}.onClick"),
        (f"{a}.wire", f"{button}.now"),
        (f"{a}.wire", f"{button}.keep"),
        (f"{a}.wire", f"{a}.save"),
        (f"{a}.wire", f"{a}.log"),
        (f"{a}.wire", "A_java.Made.Made"),
        (f"{button}.click", "A_java.Listener.fire"),
        (f"{button}.click", f"{a}.save"),
        (f"{button}.now", "A_java.Listener.fire"),
        (f"{button}.now", f"{a}.log"),
    }


def test_java_lambda_parameters_typed_as_written_or_by_the_collection_they_are_handed(tmp_path: Path) -> None:
    files = {"A.java": """
        import java.util.List;
        import java.util.Map;
        interface Rule { boolean check(); }
        class Short implements Rule { public boolean check() { return true; } }
        class Job { void run() {} }
        class A {
            private List<Job> jobs;
            void f(List<? extends Rule> rules, Map<String, Job> byName, List<String> names) {
                new Short();
                rules.stream().filter(r -> r.check()).forEach(r -> r.check());
                byName.values().forEach(j -> j.run());
                byName.forEach((k, v) -> v.run());
                this.jobs.forEach((Job x) -> x.run());
                jobs.stream().map(j -> j.toString()).forEach(s -> s.run());
                names.forEach(n -> n.check());
            }
        }
    """}
    # After map() the elements are no longer Jobs; names holds Strings.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("A_java.A.f", "A_java.Short"),
        ("A_java.A.f", "A_java.Rule.check"),
        ("A_java.A.f", "A_java.Short.check"),
        ("A_java.A.f", "A_java.Job.run"),
    }


def test_java_a_call_on_a_new_object_resolves_on_exactly_its_class(tmp_path: Path) -> None:
    files = {"A.java": """
        abstract class Task { abstract void run(); void fork() {} }
        class Print extends Task { void run() {} }
        class Loud extends Print { void run() {} }
        class Box<T> { void open() {} }
        class A {
            void f() {
                new Print().run();
                new Print().fork();
                new Box<String>().open();
                new Task() { void run() {} }.run();
                new Print().run().run();
            }
        }
    """}
    # Exactly a Print: not Loud's run. An anonymous class (its creation included) is not
    # followed, nor a call on the result of a method that returns nothing.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("A_java.A.f", "A_java.Print"),
        ("A_java.A.f", "A_java.Print.run"),
        ("A_java.A.f", "A_java.Task.fork"),
        ("A_java.A.f", "A_java.Box"),
        ("A_java.A.f", "A_java.Box.open"),
    }


def test_java_a_call_on_a_calls_result_is_on_the_declared_return_type(tmp_path: Path) -> None:
    files = {"A.java": """
        interface Shape { int area(); }
        class Square implements Shape { public int area() { return 4; } }
        class Ast { void validate() {} void check() {} Ast next; }
        class Parser {
            Parser(String s) {}
            Ast parse() { return new Ast(); }
            static Parser of(String s) { return new Parser(s); }
            Shape shape() { return new Square(); }
            Ast pick(int a) { return null; }
            Ast pick(int a, int b) { return null; }
        }
        class A {
            void f() {
                new Parser("x").parse().validate();
                Parser.of("y").parse().validate();
                Parser.of("z").shape().area();
                Parser.of("w").pick(1).check();
                Parser.of("v").parse().next.check();
            }
        }
    """}
    # parse() returns an Ast; shape() a Shape: every created Shape's area too. pick is
    # overloaded (the chain keeps no arity for it): no type, so no check. A field of
    # a call's result is not followed.
    a = "A_java.A.f"
    assert edges_of(graph_of(tmp_path, files)) == {
        ("A_java.Parser.parse", "A_java.Ast"),
        ("A_java.Parser.of", "A_java.Parser.Parser"),
        ("A_java.Parser.shape", "A_java.Square"),
        (a, "A_java.Parser.Parser"),
        (a, "A_java.Parser.parse"),
        (a, "A_java.Parser.of"),
        (a, "A_java.Parser.shape"),
        (a, "A_java.Parser.pick"),
        (a, "A_java.Ast.validate"),
        (a, "A_java.Shape.area"),
        (a, "A_java.Square.area"),
    }


def test_java_a_type_parameter_stands_for_its_first_bound(tmp_path: Path) -> None:
    files = {"A.java": """
        import java.util.List;
        abstract class Shape { abstract double area(); }
        interface Named { String name(); }
        class Square extends Shape { double area() { return 4; } }
        class Circle extends Shape { double area() { return 3; } }
        class T { void area() {} }
        class Box<S extends Shape> {
            S item;
            double size() { return item.area(); }
        }
        class A {
            static <T extends Shape & Named> double total(List<T> shapes, T first) {
                for (T s : shapes) { s.area(); }
                return first.area();
            }
            static <T> void loose(T t) { t.area(); }
            void make() { new Square(); new Circle(); }
        }
    """}
    # <T> without a bound hides the class T: t.area() is nothing known.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("A_java.A.total", "A_java.Shape.area"),
        ("A_java.A.total", "A_java.Square.area"),
        ("A_java.A.total", "A_java.Circle.area"),
        ("A_java.Box.size", "A_java.Shape.area"),
        ("A_java.Box.size", "A_java.Square.area"),
        ("A_java.Box.size", "A_java.Circle.area"),
        ("A_java.A.make", "A_java.Square"),
        ("A_java.A.make", "A_java.Circle"),
    }


def test_java_anonymous_classes_are_implementations_and_callers(tmp_path: Path) -> None:
    files = {"A.java": """
        interface Visitor { void visit(String n); }
        abstract class Base { void helper() {} abstract void run(); }
        class Walker {
            static void walk(Visitor v) { v.visit("a"); }
        }
        class A {
            static void tally(String n) {}
            static void dump(String n) {}
            void main() {
                Walker.walk(new Visitor() {
                    public void visit(String n) { tally(n); }
                });
                Visitor printer = new Visitor() {
                    public void visit(String n) { dump(n); }
                };
                printer.visit("b");
                Base b = new Base() {
                    void run() { helper(); }
                };
                Runnable r = new Runnable() {
                    public void run() { dump("x"); }
                };
            }
        }
    """}
    # walk's v may be either anonymous Visitor; printer is exactly the second. helper()
    # is the anonymous class's base's; in a Runnable (outside) dump() is not certain.
    m = "A_java.A.main"
    assert edges_of(graph_of(tmp_path, files)) == {
        ("A_java.Walker.walk", "A_java.Visitor.visit"),
        ("A_java.Walker.walk", f"{m}.visit"),
        ("A_java.Walker.walk", f"{m}.visit~2"),
        (f"{m}.visit", "A_java.A.tally"),
        (f"{m}.visit~2", "A_java.A.dump"),
        (f"{m}.run", "A_java.Base.helper"),
        (m, "A_java.Walker.walk"),
        (m, "A_java.Visitor.visit"),
        (m, f"{m}.visit~2"),
    }


def test_java_a_function_added_to_a_collection_field_runs_in_a_loop_over_it(tmp_path: Path) -> None:
    files = {"A.java": """
        import java.util.ArrayList;
        import java.util.List;
        interface Handler { void on(String e); }
        class Bus {
            private final List<Handler> handlers = new ArrayList<>();
            private final List<Handler> other = new ArrayList<>();
            void add(Handler h) { handlers.add(h); }
            void post(String e) {
                for (Handler h : handlers) { h.on(e); }
                for (Handler g : other) { g.on(e); }
            }
        }
        class A {
            static void print(String e) {}
            static void log(String e) {}
            void main() {
                Bus bus = new Bus();
                bus.add(A::print);
                bus.add(e -> log(e));
            }
        }
    """}
    # adding is no run: add calls neither; the loop over other holds nothing given.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("A_java.Bus.post", "A_java.Handler.on"),
        ("A_java.Bus.post", "A_java.A.print"),
        ("A_java.Bus.post", "A_java.A.log"),
        ("A_java.A.main", "A_java.Bus"),
        ("A_java.A.main", "A_java.Bus.add"),
        ("A_java.A.main", "A_java.A.print"),
        ("A_java.A.main", "A_java.A.log"),
    }
