// errors: New, Is, As, Unwrap through %w chains, custom Is and As methods, comparison of
// error values, and errors as values inside fmt.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type timeout struct{ op string }

func (t timeout) Error() string   { return t.op + " timed out" }
func (t timeout) Is(err error) bool { return err == io.ErrNoProgress }

func find(key string) error {
	if key == "" {
		return &QueryError{"<empty>", ErrNotFound}
	}
	return nil
}

func main() {
	e1 := errors.New("boom")
	e2 := errors.New("boom")
	fmt.Println(e1, e1 == e2, errors.Is(e1, e2), errors.Is(e1, e1), errors.Unwrap(e1) == nil)

	err := find("")
	wrapped := fmt.Errorf("lookup failed: %w", err)
	twice := fmt.Errorf("handler: %w", wrapped)
	fmt.Println(twice)
	fmt.Println(errors.Is(twice, ErrNotFound), errors.Is(twice, io.EOF), errors.Unwrap(twice) == wrapped, errors.Unwrap(errors.Unwrap(twice)) == err)
	var qe *QueryError
	if errors.As(twice, &qe) {
		fmt.Println("as:", qe.Query, qe.Err)
	}
	var te timeout
	fmt.Println(errors.As(twice, &te), errors.Is(timeout{"read"}, io.ErrNoProgress), errors.Is(fmt.Errorf("x: %w", timeout{"dial"}), io.ErrNoProgress))
	if errors.As(fmt.Errorf("ctx: %w", timeout{"write"}), &te) {
		fmt.Println("as value:", te.op, te)
	}
	notWrapped := fmt.Errorf("flat: %v", ErrNotFound)
	fmt.Println(notWrapped, errors.Is(notWrapped, ErrNotFound), errors.Unwrap(notWrapped))

	_, perr := strconv.Atoi("12a")
	var ne *strconv.NumError
	fmt.Println(errors.As(perr, &ne), ne.Func, ne.Num, ne.Err, errors.Is(perr, strconv.ErrSyntax))
	_, perr = strconv.ParseInt("999999999999999999999", 10, 64)
	fmt.Println(perr, errors.Is(perr, strconv.ErrRange))

	_, ferr := os.ReadFile("/nonexistent/file")
	fmt.Println(ferr, errors.Is(ferr, os.ErrNotExist), errors.Is(fmt.Errorf("load: %w", ferr), os.ErrNotExist))
	var pe *os.PathError
	fmt.Println(errors.As(fmt.Errorf("load: %w", ferr), &pe), pe.Op, pe.Path)

	var nilErr error
	fmt.Println(errors.Is(nilErr, nil), errors.Is(e1, nil), errors.Unwrap(nil), fmt.Errorf("nothing: %w", nilErr))
	fmt.Printf("%v|%s|%q|%+v|%x\n", e1, twice, e1, err, e1)
	errs := []error{e1, nil, wrapped, timeout{"t"}}
	fmt.Println(errs)
	fmt.Printf("%v %d\n", map[string]error{"a": e1, "b": nil}, []error{timeout{"x"}})
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		err, ok := r.(error)
		fmt.Println(ok, err)
	}()
	panic(fmt.Errorf("fatal: %w", ErrNotFound))
}
