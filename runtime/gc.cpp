// bdwgc set up for goroutines: thread registration, the switch lock, fiber stack roots.
//
// The protocol (verified in /work/shared/notes/toolchain.md, the one Crystal uses):
//  - GC_THREADS with explicit registration: every worker thread registers itself.
//  - A switch lock. A context switch changes which stack a thread runs on; if the world
//    stopped halfway, the collector would scan a thread from the new stack pointer up to
//    the old stack's bottom. Each worker raises its own flag around a switch (no shared
//    cache line on the hot path); the collector's PRE_STOP_WORLD event raises `collecting`
//    and waits for every flag to drop, POST_START_WORLD lowers it. Dekker-style: both sides
//    store then load with sequential consistency, so one of them always sees the other.
//  - A push-other-roots callback that lets the scheduler fix each worker's stack bottom
//    and push the live part of every stack no thread is running, then chains to the
//    previous callback (bdwgc's own thread-stack scan).
#define GC_THREADS
#define GC_NO_THREAD_REDIRECTS
#include <gc.h>
#include <gc/gc_mark.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "runtime/gc.h"
#include "runtime/gc_fibers.h"
#include "runtime/sched.h"

namespace goro::gc {
namespace {

// Bytes of heap mapped up front: at bdwgc's default (a few hundred KiB) small-object
// allocation runs at half speed because the collector keeps collecting and growing.
constexpr size_t kInitialHeapBytes = 64u << 20;

struct alignas(64) SwitchSlot {
  std::atomic<bool> switching{false};
};
SwitchSlot switchSlots[kMaxSwitchSlots];
std::atomic<bool> collecting{false};

GC_push_other_roots_proc previousPushOtherRoots = nullptr;
GC_warn_proc previousWarnProc = nullptr;

void cpuRelax() { __builtin_ia32_pause(); }

void GC_CALLBACK onCollectionEvent(GC_EventType event) {
  if (event == GC_EVENT_PRE_STOP_WORLD) {
    collecting.store(true, std::memory_order_seq_cst);
    for (auto& slot : switchSlots)
      while (slot.switching.load(std::memory_order_seq_cst)) cpuRelax();
  } else if (event == GC_EVENT_POST_START_WORLD) {
    collecting.store(false, std::memory_order_release);
  }
}

void GC_CALLBACK pushOtherRoots() {
  rt::pushFiberRoots();
  if (previousPushOtherRoots) previousPushOtherRoots();
}

// bdwgc warns when it hands out a large block that overlaps pages it has seen false
// pointers to. Goroutine stacks of deeply recursive programs grow by doubling into such
// blocks, and a Go program's stderr must not carry collector chatter; other warnings
// still go through.
void GC_CALLBACK onCollectorWarning(char* message, GC_word arg) {
  if (std::strstr(message, "allocation of very large block")) return;
  // An allocation the system cannot satisfy ends in onOutOfMemory's fatal error instead.
  if (std::strstr(message, "Failed to expand heap") || std::strstr(message, "Out of Memory")) return;
  previousWarnProc(message, arg);
}

// bdwgc calls this where it would return NULL: Go's fatal error (`make([]byte, 1<<40)`).
void* GC_CALLBACK onOutOfMemory(size_t) {
  std::fflush(stdout);
  std::fputs("fatal error: runtime: out of memory\n", stderr);
  rt::exitProcess(2);
}

}  // namespace

void init() {
  static bool initialized = false;
  if (initialized) return;
  initialized = true;
  GC_INIT();
  GC_allow_register_threads();
  if (!std::getenv("GC_INITIAL_HEAP_SIZE") && GC_get_heap_size() < kInitialHeapBytes)
    GC_expand_hp(kInitialHeapBytes - GC_get_heap_size());
  previousPushOtherRoots = GC_get_push_other_roots();
  GC_set_push_other_roots(pushOtherRoots);
  GC_set_on_collection_event(onCollectionEvent);
  previousWarnProc = GC_get_warn_proc();
  GC_set_warn_proc(onCollectorWarning);
  GC_set_oom_fn(onOutOfMemory);
}

void* alloc(size_t bytes) { return GC_MALLOC(bytes); }
void* allocAtomic(size_t bytes) {
  void* p = GC_MALLOC_ATOMIC(bytes);
  if (p) __builtin_memset(p, 0, bytes);  // GC_MALLOC_ATOMIC does not clear
  return p;
}
void* allocUncollectable(size_t bytes) { return GC_MALLOC_UNCOLLECTABLE(bytes); }
void freeUncollectable(void* p) { GC_FREE(p); }
void collect() { GC_gcollect(); }

void* registerCurrentThread(void** nativeBottom) {
  GC_stack_base base;
  GC_get_stack_base(&base);
  GC_register_my_thread(&base);  // GC_DUPLICATE for the main thread: harmless
  GC_stack_base mine;
  void* handle = GC_get_my_stackbottom(&mine);
  *nativeBottom = mine.mem_base;
  return handle;
}

void registerCurrentThread() {
  void* nativeBottom;
  registerCurrentThread(&nativeBottom);
}

void unregisterCurrentThread() { GC_unregister_my_thread(); }

void beginSwitch(int slot) {
  std::atomic<bool>& flag = switchSlots[slot].switching;
  for (;;) {
    flag.store(true, std::memory_order_seq_cst);
    if (!collecting.load(std::memory_order_seq_cst)) return;
    flag.store(false, std::memory_order_seq_cst);
    while (collecting.load(std::memory_order_acquire)) cpuRelax();
  }
}

void endSwitch(int slot) { switchSlots[slot].switching.store(false, std::memory_order_release); }

void setThreadStackBottom(void* handle, void* bottom) {
  GC_stack_base base{};
  base.mem_base = bottom;
  GC_set_stackbottom(handle, &base);
}

void pushStackRange(const void* lo, const void* hi) {
  GC_push_all_eager(const_cast<void*>(lo), const_cast<void*>(hi));
}

void withCollectorLock(void (*fn)(void*), void* arg) {
  struct Call {
    void (*fn)(void*);
    void* arg;
  } call{fn, arg};
  GC_call_with_alloc_lock(
      [](void* c) -> void* {
        auto* call = static_cast<Call*>(c);
        call->fn(call->arg);
        return nullptr;
      },
      &call);
}

}  // namespace goro::gc
