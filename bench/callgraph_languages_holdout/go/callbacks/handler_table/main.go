package main

type Server struct{}

func (s *Server) handle(path string, h func(string)) { h(path) }

func index(p string) {}

func about(p string) {}

func main() {
	s := &Server{}
	s.handle("/", index)
	s.handle("/about", about)
}
