trait Area {
    fn area(&self) -> f64;
}

struct Rect {
    w: f64,
    h: f64,
}

impl Rect {
    fn square(s: f64) -> Rect {
        Rect { w: s, h: s }
    }
}

impl Area for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
}

fn main() {
    let r = Rect::square(2.0);
    r.area();
}
