package main

func work() {}

func apply(f func()) { f() }

func main() { apply(work) }
