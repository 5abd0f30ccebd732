// Source files and compile-time diagnostics, printed as gc prints them.
//
// Every error is `path:LINE:COL: message`. Like gc, goro prints errors sorted by
// position and gives up at the 10th with "too many errors".
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "frontend/ast.h"

namespace goro {

struct SourceFile {
  std::string path;       // as the user named it (printed in compile errors)
  std::string tracePath;  // as goroutine traces print it: see FileSet::add
  std::string text;
};

// All source files of a build; Pos::file indexes into it.
class FileSet {
 public:
  // Adds a file named `path`. Its trace path is the one gc records in the binary:
  // absolute, against the working directory as os.Getwd reports it ($PWD when it names
  // the current directory, so symbolic links are kept), and lexically cleaned. The
  // stdlib's embedded sources, named "$GOROOT/src/...", keep their name.
  uint32_t add(std::string path, std::string text);
  const SourceFile& file(uint32_t index) const { return files_.at(index); }
  size_t size() const { return files_.size(); }

 private:
  std::vector<SourceFile> files_;
};

class Diagnostics {
 public:
  explicit Diagnostics(const FileSet& files) : files_(files) {}
  void error(Pos pos, std::string msg);
  bool any() const { return !errors_.empty(); }
  size_t count() const { return errors_.size(); }
  // Writes the errors to stderr in gc's format and order; returns how many were printed.
  size_t print() const;
  // The errors as gc prints them, one per line (for tests).
  std::string format() const;
  // Adds the first error (by position) of `other`. A file with syntax errors reports only
  // its first: after one, the parser's view of the file is guesswork.
  void addFirstOf(const Diagnostics& other);
  void clear() { errors_.clear(); }

 private:
  struct Entry {
    Pos pos;
    std::string msg;
  };
  static bool before(const Entry& a, const Entry& b);
  const FileSet& files_;
  std::vector<Entry> errors_;
};

}  // namespace goro
