package main

type Mux struct{}

func (m *Mux) ServeHTTP(path string) {}

type Server struct {
	Handler func(string)
	OnClose func()
}

func (s *Server) Run() {
	s.Handler("/")
	s.OnClose()
}

func cleanup() {}

func main() {
	m := &Mux{}
	srv := &Server{Handler: m.ServeHTTP}
	srv.OnClose = cleanup
	srv.Run()
}
