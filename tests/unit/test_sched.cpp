// Scheduler tests: spawning, park/ready, sleep and timers, stealing, preemption,
// GOMAXPROCS, deadlock reports, virtual time. Each scenario runs in a forked child.
#include <doctest/doctest.h>
#include <pthread.h>

#include <atomic>
#include <mutex>
#include <set>
#include <vector>

#include "runtime/sched.h"
#include "runtime/spinlock.h"
#include "runtime_scenario.h"

using namespace goro;
using goro::test::procs;
using goro::test::runScenario;

namespace {

// A counting semaphore on park/ready, the way sync primitives will use the scheduler.
struct Sema {
  rt::SpinLock lock;
  int count = 0;
  rt::G* waiter = nullptr;

  void acquire() {
    lock.lock();
    if (count > 0) {
      --count;
      lock.unlock();
      return;
    }
    waiter = rt::current();
    rt::park(rt::WaitReason::MutexLock, [](void* l) { static_cast<rt::SpinLock*>(l)->unlock(); }, &lock);
  }
  void release() {
    lock.lock();
    if (rt::G* g = waiter) {
      waiter = nullptr;
      lock.unlock();
      rt::ready(g);
      return;
    }
    ++count;
    lock.unlock();
  }
};

// Spins for `ms` of wall time without reaching a preemption point.
void burn(int ms) {
  int64_t end = rt::nanotime() + ms * 1000000LL;
  while (rt::nanotime() < end) {
  }
}

}  // namespace

TEST_CASE("main goroutine returning exits 0 at once, flushing stdio") {
  auto r = runScenario(procs(2), +[] {
    std::printf("hello");  // no newline: still buffered at exit
    rt::spawn([](void*) { rt::sleep(60LL * 1000000000); }, nullptr);
  });
  CHECK(r.exitCode == 0);
  CHECK(r.out == "hello");
}

TEST_CASE("after mainGoexited the program runs until no goroutine is left") {
  auto r = runScenario(procs(2), +[] {
    rt::spawn(
        [](void*) {
          rt::sleep(20000000);
          std::printf("last goroutine done, %d live\n", rt::numGoroutine());
        },
        nullptr);
    rt::mainGoexited();
  });
  CHECK(r.out == "last goroutine done, 1 live\n");
  CHECK(r.err == "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
  CHECK(r.exitCode == 2);
}

TEST_CASE("after mainGoexited blocked goroutines are a deadlock that leaves main out") {
  auto r = runScenario(procs(1), +[] {
    rt::spawn([](void*) { rt::park(rt::WaitReason::ChanReceive); }, nullptr);
    rt::mainGoexited();
  });
  CHECK(r.err == "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 5 [chan receive]:\n");
  CHECK(r.exitCode == 2);
}

TEST_CASE("goroutine ids count as Go's and numGoroutine tracks live goroutines") {
  auto r = runScenario(procs(2), +[] {
    SCENARIO_CHECK(rt::current()->id == 1);
    static Sema done;
    rt::G* a = rt::spawn([](void*) { done.release(); }, nullptr);
    rt::G* b = rt::spawn([](void*) { done.release(); }, nullptr);
    SCENARIO_CHECK(a->id == 5 && b->id == 6);
    done.acquire();
    done.acquire();
    while (rt::numGoroutine() != 1) rt::yield();
  });
  CHECK(r.err == "");
  CHECK(r.exitCode == 0);
}

TEST_CASE("100k goroutines park and resume") {
  auto r = runScenario(procs(2), +[] {
    constexpr int kCount = 100000 / test::kWorkloadDivisor;
    static rt::SpinLock lock;
    static std::vector<rt::G*> parked;
    static std::atomic<int> finished{0};
    static Sema allDone;
    parked.reserve(kCount);
    for (int i = 0; i < kCount; ++i)
      rt::spawn(
          [](void*) {
            lock.lock();
            parked.push_back(rt::current());
            rt::park(rt::WaitReason::ChanReceive, [](void*) { lock.unlock(); }, nullptr);
            if (finished.fetch_add(1) + 1 == kCount) allDone.release();
          },
          nullptr);
    for (;;) {
      lock.lock();
      size_t n = parked.size();
      lock.unlock();
      if (n == kCount) break;
      rt::sleep(1000000);
    }
    SCENARIO_CHECK(rt::numGoroutine() == kCount + 1);
    std::printf("rss with 100k parked goroutines: %ld MiB\n", test::rssKiB() / 1024);
    for (rt::G* g : parked) rt::ready(g);
    allDone.acquire();
    SCENARIO_CHECK(finished.load() == kCount);
  });
  MESSAGE(r.out);
  CHECK(r.err == "");
  CHECK(r.exitCode == 0);
}

TEST_CASE("ping-pong over park/ready") {
  for (int p : {1, 2}) {
    static int rounds;
    rounds = 0;
    auto r = runScenario(procs(p), +[] {
      constexpr int kRounds = 200000 / test::kWorkloadDivisor;
      static Sema ping, pong, done;
      rt::spawn(
          [](void*) {
            for (int i = 0; i < kRounds; ++i) {
              ping.acquire();
              pong.release();
            }
            done.release();
          },
          nullptr);
      int64_t start = rt::nanotime();
      for (int i = 0; i < kRounds; ++i) {
        ping.release();
        pong.acquire();
      }
      done.acquire();
      std::printf("%d round trips: %.0f ns each\n", kRounds, double(rt::nanotime() - start) / kRounds);
    });
    MESSAGE("procs=" << p << ": " << r.out);
    CHECK(r.err == "");
    CHECK(r.exitCode == 0);
  }
}

TEST_CASE("sleepers wake in deadline order, on time") {
  auto r = runScenario(procs(2), +[] {
    constexpr int64_t kMs = 1000000;
    static rt::SpinLock lock;
    static std::vector<int> order;
    static int64_t start = rt::nanotime();
    for (int ms : {250, 50, 200, 100, 150})
      rt::spawn(
          [](void* arg) {
            int ms = static_cast<int>(reinterpret_cast<intptr_t>(arg));
            rt::sleep(start + ms * kMs - rt::nanotime());
            lock.lock();
            order.push_back(ms);
            lock.unlock();
          },
          reinterpret_cast<void*>(intptr_t{ms}));
    rt::sleep(400 * kMs);
    int64_t slept = rt::nanotime() - start;
    SCENARIO_CHECK(slept >= 400 * kMs && slept < 800 * kMs);
    SCENARIO_CHECK((order == std::vector<int>{50, 100, 150, 200, 250}));
  });
  CHECK(r.err == "");
  CHECK(r.exitCode == 0);
}

TEST_CASE("sleeping burns no CPU") {
  auto r = runScenario(procs(2), +[] {
    double before = test::cpuMillis();
    rt::sleep(1000 * 1000000LL);
    double used = test::cpuMillis() - before;
    std::printf("cpu while sleeping 1 s: %.1f ms\n", used);
    SCENARIO_CHECK(used < 20);
  });
  MESSAGE(r.out);
  CHECK(r.err == "");
  CHECK(r.exitCode == 0);
}

TEST_CASE("stdlib timers fire once and can be stopped") {
  auto r = runScenario(procs(2), +[] {
    static std::atomic<int> fired{0};
    auto count = [](void*) { fired.fetch_add(1); };
    rt::addTimer(rt::nanotime() + 5000000, count, nullptr);
    rt::Timer* stopped = rt::addTimer(rt::nanotime() + 10000000, count, nullptr);
    SCENARIO_CHECK(rt::stopTimer(stopped));
    SCENARIO_CHECK(!rt::stopTimer(stopped));
    rt::sleep(30 * 1000000LL);
    SCENARIO_CHECK(fired.load() == 1);
  });
  CHECK(r.err == "");
  CHECK(r.exitCode == 0);
}

namespace {
std::mutex threadsMutex;
std::set<pthread_t> threadsSeen;
void recordThread() {
  std::lock_guard lock(threadsMutex);
  threadsSeen.insert(pthread_self());
}
}  // namespace

TEST_CASE("work stealing spreads goroutines over both workers") {
  auto r = runScenario(procs(2), +[] {
    static Sema done;
    for (int i = 0; i < 8; ++i)
      rt::spawn(
          [](void*) {
            recordThread();
            burn(30);
            done.release();
          },
          nullptr);
    for (int i = 0; i < 8; ++i) done.acquire();
    SCENARIO_CHECK(threadsSeen.size() == 2);
  });
  CHECK(r.err == "");
  CHECK(r.exitCode == 0);
}

TEST_CASE("preempt() keeps a busy loop from starving others with one worker") {
  auto r = runScenario(procs(1), +[] {
    static std::atomic<bool> stop{false};
    rt::spawn(
        [](void*) {
          while (!stop.load()) rt::preempt();
        },
        nullptr);
    rt::spawn([](void*) { stop.store(true); }, nullptr);
    while (!stop.load()) rt::preempt();
  });
  CHECK(r.err == "");
  CHECK(r.exitCode == 0);
}

TEST_CASE("GOMAXPROCS changes take effect while running") {
  auto r = runScenario(procs(1), +[] {
    static Sema done;
    auto busy = [](void*) {
      int64_t end = rt::nanotime() + 30 * 1000000LL;
      while (rt::nanotime() < end) {
        recordThread();
        rt::preempt();
      }
      done.release();
    };
    SCENARIO_CHECK(rt::gomaxprocs(0) == 1);
    SCENARIO_CHECK(rt::gomaxprocs(2) == 1);
    for (int i = 0; i < 4; ++i) rt::spawn(busy, nullptr);
    for (int i = 0; i < 4; ++i) done.acquire();
    SCENARIO_CHECK(threadsSeen.size() == 2);

    SCENARIO_CHECK(rt::gomaxprocs(1) == 2);
    rt::yield();  // off the stopped worker, if main was on it
    threadsSeen.clear();
    for (int i = 0; i < 4; ++i) rt::spawn(busy, nullptr);
    for (int i = 0; i < 4; ++i) done.acquire();
    SCENARIO_CHECK(threadsSeen.size() == 1);
  });
  CHECK(r.err == "");
  CHECK(r.exitCode == 0);
}

TEST_CASE("deadlock is reported with every goroutine's wait reason") {
  auto r = runScenario(procs(2), +[] {
    rt::setGoroutineDumper([](rt::G* g, std::string& out) {
      out += g->id == 1 ? "main.main()\n" : "main.main.func1()\n";
    });
    rt::spawn([](void*) { rt::park(rt::WaitReason::ChanSendNil); }, nullptr);
    rt::sleep(1000000);
    rt::park(rt::WaitReason::ChanReceive);
  });
  CHECK(r.exitCode == 2);
  CHECK(r.err ==
        "fatal error: all goroutines are asleep - deadlock!\n"
        "\n"
        "goroutine 1 [chan receive]:\n"
        "main.main()\n"
        "\n"
        "goroutine 5 [chan send (nil chan)]:\n"
        "main.main.func1()\n");
}

TEST_CASE("a pending timer is not a deadlock") {
  auto r = runScenario(procs(1), +[] {
    static rt::G* mainG = rt::current();
    rt::addTimer(rt::nanotime() + 20000000, [](void*) { rt::ready(mainG); }, nullptr);
    rt::park(rt::WaitReason::ChanReceive);
  });
  CHECK(r.err == "");
  CHECK(r.exitCode == 0);
}

TEST_CASE("fake time jumps to the next timer when everyone is blocked") {
  rt::Options opts = procs(2);
  opts.fakeTime = true;
  auto r = runScenario(opts, +[] {
    SCENARIO_CHECK(rt::walltime() / 1000000000 == 1257894000);  // 2009-11-10 23:00:00 UTC
    int64_t start = rt::nanotime();
    double cpuBefore = test::cpuMillis();
    rt::sleep(3600LL * 1000000000);
    SCENARIO_CHECK(rt::nanotime() - start == 3600LL * 1000000000);
    SCENARIO_CHECK(test::cpuMillis() - cpuBefore < 100);
  });
  CHECK(r.err == "");
  CHECK(r.exitCode == 0);
}
