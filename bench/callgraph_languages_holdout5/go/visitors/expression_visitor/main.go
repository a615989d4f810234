package main

type Visitor interface {
	VisitNum(n *Num)
	VisitAdd(a *Add)
}

type Num struct{ V int }

type Add struct{ L, R *Num }

func (n *Num) Accept(v Visitor) { v.VisitNum(n) }

func (a *Add) Accept(v Visitor) { v.VisitAdd(a) }

type Printer struct{ out string }

func (p *Printer) VisitNum(n *Num) { p.out += "n" }

func (p *Printer) VisitAdd(a *Add) {
	a.L.Accept(p)
	a.R.Accept(p)
}

type Counter struct{ n int }

func (c *Counter) VisitNum(n *Num) { c.n++ }

func (c *Counter) VisitAdd(a *Add) {
	a.L.Accept(c)
	a.R.Accept(c)
}

func main() {
	tree := &Add{L: &Num{V: 1}, R: &Num{V: 2}}
	tree.Accept(&Printer{})
	tree.Accept(&Counter{})
}
