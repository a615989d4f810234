package com.acme;

public class Main {
    static void audit(String m) {}

    static void notify(String to, String m) {}

    void count(String m) {}

    public static void main(String[] args) {
        Emitter e = new Emitter();
        Main app = new Main();
        e.on("order", Main::audit);
        e.on("order", app::count);
        e.on("order", m -> notify("ops", m));
        e.emit("order", "placed");
    }
}
