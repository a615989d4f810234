package main

type Writer struct{}

func (w *Writer) Flush() {}

func cleanup() {}

func process(v int) {}

func worker(ch chan int) { process(<-ch) }

func main() {
	ch := make(chan int)
	go worker(ch)
	defer cleanup()
	w := &Writer{}
	flush := w.Flush
	defer flush()
}
