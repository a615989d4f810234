package store

type Saver interface{ Save() }

func Flush(s Saver) { s.Save() }
