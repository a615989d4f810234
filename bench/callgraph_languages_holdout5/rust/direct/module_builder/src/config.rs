pub struct Config {
    host: String,
    port: u16,
}

pub struct ConfigBuilder {
    host: String,
    port: u16,
}

impl ConfigBuilder {
    pub fn new() -> Self {
        ConfigBuilder { host: "localhost".into(), port: 80 }
    }

    pub fn host(mut self, h: &str) -> Self {
        self.host = normalize(h);
        self
    }

    pub fn port(mut self, p: u16) -> Self {
        self.port = p;
        self
    }

    pub fn build(self) -> Config {
        Config::validated(self.host, self.port)
    }
}

impl Config {
    pub fn builder() -> ConfigBuilder {
        ConfigBuilder::new()
    }

    fn validated(host: String, port: u16) -> Config {
        Config { host, port: if port == 0 { 80 } else { port } }
    }

    pub fn url(&self) -> String {
        format!("http://{}:{}", self.host, self.port)
    }
}

fn normalize(h: &str) -> String {
    h.trim().to_lowercase()
}
