// The bridge between Go code and natively implemented packages.
//
// A stdlib package is Go source plus natives. Its API is declared in Go (`goSource`):
// types, constants, and functions; a function or method declared without a body is
// native and bound by name to a NativeFn from `natives` ("Sleep", "(*WaitGroup).Add").
// The frontend parses and checks that source exactly like user code, so adding a
// function is one Go declaration and one C++ function. Parts that are easier in Go
// (errors.New, Duration.String) are simply written in Go in `goSource`.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "runtime/sched.h"
#include "vm/value.h"

namespace goro {

struct NativeCtx;  // the calling goroutine's VM state (vm/interp.h)

// A native function. Arguments are in io[0..nparams) in register form (a receiver first,
// a variadic tail as one slice); results are written to io[0..nresults). Results alias the
// arguments: read every argument before writing a result. Natives signal Go panics by
// calling the functions in vm/panic.h (which do not return).
using NativeFn = void (*)(NativeCtx& cx, Slot* io);

struct NativeBinding {
  std::string_view name;  // "Println", "(*WaitGroup).Wait", "Duration.String"
  NativeFn fn;
};

// A type parameter of generic natives (frontend/check_generic_native.cpp). The user
// language has no generics, so a package declares each one in its Go source as a
// placeholder type (`type ordered any`); a native whose signature mentions it is generic:
// every call binds it from the argument types, and the native receives the types bound to
// the parameters its signature mentions (as const Type*) after the ordinary arguments, in
// the order of `typeParams`.
enum class TypeConstraint : uint8_t { Any, Comparable, Ordered };
struct TypeParamDef {
  std::string_view name;     // the placeholder type's name in goSource
  std::string_view display;  // how messages spell it: "E"
  TypeConstraint constraint;
};

struct PackageDef {
  std::string_view path;      // import path: "fmt", "sync/atomic"
  std::string_view goSource;  // `package fmt` ... declarations
  std::vector<NativeBinding> natives;
  std::vector<TypeParamDef> typeParams = {};
};

// How a native called from bytecode that must wait (a sync primitive, time.Sleep,
// runtime.Gosched) suspends its goroutine; it passes the answer to rt::park/yield/sleep
// right when it commits to waiting. Suspend::OnReturn when nothing below the native on
// the native stack holds state (no native code re-entered the VM): the native then
// returns at once, with its results written, and the interpreter takes the goroutine off
// its carrier; it resumes after the call. Suspend::Now otherwise.
rt::Suspend blockingMode(NativeCtx& cx);

// The registry of packages goro provides. stdlib::registerAll() fills it at start-up.
void registerPackage(PackageDef def);
const PackageDef* findPackage(std::string_view path);
const std::vector<PackageDef>& allPackages();

}  // namespace goro
