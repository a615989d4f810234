package com.acme;

interface Task {
    void run();

    default void runTwice() {
        run();
        run();
    }
}

class Print implements Task {
    public void run() { emit(); }

    static void emit() {}
}

class Beep implements Task {
    public void run() {}
}

public class Main {
    static void schedule(Task t) { t.runTwice(); }

    public static void main(String[] args) {
        schedule(new Print());
        Task b = new Beep();
        b.run();
    }
}
