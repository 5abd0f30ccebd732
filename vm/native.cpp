// The registry of native packages (see vm/native.h).
#include "vm/native.h"

namespace goro {

namespace {
std::vector<PackageDef>& registry() {
  static std::vector<PackageDef> packages;
  return packages;
}
}  // namespace

void registerPackage(PackageDef def) { registry().push_back(std::move(def)); }

const PackageDef* findPackage(std::string_view path) {
  for (const PackageDef& p : registry())
    if (p.path == path) return &p;
  return nullptr;
}

const std::vector<PackageDef>& allPackages() { return registry(); }

}  // namespace goro
