trait Render {
    fn render(&self) -> String;
}

struct Text;

impl Render for Text {
    fn render(&self) -> String {
        String::new()
    }
}

struct Page<R: Render> {
    body: R,
}

impl<R: Render> Page<R> {
    fn show(&self, extra: &R) -> String {
        extra.render()
    }
}

fn main() {
    let p = Page { body: Text };
}
