// Real and virtual clocks (see clock.h).
#include "runtime/clock.h"

#include <ctime>

namespace goro::rt {

namespace {
int64_t readClock(clockid_t id) {
  timespec ts;
  clock_gettime(id, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}
}  // namespace

Clock& clock() {
  static Clock instance;
  return instance;
}

int64_t Clock::monotonic() const {
  if (fake_) return virtualNow_.load(std::memory_order_acquire);
  return readClock(CLOCK_MONOTONIC);
}

int64_t Clock::wall() const {
  if (fake_) return kFakeEpochUnixNanos + virtualNow_.load(std::memory_order_acquire) - 1;
  return readClock(CLOCK_REALTIME);
}

void Clock::advanceTo(int64_t when) {
  int64_t now = virtualNow_.load(std::memory_order_relaxed);
  while (when > now && !virtualNow_.compare_exchange_weak(now, when, std::memory_order_acq_rel)) {
  }
}

}  // namespace goro::rt
