package com.acme;

abstract class Task {
    void run() { step(); }
    abstract void step();
}

class Fetch extends Task { void step() {} }

class Store extends Task { void step() {} }

public class Main {
    public static void main(String[] args) {
        new Fetch();
        new Store();
    }
}
