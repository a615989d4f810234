trait Named {
    fn name(&self) -> String;
}

trait Aged {
    fn age(&self) -> u32;
}

struct Cat;

impl Named for Cat {
    fn name(&self) -> String {
        String::from("cat")
    }
}

impl Aged for Cat {
    fn age(&self) -> u32 {
        3
    }
}

fn card<T: Named + Aged + Clone>(x: T) -> String {
    format!("{} {}", x.name(), x.age())
}

fn main() {
    card(Cat);
}
