package main

import (
	"example.com/p/repo"
	"example.com/p/service"
)

func main() {
	s := service.New(repo.NewMemRepo())
	s.Rename(1, "ann")
	t := service.New(&repo.SQLRepo{})
	t.Rename(2, "bob")
}
