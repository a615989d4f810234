package disk

type File struct{}

func (f *File) Save() {}
