package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printline("hi")
	fmt.Println(strings.Reverse("abc"))
	var t undefinedType
	fmt.Println(t)
}
