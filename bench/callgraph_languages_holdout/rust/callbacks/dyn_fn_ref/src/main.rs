struct Client;

impl Client {
    fn ping() -> bool {
        true
    }
}

fn probe() -> bool {
    false
}

struct Rule {
    word: String,
}

impl Rule {
    fn matches(&self, s: &str) -> bool {
        s.contains(&self.word)
    }
}

fn retry(op: &dyn Fn() -> bool, times: u32) -> bool {
    for _ in 0..times {
        if op() {
            return true;
        }
    }
    false
}

fn check(rules: &[Rule], s: &str) -> bool {
    rules.iter().any(|r| r.matches(s))
}

fn main() {
    retry(&Client::ping, 3);
    retry(&|| probe(), 2);
    check(&[], "x");
}
