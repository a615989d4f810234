package com.acme;

class A { void go() {} }

class B { void go() {} }

public class Main {
    void run(boolean f) {
        if (f) {
            var x = new A();
            x.go();
        } else {
            var x = new B();
            x.go();
        }
    }
}
