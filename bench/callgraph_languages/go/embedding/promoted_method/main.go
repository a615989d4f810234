package main

type Base struct{}

func (b *Base) Log() {}

type Server struct {
	Base
	port int
}

func (s *Server) Start() { s.Log() }

func main() {
	s := &Server{}
	s.Start()
	s.Log()
}
