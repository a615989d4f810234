package com.acme;

import java.util.List;

interface Visitor { void visit(String node); }

class Walker {
    static void walk(List<String> nodes, Visitor v) {
        for (String n : nodes) {
            v.visit(n);
        }
    }
}

public class Main {
    static int count;

    static void tally(String n) { count++; }

    static void dump(String n) {}

    public static void main(String[] args) {
        Walker.walk(List.of("a"), new Visitor() {
            public void visit(String node) { tally(node); }
        });
        Visitor printer = new Visitor() {
            @Override
            public void visit(String node) { dump(node); }
        };
        printer.visit("b");
    }
}
