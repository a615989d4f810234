fn log_line(s: &str) {}

fn count_line(s: &str) {}

fn upper(s: &str) {}

struct Bus {
    handlers: Vec<fn(&str)>,
}

impl Bus {
    fn new() -> Bus {
        Bus { handlers: Vec::new() }
    }

    fn subscribe(&mut self, h: fn(&str)) {
        self.handlers.push(h);
    }

    fn emit(&self, s: &str) {
        for h in self.handlers.iter() {
            h(s);
        }
    }
}

fn wire(bus: &mut Bus, extra: fn(&str)) {
    bus.subscribe(extra);
}

fn main() {
    let mut bus = Bus::new();
    bus.subscribe(log_line);
    bus.subscribe(count_line);
    wire(&mut bus, upper);
    bus.emit("x");
}
