trait Speak {
    fn speak(&self) -> String;
}

struct Dog;

impl Speak for Dog {
    fn speak(&self) -> String {
        String::from("woof")
    }
}

fn talk(x: impl Speak) -> String {
    x.speak()
}

fn talk_ref(x: &mut impl Speak) -> String {
    x.speak()
}

fn main() {
    talk(Dog);
    talk_ref(&mut Dog);
}
