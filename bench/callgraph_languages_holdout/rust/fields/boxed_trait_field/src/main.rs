trait Logger {
    fn write(&self, line: &str);
}

struct Stdout;

impl Logger for Stdout {
    fn write(&self, line: &str) {
        println!("{}", line);
    }
}

struct FileLog {
    path: String,
}

impl Logger for FileLog {
    fn write(&self, line: &str) {
        let _ = (&self.path, line);
    }
}

struct App {
    log: Box<dyn Logger>,
}

impl App {
    fn run(&self) {
        self.log.write("start");
    }
}

fn main() {
    let a = App { log: Box::new(Stdout) };
    a.run();
    let b = App { log: Box::new(FileLog { path: String::from("x") }) };
    b.run();
}
