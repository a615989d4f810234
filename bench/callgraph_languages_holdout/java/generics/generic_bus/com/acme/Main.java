package com.acme;

import java.util.ArrayList;
import java.util.List;

interface Handler<E> { void on(E event); }

class Bus<E> {
    private final List<Handler<E>> handlers = new ArrayList<>();

    void add(Handler<E> h) { handlers.add(h); }

    void post(E event) {
        for (Handler<E> h : handlers) {
            h.on(event);
        }
    }
}

class Audit implements Handler<String> {
    public void on(String event) {}
}

public class Main {
    static void print(String event) {}

    public static void main(String[] args) {
        Bus<String> bus = new Bus<>();
        bus.add(new Audit());
        bus.add(Main::print);
        bus.post("saved");
    }
}
