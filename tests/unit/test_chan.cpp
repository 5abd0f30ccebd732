// Channel and select tests: hand-off, buffering, close, panics, nil channels, fairness.
#include <doctest/doctest.h>

#include <atomic>
#include <cmath>

#include "runtime/chan.h"
#include "runtime/sched.h"
#include "runtime_scenario.h"

using namespace goro;
using goro::test::procs;
using goro::test::runScenario;

namespace {

Slot slot(int64_t i) {
  Slot s;
  s.i = i;
  return s;
}

}  // namespace

TEST_CASE("unbuffered channel hands values over in order") {
  auto r = runScenario(procs(2), +[] {
    static rt::Chan* c = rt::makeChan(0);
    rt::spawn(
        [](void*) {
          for (int i = 1; i <= 1000; ++i) rt::chanSend(c, slot(i));
          rt::chanClose(c);
        },
        nullptr);
    int64_t expected = 1;
    for (;;) {
      bool ok;
      Slot v = rt::chanRecv(c, &ok);
      if (!ok) break;
      SCENARIO_CHECK(v.i == expected);
      ++expected;
    }
    SCENARIO_CHECK(expected == 1001);
  });
  CHECK(r.err == "");
  CHECK(r.exitCode == 0);
}

TEST_CASE("buffered channel is FIFO, reports len and cap, drains after close") {
  auto r = runScenario(procs(1), +[] {
    Slot zero;
    zero.p = reinterpret_cast<void*>(0x1234);  // stands for a pointer to a zero struct
    rt::Chan* c = rt::makeChan(3, zero);
    SCENARIO_CHECK(rt::chanCap(c) == 3 && rt::chanLen(c) == 0);
    for (int i = 0; i < 3; ++i) rt::chanSend(c, slot(10 + i));  // never blocks
    SCENARIO_CHECK(rt::chanLen(c) == 3);
    rt::chanClose(c);
    for (int i = 0; i < 3; ++i) {
      bool ok = false;
      SCENARIO_CHECK(rt::chanRecv(c, &ok).i == 10 + i && ok);
    }
    bool ok = true;
    SCENARIO_CHECK(rt::chanRecv(c, &ok).p == zero.p && !ok);
    SCENARIO_CHECK(rt::chanLen(nullptr) == 0 && rt::chanCap(nullptr) == 0);
  });
  CHECK(r.err == "");
  CHECK(r.exitCode == 0);
}

TEST_CASE("a full buffer blocks the sender until a receive makes room") {
  auto r = runScenario(procs(2), +[] {
    static rt::Chan* c = rt::makeChan(2);
    static std::atomic<int> sent{0};
    rt::spawn(
        [](void*) {
          for (int i = 0; i < 5; ++i) {
            rt::chanSend(c, slot(i));
            sent.fetch_add(1);
          }
        },
        nullptr);
    rt::sleep(20 * 1000000LL);
    SCENARIO_CHECK(sent.load() == 2);
    for (int i = 0; i < 5; ++i) SCENARIO_CHECK(rt::chanRecv(c).i == i);
  });
  CHECK(r.err == "");
  CHECK(r.exitCode == 0);
}

TEST_CASE("close wakes every blocked receiver with ok=false") {
  auto r = runScenario(procs(2), +[] {
    static rt::Chan* c = rt::makeChan(0);
    static rt::Chan* results = rt::makeChan(10);
    for (int i = 0; i < 10; ++i)
      rt::spawn(
          [](void*) {
            bool ok = true;
            rt::chanRecv(c, &ok);
            rt::chanSend(results, slot(ok ? 1 : 0));
          },
          nullptr);
    rt::sleep(10 * 1000000LL);
    rt::chanClose(c);
    for (int i = 0; i < 10; ++i) SCENARIO_CHECK(rt::chanRecv(results).i == 0);
  });
  CHECK(r.err == "");
  CHECK(r.exitCode == 0);
}

TEST_CASE("channel misuse panics with Go's messages") {
  auto sendOnClosed = runScenario(procs(1), +[] {
    rt::Chan* c = rt::makeChan(1);
    rt::chanClose(c);
    rt::chanSend(c, slot(1));
  });
  CHECK(sendOnClosed.exitCode == 2);
  CHECK(sendOnClosed.err.find("panic: send on closed channel") == 0);

  auto closeClosed = runScenario(procs(1), +[] {
    rt::Chan* c = rt::makeChan(0);
    rt::chanClose(c);
    rt::chanClose(c);
  });
  CHECK(closeClosed.err.find("panic: close of closed channel") == 0);

  auto closeNil = runScenario(procs(1), +[] { rt::chanClose(nullptr); });
  CHECK(closeNil.err.find("panic: close of nil channel") == 0);

  auto blockedSender = runScenario(procs(2), +[] {
    static rt::Chan* c = rt::makeChan(0);
    rt::spawn([](void*) { rt::chanSend(c, slot(1)); }, nullptr);
    rt::sleep(10 * 1000000LL);
    rt::chanClose(c);
    rt::sleep(1000 * 1000000LL);
  });
  CHECK(blockedSender.exitCode == 2);
  CHECK(blockedSender.err.find("panic: send on closed channel") == 0);

  auto badSize = runScenario(procs(1), +[] { rt::makeChan(-1); });
  CHECK(badSize.err.find("panic: makechan: size out of range") == 0);
}

TEST_CASE("nil channels and empty selects block forever") {
  rt::Options opts = procs(2);
  auto r = runScenario(opts, +[] {
    rt::spawn([](void*) { rt::chanRecv(nullptr); }, nullptr);
    rt::spawn([](void*) { rt::blockForever(); }, nullptr);
    rt::spawn(
        [](void*) {
          rt::SelectCase cases[2] = {{nullptr, false, {}, false}, {nullptr, true, {}, false}};
          rt::select(cases, 2, false);
        },
        nullptr);
    rt::sleep(10 * 1000000LL);
    rt::chanSend(nullptr, slot(1));
  });
  CHECK(r.exitCode == 2);
  CHECK(r.err ==
        "fatal error: all goroutines are asleep - deadlock!\n\n"
        "goroutine 1 [chan send (nil chan)]:\n\n"
        "goroutine 5 [chan receive (nil chan)]:\n\n"
        "goroutine 6 [select (no cases)]:\n\n"
        "goroutine 7 [select]:\n");
}

TEST_CASE("select: default, readiness, blocking, closed channels") {
  auto r = runScenario(procs(2), +[] {
    rt::Chan* a = rt::makeChan(1);
    rt::Chan* b = rt::makeChan(0);
    rt::SelectCase cases[2] = {{a, false, {}, false}, {b, false, {}, false}};
    SCENARIO_CHECK(rt::select(cases, 2, true) == -1);

    rt::chanSend(a, slot(7));
    SCENARIO_CHECK(rt::select(cases, 2, true) == 0 && cases[0].value.i == 7 && cases[0].ok);

    // A send case into a buffer with room.
    rt::SelectCase send[1] = {{a, true, slot(8), false}};
    SCENARIO_CHECK(rt::select(send, 1, false) == 0 && rt::chanRecv(a).i == 8);

    // Blocking select woken by another goroutine's send.
    static rt::Chan* bs = b;
    rt::spawn(
        [](void*) {
          rt::sleep(5 * 1000000LL);
          rt::chanSend(bs, slot(42));
        },
        nullptr);
    SCENARIO_CHECK(rt::select(cases, 2, false) == 1 && cases[1].value.i == 42 && cases[1].ok);

    // Blocking select whose send case is taken by a receiver.
    static rt::Chan* out = rt::makeChan(0);
    rt::spawn(
        [](void*) {
          rt::sleep(5 * 1000000LL);
          SCENARIO_CHECK(rt::chanRecv(out).i == 99);
        },
        nullptr);
    rt::SelectCase mixed[2] = {{b, false, {}, false}, {out, true, slot(99), false}};
    SCENARIO_CHECK(rt::select(mixed, 2, false) == 1);

    // A closed channel is always ready, with ok=false.
    rt::chanClose(b);
    SCENARIO_CHECK(rt::select(cases, 2, false) == 1 && !cases[1].ok);

    // Close wakes a blocked select.
    static rt::Chan* late = rt::makeChan(0);
    rt::spawn(
        [](void*) {
          rt::sleep(5 * 1000000LL);
          rt::chanClose(late);
        },
        nullptr);
    rt::SelectCase waitLate[2] = {{late, false, {}, true}, {nullptr, false, {}, false}};
    SCENARIO_CHECK(rt::select(waitLate, 2, false) == 0 && !waitLate[0].ok);
  });
  CHECK(r.err == "");
  CHECK(r.exitCode == 0);
}

TEST_CASE("select chooses uniformly among ready cases") {
  auto r = runScenario(procs(1, 12345), +[] {
    constexpr int kCases = 4, kRounds = 100000;
    rt::Chan* chans[kCases];
    rt::SelectCase cases[kCases];
    for (int i = 0; i < kCases; ++i) {
      chans[i] = rt::makeChan(1);
      rt::chanSend(chans[i], slot(i));
      cases[i] = {chans[i], false, {}, false};
    }
    int hits[kCases] = {};
    for (int round = 0; round < kRounds; ++round) {
      int k = rt::select(cases, kCases, false);
      ++hits[k];
      rt::chanSend(chans[k], slot(k));  // make it ready again
    }
    for (int h : hits) SCENARIO_CHECK(std::abs(h - kRounds / kCases) < kRounds / 50);
  });
  CHECK(r.err == "");
  CHECK(r.exitCode == 0);
}

TEST_CASE("selects on shared channels from both sides do not deadlock") {
  auto r = runScenario(procs(2), +[] {
    static rt::Chan* x = rt::makeChan(0);
    static rt::Chan* y = rt::makeChan(0);
    static rt::Chan* done = rt::makeChan(2);
    constexpr int kRounds = 20000 / test::kWorkloadDivisor;
    auto side = [](void* sendsFirst) {
      for (int i = 0; i < kRounds; ++i) {
        rt::SelectCase cases[2] = {{x, sendsFirst != nullptr, slot(i), false}, {y, sendsFirst == nullptr, slot(i), false}};
        rt::select(cases, 2, false);
      }
      rt::chanSend(done, slot(1));
    };
    rt::spawn(side, reinterpret_cast<void*>(1));
    rt::spawn(side, nullptr);
    rt::chanRecv(done);
    rt::chanRecv(done);
  });
  CHECK(r.err == "");
  CHECK(r.exitCode == 0);
}

TEST_CASE("a million channel operations on two workers") {
  auto r = runScenario(procs(2), +[] {
    constexpr int kValues = 500000 / test::kWorkloadDivisor;  // each is one send and one receive
    static rt::Chan* c = rt::makeChan(0);
    static rt::Chan* buffered = rt::makeChan(128);
    int64_t start = rt::nanotime();
    rt::spawn(
        [](void*) {
          for (int i = 0; i < kValues; ++i) rt::chanSend(c, slot(i));
        },
        nullptr);
    int64_t sum = 0;
    for (int i = 0; i < kValues; ++i) sum += rt::chanRecv(c).i;
    SCENARIO_CHECK(sum == int64_t{kValues} * (kValues - 1) / 2);
    double unbufferedNs = double(rt::nanotime() - start) / kValues;

    start = rt::nanotime();
    rt::spawn(
        [](void*) {
          for (int i = 0; i < kValues; ++i) rt::chanSend(buffered, slot(i));
        },
        nullptr);
    sum = 0;
    for (int i = 0; i < kValues; ++i) sum += rt::chanRecv(buffered).i;
    SCENARIO_CHECK(sum == int64_t{kValues} * (kValues - 1) / 2);
    std::printf("per value: unbuffered %.0f ns, buffered(128) %.0f ns\n", unbufferedNs,
                double(rt::nanotime() - start) / kValues);
  });
  MESSAGE(r.out);
  CHECK(r.err == "");
  CHECK(r.exitCode == 0);
}
