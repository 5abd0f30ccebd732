// goro's own message: cgo is outside goro's subset (gc has no such error).
package main

// #include <stdio.h>
import "C"

func main() {
	C.puts(C.CString("hi"))
}
