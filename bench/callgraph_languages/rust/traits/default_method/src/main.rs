trait Greet {
    fn name(&self) -> String;

    fn greet(&self) -> String {
        self.name()
    }
}

struct En;
struct Fr;

impl Greet for En {
    fn name(&self) -> String {
        String::from("hello")
    }
}

impl Greet for Fr {
    fn name(&self) -> String {
        String::from("salut")
    }
}

fn main() {
    Greet::greet(&En);
}
