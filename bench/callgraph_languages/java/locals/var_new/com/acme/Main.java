package com.acme;

class Counter {
    void inc() {}
}

public class Main {
    public static void main(String[] args) {
        var c = new Counter();
        c.inc();
    }
}
