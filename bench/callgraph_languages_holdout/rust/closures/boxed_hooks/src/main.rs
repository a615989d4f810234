fn on_start() {}

fn on_stop() {}

struct Hooks {
    list: Vec<Box<dyn Fn()>>,
}

impl Hooks {
    fn add(&mut self, f: Box<dyn Fn()>) {
        self.list.push(f);
    }

    fn fire(&self) {
        for f in &self.list {
            f();
        }
    }
}

fn main() {
    let mut h = Hooks { list: Vec::new() };
    h.add(Box::new(on_start));
    h.add(Box::new(|| on_stop()));
    h.fire();
}
