trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn double<T: Shape>(s: &T) -> f64 {
    s.area() * 2.0
}

fn main() {
    double(&Square(1.0));
}
