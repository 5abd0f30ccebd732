// Reads a map's entries for fmt through the VM's map iterator (vm/map.h).
#include "stdlib/mapiter.h"

#include "vm/map.h"
#include "vm/type.h"

namespace goro::stdlib {

std::vector<std::pair<Slot, Slot>> mapEntries(Map* m, const Type* mapType) {
  std::vector<std::pair<Slot, Slot>> entries;
  if (m == nullptr) return entries;
  const Type* u = mapType->under();
  entries.reserve(static_cast<size_t>(mapLen(m)));
  MapIter it;  // on this stack, which the collector scans
  mapIterInit(it, m);
  while (mapIterNext(it)) entries.emplace_back(loadValue(u->key, it.key), loadValue(u->elem, it.value));
  return entries;
}

}  // namespace goro::stdlib
