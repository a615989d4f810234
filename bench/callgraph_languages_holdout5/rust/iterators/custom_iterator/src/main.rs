struct Countdown {
    n: u32,
}

impl Countdown {
    fn new(n: u32) -> Self {
        Countdown { n }
    }

    // a pop of Countdown's own; Pages.next calls Vec::pop
    #[allow(dead_code)]
    fn pop(&mut self) -> u32 {
        self.n
    }
}

impl Iterator for Countdown {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        if self.n == 0 {
            None
        } else {
            self.n -= 1;
            Some(self.n)
        }
    }
}

struct Pages {
    left: Vec<u32>,
}

impl Iterator for Pages {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        self.left.pop()
    }
}

fn scale(x: u32) -> u32 {
    x * 10
}

fn first<I: Iterator<Item = u32>>(mut it: I) -> Option<u32> {
    it.next()
}

fn main() {
    let total: u32 = vec![1, 2].into_iter().map(scale).sum();
    let a = first(Countdown::new(5));
    let b = first(Pages { left: vec![1, 2] });
    println!("{} {:?} {:?}", total, a, b);
}
