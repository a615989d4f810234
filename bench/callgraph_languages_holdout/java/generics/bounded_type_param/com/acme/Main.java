package com.acme;

import java.util.List;

abstract class Shape {
    abstract double area();
}

class Square extends Shape {
    double area() { return 4; }
}

class Circle extends Shape {
    double area() { return 3; }
}

public class Main {
    static <T extends Shape> double total(List<T> shapes) {
        double t = 0;
        for (T s : shapes) {
            t += s.area();
        }
        return t;
    }

    public static void main(String[] args) {
        total(List.of(new Square(), new Circle()));
    }
}
