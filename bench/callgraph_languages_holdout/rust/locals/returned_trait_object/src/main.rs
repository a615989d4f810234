trait Shape {
    fn area(&self) -> f64;
}

struct Sq(f64);

struct Circle(f64);

impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.0 * self.0
    }
}

fn make(kind: u8) -> Box<dyn Shape> {
    if kind == 0 {
        Box::new(Sq(1.0))
    } else {
        Box::new(Circle(1.0))
    }
}

fn unit() -> impl Shape {
    Sq(1.0)
}

fn main() {
    let s = make(1);
    s.area();
    unit().area();
}
