// Option defaults compiled into sanitizer builds (environment variables still override).
//
// They apply to every run, including the unit-test listing CMake does at build time, which
// is why they are compiled in rather than set by the test harness. The linker pulls this
// file into every executable that links goro_runtime (runtime/CMakeLists.txt names the
// symbols with -u): nothing else references them.
#if defined(GORO_SANITIZE)
// - detect_leaks=0: Go values live in collector memory, which LeakSanitizer does not scan,
//   so malloc'd objects referenced only from there would be reported as leaks; and the
//   collector reclaims its memory instead of freeing it.
// - detect_stack_use_after_return=0: that mode moves locals into "fake stack" frames on
//   the malloc heap, where the collector's stack scan cannot see the pointers they hold.
extern "C" const char* __asan_default_options() { return "detect_leaks=0:detect_stack_use_after_return=0"; }

// An undefined-behaviour report is only useful with the call path that led to it.
extern "C" const char* __ubsan_default_options() { return "print_stacktrace=1"; }
#endif
