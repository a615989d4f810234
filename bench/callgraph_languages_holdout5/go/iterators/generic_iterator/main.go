package main

type Iterator[T any] interface {
	Next() (T, bool)
}

type sliceIter struct {
	items []int
	i     int
}

func (s *sliceIter) Next() (int, bool) {
	if s.i >= len(s.items) {
		return 0, false
	}
	s.i++
	return s.items[s.i-1], true
}

type rangeIter struct{ cur, end int }

func (r *rangeIter) Next() (int, bool) {
	if r.cur >= r.end {
		return 0, false
	}
	r.cur++
	return r.cur, true
}

func Sum(it Iterator[int]) int {
	t := 0
	for v, ok := it.Next(); ok; v, ok = it.Next() {
		t += v
	}
	return t
}

func Map(it Iterator[int], f func(int) int) []int {
	var out []int
	for v, ok := it.Next(); ok; v, ok = it.Next() {
		out = append(out, f(v))
	}
	return out
}

func double(x int) int { return x * 2 }

func main() {
	its := []Iterator[int]{&sliceIter{items: []int{1, 2}}, &rangeIter{end: 3}}
	for _, it := range its {
		Sum(it)
		Map(it, double)
	}
}
