package query

import "strconv"

type Builder struct{ parts []string }

func New(table string) *Builder { return &Builder{parts: []string{"SELECT * FROM " + table}} }

func (b *Builder) Where(c string) *Builder {
	b.parts = append(b.parts, "WHERE "+c)
	return b
}

func (b *Builder) Limit(n int) *Builder {
	b.parts = append(b.parts, "LIMIT "+itoa(n))
	return b
}

func (b *Builder) Build() string { return join(b.parts) }

func (b *Builder) String() string { return b.Build() }

func itoa(n int) string { return strconv.Itoa(n) }

func join(p []string) string {
	s := ""
	for _, x := range p {
		s += x + " "
	}
	return s
}
