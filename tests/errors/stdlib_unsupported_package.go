// goro has no net/http: the import itself is the error, named as goro names it (gc
// compiles this program, so the expected message is goro's own, written by hand).
package main

import (
	"fmt"
	"net/http"
	"os/exec"
)

func main() {
	resp, err := http.Get("http://example.com")
	fmt.Println(resp, err, exec.Command("ls"))
}
