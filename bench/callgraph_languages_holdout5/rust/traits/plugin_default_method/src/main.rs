trait Plugin {
    fn name(&self) -> &str;

    fn init(&mut self) {
        println!("init {}", self.name());
    }
}

struct Cache;

impl Plugin for Cache {
    fn name(&self) -> &str {
        "cache"
    }
}

struct Auth {
    realm: String,
}

impl Plugin for Auth {
    fn name(&self) -> &str {
        &self.realm
    }
}

struct Registry {
    plugins: Vec<Box<dyn Plugin>>,
}

impl Registry {
    fn register<P: Plugin + 'static>(&mut self, p: P) {
        self.plugins.push(Box::new(p));
    }

    fn init_all(&mut self) {
        for p in self.plugins.iter_mut() {
            p.init();
        }
    }

    fn names(&self) -> Vec<String> {
        self.plugins.iter().map(|p| p.name().to_string()).collect()
    }
}

fn main() {
    let mut r = Registry { plugins: Vec::new() };
    r.register(Cache);
    r.register(Auth { realm: "admin".into() });
    r.init_all();
    println!("{:?}", r.names());
}
