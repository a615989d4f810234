package com.acme;

public class Main {
    public static void main(String[] args) {
        AuthMiddleware head = new AuthMiddleware();
        head.linkWith(new RoleMiddleware()).linkWith(new AuthMiddleware());
        System.out.println(head.check("token admin"));
    }
}
