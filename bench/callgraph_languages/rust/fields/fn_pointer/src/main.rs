mod ops {
    pub fn add(a: i32, b: i32) -> i32 {
        a + b
    }

    pub fn sub(a: i32, b: i32) -> i32 {
        a - b
    }
}

fn audit() {}

struct Op {
    apply: fn(i32, i32) -> i32,
}

impl Op {
    fn eval(&self, a: i32, b: i32) -> i32 {
        (self.apply)(a, b)
    }
}

struct Rule {
    check: fn(),
}

fn run_all() {
    let rules = [Rule { check: audit }];
    for r in &rules {
        (r.check)();
    }
}

fn main() {
    let plus = Op { apply: ops::add };
    let minus = Op { apply: ops::sub };
    plus.eval(1, 2);
    minus.eval(3, 1);
    run_all();
}
