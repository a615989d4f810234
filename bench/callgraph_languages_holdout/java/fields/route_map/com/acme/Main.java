package com.acme;

import java.util.HashMap;
import java.util.Map;

abstract class Handler { abstract void handle(); }

class Get extends Handler { void handle() {} }

class Post extends Handler { void handle() {} }

class Router {
    private final Map<String, Handler> routes = new HashMap<>();

    Router() {
        routes.put("GET", new Get());
        routes.put("POST", new Post());
    }

    void dispatch(String method) {
        Handler h = routes.get(method);
        h.handle();
    }
}

public class Main {
    public static void main(String[] args) {
        new Router().dispatch("GET");
    }
}
