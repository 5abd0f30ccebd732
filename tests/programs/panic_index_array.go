// Index out of range on an array and on a string with a variable index.
package main

import "fmt"

func main() {
	var a [4]int
	str := "hey"
	i := -1 + len(str)
	fmt.Println(str[i], a[i])
	i = 4
	fmt.Println(a[i])
}
