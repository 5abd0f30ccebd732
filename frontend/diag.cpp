// Diagnostics: collects compile errors and prints them in gc's format and order.
#include "frontend/diag.h"

#include <algorithm>
#include <cstdio>

namespace goro {

uint32_t FileSet::add(std::string path, std::string text) {
  files_.push_back({std::move(path), std::move(text)});
  return static_cast<uint32_t>(files_.size() - 1);
}

bool Diagnostics::before(const Entry& a, const Entry& b) {
  if (a.pos.file != b.pos.file) return a.pos.file < b.pos.file;
  if (a.pos.line != b.pos.line) return a.pos.line < b.pos.line;
  return a.pos.col < b.pos.col;
}

void Diagnostics::error(Pos pos, std::string msg) { errors_.push_back({pos, std::move(msg)}); }

void Diagnostics::addFirstOf(const Diagnostics& other) {
  auto first = std::min_element(other.errors_.begin(), other.errors_.end(), before);
  if (first != other.errors_.end()) errors_.push_back(*first);
}

// As gc does: the 10th error reported ends compilation, so the first 10 in report order
// are printed sorted by position (exact repeats dropped), then "too many errors" at the
// position of the 10th.
std::string Diagnostics::format() const {
  constexpr size_t kLimit = 10;
  size_t n = std::min(errors_.size(), kLimit);
  std::vector<Entry> sorted(errors_.begin(), errors_.begin() + static_cast<long>(n));
  std::stable_sort(sorted.begin(), sorted.end(), before);
  auto line = [&](const Entry& e, const std::string& msg) {
    return files_.file(e.pos.file).path + ":" + std::to_string(e.pos.line) + ":" +
           std::to_string(e.pos.col) + ": " + msg + "\n";
  };
  std::string out, previous;
  for (const Entry& e : sorted) {
    std::string text = line(e, e.msg);
    if (text != previous) out += text;
    previous = std::move(text);
  }
  if (errors_.size() >= kLimit) out += line(errors_[kLimit - 1], "too many errors");
  return out;
}

size_t Diagnostics::print() const {
  std::string text = format();
  std::fwrite(text.data(), 1, text.size(), stderr);
  return errors_.size();
}

}  // namespace goro
