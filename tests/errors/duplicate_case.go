package main

import "fmt"

func main() {
	n := 2
	switch n {
	case 1, 2:
	case 2:
	case 1:
	}
	s := "a"
	switch s {
	case "a":
	case "a":
	}
	var x interface{} = 1
	switch x.(type) {
	case int:
	case string, int:
	}
	fmt.Println(n, s)
}
