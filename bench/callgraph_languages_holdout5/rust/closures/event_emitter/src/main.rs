use std::cell::Cell;
use std::collections::HashMap;

struct Metrics {
    n: Cell<u32>,
}

impl Metrics {
    fn count(&self, _p: &str) {
        self.n.set(self.n.get() + 1);
    }

    fn get(&self) -> u32 {
        self.n.get()
    }
}

struct Emitter<'a> {
    listeners: HashMap<String, Vec<Box<dyn Fn(&str) + 'a>>>,
}

impl<'a> Emitter<'a> {
    fn new() -> Self {
        Emitter { listeners: HashMap::new() }
    }

    fn on(&mut self, ev: &str, f: impl Fn(&str) + 'a) {
        self.listeners.entry(ev.to_string()).or_default().push(Box::new(f));
    }

    fn emit(&self, ev: &str, payload: &str) {
        if let Some(ls) = self.listeners.get(ev) {
            for l in ls {
                l(payload);
            }
        }
    }
}

fn audit(p: &str) {
    eprintln!("audit {}", p);
}

fn notify(to: &str, p: &str) {
    eprintln!("{} {}", to, p);
}

fn main() {
    let m = Metrics { n: Cell::new(0) };
    let mut em = Emitter::new();
    em.on("save", audit);
    em.on("save", |p| notify("ops", p));
    em.on("save", |p| m.count(p));
    em.emit("save", "doc");
    println!("{}", m.get());
}
