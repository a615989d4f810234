trait Check {
    fn ok(&self) -> bool;
}

struct Size;

struct Name;

impl Check for Size {
    fn ok(&self) -> bool {
        true
    }
}

impl Check for Name {
    fn ok(&self) -> bool {
        false
    }
}

struct Item;

impl Item {
    fn weight(&self) -> u32 {
        1
    }
}

fn passes(checks: &Vec<Box<dyn Check>>) -> bool {
    checks.iter().all(|c| c.ok())
}

fn heaviest(items: &[Item]) -> Option<&Item> {
    items.iter().max_by_key(|i| i.weight())
}

fn main() {
    let checks: Vec<Box<dyn Check>> = vec![Box::new(Size), Box::new(Name)];
    passes(&checks);
    heaviest(&[]);
}
