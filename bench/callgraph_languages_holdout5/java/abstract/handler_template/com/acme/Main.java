package com.acme;

import java.util.HashMap;
import java.util.Map;

public class Main {
    static final Map<String, Handler> routes = new HashMap<>();

    static String dispatch(String path) {
        Handler h = routes.get(path);
        return h == null ? "404" : h.handle(path);
    }

    public static void main(String[] args) {
        routes.put("/", new HomeHandler());
        routes.put("/admin", new AdminHandler());
        dispatch("/admin");
    }
}
