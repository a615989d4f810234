"""JavaScript: a multi-file ES module + CommonJS + JSX fixture with its exact edge set."""

from __future__ import annotations

from pathlib import Path

import pytest

from repoagent.graph.model import CallGraph
from repoagent.models import Kind
from tests.support.graphs import edges_of, graph_of

FIXTURE = {
    "src/util/math.js": """
        /** Adds two numbers.
         * @param a first
         */
        export function add(a, b) { return a + b; }
        export const double = (x) => add(x, x);
        function hidden() { return 0; }
        export default function mul(a, b) { return hidden() * a * b; }
        """,
    "src/util/index.js": """
        export { add as plus } from './math';
        export * from './strings';
        """,
    "src/util/strings.js": """
        export function shout(s) { return s.toUpperCase(); }
        """,
    "src/shapes.js": """
        import { double } from './util/math.js';
        export class Shape {
          constructor(name) { this.name = name; }
          area() { return 0; }
          describe() { return this.area() + double(1); }
        }
        export class Square extends Shape {
          constructor(side) { super('square'); this.side = side; }
          area() { return super.area() + this.side; }
          perimeter() { return this.describe(); }
        }
        export class Plain {}
        """,
    "src/legacy.cjs": """
        const math = require('./util/math');
        const { shout } = require('./util/strings');
        function legacy(s) { return shout(s) + math.add(1, 2); }
        exports.run = function (s) { return legacy(s); };
        module.exports.helper = legacy;
        """,
    "src/registry.js": """
        class Registry { register(x) { return x; } }
        module.exports = Registry;
        """,
    "src/app.jsx": """
        import mul, { add } from './util/math';
        import * as util from './util';
        import { Square, Plain } from './shapes';
        import React from 'react';
        const legacy = require('./legacy.cjs');
        const Registry = require('./registry');

        function Button() { return <div/>; }
        export function App() {
          const sq = new Square(2);
          sq.perimeter();
          new Plain();
          const reg = new Registry();
          reg.register(1);
          legacy.run('x');
          legacy.helper('y');
          util.plus(1, 2);
          util.shout('a');
          React.createElement('div');
          add(mul(1, 2), 3);
          unknown();
          return <Button/>;
        }
        function shadow(add) { return add(1); }
        function local() { let run = pick(); return run(); }
        function run() { return 1; }
        """,
}

EXPECTED = {
    ("src.util.math_js.double", "src.util.math_js.add"),
    ("src.util.math_js.mul", "src.util.math_js.hidden"),
    ("src.shapes_js.Shape.describe", "src.shapes_js.Shape.area"),
    ("src.shapes_js.Shape.describe", "src.shapes_js.Square.area"),  # this may be a (created) Square
    ("src.shapes_js.Shape.describe", "src.util.math_js.double"),
    ("src.shapes_js.Square.constructor", "src.shapes_js.Shape.constructor"),
    ("src.shapes_js.Square.area", "src.shapes_js.Shape.area"),
    ("src.shapes_js.Square.perimeter", "src.shapes_js.Shape.describe"),
    ("src.legacy_cjs.legacy", "src.util.strings_js.shout"),
    ("src.legacy_cjs.legacy", "src.util.math_js.add"),
    ("src.legacy_cjs.run", "src.legacy_cjs.legacy"),
    ("src.app_jsx.App", "src.shapes_js.Square.constructor"),
    ("src.app_jsx.App", "src.shapes_js.Square.perimeter"),
    ("src.app_jsx.App", "src.shapes_js.Plain"),
    ("src.app_jsx.App", "src.registry_js.Registry"),
    ("src.app_jsx.App", "src.registry_js.Registry.register"),
    ("src.app_jsx.App", "src.legacy_cjs.run"),
    ("src.app_jsx.App", "src.legacy_cjs.legacy"),
    ("src.app_jsx.App", "src.util.math_js.add"),
    ("src.app_jsx.App", "src.util.math_js.mul"),
    ("src.app_jsx.App", "src.util.strings_js.shout"),
    ("src.app_jsx.App", "src.app_jsx.Button"),
}


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> CallGraph:
    return graph_of(tmp_path_factory.mktemp("js"), FIXTURE)


def edges(graph: CallGraph) -> set[tuple[str, str]]:
    return {(e.caller, e.callee) for e in graph.edges}


def test_exact_edges(graph: CallGraph) -> None:
    assert edges(graph) == EXPECTED


def test_unjustified_calls_are_dropped(graph: CallGraph) -> None:
    # A parameter or an unknown local shadows the module's function of the same name;
    # a package (react) and an undefined global give no edge.
    callees = {callee for caller, callee in edges(graph) if caller in ("src.app_jsx.shadow", "src.app_jsx.local")}
    assert callees == set()


def test_module_ids_keep_the_extension(graph: CallGraph) -> None:
    assert graph.files["src/legacy.cjs"].module == "src.legacy_cjs"
    assert graph.files["src/util/index.js"].module == "src.util.index_js"
    assert graph.nodes["src.app_jsx"].kind is Kind.MODULE


def test_definitions_carry_keyword_signature_and_jsdoc(graph: CallGraph) -> None:
    add = graph.nodes["src.util.math_js.add"]
    assert (add.keyword, add.signature) == ("function", "export function add(a, b)")
    assert add.docstring == "Adds two numbers.\n@param a first"
    assert add.span.start_line == 1  # the JSDoc belongs to the definition's span and hash
    double = graph.nodes["src.util.math_js.double"]
    assert (double.kind, double.keyword, [p.name for p in double.parameters]) == (Kind.FUNCTION, "const", ["x"])
    square = graph.nodes["src.shapes_js.Square"]
    assert (square.kind, square.bases) == (Kind.CLASS, ("Shape",))
    assert graph.nodes["src.shapes_js.Square.area"].kind is Kind.METHOD
    assert graph.nodes["src.legacy_cjs.run"].signature == "exports.run = function (s)"


def test_a_mixed_repository_keeps_python_and_javascript_modules_apart(tmp_path) -> None:
    graph = graph_of(
        tmp_path,
        {
            "util.py": "def helper():\n    return 1\n",
            "util.js": "export function helper() { return 1; }\nexport function use() { return helper(); }\n",
        },
    )
    assert {"util", "util.helper", "util_js", "util_js.helper", "util_js.use"} <= set(graph.nodes)
    assert ("util_js.use", "util_js.helper") in edges_of(graph)


def test_broken_source_keeps_what_parsed(tmp_path) -> None:
    graph = graph_of(tmp_path, {"bad.js": "function ok() { return 1; }\nfunction broken( {\n"})
    assert "bad_js.ok" in graph.nodes
    assert graph.files["bad.js"].errors


CALLBACKS = {
    "src/app.js": """
        function save() {}
        function load() {}
        function audit() {}
        function later() {}

        function apply(cb, label) { cb(); label(); }
        function twice(fn) { fn(); }
        function replaced(cb) { cb = audit; cb(); }
        function spread(first) { first(); }

        const ops = { save, restore: load, inline() {}, arrow: () => audit() };

        class Button {
            handle() {}
            wire() { twice(this.handle); }
        }

        function main() {
            apply(save, "x");
            apply(load);
            twice(later);
            replaced(save);
            spread(...[save]);
            ops.save();
            ops.restore();
            ops.missing();
        }

        module.exports = { main, Button };
    """,
}


def test_javascript_functions_passed_as_arguments_and_held_in_objects(tmp_path: Path) -> None:
    app = "src.app_js"
    assert edges_of(graph_of(tmp_path, CALLBACKS)) == {
        (f"{app}.apply", f"{app}.save"),  # cb holds save or load
        (f"{app}.apply", f"{app}.load"),
        (f"{app}.twice", f"{app}.later"),
        (f"{app}.twice", f"{app}.Button.handle"),
        (f"{app}.main", f"{app}.apply"),
        (f"{app}.main", f"{app}.twice"),
        (f"{app}.main", f"{app}.replaced"),
        (f"{app}.main", f"{app}.spread"),
        (f"{app}.main", f"{app}.save"),  # ops.save
        (f"{app}.main", f"{app}.load"),  # ops.restore
        (f"{app}.Button.wire", f"{app}.twice"),
        (app, f"{app}.audit"),  # the object's arrow is no definition: its call is the module's
    }


def test_javascript_a_callback_passed_on_reaches_the_inner_call(tmp_path: Path) -> None:
    files = {"main.js": """
        function job() {}
        function other() {}
        function inner(fn) { fn(); }
        function outer(fn) { inner(fn); }
        function loop(fn) { loop(fn); ping(fn); fn(); }
        function ping(fn) { loop(fn); loop(fn); }
        outer(job);
        inner(other);
        loop(job);
    """}
    assert edges_of(graph_of(tmp_path, files)) == {
        ("main_js", "main_js.outer"),
        ("main_js", "main_js.inner"),
        ("main_js", "main_js.loop"),
        ("main_js.outer", "main_js.inner"),
        ("main_js.inner", "main_js.job"),
        ("main_js.inner", "main_js.other"),
        ("main_js.loop", "main_js.loop"),
        ("main_js.loop", "main_js.ping"),
        ("main_js.ping", "main_js.loop"),
        ("main_js.loop", "main_js.job"),
    }


def test_javascript_keys_of_objects_passed_as_arguments_are_called_through_the_parameter(tmp_path: Path) -> None:
    files = {"main.js": """
        function done() {}
        function save() {}
        function load() {}
        function other() {}
        const ops = { load };
        function run(options) { options.onDone(); options.load(); options.missing(); }
        function outer(opts) { run(opts); }
        function wrap(cb) { run({ onDone: cb }); }
        function typedLater(x) { x = {}; x.onDone(); }
        run({ onDone: done, save });
        outer({ onDone: save });
        run(ops);
        wrap(other);
        typedLater({ onDone: other });
    """}
    # typedLater's x is assigned in its body: what was passed may be gone.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("main_js", "main_js.run"),
        ("main_js", "main_js.outer"),
        ("main_js", "main_js.wrap"),
        ("main_js", "main_js.typedLater"),
        ("main_js.outer", "main_js.run"),
        ("main_js.wrap", "main_js.run"),
        ("main_js.run", "main_js.done"),
        ("main_js.run", "main_js.save"),
        ("main_js.run", "main_js.other"),
        ("main_js.run", "main_js.load"),
    }


def test_javascript_elements_of_arrays_reach_the_callbacks_and_loops_over_them(tmp_path: Path) -> None:
    files = {"main.js": """
        function a() {}
        function b() {}
        function h() {}
        function late() {}
        class Gzip { apply() {} }
        class Zip { apply() {} }
        const hooks = [a];
        function on(f) { hooks.push(f); }
        function fire() { hooks.forEach((h, i) => h()); }
        function literal() { [a, b].map(function (step) { step(); }); }
        function loop() {
          const stages = [new Gzip(), new Zip()];
          for (const s of stages) { s.apply(); }
        }
        function unknown(xs) { xs.forEach((h) => h()); }
        class Emitter {
          constructor(first) { this.handlers = [first]; this.done = first; }
          add(handler) { this.handlers.push(handler); }
          emit() { this.handlers.forEach((x) => x()); this.done(); }
        }
        on(late);
        const e = new Emitter(b);
        e.add(a);
    """}
    # h in fire and unknown is the arrow's parameter, not the module's h; unknown's
    # xs is given nothing, so its elements are none.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("main_js", "main_js.on"),
        ("main_js", "main_js.Emitter.constructor"),
        ("main_js", "main_js.Emitter.add"),
        ("main_js.fire", "main_js.a"),
        ("main_js.fire", "main_js.late"),
        ("main_js.literal", "main_js.a"),
        ("main_js.literal", "main_js.b"),
        ("main_js.loop", "main_js.Gzip"),
        ("main_js.loop", "main_js.Zip"),
        ("main_js.loop", "main_js.Gzip.apply"),
        ("main_js.loop", "main_js.Zip.apply"),
        ("main_js.Emitter.emit", "main_js.a"),
        ("main_js.Emitter.emit", "main_js.b"),
    }


def test_javascript_an_object_or_array_indexed_by_a_computed_key_may_give_any_element(tmp_path: Path) -> None:
    files = {"main.js": """
        function start() {}
        function stop() {}
        function first() {}
        function second() {}
        const commands = { start, halt: stop };
        const steps = [first, second];
        function run(name) {
          const cmd = commands[name];
          cmd();
          commands[name]();
          commands["start"]();
          steps[0]();
        }
    """}
    # steps[0] is one element, not told apart: no edge.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("main_js.run", "main_js.start"),
        ("main_js.run", "main_js.stop"),
    }


def test_javascript_a_parameters_default_is_what_a_call_leaving_it_out_passes(tmp_path: Path) -> None:
    files = {"main.js": """
        function quiet() {}
        function loud() {}
        const fallback = { log: quiet };
        function report(msg, log = quiet, size = 3, other = fallback.log) {
            log(msg);
            other();
            size();
        }
        function chained(a, b = a) { b(); }
        report("x");
        report("y", loud);
        chained(loud);
    """}
    # A literal default names nothing; b = a holds what was passed to a.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("main_js.report", "main_js.quiet"),
        ("main_js.report", "main_js.loud"),
        ("main_js.chained", "main_js.loud"),
        ("main_js", "main_js.report"),
        ("main_js", "main_js.chained"),
    }


def test_javascript_a_destructured_parameter_holds_the_keys_passed_there(tmp_path: Path) -> None:
    files = {"main.js": """
        function finish() {}
        function fallback() {}
        function fail() {}
        function save() {}
        function run({ onDone, onError = fallback }) {
            onDone();
            onError();
        }
        const go = ({ onDone: done }) => { done(); };
        function later(options) {
            const { onDone, onError = fallback } = options;
            onDone();
            onError();
        }
        function forward(options) { run(options); }
        const handlers = { onDone: save, onError: () => {} };
        run({ onDone: finish });
        run(handlers);
        go({ onDone: finish });
        later({ onDone: fail, onError: fail });
        forward({ onDone: save, onError: fail });
    """}
    # The default is taken where a literal leaves its key out (run({onDone: finish})),
    # not where every object passed has it (later), nor for an object passed on (forward).
    assert edges_of(graph_of(tmp_path, files)) == {
        ("main_js.run", "main_js.finish"),
        ("main_js.run", "main_js.save"),
        ("main_js.run", "main_js.fallback"),
        ("main_js.run", "main_js.fail"),
        ("main_js.go", "main_js.finish"),
        ("main_js.later", "main_js.fail"),
        ("main_js.forward", "main_js.run"),
        ("main_js", "main_js.run"),
        ("main_js", "main_js.go"),
        ("main_js", "main_js.later"),
        ("main_js", "main_js.forward"),
    }


def test_javascript_a_destructured_name_shadows_an_outer_name(tmp_path: Path) -> None:
    files = {"main.js": """
        function log() {}
        function first() {}
        function onDone() {}
        function nested({ a: { log } }, [first], ...rest) {
            log();
            first();
        }
        function run({ onDone }) { onDone(); }
        function main(tasks) {
            tasks.forEach(({ log }) => log());
            nested({ a: { log: console.log } }, [console.error]);
        }
    """}
    assert edges_of(graph_of(tmp_path, files)) == {("main_js.main", "main_js.nested")}


def test_javascript_a_function_passed_to_an_array_method_is_called_there(tmp_path: Path) -> None:
    files = {"main.js": """
        function escape(s) { return s; }
        function byName(a, b) { return 0; }
        function log(x) {}
        class Item {}
        class List { map(f) { return []; } }
        function render(parts, each) {
          parts.map(escape).sort(byName);
          parts.forEach(each);
          parts.map(Item);
          parts.join(log);
          new List().map(log);
        }
        render([], log);
    """}
    # Item is a class (no call); join calls nothing; List's own map does not call f here.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("main_js.render", "main_js.escape"),
        ("main_js.render", "main_js.byName"),
        ("main_js.render", "main_js.log"),
        ("main_js.render", "main_js.List"),
        ("main_js.render", "main_js.List.map"),
        ("main_js", "main_js.render"),
    }


def test_javascript_a_function_on_a_constructors_prototype_is_its_method(tmp_path: Path) -> None:
    files = {"main.js": """
        function save(n) {}
        function Counter(start) { this.n = start; }
        Counter.prototype.inc = function () {
          this.n += 1;
          this.persist();
        };
        Counter.prototype.persist = function persist() { save(this.n); };
        Counter.prototype.later = () => save(0);
        Other.prototype.run = function () { save(1); };
        const c = new Counter(1);
        c.inc();
    """}
    # The arrow keeps the module's this (no method: its call is the module's), and
    # Other is no function of this file.
    graph = graph_of(tmp_path, files)
    assert graph.nodes["main_js.Counter.inc"].kind is Kind.METHOD
    assert edges_of(graph) == {
        ("main_js", "main_js.Counter"),
        ("main_js", "main_js.Counter.inc"),
        ("main_js", "main_js.save"),
        ("main_js.Counter.inc", "main_js.Counter.persist"),
        ("main_js.Counter.persist", "main_js.save"),
    }


def test_javascript_a_method_returning_this_chains(tmp_path: Path) -> None:
    files = {"main.js": """
        class App {
          use(fn) { this.fn = fn; return this; }
          listen() {}
          stop() {}
          close() {}
          maybe(x) { if (x) { return this; } return null; }
          later() { return () => { return this; }; }
        }
        const app = new App();
        app.use(1).use(2).listen();
        app.maybe(1).stop();
        app.later().close();
    """}
    # maybe may return null and later returns an arrow: their results are not followed.
    edges = {edge for edge in edges_of(graph_of(tmp_path, files)) if edge[0] == "main_js"}
    assert edges == {
        ("main_js", "main_js.App"),
        ("main_js", "main_js.App.use"),
        ("main_js", "main_js.App.listen"),
        ("main_js", "main_js.App.maybe"),
        ("main_js", "main_js.App.later"),
    }


def test_javascript_functions_pushed_into_a_maps_arrays_run_in_a_loop_over_one(tmp_path: Path) -> None:
    files = {"main.js": """
        class Emitter {
          constructor() { this.listeners = new Map(); this.byKey = {}; }
          on(name, fn) { this.listeners.get(name).push(fn); }
          once(name, fn) { (this.byKey[name] ||= []).push(fn); }
          emit(name) {
            for (const fn of this.listeners.get(name) || []) fn();
            for (const g of this.byKey[name] ?? []) g();
          }
        }
        class Store { flush() {} }
        function audit() {}
        function close() {}
        const bus = new Emitter();
        const store = new Store();
        bus.on("save", audit);
        bus.on("save", store.flush.bind(store));
        bus.once("end", close);
        bus.emit("save");
    """}
    # flush is passed bound: the bound function runs it.
    edges = {edge for edge in edges_of(graph_of(tmp_path, files)) if edge[0] != "main_js"}
    assert edges == {
        ("main_js.Emitter.emit", "main_js.audit"),
        ("main_js.Emitter.emit", "main_js.Store.flush"),
        ("main_js.Emitter.emit", "main_js.close"),
    }


def test_javascript_a_function_passed_to_a_method_of_an_untyped_parameter(tmp_path: Path) -> None:
    files = {"main.js": """
        class Emitter {
          on(fn) { this.fn = fn; }
          fire() { this.fn(); }
        }
        class Store {
          constructor(bus) { bus.on(this.flush.bind(this)); }
          flush() {}
        }
        const bus = new Emitter();
        new Store(bus);
        bus.fire();
    """}
    # bus in Store's constructor is given an Emitter: on keeps flush, fire runs it.
    edges = {edge for edge in edges_of(graph_of(tmp_path, files)) if edge[0] != "main_js"}
    assert edges == {
        ("main_js.Store.constructor", "main_js.Emitter.on"),
        ("main_js.Emitter.fire", "main_js.Store.flush"),
    }


def test_javascript_an_instance_passed_to_an_untyped_parameter_gives_its_methods(tmp_path: Path) -> None:
    files = {"main.js": """
        class Evaluator { visit() {} }
        class Printer { visit() {} }
        class Num { accept(v) { v.visit(); } }
        class Pair { accept(v) { v.visit(); } }
        function make() { return new Printer(); }
        new Num().accept(new Evaluator());
        new Pair().accept(make());
    """}
    # Pair.accept is given a call's result: nothing known.
    edges = {edge for edge in edges_of(graph_of(tmp_path, files)) if edge[0] != "main_js"}
    assert edges == {("main_js.Num.accept", "main_js.Evaluator.visit"), ("main_js.make", "main_js.Printer")}


def test_javascript_a_field_set_from_a_constructor_parameter_holds_what_new_passes(tmp_path: Path) -> None:
    files = {
        "repo.js": """
            class UserRepo { find() {} }
            class NullRepo { find() {} }
            module.exports = { UserRepo, NullRepo };
        """,
        "service.js": """
            class Service {
              constructor(repo) { this.repo = repo; }
              rename() { this.repo.find(); }
            }
            class Either {
              constructor(repo) { this.repo = repo; }
              rename() { this.repo.find(); }
            }
            module.exports = { Service, Either };
        """,
        "main.js": """
            const { Service, Either } = require("./service");
            const { UserRepo, NullRepo } = require("./repo");
            new Service(new UserRepo()).rename();
            new Either(new UserRepo());
            new Either(new NullRepo());
        """,
    }
    # Either's repo is given two classes: no one value, so no edge.
    edges = {edge for edge in edges_of(graph_of(tmp_path, files)) if edge[0] != "main_js"}
    assert edges == {("service_js.Service.rename", "repo_js.UserRepo.find")}


def test_javascript_functions_of_a_const_object_literal_are_definitions(tmp_path: Path) -> None:
    files = {"main.js": """
        function clamp(x) { return x; }
        const strategies = {
          percent(total) { return clamp(total); },
          flat: function (total) { return clamp(total); },
          none: (total) => clamp(total),
        };
        let later = { run() { clamp(1); } };
        function checkout(kind) {
          strategies.percent(1);
          const apply = strategies[kind];
          apply(2);
        }
    """}
    graph = graph_of(tmp_path, files)
    assert graph.nodes["main_js.strategies.flat"].keyword == "function"
    assert graph.nodes["main_js.strategies.percent"].parent == "main_js"
    # The arrow and the let object's method stay their writer's (the module).
    assert edges_of(graph) == {
        ("main_js.strategies.percent", "main_js.clamp"),
        ("main_js.strategies.flat", "main_js.clamp"),
        ("main_js", "main_js.clamp"),
        ("main_js.checkout", "main_js.strategies.percent"),
        ("main_js.checkout", "main_js.strategies.flat"),
    }


def test_javascript_a_maps_get_gives_the_one_class_set_there(tmp_path: Path) -> None:
    files = {"main.js": """
        class A { run() {} }
        class B { run() {} }
        const m = new Map();
        m.set("a", new A());
        function go(k) { const x = m.get(k); x.run(); }
        const n = new Map();
        n.set("a", new A());
        n.set("b", new B());
        function two(k) { n.get(k).run(); }
    """}
    # n holds two classes: no edge.
    edges = {edge for edge in edges_of(graph_of(tmp_path, files)) if edge[0] != "main_js"}
    assert edges == {("main_js.go", "main_js.A.run")}


def test_javascript_a_const_given_alternatives_holds_either(tmp_path: Path) -> None:
    files = {"main.js": """
        function a() {}
        function b() {}
        function c() {}
        function d() {}
        class Conn { query() {} }
        const ops = { a, b };
        function run(kind, flag, pool) {
          const f = ops[kind] || c;
          f();
          const g = flag ? a : d;
          g();
          const conn = pool ?? new Conn();
          conn.query();
          let h = a || b;
          h();
        }
    """}
    # h is a let: its value may change.
    edges = {edge for edge in edges_of(graph_of(tmp_path, files)) if edge[0] == "main_js.run"}
    assert edges == {
        ("main_js.run", "main_js.a"),
        ("main_js.run", "main_js.b"),
        ("main_js.run", "main_js.c"),
        ("main_js.run", "main_js.d"),
        ("main_js.run", "main_js.Conn"),
        ("main_js.run", "main_js.Conn.query"),
    }


def test_javascript_a_function_passed_to_a_promise_or_a_timer_is_the_passers_call(tmp_path: Path) -> None:
    files = {"main.js": """
        function load() { return Promise.resolve(1); }
        function show() {}
        function report() {}
        function done() {}
        function tick() {}
        function later() {}
        class Job { then(f) {} }
        load().then(show).catch(report).finally(done);
        setTimeout(tick, 0);
        new Job().then(later);
    """}
    # Job's then is the repository's: its own rules hold (its f is never called).
    assert edges_of(graph_of(tmp_path, files)) == {
        ("main_js", "main_js.load"),
        ("main_js", "main_js.show"),
        ("main_js", "main_js.report"),
        ("main_js", "main_js.done"),
        ("main_js", "main_js.tick"),
        ("main_js", "main_js.Job"),
        ("main_js", "main_js.Job.then"),
    }


def test_javascript_call_and_apply_on_a_function_call_it(tmp_path: Path) -> None:
    files = {"main.js": """
        function Plugin(name) { this.name = name; }
        function log() {}
        const tools = { call() {} };
        function Cache() {
          Plugin.call(this, "cache");
          log.apply(null, []);
          tools.call();
          Math.max.apply(null, [1]);
        }
        function invoke(func) { return func.call(null); }
        invoke(log);
    """}
    # tools.call is the object's own function; Math is no value of the repository;
    # func.call calls what invoke is given.
    assert edges_of(graph_of(tmp_path, files)) == {
        ("main_js.Cache", "main_js.Plugin"),
        ("main_js.Cache", "main_js.log"),
        ("main_js.Cache", "main_js.tools.call"),
        ("main_js", "main_js.invoke"),
        ("main_js.invoke", "main_js.log"),
    }


def test_javascript_a_maps_get_gives_each_function_set_there(tmp_path: Path) -> None:
    files = {
        "hooks.js": """
            const table = new Map();
            export function on(event, handler) { table.set(event, handler); }
            export function fire(event) {
              const handler = table.get(event);
              return handler ? handler() : unknown(event);
            }
            function unknown(event) {}
        """,
        "handlers/save.js": "export default function save() {}\n",
        "handlers/index.js": 'export { default as save } from "./save.js";\n',
        "main.js": """
            import { on, fire } from "./hooks.js";
            import * as handlers from "./handlers/index.js";
            function close() {}
            on("save", handlers.save);
            on("close", close);
            fire("save");
        """,
    }
    edges = {edge for edge in edges_of(graph_of(tmp_path, files)) if edge[0] == "hooks_js.fire"}
    assert edges == {
        ("hooks_js.fire", "handlers.save_js.save"),
        ("hooks_js.fire", "main_js.close"),
        ("hooks_js.fire", "hooks_js.unknown"),
    }
