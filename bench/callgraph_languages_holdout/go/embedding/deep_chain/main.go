package main

type Closer interface{ Close() }

type Flusher interface{ Flush() }

type WriteCloser interface {
	Closer
	Flusher
	Write()
}

type base struct{}

func (*base) Close() {}

type middle struct{ *base }

func (middle) Flush() {}

type File struct{ middle }

func (File) Write() {}

func finish(w WriteCloser) {
	w.Write()
	w.Flush()
	w.Close()
}

func main() {
	f := File{}
	finish(f)
	f.Close()
}
