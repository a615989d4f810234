package com.acme;

final class Http {
    static String post(String url, String body) { return encode(url) + body; }

    private static String encode(String s) { return s.replace(" ", "%20"); }
}
