package main

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

type Greeter struct{ name string }

func (g Greeter) Hello() {}

func run(f func()) { f() }

func main() {
	inc := (&Counter{}).Inc
	inc()
	run(Greeter{name: "x"}.Hello)
}
