// panic with a custom error type uses its Error method.
package main

import "fmt"

type ValidationError struct {
	Field string
	Code  int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("field %q invalid (code %d)", e.Field, e.Code)
}

func validate(age int) error {
	if age < 0 {
		return &ValidationError{"age", 7}
	}
	return nil
}

func main() {
	fmt.Println(validate(3))
	if err := validate(-1); err != nil {
		panic(err)
	}
}
