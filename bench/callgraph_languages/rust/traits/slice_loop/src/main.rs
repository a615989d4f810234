trait Check {
    fn check(&self) -> bool;
}

struct NotEmpty;

struct Short;

impl Check for NotEmpty {
    fn check(&self) -> bool {
        true
    }
}

impl Check for Short {
    fn check(&self) -> bool {
        false
    }
}

fn all(checks: &[Box<dyn Check>]) -> bool {
    for c in checks.iter() {
        if !c.check() {
            return false;
        }
    }
    true
}

fn main() {
    let checks: Vec<Box<dyn Check>> = vec![Box::new(NotEmpty), Box::new(Short)];
    all(&checks);
}
