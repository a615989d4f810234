package com.acme;

interface Listener { void fire(String e); }

class Button {
    private Listener listener;
    void onClick(Listener l) { this.listener = l; }
    void click() { listener.fire("click"); }
}

public class Main {
    void save(String e) {}

    static void log(String e) {}

    void wire() {
        Button b = new Button();
        b.onClick(this::save);
        b.onClick(Main::log);
        b.onClick(e -> log(e));
        b.click();
    }
}
