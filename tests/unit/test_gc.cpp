// GC under fibers: collections while goroutines run and sleep on several workers must keep
// everything reachable from fiber stacks, and steady allocation must stay in bounded RSS.
#include <doctest/doctest.h>

#define GC_THREADS
#define GC_NO_THREAD_REDIRECTS
#include <gc.h>

#include <atomic>
#include <cstring>

#include "runtime/gc.h"
#include "runtime/sched.h"
#include "runtime_scenario.h"

using namespace goro;
using goro::test::procs;
using goro::test::runScenario;

namespace {

struct Node {
  Node* next;
  int64_t value;
  int64_t check;  // ~value: detects a node reused after being freed
};

Node* buildList(int n) {
  Node* head = nullptr;
  for (int i = 0; i < n; ++i) {
    auto* node = static_cast<Node*>(gc::alloc(sizeof(Node)));
    node->next = head;
    node->value = i;
    node->check = ~int64_t{i};
    head = node;
  }
  return head;
}

bool listIntact(const Node* head, int n) {
  for (int i = n - 1; i >= 0; --i, head = head->next)
    if (!head || head->value != i || head->check != ~int64_t{i}) return false;
  return head == nullptr;
}

}  // namespace

TEST_CASE("collections keep what suspended and running goroutines reference" * doctest::skip(test::kCollectorUnsupported)) {
  auto r = runScenario(procs(2), +[] {
    static std::atomic<int> finished{0};
    static std::atomic<bool> failed{false};
    constexpr int kWorkers = 8;
    for (int w = 0; w < kWorkers; ++w)
      rt::spawn(
          [](void*) {
            for (int round = 0; round < 20; ++round) {
              Node* list = buildList(2000);  // referenced only from this fiber's stack
              rt::sleep(100000);             // suspended across other goroutines' collections
              for (int i = 0; i < 200; ++i) gc::alloc(64);  // garbage
              if (round % 5 == 0) GC_gcollect();
              rt::yield();
              if (!listIntact(list, 2000)) failed.store(true);
            }
            finished.fetch_add(1);
          },
          nullptr);
    while (finished.load() < kWorkers) {
      GC_gcollect();
      rt::sleep(1000000);
    }
    SCENARIO_CHECK(!failed.load());
    SCENARIO_CHECK(GC_get_gc_no() > 10);
  });
  CHECK(r.err == "");
  CHECK(r.exitCode == 0);
}

TEST_CASE("an object referenced only by a parked goroutine survives collections" * doctest::skip(test::kCollectorUnsupported)) {
  auto r = runScenario(procs(2), +[] {
    static std::atomic<bool> finalized{false};
    static rt::G* holder = nullptr;
    static std::atomic<bool> parked{false};
    static std::atomic<bool> verified{false};
    rt::spawn(
        [](void*) {
          auto* secret = static_cast<int64_t*>(gc::alloc(64));
          for (int i = 0; i < 8; ++i) secret[i] = 0x5eed0000 + i;
          GC_register_finalizer(secret, [](void*, void*) { finalized.store(true); }, nullptr, nullptr, nullptr);
          holder = rt::current();
          rt::park(rt::WaitReason::ChanReceive, [](void*) { parked.store(true); }, nullptr);
          bool intact = true;
          for (int i = 0; i < 8; ++i) intact &= secret[i] == 0x5eed0000 + i;
          verified.store(intact);
        },
        nullptr);
    while (!parked.load()) rt::sleep(100000);
    for (int i = 0; i < 5; ++i) {
      for (int j = 0; j < 100000; ++j) gc::alloc(64);
      GC_gcollect();
      GC_invoke_finalizers();
    }
    SCENARIO_CHECK(!finalized.load());
    rt::ready(holder);
    while (!verified.load()) rt::sleep(100000);
  });
  CHECK(r.err == "");
  CHECK(r.exitCode == 0);
}

TEST_CASE("allocating strings in a loop stays in bounded memory" * doctest::skip(test::kCollectorUnsupported)) {
  auto r = runScenario(procs(2), +[] {
    static std::atomic<int> finished{0};
    auto churn = [](void*) {
      char* keep = nullptr;
      for (int i = 0; i < 2000000; ++i) {
        auto* s = static_cast<char*>(gc::allocAtomic(48 + i % 64));
        std::memcpy(s, "goroutine churn", 15);
        if (i % 1000 == 0) keep = s;  // some survive a little while
        if (i % 20000 == 0) rt::yield();
      }
      (void)keep;
      finished.fetch_add(1);
    };
    rt::spawn(churn, nullptr);
    rt::spawn(churn, nullptr);
    while (finished.load() < 2) rt::sleep(1000000);
    long rss = test::rssKiB();
    std::printf("rss after allocating ~200 MB of strings: %ld MiB\n", rss / 1024);
    SCENARIO_CHECK(rss < 160 * 1024);
  });
  MESSAGE(r.out);
  CHECK(r.err == "");
  CHECK(r.exitCode == 0);
}
