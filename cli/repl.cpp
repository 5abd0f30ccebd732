// goro's REPL: read Go a line at a time, run it, print what it shows.
//
// Threads: the scheduler's workers run the program, and goroutine 1 runs the session
// loop (sessionLoop). A prompter thread owns the terminal and the frontend: goroutine 1
// asks it for the next input and parks; the prompter reads lines (libedit: editing and
// history when stdin is a terminal) until the input is complete, compiles it into the
// session's program (frontend/repl.h) and readies goroutine 1, which runs it and prints
// its values. So no worker blocks on the terminal, goroutines started by earlier inputs
// keep running at the prompt, and the frontend runs on the prompter's large stack.
#include "cli/repl.h"

#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <mutex>
#include <optional>
#include <string>

#include <editline/readline.h>

#include "cli/debugger.h"
#include "frontend/repl.h"
#include "runtime/gc.h"
#include "runtime/sched.h"
#include "stdlib/format.h"
#include "stdlib/support.h"
#include "vm/interp.h"
#include "vm/type.h"
#include "vm/value.h"
#include "vm/vmstate.h"

namespace goro {

namespace {

constexpr const char* kHelp =
    "Type Go declarations (func, type, var, const, import) and statements; an expression\n"
    "shows its value and type. Variables declared with := or var live for the session.\n"
    "An input continues on the next line while a bracket is open or a line ends in an\n"
    "operator or comma.\n"
    "  :help          this text\n"
    "  :debug INPUT   run INPUT in the stepping debugger (h at its prompt lists commands)\n"
    "  :load FILE     add the declarations of FILE, a Go file of package main\n"
    "  :quit          leave (as does end of input, Ctrl-D)\n";

// Ctrl-C while an input runs ends it at its next preemption check (NativeCtx::interrupt);
// at the prompt it is ignored. An input blocked in a channel operation cannot be ended.
std::atomic<int> interruptState{kInterruptNone};
std::atomic<bool> inputRunning{false};

void onInterrupt(int) {
  if (inputRunning.load(std::memory_order_relaxed))
    interruptState.store(kInterruptRequested, std::memory_order_relaxed);
}

void writeOut(int fd, const std::string& text) {
  int err;
  stdlib::writeAll(fd, text, &err);  // as os.Stdout writes: output keeps its order with the program's
}

// The terminal and the frontend, on their own thread (see the top of this file).
class Prompter {
 public:
  struct Input {
    bool end = false;    // no more input
    bool debug = false;  // typed after :debug
    ReplSession::Compiled compiled;
  };

  Prompter() : interactive_(isatty(0) && isatty(1)) {
    if (!interactive_) return;
    if (const char* home = std::getenv("HOME")) historyPath_ = std::string(home) + "/.goro_history";
    using_history();
    if (!historyPath_.empty()) read_history(historyPath_.c_str());
    writeOut(1, "goro: Go interpreter. :help for help, Ctrl-D to leave.\n");
  }

  Program* program() { return session_.program(); }

  void start() {
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, size_t{1} << 30);  // the frontend's, as for `goro run`
    auto body = [](void* self) -> void* {
      gc::registerCurrentThread();
      static_cast<Prompter*>(self)->serve();
      return nullptr;
    };
    pthread_t thread;
    if (pthread_create(&thread, &attr, body, this) != 0 && pthread_create(&thread, nullptr, body, this) != 0) {
      std::perror("goro: cannot start the REPL's thread");
      std::exit(2);
    }
    pthread_detach(thread);
    pthread_attr_destroy(&attr);
  }

  // Called on goroutine 1: parks it until the next input is read and compiled.
  Input next() {
    waitForPrompter(nullptr);
    return std::move(input_);
  }

  // Called on goroutine 1: parks it until one line is read (the debugger's commands).
  std::optional<std::string> line(const char* prompt) {
    waitForPrompter(prompt);
    return std::move(line_);
  }

 private:
  // linePrompt null: read an input; else read one line.
  void waitForPrompter(const char* linePrompt) {
    rt::beginExternalWait();
    waiter_ = rt::current();
    linePrompt_ = linePrompt;
    // Asking from the park's unlock callback means goroutine 1 is off its carrier before
    // the prompter can ready it.
    rt::park(rt::WaitReason::None, [](void* self) { static_cast<Prompter*>(self)->ask(); }, this);
    rt::endExternalWait();
  }

  void ask() {
    std::lock_guard lock(mutex_);
    asked_ = true;
    wake_.notify_one();
  }

  void serve() {
    for (;;) {
      {
        std::unique_lock lock(mutex_);
        wake_.wait(lock, [&] { return asked_; });
        asked_ = false;
      }
      if (linePrompt_) {
        std::string line;
        line_ = readLine(linePrompt_, line) ? std::optional(line) : std::nullopt;
      } else {
        input_ = read();
      }
      rt::ready(waiter_);
    }
  }

  // Reads lines until they make a complete input (or a command), and compiles it.
  Input read() {
    Input in;
    std::string text;
    for (;;) {
      std::string line;
      if (!readLine(text.empty() ? "> " : ". ", line)) {
        in.end = true;
        return in;
      }
      if (text.empty()) {
        std::string command = line.substr(0, line.find_last_not_of(" \t") + 1);
        if (command == ":quit" || command == ":q") {
          in.end = true;
          return in;
        }
        if (command == ":help") {
          writeOut(1, kHelp);
          continue;
        }
        if (command.starts_with(":load ")) {
          std::string path = command.substr(command.find_first_not_of(' ', 6));
          in.compiled = session_.load(path);
          return in;
        }
        if (line.starts_with(":debug")) {
          in.debug = true;
          line.erase(0, line.find_first_not_of(" \t", 6));
        }
        if (command.find_first_not_of(" \t") == std::string::npos) continue;
      }
      text += line;
      in.compiled = session_.compile(text);
      if (in.compiled.status != ReplSession::Status::Incomplete) {
        remember(text);
        return in;
      }
      text += "\n";
    }
  }

  bool readLine(const char* prompt, std::string& line) {
    if (!interactive_) return static_cast<bool>(std::getline(std::cin, line));
    char* got = readline(prompt);
    if (!got) {
      writeOut(1, "\n");
      return false;
    }
    line = got;
    std::free(got);
    return true;
  }

  void remember(const std::string& text) {
    if (!interactive_) return;
    add_history(text.c_str());
    if (!historyPath_.empty()) write_history(historyPath_.c_str());
  }

  ReplSession session_;
  bool interactive_;
  std::string historyPath_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool asked_ = false;
  rt::G* waiter_ = nullptr;
  const char* linePrompt_ = nullptr;
  Input input_;
  std::optional<std::string> line_;
};

// How a shown value prints: as %v prints it (strings quoted), then its type as %T prints
// it (a nil interface: the expression's static type).
std::string showLine(NativeCtx& cx, const ReplSession::Shown& shown) {
  const Type* type = shown.type;
  Slot v = loadValue(type, shown.cell);
  if (type->isInterface() && v.p) {
    auto* iface = static_cast<Iface*>(v.p);
    type = iface->type;
    v = iface->word;
  }
  bool quoted = type->under()->kind == Kind::String;
  return stdlib::formatValue(&cx, type, v, quoted ? "%q" : "%v") + "\t// " + type->toString() + "\n";
}

// The session goroutine's loop: each input's functions in order, then its values.
void sessionLoop(NativeCtx& cx, void* arg) {
  auto& prompter = *static_cast<Prompter*>(arg);
  Debugger debugger([&](const char* prompt) { return prompter.line(prompt); });
  cx.interrupt = &interruptState;
  inputRunning.store(false);  // after a deadlock, the blocked input is abandoned
  for (;;) {
    Prompter::Input in = prompter.next();
    if (in.end) return;
    const ReplSession::Compiled& compiled = in.compiled;
    if (compiled.status == ReplSession::Status::Failed) {
      writeOut(2, compiled.errors);
      continue;
    }
    bool ran = true;
    inputRunning.store(true);
    for (FuncProto* fn : compiled.run)
      if (!(ran = in.debug ? debugger.run(cx, fn) : runRecovering(cx, fn))) break;
    if (sessionReplaced()) return;  // this input deadlocked and was abandoned, then woken
    inputRunning.store(false);
    if (interruptState.exchange(kInterruptNone) == kInterruptDelivered) writeOut(2, "interrupted\n");
    if (!ran) continue;
    std::string out;
    for (const ReplSession::Shown& shown : compiled.shown) out += showLine(cx, shown);
    writeOut(1, out);
  }
}

}  // namespace

void runRepl(const rt::Options& opts) {
  if (isatty(0)) {
    struct sigaction action = {};
    action.sa_handler = onInterrupt;
    sigaction(SIGINT, &action, nullptr);
  }
  auto* prompter = new Prompter();  // lives as long as the process
  prompter->start();
  runInteractive(prompter->program(), opts, sessionLoop, prompter);
}

}  // namespace goro
