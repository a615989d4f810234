package main

func get(path string) {}

func put(path string) {}

var routes = map[string]func(string){
	"GET": get,
	"PUT": put,
}

func serve(method, path string) {
	if h, ok := routes[method]; ok {
		h(path)
	}
}

func main() { serve("GET", "/") }
