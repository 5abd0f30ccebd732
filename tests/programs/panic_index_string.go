// Indexing a string past its end, and a negative index computed at run time.
package main

import "fmt"

func at(s string, i int) byte { return s[i] }

func main() {
	fmt.Println(at("hello", 4))
	fmt.Println(at("hello", -1))
}
