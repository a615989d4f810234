pub trait Handler {
    fn handle(&self, req: &str) -> String;
}

pub struct Logger {
    pub inner: Box<dyn Handler>,
}

impl Handler for Logger {
    fn handle(&self, req: &str) -> String {
        log(req);
        self.inner.handle(req)
    }
}

fn log(req: &str) {
    eprintln!("-> {}", req);
}
