// Build-time generator: parses every registered stdlib package and writes a C++ file that
// registers their serialized syntax trees (frontend/ast_serial.h) with the driver.
//
//   goro_pack_ast OUT.cpp
//
// Run by stdlib/CMakeLists.txt whenever the frontend or the stdlib changes, so the trees
// compiled into goro always match its parser and the packages' sources. A syntax error in
// a package's Go source is printed in gc's format and fails the build, as does a tree that
// does not read back equal to itself.
#include <cstdio>
#include <fstream>
#include <string>

#include "frontend/ast_serial.h"
#include "frontend/diag.h"
#include "frontend/driver.h"
#include "frontend/parser.h"
#include "runtime/gc.h"
#include "stdlib/stdlib.h"
#include "vm/native.h"

namespace {

// `bytes` as the body of a C++ string literal: printable ASCII as itself, every other
// byte as a three-digit octal escape (which, unlike \x, cannot swallow the next byte).
std::string cppStringLiteral(std::string_view bytes) {
  std::string out = "\"";
  size_t lineStart = 0;
  for (unsigned char c : bytes) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c >= 0x20 && c < 0x7f && c != '?') {  // '?': no trigraph can form
      out += static_cast<char>(c);
    } else {
      char escape[5];
      std::snprintf(escape, sizeof escape, "\\%03o", c);
      out += escape;
    }
    if (out.size() - lineStart > 100) {
      out += "\"\n    \"";
      lineStart = out.size();
    }
  }
  return out + "\"";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: goro_pack_ast OUT.cpp\n");
    return 2;
  }
  goro::gc::init();
  goro::stdlib::registerAll();

  std::string tables, registrations;
  int failures = 0;
  size_t packages = 0;
  for (const goro::PackageDef& def : goro::allPackages()) {
    goro::FileSet files;
    goro::Arena arena;
    goro::Diagnostics diags(files);
    uint32_t index = files.add(goro::stdlibSourcePath(def.path), std::string(def.goSource));
    goro::File* file = goro::parseFile(arena, files, index, diags);
    if (!file || diags.any()) {
      diags.print();
      ++failures;
      continue;
    }
    std::string bytes = goro::serializeFile(*file);
    goro::Arena copyArena;
    goro::File* copy = goro::deserializeFile(bytes, copyArena, index);
    std::string difference;
    if (!copy || !goro::sameSyntax(*file, *copy, &difference)) {
      std::fprintf(stderr, "goro_pack_ast: package %.*s does not survive serialization: %s\n",
                   static_cast<int>(def.path.size()), def.path.data(), copy ? difference.c_str() : "unreadable");
      ++failures;
      continue;
    }
    std::string name = "kPackage" + std::to_string(packages++);
    tables += "// " + std::string(def.path) + "\nconstexpr char " + name + "[] =\n    " + cppStringLiteral(bytes) + ";\n\n";
    registrations += "  registerPackageAst(\"" + std::string(def.path) + "\", std::string_view(" + name + ", sizeof " +
                     name + " - 1));\n";
  }
  if (failures) return 1;

  std::ofstream out(argv[1], std::ios::binary | std::ios::trunc);
  out << "// Generated at build time by stdlib/gen/pack_ast.cpp: the stdlib packages' syntax trees.\n"
         "#include \"frontend/ast_serial.h\"\n"
         "#include \"stdlib/stdlib.h\"\n\n"
         "namespace goro::stdlib {\n\nnamespace {\n\n"
      << tables << "}  // namespace\n\nvoid registerPackageAsts() {\n" << registrations << "}\n\n}  // namespace goro::stdlib\n";
  out.close();
  if (!out) {
    std::fprintf(stderr, "goro_pack_ast: cannot write %s\n", argv[1]);
    return 1;
  }
  return 0;
}
