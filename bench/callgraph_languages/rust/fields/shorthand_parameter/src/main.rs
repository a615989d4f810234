struct Pool {
    create: fn() -> u32,
    check: fn(u32) -> bool,
}

impl Pool {
    fn new(create: fn() -> u32, check: fn(u32) -> bool) -> Pool {
        Pool { create, check }
    }

    fn get(&self) -> u32 {
        let value = (self.create)();
        if (self.check)(value) { value } else { 0 }
    }
}

fn fresh() -> u32 {
    7
}

fn zero() -> u32 {
    0
}

fn positive(n: u32) -> bool {
    n > 0
}

fn build(make: fn() -> u32) -> Pool {
    Pool::new(make, positive)
}

fn main() {
    let a = Pool::new(fresh, positive);
    let b = build(zero);
    a.get();
    b.get();
}
