// Test harness for the runtime: runs a scenario under rt::run in a forked child.
//
// rt::run never returns (the process ends when goroutine 1 does), so each scenario runs
// in its own process: the child's stdout/stderr go to files the parent reads back, and
// checks inside the child report through SCENARIO_CHECK (message on stderr, exit 3).
#pragma once

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "runtime/sched.h"

namespace goro::test {

// Sanitizer builds run much slower (ThreadSanitizer's fiber creation most of all): scale
// workloads down.
#if defined(GORO_TSAN)
constexpr int kWorkloadDivisor = 100;
#elif defined(GORO_SANITIZE)
constexpr int kWorkloadDivisor = 10;
#else
constexpr int kWorkloadDivisor = 1;
#endif

// bdwgc stops the world with signals, which ThreadSanitizer defers until a thread makes
// an intercepted call; the collector then gives up ("Signals delivery fails constantly").
#if defined(GORO_TSAN)
constexpr bool kCollectorUnsupported = true;
#else
constexpr bool kCollectorUnsupported = false;
#endif

struct ScenarioResult {
  int exitCode = -1;  // -signal if killed
  std::string out;
  std::string err;
};

#define SCENARIO_CHECK(cond)                                                                  \
  do {                                                                                        \
    if (!(cond)) {                                                                            \
      std::fprintf(stderr, "scenario check failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
      std::fflush(stderr);                                                                    \
      std::_Exit(3);                                                                          \
    }                                                                                         \
  } while (0)

inline std::string slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs body() as goroutine 1 with `opts`; the child is killed after timeoutSeconds.
inline ScenarioResult runScenario(const rt::Options& opts, void (*body)(), unsigned timeoutSeconds = 60) {
  char outPath[] = "/tmp/goro-scenario-out-XXXXXX";
  char errPath[] = "/tmp/goro-scenario-err-XXXXXX";
  int outFd = mkstemp(outPath);
  int errFd = mkstemp(errPath);
  std::fflush(nullptr);
  pid_t pid = fork();
  if (pid == 0) {
    dup2(outFd, 1);
    dup2(errFd, 2);
    alarm(timeoutSeconds);
    rt::run(opts, [](void* fn) { reinterpret_cast<void (*)()>(fn)(); }, reinterpret_cast<void*>(body));
  }
  int status = 0;
  waitpid(pid, &status, 0);
  ScenarioResult result;
  result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
  result.out = slurp(outPath);
  result.err = slurp(errPath);
  close(outFd);
  close(errFd);
  unlink(outPath);
  unlink(errPath);
  return result;
}

inline rt::Options procs(int n, uint64_t seed = 0) {
  rt::Options o;
  o.procs = n;
  o.seed = seed;
  return o;
}

// CPU time (user + system) of the calling process, in milliseconds.
inline double cpuMillis() {
  rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

// Resident set size of the calling process, in KiB.
inline long rssKiB() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::atol(line.c_str() + 6);
  return -1;
}

}  // namespace goro::test
