package com.acme;

public class Main {
    static int twice(int x) { return helper(x) * 2; }
    static int helper(int x) { return x; }
    int run() { return this.step() + step(); }
    int step() { return 1; }
    public static void main(String[] args) {
        twice(2);
        Main.helper(3);
    }
}
