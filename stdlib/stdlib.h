// The standard library packages goro provides natively.
#pragma once

namespace goro::stdlib {

// Registers every package with the registry of vm/native.h. Call once at start-up.
void registerAll();

}  // namespace goro::stdlib
