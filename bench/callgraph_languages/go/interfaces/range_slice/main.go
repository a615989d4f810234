package main

type Closer interface{ Close() error }

type File struct{}

func (f *File) Close() error { return nil }

type Conn struct{}

func (c *Conn) Close() error { return nil }

func closeAll(cs []Closer) {
	for _, c := range cs {
		c.Close()
	}
}

func main() {
	closeAll([]Closer{&File{}, &Conn{}})
}
