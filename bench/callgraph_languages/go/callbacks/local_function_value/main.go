package main

func helper() {}

func other() {}

func main() {
	f := helper
	f()
	var g func() = other
	g()
}
