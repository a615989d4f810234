package com.acme;

import java.util.ArrayList;
import java.util.List;

public class Registry {
    private final List<Plugin> plugins = new ArrayList<>();

    void add(Plugin p) { plugins.add(p); }

    List<String> startAll() {
        List<String> names = new ArrayList<>();
        for (Plugin p : plugins) {
            names.add(p.name());
            p.start();
        }
        return names;
    }

    public static void main(String[] args) {
        Registry r = new Registry();
        r.add(new CachePlugin());
        r.add(new MetricsPlugin());
        r.startAll();
    }
}
