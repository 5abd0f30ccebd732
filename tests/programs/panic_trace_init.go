// A panic in the second init function: gc names init functions main.init.0,
// main.init.1, ... and their closures main.init.1.func1.
package main

import "fmt"

func init() { fmt.Println("first init") }

func init() {
	func() {
		panic(fmt.Sprint("second init ", 2))
	}()
}

func main() { fmt.Println("not reached") }
