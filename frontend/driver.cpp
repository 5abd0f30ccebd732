// The build driver: command-line files -> parsed, checked, compiled Program.
#include "frontend/driver.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "frontend/ast_serial.h"
#include "frontend/check.h"
#include "frontend/compile.h"
#include "frontend/parser.h"
#include "vm/native.h"

namespace goro {

namespace {

void fail(const std::string& msg) { std::fprintf(stderr, "%s\n", msg.c_str()); }

bool endsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The files `go run` would take: the .go files named, or the non-test .go files of one
// directory (sorted, as the go command orders them).
bool expandArgs(const std::vector<std::string>& args, std::vector<std::string>& out) {
  namespace fs = std::filesystem;
  if (args.size() == 1 && !endsWith(args[0], ".go")) {
    std::error_code ec;
    if (!fs::is_directory(args[0], ec)) {
      if (!fs::exists(args[0], ec)) {
        fail("stat " + args[0] + ": no such file or directory");
      } else {
        fail("goro: cannot run non-Go file " + args[0]);
      }
      return false;
    }
    for (const auto& entry : fs::directory_iterator(args[0], ec)) {
      std::string name = entry.path().filename().string();
      if (entry.is_regular_file() && endsWith(name, ".go") && !endsWith(name, "_test.go"))
        out.push_back(entry.path().string());
    }
    std::sort(out.begin(), out.end());
    if (out.empty()) {
      fail("no Go files in " + args[0]);
      return false;
    }
    return true;
  }
  for (const std::string& a : args) {
    if (!endsWith(a, ".go")) {
      fail("goro: cannot run non-Go file " + a + " (name .go files, or one directory)");
      return false;
    }
    out.push_back(a);
  }
  return true;
}

bool readFile(const std::string& path, std::string& text) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    fail("stat " + path + ": no such file or directory");
    return false;
  }
  if (S_ISDIR(st.st_mode)) {
    fail("read " + path + ": is a directory");
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    fail("open " + path + ": permission denied");
    return false;
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  text = buf.str();
  // A `#!` first line lets a program run as a script; it is a comment to Go.
  if (text.rfind("#!", 0) == 0) text.replace(0, 2, "//");
  return true;
}

}  // namespace

StdlibLoader::StdlibLoader(Build& build) : build_(build), diags_(build.files) {}

Package* StdlibLoader::import(const std::string& path) {
  auto it = loaded_.find(path);
  if (it != loaded_.end()) return it->second;
  const PackageDef* def = findPackage(path);
  if (!def) return nullptr;
  auto* pkg = new Package();
  pkg->path = path;
  pkg->native = def;
  loaded_[path] = pkg;  // before checking: a cycle then resolves to the same package
  uint32_t index = build_.files.add(stdlibSourcePath(path), std::string(def->goSource));
  File* file = nullptr;
  if (const std::string_view* ast = findPackageAst(path)) {
    file = deserializeFile(*ast, build_.arena, index);
    if (!file) fail("goro: internal error: the prebuilt syntax tree of package " + path + " is unreadable");
  } else {
    file = parseFile(build_.arena, build_.files, index, diags_);
  }
  if (!file) return nullptr;
  pkg->files.push_back(file);
  pkg->name = file->packageName->name;
  if (!checkPackage(*pkg, *this, diags_)) return nullptr;
  build_.packages.push_back(pkg);  // after its own imports: dependency order
  return pkg;
}

std::string stdlibSourcePath(std::string_view importPath) {
  size_t slash = importPath.rfind('/');
  std::string_view leaf = slash == std::string_view::npos ? importPath : importPath.substr(slash + 1);
  return "$GOROOT/src/" + std::string(importPath) + "/" + std::string(leaf) + ".go";
}

std::unique_ptr<Build> buildProgram(const std::vector<std::string>& args) {
  std::vector<std::string> paths;
  if (!expandArgs(args, paths)) return nullptr;

  auto build = std::make_unique<Build>();
  std::vector<uint32_t> indices;
  for (const std::string& path : paths) {
    std::string text;
    if (!readFile(path, text)) return nullptr;
    indices.push_back(build->files.add(path, std::move(text)));
  }

  StdlibLoader loader(*build);
  auto* main = new Package();
  main->path = "main";
  for (uint32_t index : indices) {
    Diagnostics syntaxErrors(build->files);
    File* file = parseFile(build->arena, build->files, index, syntaxErrors);
    loader.diags().addFirstOf(syntaxErrors);
    if (file) main->files.push_back(file);
  }
  if (loader.diags().any()) {
    loader.diags().print();
    return nullptr;
  }
  main->name = main->files.front()->packageName->name;
  for (File* file : main->files) {
    if (file->packageName->name != main->name) {
      fail("found packages " + main->name + " (" + main->files.front()->path + ") and " +
           file->packageName->name + " (" + file->path + ")");
      return nullptr;
    }
  }
  if (main->name != "main") {
    fail("package command-line-arguments is not a main package");
    return nullptr;
  }
  if (!checkPackage(*main, loader, loader.diags())) {
    loader.diags().print();
    return nullptr;
  }
  build->packages.push_back(main);
  build->program = compileProgram(build->packages, build->files);
  return build;
}

}  // namespace goro
