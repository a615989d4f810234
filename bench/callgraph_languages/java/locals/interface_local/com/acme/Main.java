package com.acme;

interface Shape { int area(); }

class Square implements Shape { public int area() { return 4; } }

class Circle implements Shape { public int area() { return 3; } }

public class Main {
    static Shape pick() { return new Square(); }
    public static void main(String[] args) {
        Shape s = pick();
        s.area();
        new Circle();
    }
}
