package com.acme;

abstract class Middleware {
    private Middleware next;

    Middleware linkWith(Middleware n) {
        this.next = n;
        return n;
    }

    abstract boolean check(String request);

    protected boolean checkNext(String request) {
        if (next == null) {
            return true;
        }
        return next.check(request);
    }
}

class AuthMiddleware extends Middleware {
    boolean check(String request) {
        return request.contains("token") && checkNext(request);
    }
}

class RoleMiddleware extends Middleware {
    boolean check(String request) {
        return !request.contains("guest") && checkNext(request);
    }
}
