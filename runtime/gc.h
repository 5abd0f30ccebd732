// Garbage collection: every Go value lives in bdwgc memory.
//
// bdwgc is conservative and scans thread stacks; goroutines run on fiber stacks it does
// not know about. runtime/gc.cpp implements the protocol from the toolchain notes (the one
// Crystal uses): workers register with the collector, a switch lock keeps the world from
// stopping mid-switch, and a push-other-roots callback hands the collector the live part
// of every suspended fiber's stack and of each worker's native stack.
#pragma once

#include <cstddef>

namespace goro::gc {

void init();                              // once, before any allocation or thread
void* alloc(size_t bytes);                // zeroed, scanned for pointers
void* allocAtomic(size_t bytes);          // zeroed, never scanned (no pointers inside)
void* allocUncollectable(size_t bytes);   // zeroed, scanned, freed only by freeUncollectable
void freeUncollectable(void* p);
void collect();                           // a full collection now (runtime.GC)

// Threads other than the scheduler's workers (the frontend's big-stack thread) register
// before allocating and unregister before they exit.
void registerCurrentThread();
void unregisterCurrentThread();

}  // namespace goro::gc
