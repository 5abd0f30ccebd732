// Scheduler tests for what sync.Mutex builds on: parkUntilAcquired (a readied goroutine runs
// only once its acquire callback succeeds) and canSpin.
#include <doctest/doctest.h>

#include <atomic>

#include "runtime/sched.h"
#include "runtime/spinlock.h"
#include "runtime_scenario.h"

using namespace goro;
using goro::test::procs;
using goro::test::runScenario;

namespace {

// A resource of countable tokens and one waiter slot, guarded by a spin lock.
struct Tokens {
  rt::SpinLock lock;
  int available = 0;
  rt::G* waiter = nullptr;
  std::atomic<int> acquireCalls{0};
  std::atomic<bool> waiting{false};  // a waiter sits in the slot, parked
};

Tokens tokens;

// parkUntilAcquired's callback: takes a token, or puts g back in the slot.
bool takeToken(rt::G* g, void*) {
  tokens.acquireCalls.fetch_add(1);
  std::lock_guard guard(tokens.lock);
  SCENARIO_CHECK(g->status == rt::GStatus::Waiting && g->waitReason == rt::WaitReason::MutexLock);
  if (tokens.available > 0) {
    --tokens.available;
    return true;
  }
  tokens.waiter = g;
  tokens.waiting.store(true);
  return false;
}

void unlockTokens(void*) {
  tokens.waiting.store(true);
  tokens.lock.unlock();
}

// Readies the goroutine waiting in the slot, after adding `added` tokens.
void wakeWaiter(int added) {
  while (!tokens.waiting.load()) rt::sleep(100000);
  tokens.lock.lock();
  tokens.available += added;
  rt::G* g = tokens.waiter;
  tokens.waiter = nullptr;
  tokens.waiting.store(false);
  tokens.lock.unlock();
  rt::ready(g);
}

// Wakes the waiter three times with no token, then once with one; checks it ran only then.
void checkAcquiredAfterFourWakeUps(const std::atomic<int>& bodyRuns, int runsWhileWaiting) {
  for (int i = 0; i < 3; ++i) wakeWaiter(0);
  while (tokens.acquireCalls.load() < 3 || !tokens.waiting.load()) rt::sleep(100000);
  SCENARIO_CHECK(bodyRuns.load() == runsWhileWaiting);
  wakeWaiter(1);
  while (bodyRuns.load() == runsWhileWaiting) rt::sleep(100000);
  SCENARIO_CHECK(tokens.acquireCalls.load() == 4);
  SCENARIO_CHECK(tokens.available == 0);
}

}  // namespace

TEST_CASE("a goroutine parked stackless until acquired runs only once its callback succeeds") {
  auto r = runScenario(procs(2), +[] {
    static std::atomic<int> entries{0};
    rt::spawn(
        [](void*) {
          if (entries.fetch_add(1) > 0) return;  // resumed: the token is ours
          tokens.lock.lock();
          tokens.waiter = rt::current();
          rt::parkUntilAcquired(rt::WaitReason::MutexLock, takeToken, nullptr, unlockTokens, nullptr,
                                rt::Suspend::OnReturn);
        },
        nullptr);
    checkAcquiredAfterFourWakeUps(entries, 1);
    SCENARIO_CHECK(entries.load() == 2);
  });
  CHECK(r.err == "");
  CHECK(r.exitCode == 0);
}

TEST_CASE("a goroutine parked keeping its carrier until acquired returns from the park once") {
  auto r = runScenario(procs(2), +[] {
    static std::atomic<int> returns{0};
    rt::spawn(
        [](void*) {
          tokens.lock.lock();
          tokens.waiter = rt::current();
          rt::parkUntilAcquired(rt::WaitReason::MutexLock, takeToken, nullptr, unlockTokens, nullptr,
                                rt::Suspend::Now);
          returns.fetch_add(1);
        },
        nullptr);
    checkAcquiredAfterFourWakeUps(returns, 0);
  });
  CHECK(r.err == "");
  CHECK(r.exitCode == 0);
}

TEST_CASE("a goroutine that never acquires is part of a deadlock report") {
  auto r = runScenario(procs(2), +[] {
    tokens.lock.lock();
    tokens.waiter = rt::current();
    rt::parkUntilAcquired(rt::WaitReason::MutexLock, takeToken, nullptr, unlockTokens, nullptr, rt::Suspend::Now);
  });
  CHECK(r.exitCode == 2);
  CHECK(r.err.find("all goroutines are asleep - deadlock!\n\ngoroutine 1 [sync.Mutex.Lock]:") != std::string::npos);
}

TEST_CASE("canSpin only while another worker runs a goroutine, for a few iterations") {
  auto single = runScenario(procs(1), +[] { SCENARIO_CHECK(!rt::canSpin(0)); });
  CHECK(single.err == "");
  CHECK(single.exitCode == 0);

  if (rt::numCPU() < 2) return;  // canSpin never allows spinning on one CPU
  auto r = runScenario(procs(2), +[] {
    // Two goroutines that wait for each other without a preemption point must be running
    // on the two workers at once.
    static std::atomic<int> running{0};
    static std::atomic<int> checked{0};
    for (int i = 0; i < 2; ++i)
      rt::spawn(
          [](void*) {
            running.fetch_add(1);
            while (running.load() < 2) {
            }
            SCENARIO_CHECK(rt::canSpin(0));
            SCENARIO_CHECK(!rt::canSpin(4));
            checked.fetch_add(1);
            while (checked.load() < 2) {
            }
          },
          nullptr);
    while (checked.load() < 2) rt::sleep(100000);
  });
  CHECK(r.err == "");
  CHECK(r.exitCode == 0);
}
