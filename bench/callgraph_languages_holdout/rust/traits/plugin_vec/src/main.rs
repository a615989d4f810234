trait Plugin {
    fn name(&self) -> String;
    fn run(&self);
}

struct Lint;

struct Format;

impl Plugin for Lint {
    fn name(&self) -> String {
        String::from("lint")
    }
    fn run(&self) {}
}

impl Plugin for Format {
    fn name(&self) -> String {
        String::from("fmt")
    }
    fn run(&self) {}
}

fn run_all(plugins: &[Box<dyn Plugin>]) {
    for p in plugins {
        p.run();
    }
}

fn main() {
    let plugins: Vec<Box<dyn Plugin>> = vec![Box::new(Lint), Box::new(Format)];
    run_all(&plugins);
    plugins.iter().map(|p| p.name()).count();
}
