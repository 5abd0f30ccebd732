// Package fmt: the Print/Sprint/Fprint/Errorf families over the printer of stdlib/format.h.
//
// Output to the process's stdout goes straight to file descriptor 1 with write(2), one
// call per Print, so the output of goroutines and of stdout/stderr interleaves in
// program order with nothing buffered. Fprint* writes to an *os.File the same way and
// calls Write on any other io.Writer.
#include "stdlib/format.h"
#include "stdlib/support.h"
#include "vm/interp.h"
#include "vm/panic.h"
#include "vm/type.h"

namespace goro::stdlib {

namespace {

constexpr std::string_view kSource = R"go(
package fmt

import (
	"errors"
	"io"
	"os"
)

// Stringer is implemented by any value that has a String method, which defines the
// "native" format for that value.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method, which defines the
// Go syntax for that value (the %#v format).
type GoStringer interface {
	GoString() string
}

func Print(a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)

func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string

func Fprint(w io.Writer, a ...any) (n int, err error)
func Fprintln(w io.Writer, a ...any) (n int, err error)
func Fprintf(w io.Writer, format string, a ...any) (n int, err error)

func Append(b []byte, a ...any) []byte {
	return append(b, Sprint(a...)...)
}

func Appendln(b []byte, a ...any) []byte {
	return append(b, Sprintln(a...)...)
}

func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, Sprintf(format, a...)...)
}

// Errorf formats according to a format specifier and returns the string as an error.
// An operand of a %w verb is wrapped: the error's Unwrap method returns it.
func Errorf(format string, a ...any) error {
	msg, wrapped := errorf(format, a)
	if wrapped == nil {
		return errors.New(msg)
	}
	return &wrapError{msg, wrapped}
}

func errorf(format string, a []any) (string, error)

// ---- scanning ----

// scan runs the scanning engine over r, or over text when fromText; status says how it
// ended: 0 no error, 1 io.EOF, 2 io.ErrUnexpectedEOF, 3 an error with message msg,
// 4 the reader's own error err.
func scan(r io.Reader, text string, fromText bool, format string, formatted, nlIsSpace, nlIsEnd bool,
	eof error, a []any) (n int, status int, msg string, err error)

func scanResult(n, status int, msg string, err error) (int, error) {
	switch status {
	case 1:
		return n, io.EOF
	case 2:
		return n, io.ErrUnexpectedEOF
	case 3:
		return n, errors.New(msg)
	case 4:
		return n, err
	}
	return n, nil
}

// Scan scans text read from standard input, storing successive space-separated values
// into successive arguments. Newlines count as space.
func Scan(a ...any) (n int, err error) { return Fscan(os.Stdin, a...) }

// Scanln is like Scan, but stops scanning at a newline, and after the final item there
// must be a newline or EOF.
func Scanln(a ...any) (n int, err error) { return Fscanln(os.Stdin, a...) }

// Scanf scans text read from standard input as the format directs.
func Scanf(format string, a ...any) (n int, err error) { return Fscanf(os.Stdin, format, a...) }

func Sscan(str string, a ...any) (n int, err error) {
	n, status, msg, err := scan(nil, str, true, "", false, true, false, io.EOF, a)
	return scanResult(n, status, msg, err)
}

func Sscanln(str string, a ...any) (n int, err error) {
	n, status, msg, err := scan(nil, str, true, "", false, false, true, io.EOF, a)
	return scanResult(n, status, msg, err)
}

func Sscanf(str string, format string, a ...any) (n int, err error) {
	n, status, msg, err := scan(nil, str, true, format, true, false, false, io.EOF, a)
	return scanResult(n, status, msg, err)
}

func Fscan(r io.Reader, a ...any) (n int, err error) {
	n, status, msg, err := scan(r, "", false, "", false, true, false, io.EOF, a)
	return scanResult(n, status, msg, err)
}

func Fscanln(r io.Reader, a ...any) (n int, err error) {
	n, status, msg, err := scan(r, "", false, "", false, false, true, io.EOF, a)
	return scanResult(n, status, msg, err)
}

func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	n, status, msg, err := scan(r, "", false, format, true, false, false, io.EOF, a)
	return scanResult(n, status, msg, err)
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }
)go";

bool isOsFilePointer(const Type* t) {
  if (t->kind != Kind::Pointer) return false;
  const Type* e = t->elem;
  return e->kind == Kind::Named && e->name == "File" && e->pkg == "os";
}

// Writes text to w (an io.Writer interface value); results (n int, err error) to io.
// An *os.File is written directly; a failed write hands the rest to (*os.File).Write,
// which builds the error value.
void writeToWriter(NativeCtx& cx, const Iface* w, const std::string& text, Slot* io) {
  if (!w) panicRuntimeError("invalid memory address or nil pointer dereference");
  std::string_view rest = text;
  int64_t written = 0;
  if (isOsFilePointer(w->type) && w->word.p) {
    // os.File's first field is its file descriptor (see stdlib/os.cpp).
    int fd = static_cast<int>(*static_cast<const int64_t*>(w->word.p));
    int err;
    written = writeAll(fd, text, &err);
    if (err == 0) {
      io[0].i = written;
      io[1].p = nullptr;
      return;
    }
    rest.remove_prefix(static_cast<size_t>(written));
  }
  Slot call[2];
  call[0] = byteSliceSlot(rest);
  callMethod(cx, w->type, w->word, "Write", call);
  io[0].i = written + call[0].i;
  io[1] = call[1];
}

void writeStdout(const std::string& text, Slot* io) {
  int err;
  io[0].i = writeAll(1, text, &err);
  io[1].p = nullptr;  // Go's Print* ignore write errors on stdout as well
}

const Slice* slice(const Slot& s) { return static_cast<const Slice*>(s.p); }

void nativePrint(NativeCtx& cx, Slot* io) { writeStdout(sprint(&cx, slice(io[0])), io); }
void nativePrintln(NativeCtx& cx, Slot* io) { writeStdout(sprintln(&cx, slice(io[0])), io); }
void nativePrintf(NativeCtx& cx, Slot* io) { writeStdout(sprintf(&cx, argString(io[0]), slice(io[1])), io); }

void nativeSprint(NativeCtx& cx, Slot* io) { io[0] = stringSlot(sprint(&cx, slice(io[0]))); }
void nativeSprintln(NativeCtx& cx, Slot* io) { io[0] = stringSlot(sprintln(&cx, slice(io[0]))); }
void nativeSprintf(NativeCtx& cx, Slot* io) { io[0] = stringSlot(sprintf(&cx, argString(io[0]), slice(io[1]))); }

void nativeFprint(NativeCtx& cx, Slot* io) {
  auto* w = static_cast<const Iface*>(io[0].p);
  writeToWriter(cx, w, sprint(&cx, slice(io[1])), io);
}
void nativeFprintln(NativeCtx& cx, Slot* io) {
  auto* w = static_cast<const Iface*>(io[0].p);
  writeToWriter(cx, w, sprintln(&cx, slice(io[1])), io);
}
void nativeFprintf(NativeCtx& cx, Slot* io) {
  auto* w = static_cast<const Iface*>(io[0].p);
  writeToWriter(cx, w, sprintf(&cx, argString(io[1]), slice(io[2])), io);
}

void nativeErrorf(NativeCtx& cx, Slot* io) {
  Iface* wrapped = nullptr;
  std::string msg = errorf(&cx, argString(io[0]), slice(io[1]), &wrapped);
  io[0] = stringSlot(msg);
  io[1].p = wrapped;
}

}  // namespace

void registerFmt() {
  registerPackage(PackageDef{"fmt",
                             kSource,
                             {
                                 {"Print", nativePrint},
                                 {"Println", nativePrintln},
                                 {"Printf", nativePrintf},
                                 {"Sprint", nativeSprint},
                                 {"Sprintln", nativeSprintln},
                                 {"Sprintf", nativeSprintf},
                                 {"Fprint", nativeFprint},
                                 {"Fprintln", nativeFprintln},
                                 {"Fprintf", nativeFprintf},
                                 {"errorf", nativeErrorf},
                                 scanNative(),
                             }});
}

}  // namespace goro::stdlib
