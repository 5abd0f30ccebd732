// errors.Join (Go 1.20). Go 1.19 lacks it, so the expected output is derived from Go
// 1.20's documentation: the message is the messages joined by newlines, nil errors
// dropped, Join of only nils is nil, and Is and As search every branch, depth first.
// (fmt.Errorf keeps Go 1.19's single %w: stdlib_fmt_torture checks a second one.)
package main

import (
	"errors"
	"fmt"
	"io"
)

type codeErr struct{ code int }

func (c codeErr) Error() string { return fmt.Sprint("code ", c.code) }

func main() {
	a := errors.New("first")
	b := errors.New("second")
	j := errors.Join(a, nil, b)
	fmt.Println(j)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, a), errors.Is(j, b), errors.Is(j, io.EOF), errors.Unwrap(j) == nil)
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	nested := fmt.Errorf("outer: %w", errors.Join(a, codeErr{7}))
	var ce codeErr
	fmt.Println(errors.As(nested, &ce), ce.code, errors.Is(nested, a))
}
