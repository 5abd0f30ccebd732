// The REPL (`goro`, `goro repl`): see cli/repl.cpp.
#pragma once

#include "runtime/sched.h"

namespace goro {

// Runs an interactive session on the scheduler until end of input or :quit; exits the
// process with status 0 then.
[[noreturn]] void runRepl(const rt::Options& opts);

}  // namespace goro
