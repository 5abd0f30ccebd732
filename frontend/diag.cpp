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

// gc sorts by position, keeps the first error of each line and gives up after 10.
std::string Diagnostics::format() const {
  std::vector<Entry> sorted = errors_;
  std::stable_sort(sorted.begin(), sorted.end(), before);
  std::string out;
  int printed = 0;
  const Entry* prev = nullptr;
  for (const Entry& e : sorted) {
    if (prev && prev->pos.file == e.pos.file && prev->pos.line == e.pos.line) continue;
    if (printed == 10) {
      out += files_.file(e.pos.file).path + ":" + std::to_string(e.pos.line) + ":" +
             std::to_string(e.pos.col) + ": too many errors\n";
      break;
    }
    out += files_.file(e.pos.file).path + ":" + std::to_string(e.pos.line) + ":" +
           std::to_string(e.pos.col) + ": " + e.msg + "\n";
    ++printed;
    prev = &e;
  }
  return out;
}

size_t Diagnostics::print() const {
  std::string text = format();
  std::fwrite(text.data(), 1, text.size(), stderr);
  return errors_.size();
}

}  // namespace goro
