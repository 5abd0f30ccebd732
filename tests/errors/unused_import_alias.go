// goro follows current gc's wording `"os" imported and not used` (Go 1.19 prints
// `imported and not used: "os"`);
// the .err file is edited accordingly.
package main

import (
	"fmt"
	str "strings"
	_ "os"
)

func main() {
	fmt.Println("x")
}
