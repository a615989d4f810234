package com.acme;

class Engine { void start() {} }

public class Main {
    private final Engine engine = new Engine();
    void run() { engine.start(); this.engine.start(); }
}
