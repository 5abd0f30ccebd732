// Errors: errors.New, fmt.Errorf with %w, errors.Is and errors.As through wrapping, Unwrap.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func find(key string) error {
	if key == "" {
		return &QueryError{"empty", ErrNotFound}
	}
	if key != "ok" {
		return fmt.Errorf("find %q: %w", key, ErrNotFound)
	}
	return nil
}

func main() {
	fmt.Println(find("ok"))
	e1 := find("x")
	fmt.Println(e1)
	fmt.Println(errors.Is(e1, ErrNotFound), e1 == ErrNotFound)
	fmt.Println(errors.Unwrap(e1) == ErrNotFound)

	e2 := find("")
	var qe *QueryError
	if errors.As(e2, &qe) {
		fmt.Println("query error:", qe.Query, qe.Err)
	}
	fmt.Println(errors.Is(e2, ErrNotFound))

	wrapped := fmt.Errorf("layer 2: %w", fmt.Errorf("layer 1: %w", e2))
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, ErrNotFound), errors.As(wrapped, &qe), qe.Query)
	plain := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(errors.Is(plain, ErrNotFound), errors.Unwrap(plain) == nil)
	fmt.Println(errors.New("a") == errors.New("a"))
}
