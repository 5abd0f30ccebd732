// panic with a value of a named string type: Go prints it quoted with its type name.
package main

type Reason string

func main() {
	var r Reason = "quota exceeded"
	panic(r)
}
