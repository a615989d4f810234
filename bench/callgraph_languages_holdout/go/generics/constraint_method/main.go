package main

type Named interface{ Name() string }

type User struct{ login string }

func (u User) Name() string { return u.login }

type Team struct{ title string }

func (t *Team) Name() string { return t.title }

func names[T Named](xs []T) []string {
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		out = append(out, x.Name())
	}
	return out
}

func main() {
	names([]User{{login: "a"}})
	names([]*Team{{title: "t"}})
}
