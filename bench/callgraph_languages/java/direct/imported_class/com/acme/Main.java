package com.acme;

import com.acme.util.Strings;

public class Main {
    public static void main(String[] args) { Strings.trim(" x "); }
}
