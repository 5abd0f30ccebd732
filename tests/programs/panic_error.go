// panic with an error value prints its Error() text.
package main

import (
	"errors"
	"fmt"
)

func main() {
	err := fmt.Errorf("wrapped: %w", errors.New("disk full"))
	fmt.Println("about to panic")
	panic(err)
}
