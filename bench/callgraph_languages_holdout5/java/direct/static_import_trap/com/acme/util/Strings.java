package com.acme.util;

public final class Strings {
    private Strings() {}

    public static String slug(String s) { return lower(s).replace(' ', '-'); }

    public static String lower(String s) { return s.toLowerCase(); }

    public static String trim(String s) { return s.strip(); }

    public static String format(String s) { return "[" + trim(s) + "]"; }
}
