mod store;

use store::{MemRepo, NullRepo, Repo};

struct Service<R: Repo> {
    repo: R,
}

impl<R: Repo> Service<R> {
    fn new(repo: R) -> Self {
        Service { repo }
    }

    fn rename(&mut self, id: u32, name: &str) -> Option<String> {
        let old = self.repo.get(id);
        self.repo.put(id, name.to_string());
        old
    }
}

fn main() {
    Service::new(MemRepo::new()).rename(1, "ann");
    let mut s = Service::new(NullRepo);
    s.rename(2, "bob");
}
