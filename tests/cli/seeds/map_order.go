// Map iteration order is randomised per range loop.
package main

import "fmt"

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
	for k, v := range m {
		fmt.Println(k, v)
	}
}
