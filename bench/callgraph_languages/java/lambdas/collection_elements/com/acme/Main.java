package com.acme;

import java.util.ArrayList;
import java.util.List;

abstract class Task { abstract void run(); }

class Build extends Task { void run() {} }

class Deploy extends Task { void run() {} }

public class Main {
    private final List<Task> tasks = new ArrayList<>();

    void add(Task t) { tasks.add(t); }

    void runAll() {
        tasks.forEach(t -> t.run());
    }

    public static void main(String[] args) {
        Main m = new Main();
        m.add(new Build());
        m.add(new Deploy());
        m.runAll();
    }
}
