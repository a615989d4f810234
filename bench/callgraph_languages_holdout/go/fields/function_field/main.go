package main

type Job struct {
	name   string
	onDone func(string)
}

func (j *Job) Run() {
	if j.onDone != nil {
		j.onDone(j.name)
	}
}

func notify(name string) {}

func archive(name string) {}

func main() {
	a := &Job{name: "a", onDone: notify}
	a.Run()
	b := &Job{name: "b"}
	b.onDone = archive
	b.Run()
}
