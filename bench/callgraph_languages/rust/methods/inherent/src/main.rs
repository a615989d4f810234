struct Counter {
    n: i32,
}

impl Counter {
    fn new() -> Self {
        Self::zero()
    }

    fn zero() -> Self {
        Counter { n: 0 }
    }

    fn inc(&mut self) {
        self.add(1);
    }

    fn add(&mut self, k: i32) {
        self.n += k;
    }
}

fn main() {
    Counter::new();
}
