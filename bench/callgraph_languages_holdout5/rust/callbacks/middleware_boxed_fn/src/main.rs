struct Req {
    path: String,
    token: Option<String>,
}

type Handler = Box<dyn Fn(&Req) -> String>;

fn log(r: &Req) {
    eprintln!("{}", r.path);
}

fn check(r: &Req) -> bool {
    r.token.is_some()
}

fn deny() -> String {
    "401".to_string()
}

fn index(_r: &Req) -> String {
    "index".to_string()
}

fn admin(_r: &Req) -> String {
    "admin".to_string()
}

fn logging(next: Handler) -> Handler {
    Box::new(move |r| {
        log(r);
        next(r)
    })
}

fn auth(next: Handler) -> Handler {
    let log = |r: &Req| r.path.len();
    Box::new(move |r| {
        log(r);
        if check(r) { next(r) } else { deny() }
    })
}

fn main() {
    let home = logging(Box::new(index));
    let panel = auth(Box::new(admin));
    let r = Req { path: "/".into(), token: None };
    println!("{} {}", home(&r), panel(&r));
}
