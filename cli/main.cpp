// goro: the command-line program (run, disasm, repl, help).
//
// `goro run [flags] prog.go... [args]`, `goro prog.go [args]` (also via a `#!` line),
// `goro run DIR [args]`, `goro disasm prog.go...`. The frontend (parse, check, compile)
// runs on a thread with a 1 GiB stack so that deeply nested source cannot overflow the
// C++ stack in the recursive-descent parser; the program then runs on the scheduler.
#include <pthread.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/repl.h"
#include "frontend/driver.h"
#include "runtime/gc.h"
#include "runtime/sched.h"
#include "runtime/timeline.h"
#include "stdlib/stdlib.h"
#include "vm/hash.h"
#include "vm/interp.h"
#include "vm/native.h"

namespace {

constexpr const char* kUsage =
    "goro is an interpreter for Go programs.\n"
    "\n"
    "Usage:\n"
    "  goro run [flags] prog.go... [arguments]   run a main package (files or one directory)\n"
    "  goro prog.go [arguments]                  the same; also works from a #! line\n"
    "  goro disasm prog.go...                    print the bytecode of every function\n"
    "  goro repl [flags]                         an interactive session (also plain `goro`)\n"
    "  goro packages                             list the standard library goro provides\n"
    "  goro help                                 this text\n"
    "\n"
    "Flags of run and repl:\n"
    "  --seed N      make every scheduling choice derive from N (reproducible runs)\n"
    "  --faketime    run on virtual time, starting at 2009-11-10 23:00:00 UTC\n"
    "  --timeline F  (run only) record what every goroutine does and when; at exit write\n"
    "                F: a text timeline (event list and chart; F = - for stderr), or a\n"
    "                Chrome trace when F ends in .json (ui.perfetto.dev, chrome://tracing)\n"
    "\n"
    "Environment: GOMAXPROCS sets the number of worker threads (default: CPU count);\n"
    "GORO_TIMELINE_EVENTS bounds a --timeline recording (default 2097152 events).\n";

bool endsWith(const std::string& s, const char* suffix) {
  size_t n = std::strlen(suffix);
  return s.size() >= n && s.compare(s.size() - n, n, suffix) == 0;
}

// What the command line asked for.
struct Invocation {
  std::vector<std::string> sources;  // .go files, or one directory
  std::vector<std::string> args;     // os.Args[1:]
  goro::rt::Options opts;
  std::string timeline;              // --timeline: where to write it (empty: not recorded)
};

// Reads the leading `--seed N` and `--faketime` flags of `in` from index i on, and
// `--timeline F` where `timeline` is given (run's flag only).
bool parseFlags(const std::vector<std::string>& in, size_t& i, goro::rt::Options& opts, std::string* timeline) {
  for (; i < in.size() && in[i].rfind("--", 0) == 0; ++i) {
    const std::string& flag = in[i];
    if (flag == "--faketime") {
      opts.fakeTime = true;
    } else if (flag == "--timeline" && timeline && i + 1 < in.size()) {
      *timeline = in[++i];
    } else if (flag == "--seed" && i + 1 < in.size()) {
      char* end = nullptr;
      opts.seed = std::strtoull(in[++i].c_str(), &end, 10);
      if (*end != '\0' || opts.seed == 0) {
        std::fprintf(stderr, "goro: --seed wants a positive integer, got %s\n", in[i].c_str());
        return false;
      }
    } else {
      std::fprintf(stderr, "goro: unknown flag %s\n%s", flag.c_str(), kUsage);
      return false;
    }
  }
  return true;
}

// Splits `[flags] sources... [args]` as `go run` does: leading .go files are the
// program (or a single directory), everything after is the program's.
bool parseRunArgs(const std::vector<std::string>& in, Invocation& inv) {
  size_t i = 0;
  if (!parseFlags(in, i, inv.opts, &inv.timeline)) return false;
  if (i == in.size()) {
    std::fprintf(stderr, "goro run: no go files listed\n");
    return false;
  }
  if (!endsWith(in[i], ".go")) {
    inv.sources.push_back(in[i++]);
  } else {
    while (i < in.size() && endsWith(in[i], ".go")) inv.sources.push_back(in[i++]);
  }
  inv.args.assign(in.begin() + static_cast<long>(i), in.end());
  return true;
}

// Runs `work` on a thread with a 1 GiB stack (reserved, not committed) and waits for it.
template <class F>
void onBigStack(F& work) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, size_t{1} << 30);
  pthread_t thread;
  auto trampoline = [](void* p) -> void* {
    goro::gc::registerCurrentThread();
    (*static_cast<F*>(p))();
    goro::gc::unregisterCurrentThread();
    return nullptr;
  };
  if (pthread_create(&thread, &attr, trampoline, &work) != 0) {
    work();  // cannot reserve the big stack: build on this thread instead
  } else {
    pthread_join(thread, nullptr);
  }
  pthread_attr_destroy(&attr);
}

std::unique_ptr<goro::Build> build(const std::vector<std::string>& sources) {
  std::unique_ptr<goro::Build> result;
  auto work = [&] { result = goro::buildProgram(sources); };
  onBigStack(work);
  return result;
}

int run(const Invocation& inv) {
  auto b = build(inv.sources);
  if (!b || !b->program) return 1;
  std::vector<std::string> osArgs{inv.sources.front()};
  if (endsWith(osArgs[0], ".go")) osArgs[0].resize(osArgs[0].size() - 3);
  osArgs.insert(osArgs.end(), inv.args.begin(), inv.args.end());
  goro::stdlib::setProgramArgs(std::move(osArgs));
  if (inv.opts.seed != 0) goro::seedRandom(inv.opts.seed);  // map iteration order
  if (std::string error; !inv.timeline.empty() && !goro::rt::timeline::start(inv.timeline, error)) {
    std::fprintf(stderr, "goro: --timeline: %s\n", error.c_str());
    return 2;
  }
  goro::runProgram(b->program, inv.opts);
}

int disasm(const std::vector<std::string>& sources) {
  auto b = build(sources);
  if (!b || !b->program) return 1;
  goro::disassemble(*b->program, std::cout);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  goro::gc::init();
  goro::stdlib::registerAll();
  goro::stdlib::registerPackageAsts();
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "repl") {
    goro::rt::Options opts;
    size_t i = args.empty() ? 0 : 1;
    if (!parseFlags(args, i, opts, nullptr)) return 2;
    if (i != args.size()) {
      std::fprintf(stderr, "goro repl: unexpected argument %s\n", args[i].c_str());
      return 2;
    }
    if (opts.seed != 0) goro::seedRandom(opts.seed);  // map iteration order
    goro::runRepl(opts);
  }
  const std::string cmd = args[0];
  if (cmd == "help" || cmd == "-h" || cmd == "--help") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (cmd == "packages") {
    goro::stdlib::describePackages(std::cout);
    return 0;
  }
  if (cmd == "disasm") {
    if (args.size() < 2) {
      std::fprintf(stderr, "goro disasm: no go files listed\n");
      return 2;
    }
    return disasm({args.begin() + 1, args.end()});
  }
  Invocation inv;
  if (cmd == "run") args.erase(args.begin());
  else if (!endsWith(cmd, ".go") && cmd.rfind("--", 0) != 0) {
    std::fprintf(stderr, "goro %s: unknown command\n%s", cmd.c_str(), kUsage);
    return 2;
  }
  if (!parseRunArgs(args, inv)) return 2;
  return run(inv);
}
