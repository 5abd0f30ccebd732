// A panic value whose Error method panics too: Go's runtime calls the method before
// printing anything and reports "fatal error: panic while printing panic value: " and
// the new panic's string.
package main

type badError struct{}

func (badError) Error() string {
	panic("Error panicked")
}

func main() {
	defer func() {
		panic(badError{})
	}()
	panic("first panic")
}
