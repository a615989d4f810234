package main

import "example.com/p/pricing"

// Patch has an Apply too, of another signature: it is no pricing.Rule.
type Patch struct{ lines []string }

func (p *Patch) Apply(diff string) error {
	p.lines = append(p.lines, diff)
	return nil
}

func price(name string, c int) int {
	if r, ok := pricing.Rules[name]; ok {
		return r.Apply(c)
	}
	return c
}

func main() {
	price("sale", 1000)
	p := &Patch{}
	p.Apply("+x")
}
