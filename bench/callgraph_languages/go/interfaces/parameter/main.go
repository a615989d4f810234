package main

type Shape interface{ Area() int }

type Square struct{ s int }

func (q Square) Area() int { return q.s * q.s }

type Circle struct{ r int }

func (c *Circle) Area() int { return 3 * c.r * c.r }

type Line struct{}

func (Line) Length() int { return 1 }

func total(s Shape) int { return s.Area() }

func main() {
	total(Square{2})
	total(&Circle{1})
}
