package main

import (
	"example.com/p/disk"
	"example.com/p/store"
)

func main() { store.Flush(&disk.File{}) }
