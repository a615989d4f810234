trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);
struct Circle(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14 * self.0 * self.0
    }
}

fn boxed(s: Box<dyn Shape>) -> f64 {
    s.area()
}

fn one(s: &dyn Shape) -> f64 {
    s.area()
}

fn main() {
    one(&Square(1.0));
    boxed(Box::new(Circle(1.0)));
}
