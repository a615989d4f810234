fn record(x: i32) {}

fn log_item(x: i32) {}

fn for_each_item<F>(items: &[i32], mut visit: F)
where
    F: FnMut(i32),
{
    for &x in items {
        visit(x);
    }
}

fn main() {
    let v = vec![1, 2];
    for_each_item(&v, |x| record(x));
    for_each_item(&v, log_item);
    let twice = |x: i32| {
        record(x);
    };
    twice(3);
}
