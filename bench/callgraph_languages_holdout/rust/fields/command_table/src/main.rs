fn cmd_add(args: &[String]) {}

fn cmd_remove(args: &[String]) {}

fn save() {}

struct Command {
    name: &'static str,
    run: fn(&[String]),
}

struct Button {
    on_click: Box<dyn Fn()>,
}

impl Button {
    fn click(&self) {
        (self.on_click)();
    }
}

fn dispatch(name: &str, args: &[String]) {
    let table = [
        Command { name: "add", run: cmd_add },
        Command { name: "rm", run: cmd_remove },
    ];
    for c in table.iter() {
        if c.name == name {
            (c.run)(args);
        }
    }
}

fn main() {
    dispatch("add", &[]);
    let b = Button { on_click: Box::new(|| save()) };
    b.click();
}
