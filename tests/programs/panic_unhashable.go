// Using an interface holding a map as a map key panics at run time.
package main

import "fmt"

func main() {
	m := map[interface{}]int{}
	m["ok"] = 1
	fmt.Println(len(m))
	var k interface{} = map[string]int{}
	m[k] = 2
}
