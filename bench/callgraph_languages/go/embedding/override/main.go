package main

type Base struct{}

func (Base) Name() string { return "base" }

type Named struct{ Base }

func (Named) Name() string { return "named" }

func main() {
	n := Named{}
	n.Name()
}
