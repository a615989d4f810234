package com.acme;

abstract class Step {
    abstract void apply();

    void log() {}
}

class Trim extends Step {
    void apply() { log(); }
}

class Upper extends Step {
    void apply() {}
}

class Pipeline<T> {
    Pipeline(int size) {}

    void run() {}
}

public class Main {
    public static void main(String[] args) {
        new Trim().apply();
        new Upper().log();
        new Pipeline<String>(2).run();
    }
}
