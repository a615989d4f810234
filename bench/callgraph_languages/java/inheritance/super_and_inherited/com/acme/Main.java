package com.acme;

class Base {
    void greet() {}
    void log() {}
}

class Child extends Base {
    void greet() { super.greet(); log(); }
}

public class Main {
    public static void main(String[] args) { new Child(); }
}
