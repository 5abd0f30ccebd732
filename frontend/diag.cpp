// Diagnostics: collects compile errors and prints them in gc's format and order.
#include "frontend/diag.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace goro {

namespace {

// The working directory as Go's os.Getwd finds it: $PWD if it is absolute and names the
// current directory, else the kernel's (symbolic-link-free) answer.
std::string workingDirectory() {
  struct stat dot, pwd;
  const char* env = std::getenv("PWD");
  if (env && env[0] == '/' && ::stat(".", &dot) == 0 && ::stat(env, &pwd) == 0 && dot.st_dev == pwd.st_dev &&
      dot.st_ino == pwd.st_ino)
    return env;
  std::string buf(4096, '\0');
  if (!::getcwd(buf.data(), buf.size())) return "/";
  buf.resize(std::char_traits<char>::length(buf.c_str()));
  return buf;
}

// Go's filepath.Clean of an absolute path: no "." or ".." elements, no doubled slashes.
std::string cleanAbsolute(const std::string& path) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= path.size()) {
    size_t slash = path.find('/', start);
    if (slash == std::string::npos) slash = path.size();
    std::string part = path.substr(start, slash - start);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(std::move(part));
    }
    start = slash + 1;
  }
  std::string clean;
  for (const std::string& part : parts) clean.append(1, '/').append(part);
  return clean.empty() ? "/" : clean;
}

std::string tracePathOf(const std::string& path) {
  if (path.starts_with("$GOROOT/") || path.starts_with("<")) return path;  // stdlib, REPL input
  if (path.starts_with("/")) return cleanAbsolute(path);
  static const std::string cwd = workingDirectory();
  return cleanAbsolute(cwd + "/" + path);
}

}  // namespace

uint32_t FileSet::add(std::string path, std::string text) {
  std::string tracePath = tracePathOf(path);
  files_.push_back({std::move(path), std::move(tracePath), std::move(text)});
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
