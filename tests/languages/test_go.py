"""Go: definitions, doc comments and the exact call edges of a multi-file module."""

from __future__ import annotations

from pathlib import Path

from repoagent.models import Kind
from tests.support.graphs import edges_of, graph_of

MODULE = {
    "go.mod": "module example.com/shop\n\ngo 1.21\n",
    "store/store.go": """
        // Package store keeps items.
        package store

        import "fmt"

        // Store holds items.
        // It is not safe for concurrent use.
        type Store struct {
            items []string
        }

        // New makes an empty store.
        func New() *Store {
            return &Store{}
        }

        // Add adds an item.
        func (s *Store) Add(item string) {
            s.log(item)
            fmt.Println(item)
            s.items = append(s.items, item)
        }
    """,
    "store/log.go": """
        package store

        func (s *Store) log(item string) { format(item) }

        func format(item string) string { return item }
    """,
    "log/log.go": """
        package log

        func Printf(format string) {}
    """,
    "main.go": """
        package main

        import (
            "fmt"
            "log"

            "example.com/shop/store"
            ext "github.com/other/store"
        )

        type app struct{ s *store.Store }

        func (a *app) run() {
            a.s.Add("via a field")
            a.start()
        }

        func (a *app) start() {}

        func main() {
            s := store.New()
            s.Add("result of a call")
            var t store.Store
            t.Add("declared")
            u := &store.Store{}
            u.Add("literal")
            a := &app{}
            a.run()
            ext.New()
            fmt.Println()
            log.Printf("stdlib, not ./log")
            helper(a)
            _ = store.Store(t)
        }
    """,
    "helpers.go": """
        package main

        func helper(a *app) { a.start() }

        func shadow(store int) { store.New() }
    """,
}


def test_go_module_edges_are_exact(tmp_path: Path) -> None:
    graph = graph_of(tmp_path, MODULE)
    assert edges_of(graph) == {
        ("store.store_go.Store.Add", "store.log_go.Store.log"),
        ("store.log_go.Store.log", "store.log_go.format"),
        ("main_go.app.run", "main_go.app.start"),
        ("main_go.app.run", "store.store_go.Store.Add"),
        ("main_go.main", "store.store_go.New"),
        ("main_go.main", "store.store_go.Store.Add"),
        ("main_go.main", "main_go.app.run"),
        ("main_go.main", "helpers_go.helper"),
        ("helpers_go.helper", "main_go.app.start"),
    }


def test_go_definitions_carry_docs_signatures_and_receivers(tmp_path: Path) -> None:
    graph = graph_of(tmp_path, MODULE)
    nodes = graph.nodes
    module = nodes["store.store_go"]
    assert (module.kind, module.name, module.signature, module.docstring) == (
        Kind.MODULE,
        "store.go",
        "package store",
        "Package store keeps items.",
    )
    store = nodes["store.store_go.Store"]
    assert (store.keyword, store.signature, store.docstring, store.span.start_line) == (
        "struct",
        "type Store struct",
        "Store holds items.\nIt is not safe for concurrent use.",
        6,
    )
    add = nodes["store.store_go.Store.Add"]
    assert (add.kind, add.parent, add.keyword, add.signature, add.docstring) == (
        Kind.METHOD,
        "store.store_go.Store",
        "func",
        "func (s *Store) Add(item string)",
        "Add adds an item.",
    )
    assert [(p.name, p.annotation) for p in add.parameters] == [("item", "string")]
    # A method beside its type's file keeps the Type.method id, parented to its file.
    log = nodes["store.log_go.Store.log"]
    assert (log.name, log.parent, log.kind) == ("log", "store.log_go", Kind.METHOD)
    assert nodes["store.store_go.New"].returns == "*Store"


def test_go_doc_comment_is_inside_the_hash(tmp_path: Path) -> None:
    first = graph_of(tmp_path / "a", MODULE).nodes["store.store_go.New"].code_hash
    changed = dict(MODULE, **{"store/store.go": MODULE["store/store.go"].replace("an empty", "a new")})
    assert graph_of(tmp_path / "b", changed).nodes["store.store_go.New"].code_hash != first


def test_without_go_mod_only_same_package_calls_resolve(tmp_path: Path) -> None:
    files = {k: v for k, v in MODULE.items() if k != "go.mod"}
    edges = edges_of(graph_of(tmp_path, files))
    assert ("main_go.main", "store.store_go.New") not in edges
    assert ("main_go.main", "helpers_go.helper") in edges


def test_a_mixed_repository_keeps_each_languages_modules_apart(tmp_path: Path) -> None:
    graph = graph_of(
        tmp_path,
        {
            "util.py": "def f(): pass\n",
            "util.go": "package util\n\nfunc F() { G() }\n\nfunc G() {}\n",
            "Util.java": "class Util { void f() { g(); } void g() {} }\n",
            "util.rs": "fn f() { g() }\nfn g() {}\n",
        },
    )
    assert {f.module: f.language for f in graph.files.values()} == {
        "util": "python",
        "util_go": "go",
        "Util_java": "java",
        "util_rs": "rust",
    }
    assert {("util_go.F", "util_go.G"), ("Util_java.Util.f", "Util_java.Util.g"), ("util_rs.f", "util_rs.g")} <= edges_of(graph)


INTERFACES = {
    "go.mod": "module example.com/app\n",
    "shapes/shape.go": """
        package shapes

        // Shape is anything with an area.
        type Shape interface {
            // Area in square units.
            Area() int
            Name() string
        }
    """,
    "shapes/circle.go": """
        package shapes

        type Circle struct{}

        func (c Circle) Area() int { return 1 }
        func (c Circle) Name() string { return "circle" }
    """,
    "shapes/half.go": """
        package shapes

        // Half has an Area but no Name: it is no Shape.
        type Half struct{}

        func (h Half) Area() int { return 3 }
    """,
    "report/report.go": """
        package report

        import "example.com/app/shapes"

        type Square struct{}

        func (s *Square) Area() int { return 2 }
        func (s *Square) Name() string { return "square" }

        func Total(s shapes.Shape) int { return s.Area() }

        func Local(s shapes.Circle) int { return s.Area() }
    """,
}


def test_go_interface_method_calls_reach_the_implementing_types(tmp_path: Path) -> None:
    graph = graph_of(tmp_path, INTERFACES)
    area = graph.nodes["shapes.shape_go.Shape.Area"]
    assert (area.parent, area.signature, area.docstring, area.returns) == ("shapes.shape_go.Shape", "Area() int", "Area in square units.", "int")
    assert edges_of(graph) == {
        ("report.report_go.Total", "shapes.shape_go.Shape.Area"),
        ("report.report_go.Total", "shapes.circle_go.Circle.Area"),
        ("report.report_go.Total", "report.report_go.Square.Area"),
        ("report.report_go.Local", "shapes.circle_go.Circle.Area"),
    }


def test_go_interface_with_more_implementations_than_the_cap_links_only_itself(tmp_path: Path) -> None:
    files = {"go.mod": "module example.com/app\n", "a/shape.go": "package a\n\ntype Shape interface {\n\tArea() int\n}\n\nfunc Use(s Shape) int { return s.Area() }\n"}
    for number in range(17):
        files[f"a/s{number}.go"] = f"package a\n\ntype S{number} struct{{}}\n\nfunc (s S{number}) Area() int {{ return {number} }}\n"
    graph = graph_of(tmp_path, files)
    assert edges_of(graph) == {("a.shape_go.Use", "a.shape_go.Shape.Area")}
    assert "a.shape_go.Use line 7: call of s.Area may run 17 callees; no edge drawn" in graph.parse_warnings


def test_go_types_of_test_files_implement_interfaces_only_for_their_packages_tests(tmp_path: Path) -> None:
    files = dict(INTERFACES)
    files["report/fake_test.go"] = """
        package report

        import "example.com/app/shapes"

        type fake struct{}

        func (f fake) Area() int { return 0 }
        func (f fake) Name() string { return "fake" }

        func TestTotal(s shapes.Shape) { s.Area() }
    """
    files["shapes/stub_test.go"] = """
        package shapes

        type stub struct{}

        func (stub) Area() int { return 0 }
        func (stub) Name() string { return "stub" }
    """
    edges = edges_of(graph_of(tmp_path, files))
    assert ("report.fake_test_go.TestTotal", "shapes.stub_test_go.stub.Area") not in edges  # another package's test binary
    assert ("report.report_go.Total", "report.fake_test_go.fake.Area") not in edges
    assert ("report.fake_test_go.TestTotal", "report.fake_test_go.fake.Area") in edges
    assert ("report.fake_test_go.TestTotal", "shapes.circle_go.Circle.Area") in edges


EMBEDDING = {
    "go.mod": "module example.com/app\n",
    "io/io.go": """
        package io

        type Reader interface{ Read() }

        type ReadCloser interface {
            Reader
            Close()
        }

        type Base struct{}

        func (b *Base) Read() {}
    """,
    "main.go": """
        package main

        import "example.com/app/io"

        type File struct{ *io.Base }

        func (f File) Close() {}

        type Half struct{}

        func (Half) Read() {}

        type A struct{}

        func (A) Close() {}

        type Both struct {
            A
            File
        }

        func use(rc io.ReadCloser) {
            rc.Read()
            rc.Close()
        }

        func read(r io.Reader) { r.Read() }

        func main() {
            f := File{}
            f.Read()
            b := Both{}
            b.Read()
            b.Close()
        }
    """,
}


def test_go_embedded_types_promote_their_methods_and_make_types_implement_interfaces(tmp_path: Path) -> None:
    # File embeds *io.Base, so it has Read and implements both interfaces; Half only
    # io.Reader. Both's Close is ambiguous (A's and File's at depth one): no edge;
    # its Read comes from File's embedded Base at depth two.
    assert edges_of(graph_of(tmp_path, EMBEDDING)) == {
        ("main_go.use", "io.io_go.Reader.Read"),
        ("main_go.use", "io.io_go.Base.Read"),
        ("main_go.use", "io.io_go.ReadCloser.Close"),
        ("main_go.use", "main_go.File.Close"),
        ("main_go.read", "io.io_go.Reader.Read"),
        ("main_go.read", "io.io_go.Base.Read"),
        ("main_go.read", "main_go.Half.Read"),
        ("main_go.main", "io.io_go.Base.Read"),
    }


def test_go_own_methods_shadow_promoted_ones(tmp_path: Path) -> None:
    files = {"main.go": """
        package main

        type Base struct{}

        func (Base) Name() string { return "base" }

        type Named struct{ Base }

        func (n Named) Name() string { return n.Base.Name() }

        func main() {
            n := Named{}
            n.Name()
        }
    """}
    assert edges_of(graph_of(tmp_path, files)) == {("main_go.main", "main_go.Named.Name"), ("main_go.Named.Name", "main_go.Base.Name")}


def test_go_an_embedding_cycle_ends(tmp_path: Path) -> None:
    files = {"main.go": "package main\n\ntype A struct{ B }\n\ntype B struct{ A }\n\nfunc (A) M() {}\n\nfunc main() {\n\tb := B{}\n\tb.M()\n}\n"}
    assert edges_of(graph_of(tmp_path, files)) == {("main_go.main", "main_go.A.M")}


def test_go_a_function_passed_to_a_parameter_of_function_type_is_called_there(tmp_path: Path) -> None:
    files = {
        "go.mod": "module example.com/app\n",
        "jobs/jobs.go": """
            package jobs

            func Nightly() {}

            type Queue struct{}

            func (q *Queue) Flush() {}
        """,
        "main.go": """
            package main

            import "example.com/app/jobs"

            func work() {}

            func run(f func()) { f() }

            func twice(label string, f func()) { run(f) }

            func shadow(work func()) { work() }

            func local() {
                run := func(g func()) {}
                run(work)
                work := 1
                _ = work
                deadline, ok := deadline()
                _, _ = deadline, ok
            }

            func deadline() (int, bool) { return 0, true }

            func main() {
                q := &jobs.Queue{}
                twice("a", work)
                run(jobs.Nightly)
                run(q.Flush)
            }
        """,
    }
    # shadow's work() is its parameter (nothing passed there), not the package's work;
    # local's run is a local function value, not the package's run.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("main_go.run", "main_go.work"),
        ("main_go.run", "jobs.jobs_go.Nightly"),
        ("main_go.run", "jobs.jobs_go.Queue.Flush"),
        ("main_go.twice", "main_go.run"),
        ("main_go.local", "main_go.deadline"),  # the local deadline's scope starts after its line
        ("main_go.main", "main_go.twice"),
        ("main_go.main", "main_go.run"),
    }


def test_go_a_local_given_functions_by_name_calls_them(tmp_path: Path) -> None:
    files = {"main.go": """
        package main

        type Job struct{}

        func (j *Job) Run() {}

        func helper() {}

        func other() {}

        func unused() {}

        func apply(f func()) { g := f; g() }

        func main() {
            f := helper
            f()
            var g func() = other
            g()
            j := &Job{}
            h := j.Run
            h()
            k := h
            k()
            n := 1
            _ = n
            apply(unused)
            m := pick()
            m()
        }

        func pick() func() { return nil }
    """}
    # apply's g holds what apply's f is given; m holds a call's result: not followed.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("main_go.main", "main_go.helper"),
        ("main_go.main", "main_go.other"),
        ("main_go.main", "main_go.Job.Run"),
        ("main_go.main", "main_go.apply"),
        ("main_go.main", "main_go.pick"),
        ("main_go.apply", "main_go.unused"),
    }


def test_go_struct_fields_of_function_type_run_what_they_are_given(tmp_path: Path) -> None:
    files = {"main.go": """
        package main

        type Server struct {
            Handler func(string)
            onDone  func()
            name    string
        }

        type Other struct{ onDone func() }

        type Logger struct{}

        func (l *Logger) Log(s string) {}

        func (s *Server) Serve() { s.Handler("/"); s.onDone() }

        func (o Other) Stop() { o.onDone() }

        func index(p string) {}

        func finish() {}

        func wrap(h func(string)) *Server { return &Server{Handler: h} }

        func main() {
            l := &Logger{}
            srv := Server{Handler: l.Log, name: "x"}
            srv.onDone = finish
            srv.Serve()
            wrap(index)
            srv.name = "y"
        }
    """}
    # Other's onDone is given nothing; wrap's h holds what wrap is given.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("main_go.main", "main_go.Server.Serve"),
        ("main_go.main", "main_go.wrap"),
        ("main_go.Server.Serve", "main_go.Logger.Log"),
        ("main_go.Server.Serve", "main_go.index"),
        ("main_go.Server.Serve", "main_go.finish"),
    }


def test_go_field_values_given_in_test_files_count_only_for_their_tests(tmp_path: Path) -> None:
    files = {
        "lib.go": "package lib\n\ntype R struct{ Dial func() }\n\nfunc (r *R) Use() { r.Dial() }\n",
        "lib_test.go": "package lib\n\nfunc fake() {}\n\nfunc TestUse() {\n\tr := R{Dial: fake}\n\tr.Dial()\n}\n",
    }
    assert edges_of(graph_of(tmp_path, files)) == {("lib_test_go.TestUse", "lib_test_go.fake")}


def test_go_a_range_value_has_the_element_type_of_the_slice_or_map_declared(tmp_path: Path) -> None:
    files = {"main.go": """
        package main

        type Shape interface{ Area() int }

        type Sq struct{}

        func (Sq) Area() int { return 1 }

        type Op struct{}

        func (o *Op) Do() {}

        func sum(shapes []Shape, ops map[string]*Op) {
            for _, s := range shapes {
                s.Area()
            }
            for _, o := range ops {
                o.Do()
            }
            for i := range shapes {
                i.Area()
            }
        }

        func more() {
            var list [2]Sq
            for _, q := range list {
                q.Area()
            }
            made := []*Op{}
            for _, m := range made {
                m.Do()
            }
            for _, x := range other() {
                x.Do()
            }
        }

        func other() []*Op { return nil }
    """}
    # i is an index; other() is a call's result: not typed.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("main_go.sum", "main_go.Shape.Area"),
        ("main_go.sum", "main_go.Sq.Area"),
        ("main_go.sum", "main_go.Op.Do"),
        ("main_go.more", "main_go.Sq.Area"),
        ("main_go.more", "main_go.Op.Do"),
        ("main_go.more", "main_go.other"),
    }


def test_go_functions_kept_in_slices_and_maps_are_called_from_them(tmp_path: Path) -> None:
    files = {"main.go": """
        package main

        type T struct{}

        func (t *T) M() {}

        func add() {}

        func sub() {}

        func check() {}

        var ops = map[string]func(){"+": add, "-": sub}

        func eval(k string) {
            if f, ok := ops[k]; ok {
                f()
            }
            g := ops[k]
            g()
        }

        func each(checks ...func()) {
            t := &T{}
            steps := []func(){add, t.M}
            for _, s := range steps {
                s()
            }
            for _, check := range checks {
                check()
            }
        }
    """}
    # each's check is the range value (given nothing here), not the package's check.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("main_go.eval", "main_go.add"),
        ("main_go.eval", "main_go.sub"),
        ("main_go.each", "main_go.add"),
        ("main_go.each", "main_go.T.M"),
    }


def test_go_a_method_value_on_a_composite_literal_is_that_types_method(tmp_path: Path) -> None:
    files = {"main.go": """
        package main

        type Sq struct{ s int }

        func (q Sq) Area() int { return q.s }

        type Counter struct{ n int }

        func (c *Counter) Inc() { c.n++ }

        func run(f func()) { f() }

        func main() {
            inc := (&Counter{}).Inc
            inc()
            run(Sq{s: 2}.Area)
            fs := []func() int{Sq{3}.Area}
            for _, f := range fs {
                f()
            }
            g := (-Sq{1}.s)
            _ = g
        }
    """}
    assert edges_of(graph_of(tmp_path, files)) == {
        ("main_go.main", "main_go.Counter.Inc"),
        ("main_go.main", "main_go.run"),
        ("main_go.main", "main_go.Sq.Area"),
        ("main_go.run", "main_go.Sq.Area"),
    }


def test_go_a_parameter_of_a_named_function_type_runs_what_is_passed(tmp_path: Path) -> None:
    files = {"main.go": """
        package main

        type Handler func(path string)

        type Config struct{ name string }

        func trace(path string) {}

        func serve(path string) {}

        type Server struct{}

        func (s *Server) count(path string) {}

        func logging(next Handler) Handler {
            return func(path string) {
                trace(path)
                next(path)
            }
        }

        func use(c Config) { c.name = "x" }

        func main() {
            h := logging(serve)
            h("/")
            s := &Server{}
            logging(s.count)
            use(Config{})
        }
    """}
    # The func literal's calls are logging's; h() runs it, no edge of main's.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("main_go.logging", "main_go.trace"),
        ("main_go.logging", "main_go.serve"),
        ("main_go.logging", "main_go.Server.count"),
        ("main_go.main", "main_go.logging"),
        ("main_go.main", "main_go.use"),
    }


def test_go_a_value_of_a_type_parameter_is_a_value_of_its_constraint(tmp_path: Path) -> None:
    files = {"main.go": """
        package main

        type Named interface{ Name() string }

        type User struct{}

        func (User) Name() string { return "u" }

        type T struct{}

        func (T) Name() string { return "t" }

        func (T) Other() {}

        type Set[E Named] struct{ items []E }

        func (s *Set[X]) Add(x X) {
            x.Name()
        }

        func (s *Set[T]) Put(x T) {
            x.Other()
        }

        func names[T Named](xs []T) {
            for _, x := range xs {
                x.Name()
            }
        }

        func loose[T any](xs []T) {
            for _, x := range xs {
                x.Other()
            }
        }
    """}
    # T of [T any] hides the struct T: x.Other() is nothing known; so is a receiver's
    # type parameter (Set's declaration is kept without its constraint).
    assert edges_of(graph_of(tmp_path, files)) == {
        ("main_go.names", "main_go.Named.Name"),
        ("main_go.names", "main_go.User.Name"),
        ("main_go.names", "main_go.T.Name"),
    }


def test_go_an_element_of_a_container_declared_with_its_element_type_has_that_type(tmp_path: Path) -> None:
    files = {"main.go": """
        package main

        type Codec interface{ Encode() }

        type JSON struct{}

        func (JSON) Encode() {}

        type Other struct{}

        func (Other) Encode() {}

        var codecs = map[string]Codec{"json": JSON{}}

        var all = []Codec{JSON{}}

        func encode(k string) {
            c, ok := codecs[k]
            if ok {
                c.Encode()
            }
            for _, d := range all {
                d.Encode()
            }
        }

        func local(k string) {
            codecs := map[string]Other{}
            e := codecs[k]
            e.Encode()
            kept := []JSON{{}}
            f := kept[0]
            f.Encode()
        }
    """}
    # local's codecs is its own map of Other, not the package's.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("main_go.encode", "main_go.Codec.Encode"),
        ("main_go.encode", "main_go.JSON.Encode"),
        ("main_go.encode", "main_go.Other.Encode"),
        ("main_go.local", "main_go.Other.Encode"),
        ("main_go.local", "main_go.JSON.Encode"),
    }


def test_go_an_interface_variable_given_one_literal_calls_that_types_method(tmp_path: Path) -> None:
    files = {"main.go": """
        package main

        type Store interface {
            Get() string
            Put()
        }

        type mem struct{}

        func (*mem) Get() string { return "" }

        func (*mem) Put() {}

        type logged struct{ Store }

        func (*logged) Put() {}

        func main() {
            var s Store = &logged{Store: &mem{}}
            s.Put()
            s.Get()
        }

        func later() {
            var t Store = &logged{}
            t = &mem{}
            t.Put()
        }
    """}
    # s is exactly a logged: its Put, not mem's; Get is promoted from the embedded
    # Store, so it is dispatched through Store. t is assigned again: any Store.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("main_go.main", "main_go.Store.Put"),
        ("main_go.main", "main_go.logged.Put"),
        ("main_go.main", "main_go.Store.Get"),
        ("main_go.main", "main_go.mem.Get"),
        ("main_go.later", "main_go.Store.Put"),
        ("main_go.later", "main_go.logged.Put"),
        ("main_go.later", "main_go.mem.Put"),
    }


def test_go_a_field_given_composite_literals_calls_their_types_methods(tmp_path: Path) -> None:
    files = {
        "go.mod": "module example.com/kv\n\ngo 1.21\n",
        "kv/kv.go": """
            package kv

            type Store interface {
                Get() string
                Put()
            }

            type Mem struct{}

            func (*Mem) Get() string { return "" }

            func (*Mem) Put() {}

            type Disk struct{}

            func (Disk) Get() string { return "" }

            func (Disk) Put() {}

            type Unused struct{}

            func (*Unused) Get() string { return "" }

            func (*Unused) Put() {}

            type Logged struct{ Store }

            func (l *Logged) Put() { l.Store.Put() }

            type Cache struct {
                back  Store
                front Mem
                other Store
            }

            func (c *Cache) Read() string {
                c.front.Get()
                c.other.Put()
                return c.back.Get()
            }
        """,
        "main.go": """
            package main

            import "example.com/kv/kv"

            func main() {
                var s kv.Store = &kv.Logged{Store: &kv.Mem{}}
                s.Put()
                c := kv.Cache{}
                c.back = kv.Disk{}
                c.Read()
            }
        """,
    }
    # Logged's embedded Store is given a *Mem: l.Store.Put is Store's Put and Mem's,
    # not Logged's own (it implements Store too) nor Unused's. Cache.back is given a
    # Disk by assignment in another package; front and other are given no literal:
    # their declared types (a Mem; a Store, dispatched like a variable of that type).
    store = {"kv.kv_go.Store.Put", "kv.kv_go.Mem.Put", "kv.kv_go.Disk.Put", "kv.kv_go.Unused.Put", "kv.kv_go.Logged.Put"}
    assert {(a, b) for a, b in edges_of(graph_of(tmp_path, files)) if a.startswith("kv.")} == {
        ("kv.kv_go.Logged.Put", "kv.kv_go.Store.Put"),
        ("kv.kv_go.Logged.Put", "kv.kv_go.Mem.Put"),
        ("kv.kv_go.Cache.Read", "kv.kv_go.Disk.Get"),
        ("kv.kv_go.Cache.Read", "kv.kv_go.Mem.Get"),
        *(("kv.kv_go.Cache.Read", put) for put in store),
    }


def test_go_functions_appended_to_a_slice_field_run_in_a_loop_over_it(tmp_path: Path) -> None:
    files = {"main.go": """
        package main

        type Event struct{}

        type Bus struct {
            subs  []func(Event)
            other []func(Event)
        }

        func (b *Bus) Subscribe(f func(Event)) { b.subs = append(b.subs, f) }

        func (b *Bus) Publish(e Event) {
            for _, f := range b.subs {
                f(e)
            }
        }

        func (b *Bus) Else(e Event) {
            for _, g := range b.other {
                g(e)
            }
        }

        func onSave(e Event) {}

        type Audit struct{}

        func (a *Audit) record(e Event) {}

        func main() {
            bus := &Bus{}
            a := &Audit{}
            bus.Subscribe(onSave)
            bus.Subscribe(a.record)
            bus.Publish(Event{})
        }
    """}
    # Nothing is put in other: g() runs nothing known.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("main_go.Bus.Publish", "main_go.onSave"),
        ("main_go.Bus.Publish", "main_go.Audit.record"),
        ("main_go.main", "main_go.Bus.Subscribe"),
        ("main_go.main", "main_go.Bus.Publish"),
    }


def test_go_a_local_made_by_a_call_has_the_type_its_callee_returns_first(tmp_path: Path) -> None:
    files = {
        "go.mod": "module example.com/p\n\ngo 1.21\n",
        "web/web.go": """
            package web

            type Handler interface{ Serve(path string) }

            type Mux struct{ routes map[string]Handler }

            func NewMux() *Mux { return &Mux{} }

            func Open(name string) (Handler, error) { return nil, nil }

            func (m *Mux) Handle(p string, h Handler) { m.routes[p] = h }

            func (m *Mux) Clone() (copied *Mux) { return m }
        """,
        "main.go": """
            package main

            import "example.com/p/web"

            type page struct{}

            func (page) Serve(path string) {}

            func Handle(p string) {}

            func main() {
                m := web.NewMux()
                m.Handle("/", page{})
                c := m.Clone()
                c.Handle("/x", page{})
                h, err := web.Open("x")
                h.Serve("/")
                _ = err
                n := len("x")
                n.Handle("/")
            }
        """,
    }
    assert edges_of(graph_of(tmp_path, files)) == {
        ("main_go.main", "web.web_go.NewMux"),
        ("main_go.main", "web.web_go.Mux.Handle"),  # m and c: *Mux, from the signatures
        ("main_go.main", "web.web_go.Mux.Clone"),
        ("main_go.main", "web.web_go.Open"),
        ("main_go.main", "web.web_go.Handler.Serve"),  # the interface Open returns first, and its implementation
        ("main_go.main", "main_go.page.Serve"),
    }


def test_go_locals_whose_result_types_depend_on_each_other_are_unknown(tmp_path: Path) -> None:
    """``a := b.F()`` then ``b := a.G()``: finding a's type asked b's, which asked a's,
    until the stack ran out (a crash of the whole run)."""
    files = {
        "go.mod": "module example.com/p\n\ngo 1.21\n",
        "main.go": """
            package main

            type T struct{}

            func (t *T) Clone() *T { return t }

            func main() {
                a := b.F()
                b := a.G()
                a.Clone()
                b.Clone()
                c := c.Clone()
                c.Clone()
            }
        """,
    }
    assert edges_of(graph_of(tmp_path, files)) == set()


def test_go_a_call_on_a_field_uses_the_fields_declared_type(tmp_path: Path) -> None:
    files = {
        "go.mod": "module example.com/p\n\ngo 1.21\n",
        "repo/repo.go": """
            package repo

            type UserRepo interface{ Find(id int) string }

            type MemRepo struct{}

            func (*MemRepo) Find(id int) string { return "" }

            type Clock struct{}

            func (Clock) Now() int { return 0 }
        """,
        "service/service.go": """
            package service

            import "example.com/p/repo"

            type Service struct {
                r     repo.UserRepo
                clock *repo.Clock
                all   []repo.UserRepo
            }

            func New(r repo.UserRepo) *Service { return &Service{r: r} }

            func (s *Service) Rename(id int) string {
                s.clock.Now()
                s.all.Find(id)
                return s.r.Find(id)
            }
        """,
    }
    # r is given a parameter (no composite literal): its declared interface dispatches;
    # all is a slice, whose methods are none of the repository's.
    assert {(a, b) for a, b in edges_of(graph_of(tmp_path, files)) if a.startswith("service.")} == {
        ("service.service_go.Service.Rename", "repo.repo_go.UserRepo.Find"),
        ("service.service_go.Service.Rename", "repo.repo_go.MemRepo.Find"),
        ("service.service_go.Service.Rename", "repo.repo_go.Clock.Now"),
    }


def test_go_a_method_of_another_signature_does_not_implement_the_interface(tmp_path: Path) -> None:
    files = {
        "go.mod": "module example.com/p\n\ngo 1.21\n",
        "web/web.go": """
            package web

            type Response struct{}

            type Handler interface{ Serve(w *Response, path string) }

            type Rule interface{ Apply(cents int) int }

            type Iterator[T any] interface{ Next() (T, bool) }

            type Writer interface{ Write([]byte) (int, error) }

            func Run(h Handler, r Rule, it Iterator[int], w Writer) {
                h.Serve(nil, "/")
                r.Apply(1)
                it.Next()
                w.Write(nil)
            }
        """,
        "main.go": """
            package main

            import "example.com/p/web"

            type health struct{}

            func (health) Serve(w *web.Response, path string) {}

            type Percent struct{}

            func (Percent) Apply(c int) int { return c }

            type Patch struct{}

            func (*Patch) Apply(diff string) error { return nil }

            type counter struct{}

            func (*counter) Next() (int, bool) { return 0, false }

            type file struct{}

            func (*file) Write(p []byte) (n int, err error) { return 0, nil }
        """,
    }
    # Patch's Apply takes a string: no Rule. Iterator's T matches any type; results are
    # compared without their names.
    assert {(a, b) for a, b in edges_of(graph_of(tmp_path, files)) if a == "web.web_go.Run"} == {
        ("web.web_go.Run", "web.web_go.Handler.Serve"),
        ("web.web_go.Run", "main_go.health.Serve"),
        ("web.web_go.Run", "web.web_go.Rule.Apply"),
        ("web.web_go.Run", "main_go.Percent.Apply"),
        ("web.web_go.Run", "web.web_go.Iterator.Next"),
        ("web.web_go.Run", "main_go.counter.Next"),
        ("web.web_go.Run", "web.web_go.Writer.Write"),
        ("web.web_go.Run", "main_go.file.Write"),
    }


def test_go_an_element_of_a_field_or_a_packages_container_has_its_declared_type(tmp_path: Path) -> None:
    files = {
        "go.mod": "module example.com/p\n\ngo 1.21\n",
        "pricing/pricing.go": """
            package pricing

            type Rule interface{ Apply(cents int) int }

            type Percent struct{}

            func (Percent) Apply(c int) int { return c }

            var Rules = map[string]Rule{"sale": Percent{}}

            var names = []string{"a"}
        """,
        "main.go": """
            package main

            import "example.com/p/pricing"

            type Job struct{}

            func (*Job) Run() {}

            type Queue struct {
                byName map[string]*Job
                jobs   []*Job
            }

            func (q *Queue) Start(name string) {
                if j, ok := q.byName[name]; ok {
                    j.Run()
                }
                for _, job := range q.jobs {
                    job.Run()
                }
            }

            func newJob() *Job { return &Job{} }

            func (q *Queue) Again(name string) {
                if j, ok := q.byName[name]; ok {
                    j.Run()
                }
                if name == "" {
                    j := newJob()
                    j.Run()
                }
            }

            func price(name string) int {
                r, ok := pricing.Rules[name]
                if !ok {
                    return 0
                }
                return r.Apply(1)
            }

            func shadowed(pricing map[string]*Job) {
                r := pricing.Rules["x"]
                r.Apply(1)
            }
        """,
    }
    # In shadowed, pricing is a parameter, not the package. Again's j, declared in two
    # blocks, is a *Job both ways.
    assert {(a, b) for a, b in edges_of(graph_of(tmp_path, files)) if a.startswith("main_go.")} == {
        ("main_go.Queue.Start", "main_go.Job.Run"),
        ("main_go.Queue.Again", "main_go.Job.Run"),
        ("main_go.Queue.Again", "main_go.newJob"),
        ("main_go.price", "pricing.pricing_go.Rule.Apply"),
        ("main_go.price", "pricing.pricing_go.Percent.Apply"),
    }


def test_go_a_func_typed_receiver_runs_what_is_converted_to_its_type(tmp_path: Path) -> None:
    files = {"main.go": """
        package main

        type HandlerFunc func(path string)

        func (f HandlerFunc) Serve(path string) { f(path) }

        type Other func()

        func (o Other) Run() { o() }

        func users(path string) {}

        func health(path string) {}

        func wrap(h func(string)) HandlerFunc { return HandlerFunc(h) }

        func main() {
            HandlerFunc(users).Serve("/users")
            wrap(health).Serve("/health")
        }
    """}
    # Nothing is converted to Other: o() runs nothing known.
    assert {(a, b) for a, b in edges_of(graph_of(tmp_path, files)) if a != "main_go.main"} == {
        ("main_go.HandlerFunc.Serve", "main_go.users"),
        ("main_go.HandlerFunc.Serve", "main_go.health"),
    }


def test_go_a_call_on_a_calls_result_is_on_its_declared_result_type(tmp_path: Path) -> None:
    files = {
        "go.mod": "module example.com/p\n\ngo 1.21\n",
        "query/query.go": """
            package query

            type Builder struct{ parts []string }

            func New(table string) *Builder { return &Builder{} }

            func (b *Builder) Where(c string) *Builder { return b }

            func (b *Builder) Build() (string, error) { return "", nil }

            func (b *Builder) Len() int { return 0 }
        """,
        "main.go": """
            package main

            import (
                "strings"

                "example.com/p/query"
            )

            func main() {
                query.New("users").Where("id = 1").Build()
                query.New("t").Len().String()
                strings.NewReplacer("a", "b").Replace("x")
            }
        """,
    }
    # Len returns an int; strings is no package of the repository.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("main_go.main", "query.query_go.New"),
        ("main_go.main", "query.query_go.Builder.Where"),
        ("main_go.main", "query.query_go.Builder.Build"),
        ("main_go.main", "query.query_go.Builder.Len"),
    }


def test_go_functions_appended_to_a_map_of_slices_run_in_a_loop_over_a_bucket(tmp_path: Path) -> None:
    files = {"main.go": """
        package main

        type Router struct {
            routes map[string][]func(int)
            spare  map[string][]func(int)
        }

        func (r *Router) Add(path string, h func(int)) {
            r.routes[path] = append(r.routes[path], h)
        }

        func (r *Router) Dispatch(path string, code int) {
            for _, h := range r.routes[path] {
                h(code)
            }
            for _, s := range r.spare[path] {
                s(code)
            }
        }

        func logHit(code int) {}

        type Stats struct{}

        func (s *Stats) Inc(code int) {}

        func main() {
            r := &Router{}
            st := &Stats{}
            r.Add("/", logHit)
            r.Add("/", st.Inc)
        }
    """}
    # Nothing is appended to spare: s() runs nothing known.
    assert {(a, b) for a, b in edges_of(graph_of(tmp_path, files)) if a == "main_go.Router.Dispatch"} == {
        ("main_go.Router.Dispatch", "main_go.logHit"),
        ("main_go.Router.Dispatch", "main_go.Stats.Inc"),
    }
