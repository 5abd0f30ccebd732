// panic with a value of a named integer type: Go prints the type name and the value.
package main

import "fmt"

type ExitCode int

func main() {
	fmt.Println("failing with a code")
	panic(ExitCode(3))
}
