// goro's own message: dot import is outside goro's subset (gc has no such error).
package main

import . "fmt"

func main() {
	Println("hi")
}
