// Helpers shared by the package files of stdlib/ (not part of any Go API).
#pragma once

#include <string>
#include <string_view>

#include "vm/native.h"
#include "vm/value.h"

namespace goro::stdlib {

// One registration function per package file, called by registerAll (registry.cpp).
void registerBits();
void registerBufio();
void registerErrors();
void registerFmt();
void registerIo();
void registerMath();
void registerOs();
void registerRand();
void registerRuntime();
void registerSlices();
void registerSort();
void registerStrconv();
void registerStrings();
void registerSync();
void registerSyncAtomic();
void registerTime();
void registerUnicode();
void registerUtf8();

// fmt's scanning engine (stdlib/scan.cpp), registered with package fmt.
NativeBinding scanNative();

// Writes all of data to fd with write(2), retrying short writes and EINTR. Returns the
// bytes written and 0, or the bytes written before an error and its errno.
int64_t writeAll(int fd, std::string_view data, int* err);

// Register-form helpers.
inline std::string_view argString(const Slot& s) { return strView(static_cast<const String*>(s.p)); }
inline Slot stringSlot(std::string_view s) { return Slot{.p = newString(s)}; }
inline std::string_view sliceBytes(const Slot& s) {
  auto* sl = static_cast<const Slice*>(s.p);
  return sl ? std::string_view(sl->data, static_cast<size_t>(sl->len)) : std::string_view();
}
Slot byteSliceSlot(std::string_view bytes);  // a new []byte holding a copy of bytes
// The Go string `part`, a view into base's bytes, sharing them as s[i:j] does.
String* substring(const String* base, std::string_view part);

}  // namespace goro::stdlib
