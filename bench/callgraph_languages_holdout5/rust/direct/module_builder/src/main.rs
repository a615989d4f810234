mod config;

use config::Config;

#[allow(dead_code)]
fn normalize(s: &str) -> String {
    s.to_string()
}

fn main() {
    let c = Config::builder().host(" Example.COM ").port(8080).build();
    let normalize = |s: String| s.to_uppercase();
    println!("{}", normalize(c.url()));
}
