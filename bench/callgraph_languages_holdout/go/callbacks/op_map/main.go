package main

type op func(a, b int) int

func add(a, b int) int { return a + b }

func sub(a, b int) int { return a - b }

var ops = map[string]op{
	"+": add,
	"-": sub,
}

func eval(sym string, a, b int) int {
	if f, ok := ops[sym]; ok {
		return f(a, b)
	}
	return 0
}

func main() {
	eval("+", 1, 2)
}
