package main

type Reader interface{ Read() }

type ReadCloser interface {
	Reader
	Close()
}

type File struct{}

func (File) Read()  {}
func (File) Close() {}

type Pipe struct{}

func (*Pipe) Read()  {}
func (*Pipe) Close() {}

type Half struct{}

func (Half) Read() {}

func use(rc ReadCloser) {
	rc.Read()
	rc.Close()
}

func main() {
	use(File{})
	use(&Pipe{})
}
