package main

type A struct{}

func (A) Close() {}

type B struct{}

func (B) Close() {}

type Both struct {
	A
	B
}

func (Both) Open() {}

func main() {
	x := Both{}
	x.Open()
}
