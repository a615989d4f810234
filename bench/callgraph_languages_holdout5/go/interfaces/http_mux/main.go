package main

import "example.com/p/web"

type health struct{}

func (health) ServeHTTP(w *web.Response, path string) { w.Write("ok") }

func users(w *web.Response, path string) {}

func main() {
	m := web.NewMux()
	m.Handle("/health", health{})
	m.HandleFunc("/users", users)
	m.ServeHTTP(&web.Response{}, "/users")
}
