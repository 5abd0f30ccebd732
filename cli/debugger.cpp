// The REPL's stepping debugger (see debugger.h).
#include "cli/debugger.h"

#include <utility>

#include "frontend/diag.h"
#include "frontend/repl.h"
#include "stdlib/format.h"
#include "stdlib/support.h"
#include "vm/bytecode.h"
#include "vm/interp.h"
#include "vm/panic.h"
#include "vm/type.h"
#include "vm/value.h"
#include "vm/vmstate.h"

namespace goro {

namespace {

constexpr const char* kCommands =
    "  s, step      run to the next line, into calls\n"
    "  n, next      run to the next line of this function (or its caller)\n"
    "  o, out       run until this function returns\n"
    "  c, continue  run to the end without stopping\n"
    "  l, locals    show this function's variables in scope\n"
    "  bt, where    show the goroutine's frames\n"
    "  q, quit      stop the input here (its deferred calls run)\n"
    "  an empty line repeats the last command\n";

Debugger* active = nullptr;  // the debugger goroutine 1 runs under (one per session)

void say(const std::string& text) {
  int err;
  stdlib::writeAll(1, text, &err);
}

const SourceFile& sourceOf(const NativeCtx& cx, const FuncProto* fn) { return cx.prog->files->file(fn->file); }

// Line `line` of fn's source, without what the REPL wrapped around an input's first line.
std::string sourceLine(const NativeCtx& cx, const FuncProto* fn, uint32_t line) {
  const std::string& text = sourceOf(cx, fn).text;
  size_t start = 0;
  for (uint32_t l = 1; l < line && start != std::string::npos; ++l) {
    start = text.find('\n', start);
    if (start != std::string::npos) ++start;
  }
  if (start == std::string::npos) return "";
  return std::string(replInputLine(std::string_view(text).substr(start, text.find('\n', start) - start), line));
}

}  // namespace

bool Debugger::run(NativeCtx& cx, const FuncProto* fn) {
  active = this;
  setDebugHook(hook);
  mode_ = Mode::Step;
  at_ = stopFn_ = nullptr;
  cx.debugging = true;
  bool finished = runRecovering(cx, fn);
  cx.debugging = false;
  return finished;
}

void Debugger::hook(NativeCtx& cx, const FuncProto* fn, uint32_t pc) {
  if (active) active->atInstruction(cx, fn, pc);
}

void Debugger::atInstruction(NativeCtx& cx, const FuncProto* fn, uint32_t pc) {
  if (inHook_ || mode_ == Mode::Continue || fn->wrapper) return;
  if (sourceOf(cx, fn).path.starts_with("$GOROOT/")) return;  // step over the stdlib
  uint32_t line = fn->lineAt(pc);
  if (line == 0) return;  // no source line: an empty initialiser
  // The closing brace the REPL wraps around an input is not a line the user typed.
  if (pc >= fn->epilogue && isReplStatements(fn->name)) return;
  uint32_t depth = cx.nframes;
  if (fn == at_ && line == atLine_ && depth == atDepth_) return;
  at_ = fn;
  atLine_ = line;
  atDepth_ = depth;
  // Back on the line of the last stop: a call made on it has returned.
  if (fn == stopFn_ && line == stopLine_ && depth == stopDepth_) return;
  if ((mode_ == Mode::Next && depth > stopDepth_) || (mode_ == Mode::Out && depth >= stopDepth_)) return;
  stop(cx, fn, pc, line);
}

void Debugger::stop(NativeCtx& cx, const FuncProto* fn, uint32_t pc, uint32_t line) {
  stopFn_ = fn;
  stopLine_ = line;
  static const std::pair<const char*, Mode> kRunCommands[] = {
      {"s", Mode::Step}, {"step", Mode::Step}, {"n", Mode::Next},     {"next", Mode::Next},
      {"o", Mode::Out},  {"out", Mode::Out},   {"c", Mode::Continue}, {"continue", Mode::Continue}};
  stopDepth_ = cx.nframes;
  say(sourceOf(cx, fn).path + ":" + std::to_string(line) + " " + fn->name + "\n  " + sourceLine(cx, fn, line) +
      "\n");
  for (;;) {
    std::optional<std::string> got = read_("(debug) ");
    if (!got) {
      mode_ = Mode::Continue;
      return;
    }
    size_t first = got->find_first_not_of(" \t");
    std::string command = first == std::string::npos ? "" : got->substr(first, got->find_last_not_of(" \t") + 1 - first);
    if (command.empty()) command = lastCommand_;
    for (auto [name, mode] : kRunCommands) {
      if (command == name) {
        mode_ = mode;
        lastCommand_ = command;
        return;
      }
    }
    if (command == "l" || command == "locals") {
      say(locals(cx, fn, pc));
    } else if (command == "bt" || command == "where") {
      say(formatFrames(cx));
    } else if (command == "q" || command == "quit") {
      mode_ = Mode::Continue;
      goexit(cx);  // unwinds as runtime.Goexit does: deferred calls run, runRecovering returns
    } else if (command == "h" || command == "help") {
      say(kCommands);
    } else {
      say("unknown command " + command + "; h lists the commands\n");
    }
  }
}

std::string Debugger::locals(NativeCtx& cx, const FuncProto* fn, uint32_t pc) {
  std::string out;
  const Slot* regs = cx.stack + cx.top().base;
  inHook_ = true;
  for (const FuncProto::LocalVar& v : fn->locals) {
    if (pc < v.from || pc >= v.to) continue;
    Slot value = regs[v.reg];
    if (v.boxed) value = loadValue(v.type, value.p);
    out += "  " + v.name + " = " + stdlib::formatValue(&cx, v.type, value, "%v") + "\t// " + v.type->toString() + "\n";
  }
  inHook_ = false;
  return out.empty() ? "  (no local variables in scope)\n" : out;
}

}  // namespace goro
