package com.acme;

abstract class Handler {
    final String handle(String path) {
        if (!authorize(path)) {
            return "403";
        }
        return serve(path);
    }

    protected boolean authorize(String path) { return true; }

    protected abstract String serve(String path);
}

class HomeHandler extends Handler {
    protected String serve(String path) { return "home"; }
}

class AdminHandler extends Handler {
    @Override
    protected boolean authorize(String path) { return path.startsWith("/admin"); }

    protected String serve(String path) { return "admin"; }
}

// Cache has a put of its own; routes.put below is the JDK's Map.put
class Cache {
    void put(String key, Handler h) {}
}
