use std::collections::HashMap;

trait Command {
    fn exec(&self, arg: &str);
}

struct Add;

struct Remove;

impl Command for Add {
    fn exec(&self, arg: &str) {
        log(arg);
    }
}

impl Command for Remove {
    fn exec(&self, _arg: &str) {}
}

fn log(_s: &str) {}

fn main() {
    let mut cmds: HashMap<&str, Box<dyn Command>> = HashMap::new();
    cmds.insert("add", Box::new(Add));
    cmds.insert("rm", Box::new(Remove));
    if let Some(c) = cmds.get("add") {
        c.exec("x");
    }
    for c in cmds.values() {
        c.exec("y");
    }
}
