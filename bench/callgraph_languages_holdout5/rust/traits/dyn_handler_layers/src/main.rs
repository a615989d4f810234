mod http;

use http::{Handler, Logger};

struct Hello;

impl Handler for Hello {
    fn handle(&self, req: &str) -> String {
        format!("hello {}", req)
    }
}

fn serve(h: &dyn Handler) -> String {
    h.handle("/")
}

fn main() {
    let app = Logger { inner: Box::new(Logger { inner: Box::new(Hello) }) };
    serve(&app);
    serve(&Hello);
}
