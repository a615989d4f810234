package main

type Reader interface{ Read() }

type ReadCloser interface {
	Reader
	Close()
}

type File struct{}

func (File) Read()  {}
func (File) Close() {}

type Half struct{}

func (Half) Read() {}

func read(r Reader) { r.Read() }

func main() {
	read(File{})
	read(Half{})
}
