// The runtime's single source of time: real clocks, or a virtual clock under fakeTime.
//
// Under fakeTime (as on the Go playground) time starts at 2009-11-10 23:00:00 UTC and
// stands still while any goroutine can run; when every goroutine is blocked and a timer
// is pending, the scheduler jumps the clock to that timer (advanceTo).
#pragma once

#include <atomic>
#include <cstdint>

namespace goro::rt {

class Clock {
 public:
  static constexpr int64_t kFakeEpochUnixNanos = 1257894000LL * 1000000000LL;

  void useFakeTime(bool fake) { fake_ = fake; }
  bool isFake() const { return fake_; }

  int64_t monotonic() const;  // nanoseconds since an arbitrary origin
  int64_t wall() const;       // Unix nanoseconds
  // Fake time only: moves the virtual clock forward to `when` (never backwards).
  void advanceTo(int64_t when);

 private:
  bool fake_ = false;
  // Starts at 1 ns, as the playground's monotonic reading (m=+0.000000001) does.
  std::atomic<int64_t> virtualNow_{1};
};

Clock& clock();

}  // namespace goro::rt
