package com.acme;

interface Shape { int area(); }

class Square implements Shape { public int area() { return 4; } }

class Circle implements Shape { public int area() { return 3; } }

class Unused implements Shape { public int area() { return 0; } }

public class Main {
    static int total(Shape s) { return s.area(); }
    public static void main(String[] args) {
        total(new Square());
        total(new Circle());
    }
}
