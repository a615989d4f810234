package main

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

type Circ struct{ r float64 }

func (c Circ) Area() float64 { return 3 * c.r * c.r }

func sum(shapes []Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	shapes := []Shape{Sq{1}, Circ{2}}
	sum(shapes)
	areas := []func() float64{Sq{3}.Area}
	for _, f := range areas {
		f()
	}
}
