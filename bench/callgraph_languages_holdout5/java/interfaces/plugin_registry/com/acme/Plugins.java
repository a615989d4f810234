package com.acme;

interface Plugin {
    String name();

    void start();
}

abstract class BasePlugin implements Plugin {
    public String name() { return getClass().getSimpleName(); }
}

class CachePlugin extends BasePlugin {
    public void start() {}
}

class MetricsPlugin extends BasePlugin {
    public void start() {}
}
