// The stepping debugger of the REPL (`:debug input`): runs goroutine 1 through an input
// line by line.
//
// Design: the VM calls a hook before every instruction of a goroutine whose VM state has
// `debugging` set (vm/interp.h setDebugHook; other goroutines run at full speed). The hook
// tracks the (function, line, frame depth) goroutine 1 is at and stops when that changes
// the way the last command asked: step stops at any new line, next at a new line in the
// same frame or a caller, out once the frame has returned. Lines of the standard library
// are stepped over. At a stop it shows the line and reads commands through the REPL's
// prompter: the hook runs on goroutine 1, so waiting for a command parks it like any
// other wait and the session's other goroutines run on. Locals are read from the
// registers the compiler recorded for them (FuncProto::locals).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace goro {

struct FuncProto;
struct NativeCtx;

class Debugger {
 public:
  // Reads one line of commands (nullopt at end of input).
  using ReadLine = std::function<std::optional<std::string>(const char* prompt)>;
  explicit Debugger(ReadLine read) : read_(std::move(read)) {}

  // Runs `fn` as runRecovering does (vm/interp.h), stopping before its first line.
  bool run(NativeCtx& cx, const FuncProto* fn);

 private:
  enum class Mode : uint8_t { Step, Next, Out, Continue };
  static void hook(NativeCtx& cx, const FuncProto* fn, uint32_t pc);
  void atInstruction(NativeCtx& cx, const FuncProto* fn, uint32_t pc);
  void stop(NativeCtx& cx, const FuncProto* fn, uint32_t pc, uint32_t line);
  std::string locals(NativeCtx& cx, const FuncProto* fn, uint32_t pc);

  ReadLine read_;
  Mode mode_ = Mode::Step;
  bool inHook_ = false;        // printing a value may run Go code (String methods)
  const FuncProto* at_ = nullptr;  // where goroutine 1 is: function, line, frame depth
  uint32_t atLine_ = 0;
  uint32_t atDepth_ = 0;
  const FuncProto* stopFn_ = nullptr;  // where the last stop was
  uint32_t stopLine_ = 0;
  uint32_t stopDepth_ = 0;
  std::string lastCommand_ = "s";
};

}  // namespace goro
