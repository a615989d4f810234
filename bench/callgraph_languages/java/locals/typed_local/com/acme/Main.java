package com.acme;

class Counter {
    void inc() {}
}

public class Main {
    void run() {
        Counter c = new Counter();
        c.inc();
    }
}
