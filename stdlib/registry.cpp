// Registers every stdlib package. Each package file defines one `registerX()`; adding a
// package is one line here.
#include <cerrno>
#include <cstring>
#include <unistd.h>

#include "runtime/gc.h"
#include "stdlib/stdlib.h"
#include "stdlib/support.h"
#include "vm/type.h"

namespace goro::stdlib {

void registerAll() {
  registerBits();
  registerBufio();
  registerErrors();
  registerFmt();
  registerIo();
  registerMath();
  registerOs();
  registerRand();
  registerRuntime();
  registerSlices();
  registerSort();
  registerStrconv();
  registerStrings();
  registerSync();
  registerSyncAtomic();
  registerTime();
  registerUnicode();
  registerUtf8();
}

int64_t writeAll(int fd, std::string_view data, int* err) {
  int64_t written = 0;
  *err = 0;
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      int e = errno;  // read at once: no fiber switch can happen in between
      if (e == EINTR) continue;
      *err = e;
      break;
    }
    written += n;
    data.remove_prefix(static_cast<size_t>(n));
  }
  return written;
}

Slot byteSliceSlot(std::string_view bytes) {
  Slice* s = newSlice(TypeTable::get().basic(Kind::Uint8), static_cast<int64_t>(bytes.size()),
                      static_cast<int64_t>(bytes.size()));
  if (!bytes.empty()) std::memcpy(s->data, bytes.data(), bytes.size());
  return Slot{.p = s};
}

String* substring(const String* base, std::string_view part) {
  if (part.empty()) return nullptr;
  if (part.data() == base->data && part.size() == static_cast<size_t>(base->len)) return const_cast<String*>(base);
  auto* header = static_cast<String*>(gc::alloc(sizeof(String)));
  header->data = part.data();
  header->len = static_cast<int64_t>(part.size());
  return header;
}

}  // namespace goro::stdlib
