macro_rules! ignore {
    ($($t:tt)*) => {};
}

fn label(x: i32) -> String {
    x.to_string()
}

fn count() -> usize {
    3
}

fn make() -> i32 {
    1
}

fn unused() {}

mod helpers {
    pub fn twice(x: i32) -> i32 {
        x * 2
    }
}

fn main() {
    println!("{}", label(make()));
    let v = vec![count(), count()];
    assert_eq!(v.len(), count());
    let s = format!("{:?}", helpers::twice(2));
    ignore!(unused());
    drop(s);
}
