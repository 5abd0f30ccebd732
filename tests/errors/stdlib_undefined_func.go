package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.NoSuchFunc("x"))
	strings.Builder{}.Nope()
}
