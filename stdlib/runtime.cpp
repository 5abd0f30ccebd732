// Package runtime: GOMAXPROCS, NumCPU, NumGoroutine, Gosched, over runtime/sched.h.
#include "runtime/sched.h"
#include "stdlib/support.h"

namespace goro::stdlib {

namespace {

constexpr std::string_view kSource = R"go(
package runtime

const GOOS = "linux"

const GOARCH = "amd64"

const Compiler = "goro"

// GOMAXPROCS sets the number of worker threads running goroutines and returns the
// previous setting; n < 1 only queries it.
func GOMAXPROCS(n int) int

func NumCPU() int

func NumGoroutine() int

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()
)go";

void nativeGomaxprocs(NativeCtx&, Slot* io) { io[0].i = rt::gomaxprocs(static_cast<int>(io[0].i)); }
void nativeNumCPU(NativeCtx&, Slot* io) { io[0].i = rt::numCPU(); }
void nativeNumGoroutine(NativeCtx&, Slot* io) { io[0].i = rt::numGoroutine(); }
void nativeGosched(NativeCtx&, Slot*) { rt::yield(); }

}  // namespace

void registerRuntime() {
  registerPackage(PackageDef{"runtime",
                             kSource,
                             {
                                 {"GOMAXPROCS", nativeGomaxprocs},
                                 {"NumCPU", nativeNumCPU},
                                 {"NumGoroutine", nativeNumGoroutine},
                                 {"Gosched", nativeGosched},
                             }});
}

}  // namespace goro::stdlib
