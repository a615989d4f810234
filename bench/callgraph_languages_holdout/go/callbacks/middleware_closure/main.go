package main

type Handler func(path string)

func trace(path string) {}

func logging(next Handler) Handler {
	return func(path string) {
		trace(path)
		next(path)
	}
}

func serve(path string) {}

type Server struct{ hits int }

func (s *Server) count(path string) { s.hits++ }

func main() {
	h := logging(serve)
	h("/")
	s := &Server{}
	logging(s.count)("/stats")
}
