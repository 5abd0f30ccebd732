// A panic raised again after recover: Go prints both, marking the first [recovered].
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(fmt.Sprint("again after ", r))
	}()
	panic("first")
}
