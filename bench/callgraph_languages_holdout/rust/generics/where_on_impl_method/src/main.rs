trait Sink {
    fn put(&mut self, b: u8);
}

struct Buf;

impl Sink for Buf {
    fn put(&mut self, b: u8) {}
}

struct Encoder;

impl Encoder {
    fn emit<S>(&self, out: &mut S)
    where
        S: Sink,
    {
        out.put(1);
    }
}

fn main() {
    let e = Encoder;
    let mut b = Buf;
}
