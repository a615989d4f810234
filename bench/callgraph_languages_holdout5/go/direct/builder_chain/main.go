package main

import (
	"fmt"
	"strings"

	"example.com/p/query"
)

func main() {
	q := query.New("users").Where("id = 1").Limit(10).Build()
	var sb strings.Builder
	sb.WriteString(q)
	fmt.Println(sb.String())
}
