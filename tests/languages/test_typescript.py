"""TypeScript: a multi-file TS + TSX fixture (with a JavaScript neighbour) and its exact edge set."""

from __future__ import annotations

from pathlib import Path

import pytest

from repoagent.graph.model import CallGraph
from repoagent.models import Kind
from tests.support.graphs import edges_of, graph_of

FIXTURE = {
    "src/models/handler.ts": """
        /** Something that runs. */
        export interface Runner { run(): void; }
        export class Handler implements Runner {
          run(): void { this.log(); }
          private log(): void {}
        }
        export class LoudHandler extends Handler {
          run(): void { super.run(); }
        }
        """,
    "src/models/index.ts": """
        export * from './handler';
        """,
    "src/util.ts": """
        /** Formats a value. */
        export function format(n: number): string;
        export function format(n: string): string;
        export function format(n: any): string { return String(n); }
        export const twice = (n: number): number => n * 2;
        """,
    "src/legacy.js": """
        export function old() { return 1; }
        """,
    "src/service.ts": """
        import { Handler, LoudHandler, Runner } from './models';
        import { format, twice } from './util.js';
        import { old } from './legacy';
        import type { Queue } from 'some-pkg';
        export class Service {
          private handler: Handler;
          constructor(private loud: LoudHandler, private queue: Queue) { this.handler = new Handler(); }
          start(r: Runner, n): string {
            this.handler.run();
            this.loud.run();
            this.queue.push();
            r.run();
            n.run();
            return format(twice(1));
          }
        }
        export function make(): Service { old(); return new Service(new LoudHandler(), null as any); }
        """,
    "src/view.tsx": """
        import { make } from './service';
        import * as React from 'react';
        namespace Labels { export function title(): string { return 'x'; } }
        export function Title(props: { text: string }) { return <h1>{Labels.title()}</h1>; }
        export function Page() { make().start(null as any, 1); return <Title text="a"/>; }
        """,
}

EXPECTED = {
    ("src.models.handler_ts.Handler.run", "src.models.handler_ts.Handler.log"),
    ("src.models.handler_ts.LoudHandler.run", "src.models.handler_ts.Handler.run"),
    ("src.service_ts.Service.constructor", "src.models.handler_ts.Handler"),
    ("src.service_ts.Service.start", "src.models.handler_ts.Handler.run"),
    ("src.service_ts.Service.start", "src.models.handler_ts.LoudHandler.run"),
    ("src.service_ts.Service.start", "src.models.handler_ts.Runner.run"),
    ("src.service_ts.Service.start", "src.util_ts.format"),
    ("src.service_ts.Service.start", "src.util_ts.twice"),
    ("src.service_ts.make", "src.service_ts.Service.constructor"),
    ("src.service_ts.make", "src.models.handler_ts.LoudHandler"),
    ("src.service_ts.make", "src.legacy_js.old"),
    ("src.view_tsx.Title", "src.view_tsx.Labels.title"),
    ("src.view_tsx.Page", "src.service_ts.make"),
    ("src.view_tsx.Page", "src.service_ts.Service.start"),  # make(): Service
    ("src.view_tsx.Page", "src.view_tsx.Title"),
}


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> CallGraph:
    return graph_of(tmp_path_factory.mktemp("ts"), FIXTURE)


def test_exact_edges(graph: CallGraph) -> None:
    assert {(e.caller, e.callee) for e in graph.edges} == EXPECTED


def test_overload_signatures_are_not_definitions(graph: CallGraph) -> None:
    formats = [node_id for node_id in graph.nodes if node_id.startswith("src.util_ts.format")]
    assert formats == ["src.util_ts.format"]
    implementation = graph.nodes["src.util_ts.format"]
    assert implementation.signature == "export function format(n: any): string"
    assert (implementation.docstring, implementation.span.start_line) == ("Formats a value.", 1)


def test_types_fill_keyword_parameters_and_returns(graph: CallGraph) -> None:
    runner = graph.nodes["src.models.handler_ts.Runner"]
    assert (runner.kind, runner.keyword, runner.docstring) == (Kind.CLASS, "interface", "Something that runs.")
    assert graph.nodes["src.models.handler_ts.Runner.run"].signature == "run(): void"
    twice = graph.nodes["src.util_ts.twice"]
    assert (twice.keyword, twice.returns) == ("const", "number")
    assert [(p.name, p.annotation) for p in twice.parameters] == [("n", "number")]
    assert graph.nodes["src.models.handler_ts.LoudHandler"].bases == ("Handler",)
    assert graph.nodes["src.models.handler_ts.Handler.log"].keyword == "private"
    assert graph.nodes["src.view_tsx.Labels"].keyword == "namespace"


def test_typescript_callbacks_typed_as_functions_receive_what_is_passed(tmp_path: Path) -> None:
    files = {
        "src/run.ts": """
            class Handler { run(): void {} }
            function done(): void {}
            function other(): void {}

            export function each(cb: () => void, h: Handler, shape: Handler | null): void {
                cb();
                h.run();
            }

            export function main(): void {
                each(done, new Handler(), null);
                each(other, new Handler(), null);
            }
        """,
    }
    assert edges_of(graph_of(tmp_path, files)) == {
        ("src.run_ts.each", "src.run_ts.done"),
        ("src.run_ts.each", "src.run_ts.other"),
        ("src.run_ts.each", "src.run_ts.Handler.run"),
        ("src.run_ts.main", "src.run_ts.each"),
        ("src.run_ts.main", "src.run_ts.Handler"),
    }


def test_typescript_annotated_values_reach_the_created_subtypes(tmp_path: Path) -> None:
    # Runner is implemented by Fast and Slow (created) and Idle (never created); Base
    # is extended by Loud. open(): Conn types c. The field engine is declared and
    # assigned the typed parameter: both say Engine.
    files = {"main.ts": """
        interface Runner { run(): void; }
        class Fast implements Runner { run(): void {} }
        class Slow implements Runner { run(): void {} }
        class Idle implements Runner { run(): void {} }
        class Base { speak(): void {} }
        class Loud extends Base { speak(): void {} }
        class Conn { close(): void {} }
        class Engine { start(): void {} }
        class Car {
          private engine: Engine;
          constructor(engine: Engine) { this.engine = engine; }
          drive(): void { this.engine.start(); }
        }
        function open(): Conn { return new Conn(); }
        function start(r: Runner, b: Base): void {
          r.run();
          b.speak();
          const c = open();
          c.close();
        }
        start(new Fast(), new Loud());
        start(new Slow(), new Base());
    """}
    edges = {edge for edge in edges_of(graph_of(tmp_path, files)) if edge[0] != "main_ts"}
    assert edges == {
        ("main_ts.start", "main_ts.Runner.run"),
        ("main_ts.start", "main_ts.Fast.run"),
        ("main_ts.start", "main_ts.Slow.run"),
        ("main_ts.start", "main_ts.Base.speak"),
        ("main_ts.start", "main_ts.Loud.speak"),
        ("main_ts.start", "main_ts.open"),
        ("main_ts.start", "main_ts.Conn.close"),
        ("main_ts.open", "main_ts.Conn"),
        ("main_ts.Car.drive", "main_ts.Engine.start"),
    }


def test_typescript_an_instance_made_by_new_does_not_dispatch(tmp_path: Path) -> None:
    files = {"main.ts": """
        class Base { speak(): void {} }
        class Loud extends Base { speak(): void {} }
        function f(): void { const b = new Base(); b.speak(); new Loud(); }
    """}
    assert edges_of(graph_of(tmp_path, files)) == {("main_ts.f", "main_ts.Base"), ("main_ts.f", "main_ts.Base.speak"), ("main_ts.f", "main_ts.Loud")}


def test_typescript_more_created_subtypes_than_the_cap_add_none_and_a_warning(tmp_path: Path) -> None:
    classes = "".join(f"class S{n} implements Shape {{ area(): number {{ return {n}; }} }}\nnew S{n}();\n" for n in range(17))
    files = {"main.ts": "interface Shape { area(): number; }\nfunction total(s: Shape) { return s.area(); }\n" + classes}
    graph = graph_of(tmp_path, files)
    assert {edge for edge in edges_of(graph) if edge[0] == "main_ts.total"} == {("main_ts.total", "main_ts.Shape.area")}
    assert graph.parse_warnings == ["main_ts.total line 2: call of s.area may run 17 callees; no edge drawn"]


def test_typescript_elements_of_typed_arrays_and_listeners_kept_in_a_field(tmp_path: Path) -> None:
    files = {"main.ts": """
        interface Shape { area(): number; }
        class Square implements Shape { area(): number { return 4; } }
        class Disc implements Shape { area(): number { return 3; } }
        type Listener = (m: string) => void;
        function log(m: string): void {}
        function h(m: string): void {}
        function total(shapes: Shape[], more: Array<Shape>): number {
          more.forEach((t) => t.area());
          return shapes.map((s) => s.area()).length;
        }
        class Bus {
          private listeners: Listener[] = [];
          subscribe(l: Listener): void { this.listeners.push(l); }
          publish(): void { this.listeners.forEach((h) => h("x")); }
        }
        total([new Square()], [new Disc()]);
        new Bus().subscribe(log);
    """}
    # A Shape element is any created Shape; the arrow's h is a listener, not the module's h.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("main_ts", "main_ts.total"),
        ("main_ts", "main_ts.Square"),
        ("main_ts", "main_ts.Disc"),
        ("main_ts", "main_ts.Bus"),
        ("main_ts", "main_ts.Bus.subscribe"),
        ("main_ts.total", "main_ts.Shape.area"),
        ("main_ts.total", "main_ts.Square.area"),
        ("main_ts.total", "main_ts.Disc.area"),
        ("main_ts.Bus.publish", "main_ts.log"),
    }


def test_typescript_callbacks_kept_in_a_set_or_a_maps_values_run_in_a_loop_over_them(tmp_path: Path) -> None:
    files = {"main.ts": """
        type Listener = (id: number) => void;
        function audit(id: number): void {}
        function save(id: number): void {}
        class Cache {
          evict(id: number): void {}
          delete(id: number): void {}
        }
        class Bus {
          private listeners = new Set<Listener>();
          private named = new Map<string, Listener>();
          subscribe(fn: Listener): void { this.listeners.add(fn); }
          unsubscribe(fn: Listener): void { this.listeners.delete(fn); }
          name(key: string, fn: Listener): void { this.named.set(key, fn); }
          publish(id: number): void {
            for (const fn of this.listeners) fn(id);
            for (const each of this.named.values()) each(id);
          }
        }
        const bus = new Bus();
        const cache = new Cache();
        bus.subscribe(audit);
        bus.subscribe(cache.evict.bind(cache));
        bus.name("save", save);
    """}
    # The Set's delete is no method of Cache's.
    edges = {edge for edge in edges_of(graph_of(tmp_path, files)) if edge[0] != "main_ts"}
    assert edges == {
        ("main_ts.Bus.publish", "main_ts.audit"),
        ("main_ts.Bus.publish", "main_ts.Cache.evict"),
        ("main_ts.Bus.publish", "main_ts.save"),
    }


def test_typescript_an_annotated_destructured_parameter_holds_the_keys_passed_there(tmp_path: Path) -> None:
    files = {"main.ts": """
        interface Hooks { onDone: () => void; onError?: () => void; }
        function finish(): void {}
        function fallback(): void {}
        function log(): void {}
        function run({ onDone, onError = fallback }: Hooks = { onDone: finish }): void {
            onDone();
            onError();
        }
        run({ onDone: finish, onError: log });
    """}
    # Every object passed has onError: the default is not taken.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("main_ts", "main_ts.run"),
        ("main_ts.run", "main_ts.finish"),
        ("main_ts.run", "main_ts.log"),
    }


def test_typescript_a_type_parameter_stands_for_its_bound(tmp_path: Path) -> None:
    # S extends Store: the field store is some Store, so get dispatches as on a Store.
    # T has no bound: anything, not the class that happens to be named T. The method's
    # own U shadows the class's U (unbounded there, bounded by Store in m).
    files = {"main.ts": """
        interface Store { get(k: string): string; }
        class MemStore implements Store { get(k: string): string { return k; } }
        class T { get(k: string): string { return k; } }
        class Cache<S extends Store, T, U> {
          constructor(private readonly store: S, private readonly other: T) {}
          read(k: string): string { this.other.get(k); return this.store.get(k); }
          all(stores: S[]): void { for (const s of stores) { s.get("a"); } }
          m<U extends Store>(u: U): void { u.get("b"); }
          n(u: U): void { u.get("c"); }
        }
        new T();
        new Cache(new MemStore(), 1);
    """}
    edges = {edge for edge in edges_of(graph_of(tmp_path, files)) if edge[0] != "main_ts"}
    assert edges == {
        ("main_ts.Cache.read", "main_ts.Store.get"),
        ("main_ts.Cache.read", "main_ts.MemStore.get"),
        ("main_ts.Cache.all", "main_ts.Store.get"),
        ("main_ts.Cache.all", "main_ts.MemStore.get"),
        ("main_ts.Cache.m", "main_ts.Store.get"),
        ("main_ts.Cache.m", "main_ts.MemStore.get"),
    }


def test_typescript_a_maps_get_gives_a_value_of_its_value_type(tmp_path: Path) -> None:
    # Map<string, Handler> (annotated, or new Map<string, Handler>()): get gives a Handler,
    # so handle dispatches as on a Handler; ReadonlyMap<string, Text> gives a Text, and
    # Record<string, Other> read by a key (r[k]) an Other.
    files = {"main.ts": """
        interface Handler { handle(): void; }
        class Json implements Handler { handle(): void {} }
        class Text implements Handler { handle(): void {} }
        class Other { handle(): void {} }
        const handlers = new Map<string, Handler>();
        handlers.set("json", new Json());
        function route(k: string, more: ReadonlyMap<string, Text>, r: Record<string, Other>): void {
            const h = handlers.get(k);
            h.handle();
            const t = more.get(k);
            t.handle();
            const o = r[k];
            o.handle();
        }
    """}
    edges = {edge for edge in edges_of(graph_of(tmp_path, files)) if edge[0] != "main_ts"}
    assert edges == {
        ("main_ts.route", "main_ts.Handler.handle"),
        ("main_ts.route", "main_ts.Json.handle"),
        ("main_ts.route", "main_ts.Text.handle"),
        ("main_ts.route", "main_ts.Other.handle"),
    }


def test_typescript_a_property_of_a_typed_options_parameter_holds_what_is_passed(tmp_path: Path) -> None:
    # Options declares onError as a property (no method): the objects passed there
    # say what it holds. Service has a method stop: a call of it stays that method.
    files = {"main.ts": """
        interface Options { onError?: (e: Error) => void; }
        class Service { stop(): void {} }
        function report(e: Error): void {}
        function ignore(): void {}
        function connect(opts: Options, s: Service): void {
            opts.onError?.(new Error("down"));
            s.stop();
        }
        connect({ onError: report }, { stop: ignore } as Service);
    """}
    edges = {edge for edge in edges_of(graph_of(tmp_path, files)) if edge[0] != "main_ts"}
    assert edges == {
        ("main_ts.connect", "main_ts.report"),
        ("main_ts.connect", "main_ts.Service.stop"),
    }


def test_typescript_a_method_declared_to_return_this_chains(tmp_path: Path) -> None:
    files = {"main.ts": """
        class Query {
          where(c: string): this { return this; }
          run(): void {}
        }
        new Query().where("a").where("b").run();
    """}
    assert edges_of(graph_of(tmp_path, files)) == {
        ("main_ts", "main_ts.Query"),
        ("main_ts", "main_ts.Query.where"),
        ("main_ts", "main_ts.Query.run"),
    }


def test_typescript_a_method_returning_this_keeps_the_receivers_subclass(tmp_path: Path) -> None:
    files = {"main.ts": """
        class Query {
          where(c: string): this { return this; }
          build(): string { return ""; }
        }
        class Paged extends Query {
          limit(n: number): this { return this; }
          build(): string { return ""; }
        }
        class Other extends Query {
          build(): string { return ""; }
        }
        function run(q: Query): void { q.where("x").build(); }
        new Paged().where("a").limit(5).build();
        new Other();
    """}
    # On a Paged instance, where gives that Paged; on a Query parameter, any created Query.
    edges = {edge for edge in edges_of(graph_of(tmp_path, files)) if edge[1] not in ("main_ts.Paged", "main_ts.Other")}
    assert edges == {
        ("main_ts", "main_ts.Query.where"),
        ("main_ts", "main_ts.Paged.limit"),
        ("main_ts", "main_ts.Paged.build"),
        ("main_ts.run", "main_ts.Query.where"),
        ("main_ts.run", "main_ts.Query.build"),
        ("main_ts.run", "main_ts.Paged.build"),
        ("main_ts.run", "main_ts.Other.build"),
    }
