struct Job;

impl Job {
    fn start() {}

    fn with<F: FnOnce()>(&self, f: F) {
        f();
    }
}

fn finish() {}

fn cleanup() {}

fn notify(n: u32) {}

fn once(f: impl FnOnce()) {
    f();
}

fn each(n: u32, mut g: Box<dyn FnMut(u32)>) {
    for i in 0..n {
        g(i);
    }
}

fn twice<F>(f: F)
where
    F: Fn(),
{
    once(f);
}

fn main() {
    once(finish);
    once(Job::start);
    each(3, Box::new(notify));
    twice(|| cleanup());
    let j = Job {};
    j.with(finish);
}
