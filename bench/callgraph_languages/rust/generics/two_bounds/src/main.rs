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
    let age = x.age();
    x.name() + &age.to_string()
}

fn main() {
    card(Cat);
}
