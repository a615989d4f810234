package main

type Counter struct{ n int }

func (c *Counter) Inc() { c.add(1) }

func (c *Counter) add(k int) { c.n += k }

func main() {
	c := Counter{}
	c.Inc()
	var p *Counter
	p.Inc()
}
