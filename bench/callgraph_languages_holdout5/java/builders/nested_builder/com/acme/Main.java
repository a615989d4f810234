package com.acme;

public class Main {
    public static void main(String[] args) {
        Request r = Request.builder().url("http://x").header("a", "b").build();
        r.send();
    }
}
