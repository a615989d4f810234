package web

type Handler interface {
	ServeHTTP(w *Response, path string)
}

type HandlerFunc func(w *Response, path string)

func (f HandlerFunc) ServeHTTP(w *Response, path string) { f(w, path) }

type Response struct{ body string }

func (r *Response) Write(s string) { r.body += s }

type Mux struct{ routes map[string]Handler }

func NewMux() *Mux { return &Mux{routes: map[string]Handler{}} }

func (m *Mux) Handle(p string, h Handler) { m.routes[p] = h }

func (m *Mux) HandleFunc(p string, f func(*Response, string)) { m.Handle(p, HandlerFunc(f)) }

func (m *Mux) ServeHTTP(w *Response, path string) {
	if h, ok := m.routes[path]; ok {
		h.ServeHTTP(w, path)
	}
}
