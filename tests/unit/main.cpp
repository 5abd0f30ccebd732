// The unit-test binary's entry point: doctest's main, with the collector initialised
// first (every test may allocate Go values).
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include "runtime/gc.h"
#include "stdlib/stdlib.h"

int main(int argc, char** argv) {
  goro::gc::init();
  goro::stdlib::registerAll();
  doctest::Context context(argc, argv);
  return context.run();
}
