// panic with a wrapped error prints its full Error() text; the value is not a runtime.Error.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

func find(key string) error {
	return fmt.Errorf("find %q: %w", key, ErrNotFound)
}

func main() {
	err := find("k")
	fmt.Println(errors.Is(err, ErrNotFound))
	panic(err)
}
