package main

import "example.com/p/shapes"

func main() {
	shapes.New(2)
	b := &shapes.Box{}
	b.Area()
}
