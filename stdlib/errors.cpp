// Package errors: New, Is, As, Unwrap, Join. Written in Go except for the two steps that
// need run-time type information: whether a value is comparable, and As's assignment
// of an error to a target of arbitrary type.
#include "stdlib/support.h"
#include "vm/panic.h"
#include "vm/type.h"

namespace goro::stdlib {

namespace {

constexpr std::string_view kSource = R"go(
package errors

// New returns an error that formats as the given text. Each call returns a distinct
// error value even if the text is identical.
func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }

// Unwrap returns the result of calling the Unwrap method on err, if err's type contains
// an Unwrap method returning error. Otherwise, Unwrap returns nil.
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's tree matches target.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	return is(err, target, isComparable(target))
}

func is(err, target error, targetComparable bool) bool {
	for {
		if targetComparable && isComparable(err) && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if is(err, target, targetComparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// As finds the first error in err's tree that matches target, and if one is found, sets
// target to that error value and returns true. Otherwise, it returns false.
func As(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	checkAsTarget(target)
	return as(err, target)
}

func as(err error, target any) bool {
	for {
		if err == nil {
			return false
		}
		if assignTo(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if as(err, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// Join returns an error that wraps the given errors, discarding nils; nil if all are.
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{errs: make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	var b []byte
	for i, err := range e.errs {
		if i > 0 {
			b = append(b, '\n')
		}
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *joinError) Unwrap() []error { return e.errs }

func isComparable(v any) bool
func checkAsTarget(target any)
func assignTo(err error, target any) bool
)go";

// isComparable(v any) bool: whether v's dynamic type supports ==.
void nativeIsComparable(NativeCtx&, Slot* io) {
  auto* v = static_cast<const Iface*>(io[0].p);
  io[0].u = v == nullptr || v->type->comparable();
}

// checkAsTarget(target any): As's validation of its target (non-nil here).
void nativeCheckAsTarget(NativeCtx&, Slot* io) {
  auto* target = static_cast<const Iface*>(io[0].p);
  if (target->type->ukind() != Kind::Pointer || target->word.p == nullptr)
    panicString("errors: target must be a non-nil pointer");
  const Type* elem = target->type->under()->elem;
  if (!elem->isInterface() && !implements(elem, TypeTable::get().errorType()))
    panicString("errors: *target must be interface or implement error");
}

// assignTo(err error, target any) bool: if err's dynamic value is assignable to
// *target's type, stores it there.
void nativeAssignTo(NativeCtx&, Slot* io) {
  auto* err = static_cast<Iface*>(io[0].p);
  auto* target = static_cast<const Iface*>(io[1].p);
  const Type* elem = target->type->under()->elem;
  bool assignable = elem->isInterface() ? implements(err->type, elem) : err->type == elem;
  if (assignable) {
    // An interface holds the same {type, word} whatever its static interface type.
    storeValue(elem, target->word.p, elem->isInterface() ? Slot{.p = err} : err->word);
  }
  io[0].u = assignable;
}

}  // namespace

void registerErrors() {
  registerPackage(PackageDef{"errors",
                             kSource,
                             {
                                 {"isComparable", nativeIsComparable},
                                 {"checkAsTarget", nativeCheckAsTarget},
                                 {"assignTo", nativeAssignTo},
                             }});
}

}  // namespace goro::stdlib
