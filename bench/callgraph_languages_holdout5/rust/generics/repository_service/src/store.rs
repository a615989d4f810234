use std::collections::HashMap;

pub trait Repo {
    fn get(&self, id: u32) -> Option<String>;
    fn put(&mut self, id: u32, v: String);
}

pub struct MemRepo {
    map: HashMap<u32, String>,
}

impl MemRepo {
    pub fn new() -> Self {
        MemRepo { map: HashMap::new() }
    }
}

impl Repo for MemRepo {
    fn get(&self, id: u32) -> Option<String> {
        self.map.get(&id).cloned()
    }

    fn put(&mut self, id: u32, v: String) {
        self.map.insert(id, v);
    }
}

pub struct NullRepo;

impl Repo for NullRepo {
    fn get(&self, _id: u32) -> Option<String> {
        None
    }

    fn put(&mut self, _id: u32, _v: String) {}
}
