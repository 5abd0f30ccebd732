// Scheduler tests for carriers: stackless suspension (Suspend::OnReturn) and its resumption
// on any worker and carrier, parks that keep their carrier, and how few carriers exist.
#include <doctest/doctest.h>
#include <pthread.h>

#include <atomic>
#include <cstdint>
#include <set>
#include <vector>

#include "runtime/sched.h"
#include "runtime/spinlock.h"
#include "runtime/stack_pool.h"
#include "runtime_scenario.h"

using namespace goro;
using goro::test::procs;
using goro::test::runScenario;

namespace {

// Polls (sleeping, so other goroutines run) until `flag` holds `value`.
template <class T>
void awaitValue(const std::atomic<T>& flag, T value) {
  while (flag.load() != value) rt::sleep(100000);
}

// The carrier stack the caller runs on, as an index of stack-sized regions.
uintptr_t stackRegion() {
  return reinterpret_cast<uintptr_t>(__builtin_frame_address(0)) / rt::kGoroutineStackBytes;
}

// Spins for `ms` of wall time without reaching a preemption point.
void burn(int ms) {
  int64_t end = rt::nanotime() + ms * 1000000LL;
  while (rt::nanotime() < end) {
  }
}

}  // namespace

TEST_CASE("goroutines parked stackless hold no carrier and resume through their entry") {
  auto r = runScenario(procs(2), +[] {
    constexpr int kCount = 20000 / test::kWorkloadDivisor;
    static int stages[kCount];
    static rt::SpinLock lock;
    static std::vector<rt::G*> parked;
    static std::atomic<int> parkedCount{0};
    static std::atomic<int> finished{0};
    parked.reserve(kCount);
    for (int i = 0; i < kCount; ++i)
      rt::spawn(
          [](void* arg) {
            int& stage = *static_cast<int*>(arg);
            if (stage == 0) {
              stage = 1;
              lock.lock();
              parked.push_back(rt::current());
              rt::park(
                  rt::WaitReason::ChanReceive,
                  [](void*) {
                    parkedCount.fetch_add(1);
                    lock.unlock();
                  },
                  nullptr, rt::Suspend::OnReturn);
              return;  // leaves the carrier; the next call of this entry is the resumption
            }
            SCENARIO_CHECK(stage == 1);
            stage = 2;
            finished.fetch_add(1);
          },
          &stages[i]);
    awaitValue(parkedCount, kCount);
    SCENARIO_CHECK(rt::numGoroutine() == kCount + 1);
    // Goroutine 1 keeps its carrier while it sleeps; each worker reuses one for the rest.
    std::printf("%d goroutines parked stackless on %d carriers, rss %ld MiB\n", kCount, rt::numCarriers(),
                test::rssKiB() / 1024);
    SCENARIO_CHECK(rt::numCarriers() <= 3);
    lock.lock();
    std::vector<rt::G*> toWake = parked;
    lock.unlock();
    for (rt::G* g : toWake) rt::ready(g);
    awaitValue(finished, kCount);
    for (int stage : stages) SCENARIO_CHECK(stage == 2);
    SCENARIO_CHECK(rt::numCarriers() <= 3);
  });
  MESSAGE(r.out);
  CHECK(r.err == "");
  CHECK(r.exitCode == 0);
}

TEST_CASE("a goroutine parked stackless resumes on another worker and carrier") {
  auto r = runScenario(procs(2), +[] {
    constexpr int kRounds = 40;
    static std::atomic<int> parkedRound{-1};
    static std::atomic<bool> done{false};
    static int round = 0;
    static rt::G* self = nullptr;
    static std::set<pthread_t> threads;
    static std::set<uintptr_t> stacks;
    rt::spawn(
        [](void*) {
          threads.insert(pthread_self());
          stacks.insert(stackRegion());
          if (round == kRounds) {
            done.store(true);
            return;
          }
          self = rt::current();
          rt::park(rt::WaitReason::ChanReceive, [](void*) { parkedRound.store(round++); }, nullptr,
                   rt::Suspend::OnReturn);
        },
        nullptr);
    for (int i = 0; i < kRounds; ++i) {
      awaitValue(parkedRound, i);
      rt::ready(self);
      // Busy without a preemption point, goroutine 1 leaves the readied goroutine to the
      // other worker, which steals it; asleep, it lets its own worker run it.
      if (i % 2 == 0) burn(2);
    }
    awaitValue(done, true);
    std::printf("ran on %zu threads and %zu carriers\n", threads.size(), stacks.size());
    SCENARIO_CHECK(threads.size() == 2);
    SCENARIO_CHECK(stacks.size() >= 2);
  });
  MESSAGE(r.out);
  CHECK(r.err == "");
  CHECK(r.exitCode == 0);
}

TEST_CASE("a goroutine parked with Suspend::Now keeps its carrier and native stack") {
  auto r = runScenario(procs(2), +[] {
    constexpr int kCount = 50;
    static rt::SpinLock lock;
    static std::vector<rt::G*> parked;
    static std::atomic<int> parkedCount{0};
    static std::atomic<int> finished{0};
    for (int i = 0; i < kCount; ++i)
      rt::spawn(
          [](void*) {
            volatile int local = 42;
            const volatile int* where = &local;
            uintptr_t region = stackRegion();
            lock.lock();
            parked.push_back(rt::current());
            rt::park(
                rt::WaitReason::ChanReceive,
                [](void*) {
                  parkedCount.fetch_add(1);
                  lock.unlock();
                },
                nullptr);
            SCENARIO_CHECK(where == &local && local == 42 && stackRegion() == region);
            finished.fetch_add(1);
          },
          nullptr);
    awaitValue(parkedCount, kCount);
    SCENARIO_CHECK(rt::numCarriers() >= kCount + 1);  // each parked goroutine holds one
    for (rt::G* g : parked) rt::ready(g);
    awaitValue(finished, kCount);
  });
  CHECK(r.err == "");
  CHECK(r.exitCode == 0);
}

TEST_CASE("short-lived goroutines reuse a few carriers") {
  auto r = runScenario(procs(2), +[] {
    constexpr int kCount = 100000 / test::kWorkloadDivisor;
    static std::atomic<int> finished{0};
    for (int i = 0; i < kCount; ++i) rt::spawn([](void*) { finished.fetch_add(1); }, nullptr);
    awaitValue(finished, kCount);
    std::printf("%d goroutines ran on %d carriers\n", kCount, rt::numCarriers());
    SCENARIO_CHECK(rt::numCarriers() <= 3);
  });
  MESSAGE(r.out);
  CHECK(r.err == "");
  CHECK(r.exitCode == 0);
}

TEST_CASE("stackless sleep waits its time and stackless yields interleave on one worker") {
  auto r = runScenario(procs(1), +[] {
    constexpr int kSteps = 200;
    constexpr int64_t kSleepNs = 2000000;
    struct Counter {
      int steps = 0;
      int64_t sleptAt = 0;
      int otherStepsSeen = 0;  // the other counter's steps when this one finished
      Counter* other = nullptr;
    };
    static Counter a, b;
    static std::atomic<int> finished{0};
    a.other = &b;
    b.other = &a;
    auto body = [](void* arg) {
      Counter& c = *static_cast<Counter*>(arg);
      if (c.sleptAt == 0) {
        c.sleptAt = rt::nanotime();
        rt::sleep(kSleepNs, rt::Suspend::OnReturn);
        return;
      }
      if (c.steps == 0) SCENARIO_CHECK(rt::nanotime() - c.sleptAt >= kSleepNs);
      if (++c.steps < kSteps) {
        rt::yield(rt::Suspend::OnReturn);
        return;
      }
      c.otherStepsSeen = c.other->steps;
      finished.fetch_add(1);
    };
    rt::spawn(body, &a);
    rt::spawn(body, &b);
    awaitValue(finished, 2);
    // Whichever finished first saw the other well under way: they took turns.
    SCENARIO_CHECK(std::max(a.otherStepsSeen, b.otherStepsSeen) == kSteps);
    SCENARIO_CHECK(std::min(a.otherStepsSeen, b.otherStepsSeen) >= kSteps / 2);
  });
  CHECK(r.err == "");
  CHECK(r.exitCode == 0);
}

TEST_CASE("a carrier runs the goroutine its park's unlock callback readied, on the same stack") {
  auto r = runScenario(procs(1), +[] {
    constexpr int kParks = 1000;
    static int resumptions = 0;
    static std::set<uintptr_t> stacks;
    static std::atomic<bool> done{false};
    rt::spawn(
        [](void*) {
          stacks.insert(stackRegion());
          if (resumptions++ == kParks) {
            done.store(true);
            return;
          }
          // The callback runs once this entry has returned and the carrier is free: the
          // readied goroutine is the next to run, on the carrier it just left.
          rt::park(rt::WaitReason::ChanReceive, [](void* self) { rt::ready(static_cast<rt::G*>(self)); },
                   rt::current(), rt::Suspend::OnReturn);
        },
        nullptr);
    awaitValue(done, true);
    SCENARIO_CHECK(resumptions == kParks + 1);
    SCENARIO_CHECK(stacks.size() == 1);
  });
  CHECK(r.err == "");
  CHECK(r.exitCode == 0);
}
