// A failed type assertion without comma-ok panics with an interface conversion error.
package main

import "fmt"

func main() {
	var v interface{} = "text"
	s := v.(string)
	fmt.Println(s)
	n := v.(int)
	fmt.Println(n)
}
