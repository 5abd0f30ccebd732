// The registry of native packages and the program's arguments (see vm/native.h).
#include "vm/native.h"

namespace goro {

namespace {
std::vector<PackageDef>& registry() {
  static std::vector<PackageDef> packages;
  return packages;
}
std::vector<std::string>& args() {
  static std::vector<std::string> programArgs;
  return programArgs;
}
}  // namespace

void registerPackage(PackageDef def) { registry().push_back(std::move(def)); }

const PackageDef* findPackage(std::string_view path) {
  for (const PackageDef& p : registry())
    if (p.path == path) return &p;
  return nullptr;
}

const std::vector<PackageDef>& allPackages() { return registry(); }

void setProgramArgs(std::vector<std::string> a) { args() = std::move(a); }
const std::vector<std::string>& programArgs() { return args(); }

}  // namespace goro
