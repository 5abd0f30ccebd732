// goro's own message: unsafe is outside goro's subset (gc has no such error).
package main

import (
	"fmt"
	"unsafe"
)

func main() {
	fmt.Println(unsafe.Sizeof(0))
}
