// Registers every stdlib package. Each package file defines one `registerX()`; adding a
// package is one line here.
#include "stdlib/stdlib.h"

namespace goro::stdlib {

void registerAll() {}

}  // namespace goro::stdlib
