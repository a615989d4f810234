package main

type Store interface {
	Get(k string) string
	Put(k, v string)
}

type mem struct{ m map[string]string }

func (s *mem) Get(k string) string { return s.m[k] }

func (s *mem) Put(k, v string) { s.m[k] = v }

type logged struct {
	Store
	n int
}

func (l *logged) Put(k, v string) {
	l.n++
	l.Store.Put(k, v)
}

func main() {
	var s Store = &logged{Store: &mem{m: map[string]string{}}}
	s.Put("a", "b")
	s.Get("a")
}
