package com.acme;

class Point {
    Point() { this(0, 0); }
    Point(int x, int y) { init(); }
    void init() {}
}

public class Main {
    public static void main(String[] args) {
        new Point();
        new Point(1, 2);
    }
}
