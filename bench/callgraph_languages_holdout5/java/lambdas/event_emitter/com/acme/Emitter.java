package com.acme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

public class Emitter {
    private final Map<String, List<Consumer<String>>> subs = new HashMap<>();

    public void on(String topic, Consumer<String> fn) {
        subs.computeIfAbsent(topic, k -> new ArrayList<>()).add(fn);
    }

    public void emit(String topic, String msg) {
        for (Consumer<String> fn : subs.getOrDefault(topic, List.of())) {
            fn.accept(msg);
        }
    }
}

// an accept of the repository's own, on a type no listener is
class Gate {
    boolean accept(String msg) { return !msg.isEmpty(); }
}
