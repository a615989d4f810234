fn parse_int(s: &str) -> i64 {
    0
}

fn parse_hex(s: &str) -> i64 {
    16
}

struct Field {
    parse: fn(&str) -> i64,
}

impl Field {
    fn read(&self, s: &str) -> i64 {
        (self.parse)(s)
    }
}

fn apply<F: Fn(&str) -> i64>(f: F, s: &str) -> i64 {
    f(s)
}

fn main() {
    let a = Field { parse: parse_int };
    a.read("1");
    apply(parse_hex, "ff");
}
