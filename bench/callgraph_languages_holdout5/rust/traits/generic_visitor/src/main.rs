enum Expr {
    Num(i64),
    Add(Box<Expr>, Box<Expr>),
}

trait Visitor {
    fn visit_num(&mut self, n: i64);
    fn visit_add(&mut self, a: &Expr, b: &Expr);
}

impl Expr {
    fn accept<V: Visitor>(&self, v: &mut V) {
        match self {
            Expr::Num(n) => v.visit_num(*n),
            Expr::Add(a, b) => v.visit_add(a, b),
        }
    }
}

struct Sum {
    total: i64,
}

impl Visitor for Sum {
    fn visit_num(&mut self, n: i64) {
        self.total += n;
    }

    fn visit_add(&mut self, a: &Expr, b: &Expr) {
        a.accept(self);
        b.accept(self);
    }
}

struct Printer {
    out: String,
}

impl Printer {
    // a push of Printer's own; self.out.push below is String's
    #[allow(dead_code)]
    fn push(&mut self, s: &str) {
        self.out.push_str(s);
    }
}

impl Visitor for Printer {
    fn visit_num(&mut self, n: i64) {
        self.out.push_str(&n.to_string());
    }

    fn visit_add(&mut self, a: &Expr, b: &Expr) {
        a.accept(self);
        self.out.push('+');
        b.accept(self);
    }
}

fn main() {
    let e = Expr::Add(Box::new(Expr::Num(1)), Box::new(Expr::Num(2)));
    let mut s = Sum { total: 0 };
    e.accept(&mut s);
    let mut p = Printer { out: String::new() };
    e.accept(&mut p);
    println!("{} {}", s.total, p.out);
}
