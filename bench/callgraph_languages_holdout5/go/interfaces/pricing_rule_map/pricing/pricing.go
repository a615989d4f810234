package pricing

type Rule interface{ Apply(cents int) int }

type Percent struct{ Off int }

func (p Percent) Apply(c int) int { return c - c*p.Off/100 }

type Flat struct{ Off int }

func (f Flat) Apply(c int) int { return clamp(c - f.Off) }

func clamp(c int) int {
	if c < 0 {
		return 0
	}
	return c
}

var Rules = map[string]Rule{"sale": Percent{Off: 10}, "coupon": Flat{Off: 500}}
