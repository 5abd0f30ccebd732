// Package os: the standard files, Args, Exit, environment variables and whole-file I/O.
//
// An *os.File is a Go struct whose first field is the file descriptor; fmt's Fprint*
// relies on that layout to write to files without calling back into Go.
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <unistd.h>

#include "runtime/sched.h"
#include "stdlib/stdlib.h"
#include "stdlib/support.h"
#include "vm/type.h"

namespace goro::stdlib {

namespace {

constexpr std::string_view kSource = R"go(
package os

import (
	"errors"
	"io"
)

// File is an open file descriptor.
type File struct {
	fd   int // first field: read by fmt's natives
	name string
}

var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// Args hold the command-line arguments, starting with the program name.
var Args []string = programArgs()

var (
	ErrNotExist   = errors.New("file does not exist")
	ErrExist      = errors.New("file already exists")
	ErrPermission = errors.New("permission denied")
)

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// errnoError is a system call error number with its message.
type errnoError struct {
	errno int
	msg   string
}

func (e *errnoError) Error() string { return e.msg }

func (e *errnoError) Is(target error) bool {
	switch target {
	case ErrNotExist:
		return e.errno == 2 // ENOENT
	case ErrExist:
		return e.errno == 17 // EEXIST
	case ErrPermission:
		return e.errno == 1 || e.errno == 13 // EPERM, EACCES
	}
	return false
}

func pathError(op, path string, errno int) error {
	return &PathError{op, path, &errnoError{errno, errnoMessage(errno)}}
}

func NewFile(fd uintptr, name string) *File { return &File{fd: int(fd), name: name} }

func (f *File) Name() string { return f.name }

func (f *File) Fd() uintptr { return uintptr(f.fd) }

func (f *File) Write(b []byte) (n int, err error) {
	n, errno := write(f.fd, b)
	if errno != 0 {
		return n, pathError("write", f.name, errno)
	}
	return n, nil
}

func (f *File) WriteString(s string) (n int, err error) { return f.Write([]byte(s)) }

// Read reads up to len(b) bytes; at end of file it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if len(b) == 0 {
		return 0, nil
	}
	n, errno := read(f.fd, b)
	if errno != 0 {
		return 0, pathError("read", f.name, errno)
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

func ReadFile(name string) ([]byte, error) {
	data, errno, opened := readFile(name)
	if errno != 0 {
		op := "open"
		if opened {
			op = "read"
		}
		return nil, pathError(op, name, errno)
	}
	return data, nil
}

func WriteFile(name string, data []byte, perm uint32) error {
	if errno := writeFile(name, data, perm); errno != 0 {
		return pathError("open", name, errno)
	}
	return nil
}

// Remove removes the named file or (empty) directory.
func Remove(name string) error {
	if errno := remove(name); errno != 0 {
		return pathError("remove", name, errno)
	}
	return nil
}

// TempDir returns $TMPDIR, or /tmp when it is empty (Unix).
func TempDir() string {
	if dir := Getenv("TMPDIR"); dir != "" {
		return dir
	}
	return "/tmp"
}

func Getpid() int

func LookupEnv(key string) (string, bool)

func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

func Exit(code int)

func programArgs() []string
func errnoMessage(errno int) string
func write(fd int, b []byte) (n int, errno int)
func read(fd int, b []byte) (n int, errno int)
func readFile(name string) (data []byte, errno int, opened bool)
func writeFile(name string, data []byte, perm uint32) (errno int)
func remove(name string) (errno int)
)go";

std::vector<std::string>& programArgsStore() {
  static std::vector<std::string> args{"goro"};
  return args;
}

void nativeProgramArgs(NativeCtx&, Slot* io) {
  const auto& args = programArgsStore();
  const Type* stringType = TypeTable::get().basic(Kind::String);
  auto n = static_cast<int64_t>(args.size());
  Slice* s = newSlice(stringType, n, n);
  for (int64_t i = 0; i < n; i++) reinterpret_cast<String**>(s->data)[i] = newString(args[i]);
  io[0].p = s;
}

void nativeExit(NativeCtx&, Slot* io) { rt::exitProcess(static_cast<int>(io[0].i)); }

void nativeErrnoMessage(NativeCtx&, Slot* io) {
  char buf[256];
  // GNU strerror_r returns the message (possibly not in buf).
  const char* msg = strerror_r(static_cast<int>(io[0].i), buf, sizeof buf);
  std::string text = msg;
  if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  io[0] = stringSlot(text);
}

void nativeWrite(NativeCtx&, Slot* io) {
  int fd = static_cast<int>(io[0].i);
  std::string_view bytes = sliceBytes(io[1]);
  int err;
  io[0].i = writeAll(fd, bytes, &err);
  io[1].i = err;
}

// read(fd int, b []byte) (n int, errno int). It blocks the worker thread while the
// descriptor has no data (there is no poller yet); standard input is the common case.
void nativeRead(NativeCtx&, Slot* io) {
  int fd = static_cast<int>(io[0].i);
  auto* b = static_cast<const Slice*>(io[1].p);
  ssize_t n;
  do n = ::read(fd, b->data, static_cast<size_t>(b->len));
  while (n < 0 && errno == EINTR);
  int err = n < 0 ? errno : 0;
  io[0].i = n < 0 ? 0 : n;
  io[1].i = err;
}

void nativeReadFile(NativeCtx&, Slot* io) {
  std::string path(argString(io[0]));
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    int err = errno;
    io[0].p = nullptr;
    io[1].i = err;
    io[2].i = false;
    return;
  }
  std::string data;
  char buf[65536];
  int err = 0;
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      err = errno;
      if (err == EINTR) continue;
      break;
    }
    if (n == 0) break;
    data.append(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  io[0] = err ? Slot{.p = nullptr} : byteSliceSlot(data);
  io[1].i = err;
  io[2].i = true;
}

void nativeWriteFile(NativeCtx&, Slot* io) {
  std::string path(argString(io[0]));
  std::string_view data = sliceBytes(io[1]);
  auto perm = static_cast<mode_t>(io[2].u);
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, perm);
  if (fd < 0) {
    io[0].i = errno;
    return;
  }
  int err;
  writeAll(fd, data, &err);
  ::close(fd);
  io[0].i = err;
}

// Go's Remove: unlink, and rmdir when that fails; the error reported is unlink's unless
// the path is a directory (EISDIR from unlink means "try rmdir").
void nativeRemove(NativeCtx&, Slot* io) {
  std::string path(argString(io[0]));
  if (::unlink(path.c_str()) == 0) {
    io[0].i = 0;
    return;
  }
  int unlinkErr = errno;
  if (::rmdir(path.c_str()) == 0) {
    io[0].i = 0;
    return;
  }
  int rmdirErr = errno;
  io[0].i = rmdirErr != ENOTDIR && (unlinkErr == EISDIR || unlinkErr == EPERM) ? rmdirErr : unlinkErr;
}

void nativeGetpid(NativeCtx&, Slot* io) { io[0].i = ::getpid(); }

void nativeLookupEnv(NativeCtx&, Slot* io) {
  std::string key(argString(io[0]));
  const char* v = std::getenv(key.c_str());
  io[0] = stringSlot(v ? v : "");
  io[1].u = v != nullptr;
}

}  // namespace

void setProgramArgs(std::vector<std::string> args) { programArgsStore() = std::move(args); }

void registerOs() {
  registerPackage(PackageDef{"os",
                             kSource,
                             {
                                 {"programArgs", nativeProgramArgs},
                                 {"Exit", nativeExit},
                                 {"errnoMessage", nativeErrnoMessage},
                                 {"write", nativeWrite},
                                 {"read", nativeRead},
                                 {"readFile", nativeReadFile},
                                 {"writeFile", nativeWriteFile},
                                 {"remove", nativeRemove},
                                 {"Getpid", nativeGetpid},
                                 {"LookupEnv", nativeLookupEnv},
                             }});
}

}  // namespace goro::stdlib
