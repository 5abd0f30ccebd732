// goro's own message: net/http is not among goro's packages (gc has no such error).
package main

import (
	"fmt"
	"net/http"
)

func main() {
	fmt.Println(http.StatusOK)
}
