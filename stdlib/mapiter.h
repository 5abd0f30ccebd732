// Reading a Go map's entries from native code (fmt prints them sorted, as fmtsort does).
#pragma once

#include <utility>
#include <vector>

#include "vm/value.h"

namespace goro {
struct Map;
struct Type;
}  // namespace goro

namespace goro::stdlib {

// Every entry of m (nil: none) as register-form key and value, in iteration order.
std::vector<std::pair<Slot, Slot>> mapEntries(Map* m, const Type* mapType);

}  // namespace goro::stdlib
