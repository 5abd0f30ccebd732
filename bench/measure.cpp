// measure: runs one command and reports its wall time, peak RSS and how it ended.
//
//   measure [-t SECONDS] [-o STDOUT_FILE] [-e STDERR_FILE] [-s NAME=VALUE]... -- COMMAND [ARG]...
//
// Prints one line on its own stdout: `STATUS WALL_SECONDS PEAK_RSS_KIB`, where STATUS
// is `ok` (exit 0), `exit:N`, `signal:N`, `timeout` (killed after -t seconds) or
// `spawn-failed`. The benchmark harness (bench/run.sh) calls it once per timed run.
//
// Why a helper rather than /usr/bin/time: it needs nothing beyond the C++ toolchain
// that builds goro, it enforces a timeout without an extra process in the measured
// tree, and it takes peak RSS straight from wait4()'s rusage of the one child. The
// child runs in its own process group so that a timeout kills every thread and
// descendant it started. Wall time runs from just before posix_spawn to the reap.
// Linux folds the peak RSS of the image a process replaces at exec (here: measure's
// own) into its ru_maxrss, so the harness links measure statically to keep that floor
// low (~0.8 MiB).
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

extern char** environ;

namespace {

struct Request {
  double timeoutSeconds = 0;  // 0: no limit
  std::string stdoutPath = "/dev/null";
  std::string stderrPath = "/dev/null";
  std::vector<std::string> env;  // NAME=VALUE pairs added to the child's environment
  std::vector<char*> argv;        // the command, null-terminated
};

[[noreturn]] void usage() {
  std::fputs("usage: measure [-t SECONDS] [-o STDOUT_FILE] [-e STDERR_FILE] [-s NAME=VALUE]... -- COMMAND [ARG]...\n",
             stderr);
  std::exit(2);
}

Request parseArgs(int argc, char** argv) {
  Request req;
  int i = 1;
  for (; i < argc && std::strcmp(argv[i], "--") != 0; ++i) {
    std::string flag = argv[i];
    if (i + 1 >= argc) usage();
    const char* value = argv[++i];
    if (flag == "-t") {
      req.timeoutSeconds = std::strtod(value, nullptr);
    } else if (flag == "-o") {
      req.stdoutPath = value;
    } else if (flag == "-e") {
      req.stderrPath = value;
    } else if (flag == "-s" && std::strchr(value, '=') != nullptr) {
      req.env.emplace_back(value);
    } else {
      usage();
    }
  }
  if (i + 1 >= argc) usage();
  for (++i; i < argc; ++i) req.argv.push_back(argv[i]);
  req.argv.push_back(nullptr);
  return req;
}

double now() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

timespec toTimespec(double seconds) {
  timespec ts;
  ts.tv_sec = static_cast<time_t>(seconds);
  ts.tv_nsec = static_cast<long>((seconds - ts.tv_sec) * 1e9);
  return ts;
}

}  // namespace

int main(int argc, char** argv) {
  Request req = parseArgs(argc, argv);
  for (const std::string& pair : req.env) {
    size_t eq = pair.find('=');
    setenv(pair.substr(0, eq).c_str(), pair.c_str() + eq + 1, 1);
  }

  // SIGCHLD stays blocked so that sigtimedwait can wait for the child with a deadline;
  // the child gets the default mask back.
  sigset_t childSignal;
  sigemptyset(&childSignal);
  sigaddset(&childSignal, SIGCHLD);
  sigprocmask(SIG_BLOCK, &childSignal, nullptr);

  posix_spawn_file_actions_t files;
  posix_spawn_file_actions_init(&files);
  posix_spawn_file_actions_addopen(&files, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&files, STDOUT_FILENO, req.stdoutPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&files, STDERR_FILENO, req.stderrPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawnattr_t attrs;
  posix_spawnattr_init(&attrs);
  sigset_t emptyMask;
  sigemptyset(&emptyMask);
  posix_spawnattr_setsigmask(&attrs, &emptyMask);
  posix_spawnattr_setpgroup(&attrs, 0);
  posix_spawnattr_setflags(&attrs, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_USEVFORK);

  double start = now();
  pid_t pid;
  int err = posix_spawnp(&pid, req.argv[0], &files, &attrs, req.argv.data(), environ);
  if (err != 0) {
    std::fprintf(stderr, "measure: cannot run %s or open its output files: %s\n", req.argv[0], std::strerror(err));
    std::puts("spawn-failed 0 0");
    return 1;
  }

  bool timedOut = false;
  int status = 0;
  rusage usage{};
  for (;;) {
    pid_t reaped = wait4(pid, &status, WNOHANG, &usage);
    if (reaped == pid) break;
    if (reaped < 0 && errno != EINTR) {
      std::perror("measure: wait4");
      return 1;
    }
    if (req.timeoutSeconds <= 0) {
      sigwaitinfo(&childSignal, nullptr);
      continue;
    }
    double left = start + req.timeoutSeconds - now();
    if (left <= 0) {
      kill(-pid, SIGKILL);
      wait4(pid, &status, 0, &usage);
      timedOut = true;
      break;
    }
    timespec wait = toTimespec(left);
    sigtimedwait(&childSignal, nullptr, &wait);
  }
  double wall = now() - start;

  if (timedOut) {
    std::printf("timeout %.4f %ld\n", wall, usage.ru_maxrss);
  } else if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
    std::printf("ok %.4f %ld\n", wall, usage.ru_maxrss);
  } else if (WIFEXITED(status)) {
    std::printf("exit:%d %.4f %ld\n", WEXITSTATUS(status), wall, usage.ru_maxrss);
  } else {
    std::printf("signal:%d %.4f %ld\n", WTERMSIG(status), wall, usage.ru_maxrss);
  }
  return 0;
}
