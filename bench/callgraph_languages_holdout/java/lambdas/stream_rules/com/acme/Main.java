package com.acme;

import java.util.List;

interface Rule { boolean check(String s); }

class NotEmpty implements Rule { public boolean check(String s) { return !s.isEmpty(); } }

class Short implements Rule { public boolean check(String s) { return s.length() < 9; } }

public class Main {
    static boolean all(List<Rule> rules, String s) {
        return rules.stream().allMatch(r -> r.check(s));
    }

    public static void main(String[] args) {
        all(List.of(new NotEmpty(), new Short()), "x");
    }
}
