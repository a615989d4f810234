use std::fmt::Debug;

trait Store {
    fn save(&mut self, key: &str);
}

struct Disk;
struct Memory;

impl Store for Disk {
    fn save(&mut self, key: &str) {}
}

impl Store for Memory {
    fn save(&mut self, key: &str) {}
}

fn persist<S>(store: &mut S, key: &str)
where
    S: Store + Debug,
{
    store.save(key);
}

fn main() {
    persist(&mut Disk, "a");
}
