package com.acme;

interface Step { void apply(String s); }

class Pipeline {
    void each(Step step) { step.apply("x"); }
}

public class Main {
    void trim(String s) {}

    static void audit(String s) {}

    void run() {
        Pipeline p = new Pipeline();
        p.each(this::trim);
        p.each(s -> audit(s));
    }
}
