// The list of supported packages and their exported API (`goro packages`), read from the
// registry's Go declarations so the README's list is generated, never written by hand.
//
// Package sources are gofmt-formatted Go, so a top-level declaration starts a line:
// `func Name(`, `func (r *T) Name(`, `type Name `, and `const`/`var` names, alone or in
// parenthesised groups. Only exported names are listed.
#include <algorithm>
#include <cctype>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include "stdlib/stdlib.h"
#include "vm/native.h"

namespace goro::stdlib {

namespace {

bool exported(std::string_view name) { return !name.empty() && std::isupper(static_cast<unsigned char>(name[0])); }

std::string_view identifierAt(std::string_view s) {
  size_t n = 0;
  while (n < s.size() && (std::isalnum(static_cast<unsigned char>(s[n])) || s[n] == '_')) n++;
  return s.substr(0, n);
}

struct PackageApi {
  std::vector<std::string> funcs, types, values;
};

PackageApi scan(std::string_view source) {
  PackageApi api;
  std::istringstream lines{std::string(source)};
  std::string line;
  enum class Group { None, Const, Var, Type } group = Group::None;
  auto addNamed = [&](Group g, std::string_view name) {
    if (!exported(name)) return;
    (g == Group::Type ? api.types : api.values).emplace_back(name);
  };
  while (std::getline(lines, line)) {
    std::string_view l = line;
    if (group != Group::None) {
      if (l.starts_with(")")) group = Group::None;
      else if (l.starts_with("\t") && !l.starts_with("\t\t") && !l.starts_with("\t//")) addNamed(group, identifierAt(l.substr(1)));
      continue;
    }
    if (l.starts_with("func (")) {
      // A method: list it as Type.Name under the receiver's base type.
      size_t close = l.find(')');
      std::string_view recv = l.substr(6, close - 6);
      recv = recv.substr(recv.rfind(' ') + 1);
      if (recv.starts_with("*")) recv.remove_prefix(1);
      std::string_view name = identifierAt(l.substr(close + 2));
      if (exported(recv) && exported(name)) api.funcs.push_back(std::string(recv) + "." + std::string(name));
    } else if (l.starts_with("func ")) {
      if (std::string_view name = identifierAt(l.substr(5)); exported(name)) api.funcs.emplace_back(name);
    } else {
      for (auto [keyword, g] : {std::pair{std::string_view("const "), Group::Const}, {"var ", Group::Var}, {"type ", Group::Type}}) {
        if (!l.starts_with(keyword)) continue;
        std::string_view rest = l.substr(keyword.size());
        if (rest.starts_with("(")) group = g;
        else addNamed(g, identifierAt(rest));
      }
    }
  }
  for (auto* v : {&api.funcs, &api.types, &api.values}) std::sort(v->begin(), v->end());
  return api;
}

void printList(std::ostream& out, std::string_view label, const std::vector<std::string>& names) {
  if (names.empty()) return;
  out << "  " << label << ":";
  for (const std::string& n : names) out << ' ' << n;
  out << '\n';
}

}  // namespace

void describePackages(std::ostream& out) {
  std::vector<const PackageDef*> packages;
  for (const PackageDef& p : allPackages()) packages.push_back(&p);
  std::sort(packages.begin(), packages.end(), [](auto* a, auto* b) { return a->path < b->path; });
  for (const PackageDef* p : packages) {
    PackageApi api = scan(p->goSource);
    out << p->path << '\n';
    printList(out, "types", api.types);
    printList(out, "funcs", api.funcs);
    printList(out, "consts and vars", api.values);
  }
}

}  // namespace goro::stdlib
