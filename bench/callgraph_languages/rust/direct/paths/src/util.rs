pub fn helper() {
    other();
}

pub fn other() {}
