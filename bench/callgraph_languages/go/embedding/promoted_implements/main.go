package main

type Logger interface{ Log() }

type Base struct{}

func (Base) Log() {}

type Server struct{ *Base }

type Quiet struct{ Base }

func (Quiet) Log() {}

func logAll(l Logger) { l.Log() }

func main() {
	logAll(Server{&Base{}})
	logAll(Quiet{})
}
