trait Widget {
    fn create() -> Self;
    fn draw(&self);
}

struct Button;

struct Label;

impl Widget for Button {
    fn create() -> Self {
        Button
    }
    fn draw(&self) {}
}

impl Widget for Label {
    fn create() -> Self {
        Label
    }
    fn draw(&self) {}
}

fn build<T: Widget>() -> T {
    let w = T::create();
    w.draw();
    w
}

fn main() {
    let _b: Button = build();
    let _l = build::<Label>();
}
