mod util;

use util::helper;

fn run() {
    helper();
    util::other();
    crate::util::other();
}

fn main() {
    run();
}
