fn add(x: i32, n: i32) -> i32 {
    x + n
}

fn adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| add(x, n)
}

fn step_a() {}

fn step_b() {}

fn compose<F: Fn(), G: Fn()>(f: F, g: G) -> impl Fn() {
    move || {
        f();
        g();
    }
}

fn main() {
    let inc = adder(1);
    inc(2);
    let both = compose(step_a, step_b);
    both();
}
