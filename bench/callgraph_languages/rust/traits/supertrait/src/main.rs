trait Named {
    fn name(&self) -> String;
}

trait Greeter: Named {
    fn greet(&self) -> String {
        self.name()
    }
}

struct En;

impl Named for En {
    fn name(&self) -> String {
        String::from("en")
    }
}

impl Greeter for En {}

fn show(g: &dyn Greeter) -> String {
    g.name()
}

fn boxed(g: impl Greeter) -> String {
    g.name()
}

fn generic<T: Greeter>(g: &T) -> String {
    g.name()
}

fn main() {
    show(&En);
    boxed(En);
    generic(&En);
}
