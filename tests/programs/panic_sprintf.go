// panic with a formatted message.
package main

import "fmt"

func main() {
	name, n := "widget", 3
	panic(fmt.Sprintf("bad %s count: %d", name, n))
}
