package com.acme;

import static com.acme.util.Strings.slug;

import com.acme.util.Strings;

public class Main {
    static String format(String s) { return s; }

    static String title(String t) {
        return Strings.format(slug(t.trim()));
    }

    public static void main(String[] args) {
        System.out.println(format(title(" Hello World ")));
    }
}
