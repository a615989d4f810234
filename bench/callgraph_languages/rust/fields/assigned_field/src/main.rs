struct Parser {
    parse: fn(&str) -> i64,
}

struct Printer {
    parse: fn(&str) -> i64,
}

impl Parser {
    fn read(&self, s: &str) -> i64 {
        (self.parse)(s)
    }

    fn hex(&mut self) {
        self.parse = parse_hex;
    }
}

fn parse_int(s: &str) -> i64 {
    s.len() as i64
}

fn parse_hex(s: &str) -> i64 {
    16 * s.len() as i64
}

fn parse_oct(s: &str) -> i64 {
    8 * s.len() as i64
}

fn main() {
    let mut p: Parser = Parser { parse: parse_int };
    p.hex();
    p.read("1");
    let mut q = Printer { parse: parse_int };
    q.parse = parse_oct;
}
