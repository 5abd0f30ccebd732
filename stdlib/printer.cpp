// The fmt layer of stdlib/format.h: package fmt's printer, driven by goro's run-time types.
//
// The structure follows Go's fmt/print.go closely because its observable behaviour is the
// specification: printArg dispatches an operand (an interface value), handleMethods gives
// Error()/String() their chance, printValue walks any type by its Type description, and
// the fmt* functions lay out numbers, strings and bytes under the current flags. Values
// are register-form Slots (vm/value.h); aggregates are read field by field from memory
// with loadValue, so one printer serves every type without per-type code.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#include "stdlib/format.h"
#include "stdlib/mapiter.h"
#include "vm/interp.h"
#include "vm/panic.h"
#include "vm/type.h"

namespace goro::stdlib {

namespace {

constexpr std::string_view kNilAngle = "<nil>";
constexpr std::string_view kNilParen = "(nil)";
constexpr char kLowerDigits[] = "0123456789abcdefx";
constexpr char kUpperDigits[] = "0123456789ABCDEFX";
constexpr int kMaxWidth = 1000000;  // fmt ignores widths and precisions beyond 1e6

const Type* stringerType() {
  static const Type* t = [] {
    TypeTable& tt = TypeTable::get();
    Method m;
    m.name = "String";
    m.sig = tt.func({}, {tt.basic(Kind::String)}, false);
    return tt.interfaceType({m});
  }();
  return t;
}

const Type* goStringerType() {
  static const Type* t = [] {
    TypeTable& tt = TypeTable::get();
    Method m;
    m.name = "GoString";
    m.sig = tt.func({}, {tt.basic(Kind::String)}, false);
    return tt.interfaceType({m});
  }();
  return t;
}

bool isSignedKind(Kind k) {
  return k == Kind::Int || k == Kind::Int8 || k == Kind::Int16 || k == Kind::Int32 || k == Kind::Int64;
}
bool isUnsignedKind(Kind k) {
  return k == Kind::Uint || k == Kind::Uint8 || k == Kind::Uint16 || k == Kind::Uint32 || k == Kind::Uint64 ||
         k == Kind::Uintptr;
}

size_t runeCount(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Formatting flags of the verb being printed (fmt's fmtFlags plus width and precision).
struct Flags {
  bool plus = false, minus = false, sharp = false, space = false, zero = false;
  bool plusV = false, sharpV = false;  // %+v and %#v
  bool widPresent = false, precPresent = false;
  int wid = 0, prec = 0;
};

// A dynamic value: its type (null for a nil interface) and its register-form word.
struct Operand {
  const Type* type = nullptr;
  Slot word{};
};

Slot elementAt(const Type* elem, const char* base, int64_t i) {
  return loadValue(elem, base + i * static_cast<int64_t>(elem->size));
}

// fmtsort's ordering of map keys: numbers and strings naturally, NaN first among floats,
// false before true, pointers and channels by address, structs and arrays lexicographically,
// interfaces by dynamic type first (nil before anything).
int compareKeys(const Type* t, Slot a, Slot b) {
  auto cmp3 = [](auto x, auto y) { return x < y ? -1 : (x > y ? 1 : 0); };
  const Type* u = t->under();
  switch (u->kind) {
    case Kind::Bool:
      return cmp3(a.u != 0, b.u != 0);
    case Kind::Float32:
    case Kind::Float64:
      if (std::isnan(a.f)) return std::isnan(b.f) ? 0 : -1;
      if (std::isnan(b.f)) return 1;
      return cmp3(a.f, b.f);
    case Kind::String: {
      int c = strView(static_cast<String*>(a.p)).compare(strView(static_cast<String*>(b.p)));
      return cmp3(c, 0);
    }
    case Kind::Struct:
      for (const StructField& f : u->fields) {
        int c = compareKeys(f.type, loadValue(f.type, static_cast<char*>(a.p) + f.offset),
                            loadValue(f.type, static_cast<char*>(b.p) + f.offset));
        if (c != 0) return c;
      }
      return 0;
    case Kind::Array:
      for (int64_t i = 0; i < u->len; i++) {
        int c = compareKeys(u->elem, elementAt(u->elem, static_cast<char*>(a.p), i),
                            elementAt(u->elem, static_cast<char*>(b.p), i));
        if (c != 0) return c;
      }
      return 0;
    case Kind::Interface: {
      auto* x = static_cast<Iface*>(a.p);
      auto* y = static_cast<Iface*>(b.p);
      if (!x || !y) return cmp3(x != nullptr, y != nullptr);
      if (x->type != y->type) return cmp3(reinterpret_cast<uintptr_t>(x->type), reinterpret_cast<uintptr_t>(y->type));
      return compareKeys(x->type, x->word, y->word);
    }
    default:
      if (isSignedKind(u->kind)) return cmp3(a.i, b.i);
      return cmp3(a.u, b.u);  // unsigned integers, pointers, channels
  }
}

}  // namespace

class Printer {
 public:
  explicit Printer(NativeCtx* cx) : cx_(cx) {}

  std::string& text() { return buf_; }

  void doPrint(const Slice* args) {
    bool prevString = false;
    for (int64_t i = 0; i < sliceLen(args); i++) {
      Iface* arg = argAt(args, i);
      bool isString = arg && arg->type->ukind() == Kind::String;
      if (i > 0 && !isString && !prevString) buf_.push_back(' ');
      printArg(arg, 'v');
      prevString = isString;
    }
  }

  void doPrintln(const Slice* args) {
    for (int64_t i = 0; i < sliceLen(args); i++) {
      if (i > 0) buf_.push_back(' ');
      printArg(argAt(args, i), 'v');
    }
    buf_.push_back('\n');
  }

  void doPrintf(std::string_view format, const Slice* args);

  // fmt.Errorf: accept one %w and remember its operand.
  void allowWrapping() { wrapErrs_ = true; }
  Iface* wrapped() const { return wrappedErr_; }

 private:
  static Iface* argAt(const Slice* args, int64_t i) { return reinterpret_cast<Iface**>(args->data)[i]; }

  // ---- padding and basic layout (fmt/format.go) ----

  void writePadding(int n) {
    if (n <= 0) return;
    buf_.append(static_cast<size_t>(n), f_.zero ? '0' : ' ');
  }

  void pad(std::string_view s) {
    if (!f_.widPresent || f_.wid == 0) {
      buf_ += s;
      return;
    }
    int width = f_.wid - static_cast<int>(runeCount(s));
    if (!f_.minus) {
      writePadding(width);
      buf_ += s;
    } else {
      buf_ += s;
      writePadding(width);
    }
  }

  // Pads without zero filling (strings, booleans, Inf/NaN are padded with spaces).
  void padSpaces(std::string_view s) {
    bool oldZero = f_.zero;
    f_.zero = false;
    pad(s);
    f_.zero = oldZero;
  }

  std::string_view truncate(std::string_view s) const {
    if (!f_.precPresent) return s;
    size_t i = 0;
    for (int n = 0; i < s.size(); n++) {
      if (n == f_.prec) return s.substr(0, i);
      int w;
      decodeRune(s.substr(i), &w);
      i += w;
    }
    return s;
  }

  void fmtBoolean(bool v) { pad(v ? "true" : "false"); }

  // fmt.fmtInteger: u holds the bits; negative numbers are signed values below zero.
  void fmtIntegerBase(uint64_t u, int base, bool isSigned, char32_t verb, const char* digits) {
    bool negative = isSigned && static_cast<int64_t>(u) < 0;
    if (negative) u = -u;
    int prec = 0;
    if (f_.precPresent) {
      prec = f_.prec;
      if (prec == 0 && u == 0) {  // %.0d of 0 prints nothing but the padding
        bool oldZero = f_.zero;
        f_.zero = false;
        writePadding(f_.wid);
        f_.zero = oldZero;
        return;
      }
    } else if (f_.zero && f_.widPresent) {
      prec = f_.wid;
      if (negative || f_.plus || f_.space) prec--;  // leave room for the sign
    }
    std::string s;  // built right to left
    do {
      s.push_back(digits[u % base]);
      u /= base;
    } while (u != 0);
    while (static_cast<int>(s.size()) < prec) s.push_back('0');
    if (f_.sharp) {
      if (base == 2) s += "b0";
      else if (base == 8 && s.back() != '0') s.push_back('0');
      else if (base == 16) s += std::string{digits[16], '0'};
    }
    if (verb == 'O') s += "o0";
    if (negative) s.push_back('-');
    else if (f_.plus) s.push_back('+');
    else if (f_.space) s.push_back(' ');
    std::reverse(s.begin(), s.end());
    bool oldZero = f_.zero;
    f_.zero = false;  // zero padding was done above as precision
    pad(s);
    f_.zero = oldZero;
  }

  void fmt0x64(uint64_t v, bool leading0x) {
    bool sharp = f_.sharp;
    f_.sharp = leading0x;
    fmtIntegerBase(v, 16, false, 'v', kLowerDigits);
    f_.sharp = sharp;
  }

  void fmtUnicode(uint64_t u) {
    std::string hex = formatUint(u, 16);
    for (char& c : hex) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    int prec = 4;
    if (f_.precPresent && f_.prec > 4) prec = f_.prec;
    std::string s = "U+";
    if (static_cast<int>(hex.size()) < prec) s.append(prec - hex.size(), '0');
    s += hex;
    if (f_.sharp && u <= 0x10FFFF && isPrintRune(static_cast<char32_t>(u))) {
      s += " '";
      appendRune(s, static_cast<char32_t>(u));
      s += "'";
    }
    padSpaces(s);
  }

  void fmtFloatRaw(double v, int size, char32_t verb, int prec) {
    if (f_.precPresent) prec = f_.prec;  // an explicit precision wins, also for %v
    std::string num = "+";
    num += formatFloat(v, static_cast<char>(verb), prec, size);
    if (num[1] == '-' || num[1] == '+') num.erase(0, 1);
    if (f_.space && num[0] == '+' && !f_.plus) num[0] = ' ';
    if (num[1] == 'I' || num[1] == 'N') {  // infinities and NaN are never zero padded
      if (num[1] == 'N' && !f_.space && !f_.plus) num.erase(0, 1);
      padSpaces(num);
      return;
    }
    if (f_.sharp && verb != 'b') {  // %#g etc.: keep a decimal point and trailing zeros
      int digits = 0;
      if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') digits = prec == -1 ? 6 : prec;
      std::string tail;
      bool hasDecimalPoint = false, sawNonzeroDigit = false;
      for (size_t i = 1; i < num.size(); i++) {
        char c = num[i];
        if (c == '.') {
          hasDecimalPoint = true;
        } else if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
          tail = num.substr(i);
          num.resize(i);
          break;
        } else {
          if (c != '0') sawNonzeroDigit = true;
          if (sawNonzeroDigit) digits--;
        }
      }
      if (!hasDecimalPoint) {
        if (num.size() == 2 && num[1] == '0') digits--;
        num.push_back('.');
      }
      if (digits > 0) num.append(digits, '0');
      num += tail;
    }
    if (f_.plus || num[0] != '+') {
      if (f_.zero && f_.widPresent && f_.wid > static_cast<int>(num.size())) {
        buf_.push_back(num[0]);
        writePadding(f_.wid - static_cast<int>(num.size()));
        buf_.append(num, 1);
        return;
      }
      pad(num);
      return;
    }
    pad(std::string_view(num).substr(1));
  }

  void fmtS(std::string_view s) { pad(truncate(s)); }

  void fmtSbx(std::string_view s, const char* digits) {
    int length = static_cast<int>(s.size());
    if (f_.precPresent && f_.prec < length) length = f_.prec;
    int width = 2 * length;
    if (width > 0) {
      if (f_.space) {
        if (f_.sharp) width *= 2;
        width += length - 1;
      } else if (f_.sharp) {
        width += 2;
      }
    } else {
      if (f_.widPresent) writePadding(f_.wid);
      return;
    }
    if (f_.widPresent && f_.wid > width && !f_.minus) writePadding(f_.wid - width);
    if (f_.sharp) buf_ += {'0', digits[16]};
    for (int i = 0; i < length; i++) {
      if (f_.space && i > 0) {
        buf_.push_back(' ');
        if (f_.sharp) buf_ += {'0', digits[16]};
      }
      unsigned char c = static_cast<unsigned char>(s[i]);
      buf_.push_back(digits[c >> 4]);
      buf_.push_back(digits[c & 0xF]);
    }
    if (f_.widPresent && f_.wid > width && f_.minus) writePadding(f_.wid - width);
  }

  void fmtQ(std::string_view s) {
    s = truncate(s);
    if (f_.sharp && canBackquote(s)) {
      std::string q = "`";
      q += s;
      q += '`';
      pad(q);
      return;
    }
    std::string q;
    appendQuote(q, s, f_.plus);
    pad(q);
  }

  // ---- per-kind printing (fmt/print.go) ----

  void fmtBool(bool v, char32_t verb) {
    if (verb == 't' || verb == 'v') fmtBoolean(v);
    else badVerb(verb);
  }

  void fmtInteger(uint64_t v, bool isSigned, char32_t verb) {
    switch (verb) {
      case 'v':
        if (f_.sharpV && !isSigned) fmt0x64(v, true);
        else fmtIntegerBase(v, 10, isSigned, verb, kLowerDigits);
        return;
      case 'd': fmtIntegerBase(v, 10, isSigned, verb, kLowerDigits); return;
      case 'b': fmtIntegerBase(v, 2, isSigned, verb, kLowerDigits); return;
      case 'o':
      case 'O': fmtIntegerBase(v, 8, isSigned, verb, kLowerDigits); return;
      case 'x': fmtIntegerBase(v, 16, isSigned, verb, kLowerDigits); return;
      case 'X': fmtIntegerBase(v, 16, isSigned, verb, kUpperDigits); return;
      case 'c': {
        std::string s;
        appendRune(s, v > 0x10FFFF ? 0xFFFD : static_cast<char32_t>(v));
        pad(s);
        return;
      }
      case 'q': {
        std::string s;
        appendQuoteRune(s, v > 0x10FFFF ? 0xFFFD : static_cast<char32_t>(v), f_.plus);
        pad(s);
        return;
      }
      case 'U': fmtUnicode(v); return;
      default: badVerb(verb);
    }
  }

  void fmtFloat(double v, int size, char32_t verb) {
    switch (verb) {
      case 'v': fmtFloatRaw(v, size, 'g', -1); return;
      case 'b':
      case 'g':
      case 'G':
      case 'x':
      case 'X': fmtFloatRaw(v, size, verb, f_.precPresent ? f_.prec : -1); return;
      case 'f':
      case 'e':
      case 'E': fmtFloatRaw(v, size, verb, f_.precPresent ? f_.prec : 6); return;
      case 'F': fmtFloatRaw(v, size, 'f', f_.precPresent ? f_.prec : 6); return;
      default: badVerb(verb);
    }
  }

  void fmtString(std::string_view v, char32_t verb) {
    switch (verb) {
      case 'v':
        if (f_.sharpV) fmtQ(v);
        else fmtS(v);
        return;
      case 's': fmtS(v); return;
      case 'x': fmtSbx(v, kLowerDigits); return;
      case 'X': fmtSbx(v, kUpperDigits); return;
      case 'q': fmtQ(v); return;
      default: badVerb(verb);
    }
  }

  // []byte and [N]byte under %v %d %s %q %x %X; typeName is what %#v shows.
  void fmtBytes(const Operand& op, std::string_view bytes, bool isNil, char32_t verb, const std::string& typeName) {
    switch (verb) {
      case 'v':
      case 'd':
        if (f_.sharpV) {
          buf_ += typeName;
          if (isNil) {
            buf_ += kNilParen;
            return;
          }
          buf_.push_back('{');
          for (size_t i = 0; i < bytes.size(); i++) {
            if (i > 0) buf_ += ", ";
            fmt0x64(static_cast<unsigned char>(bytes[i]), true);
          }
          buf_.push_back('}');
        } else {
          buf_.push_back('[');
          for (size_t i = 0; i < bytes.size(); i++) {
            if (i > 0) buf_.push_back(' ');
            fmtIntegerBase(static_cast<unsigned char>(bytes[i]), 10, false, verb, kLowerDigits);
          }
          buf_.push_back(']');
        }
        return;
      case 's': fmtS(bytes); return;
      case 'x': fmtSbx(bytes, kLowerDigits); return;
      case 'X': fmtSbx(bytes, kUpperDigits); return;
      case 'q': fmtQ(bytes); return;
      default: printValue(op, verb, 0, true);
    }
  }

  void fmtPointer(const Operand& op, char32_t verb) {
    uint64_t u;
    switch (op.type->ukind()) {
      case Kind::Chan:
      case Kind::Func:
      case Kind::Map:
      case Kind::Pointer:
      case Kind::UnsafePointer:
        u = reinterpret_cast<uintptr_t>(op.word.p);
        break;
      case Kind::Slice:
        u = op.word.p ? reinterpret_cast<uintptr_t>(static_cast<Slice*>(op.word.p)->data) : 0;
        break;
      default:
        badVerb(verb);
        return;
    }
    switch (verb) {
      case 'v':
        if (f_.sharpV) {
          buf_ += '(';
          buf_ += op.type->toString();
          buf_ += ")(";
          if (u == 0) buf_ += "nil";
          else fmt0x64(u, true);
          buf_ += ')';
        } else if (u == 0) {
          pad(kNilAngle);
        } else {
          fmt0x64(u, !f_.sharp);
        }
        return;
      case 'p': fmt0x64(u, !f_.sharp); return;
      case 'b':
      case 'o':
      case 'd':
      case 'x':
      case 'X': fmtInteger(u, false, verb); return;
      default: badVerb(verb);
    }
  }

  void badVerb(char32_t verb) {
    erroring_ = true;
    buf_ += "%!";
    appendRune(buf_, verb);
    buf_.push_back('(');
    if (current_.type) {
      buf_ += current_.type->toString();
      buf_.push_back('=');
      Iface arg{current_.type, current_.word};
      printArg(&arg, 'v');
    } else {
      buf_ += kNilAngle;
    }
    buf_.push_back(')');
    erroring_ = false;
  }

  // Calls method `name` (a func() string) of op; false if it panicked, after printing
  // fmt's %!v(PANIC=...) report (or <nil> for a nil pointer receiver).
  bool callStringMethod(const Operand& op, std::string_view name, char32_t verb, std::string* result) {
    Slot io[1];
    bool panicked = false;
    Iface* recovered = nullptr;
    callMethodRecover(*cx_, op.type, op.word, name, io, &panicked, &recovered);
    if (!panicked) {
      String* s = static_cast<String*>(io[0].p);
      result->assign(strView(s));
      return true;
    }
    if (op.type->ukind() == Kind::Pointer && op.word.p == nullptr) {
      buf_ += kNilAngle;  // unpadded, as Go writes it
      return false;
    }
    if (panicking_) panicValue(recovered);  // the panic value's own method panicked too
    Flags old = f_;
    f_ = Flags{};
    buf_ += "%!";
    appendRune(buf_, verb);
    buf_ += "(PANIC=";
    buf_ += name;
    buf_ += " method: ";
    panicking_ = true;
    printArg(recovered, 'v');
    panicking_ = false;
    buf_.push_back(')');
    f_ = old;
    return false;
  }

  // Error(), String() and GoString() get the first chance at an operand.
  bool handleMethods(const Operand& op, char32_t verb) {
    if (erroring_ || !cx_) return false;
    if (verb == 'w') {
      bool isError = implements(op.type, TypeTable::get().errorType());
      if (!isError || !wrapErrs_ || wrappedErr_) {
        wrappedErr_ = nullptr;
        wrapErrs_ = false;
        badVerb(verb);
        return true;
      }
      wrappedErr_ = newIface(op.type, op.word);
      verb = 'v';
    }
    std::string s;
    if (f_.sharpV) {
      if (!implements(op.type, goStringerType())) return false;
      if (callStringMethod(op, "GoString", verb, &s)) fmtS(s);
      return true;
    }
    if (verb != 'v' && verb != 's' && verb != 'x' && verb != 'X' && verb != 'q') return false;
    const char* method = nullptr;
    if (implements(op.type, TypeTable::get().errorType())) method = "Error";
    else if (implements(op.type, stringerType())) method = "String";
    if (!method) return false;
    if (callStringMethod(op, method, verb, &s)) fmtString(s, verb);
    return true;
  }

  void printArg(Iface* arg, char32_t verb) {
    current_ = arg ? Operand{arg->type, arg->word} : Operand{};
    if (!arg) {
      if (verb == 'T' || verb == 'v') pad(kNilAngle);
      else badVerb(verb);
      return;
    }
    Operand op{arg->type, arg->word};
    if (verb == 'T') {
      fmtS(op.type->toString());
      return;
    }
    if (verb == 'p') {
      fmtPointer(op, 'p');
      return;
    }
    const Type* t = op.type;
    // Predeclared types have no methods: print them directly, as fmt's type switch does.
    if (t->kind != Kind::Named) {
      if (t->kind == Kind::Slice && t->elem->kind == Kind::Uint8) {
        auto* s = static_cast<Slice*>(op.word.p);
        std::string_view bytes = s ? std::string_view(s->data, s->len) : std::string_view();
        fmtBytes(op, bytes, s == nullptr, verb, "[]byte");
        return;
      }
      if (t->kind <= Kind::String) {
        printValue(op, verb, 0, true);
        return;
      }
    }
    if (!handleMethods(op, verb)) printValue(op, verb, 0, true);
  }

  // Prints a value of any type. `exported`: reached only through exported struct fields
  // (reflect's CanInterface); methods are not called on values behind unexported fields.
  // An interface-typed element has no methods of its own here: its dynamic value's methods
  // are handled one level down, as reflect's Value.Interface() unwraps it.
  void printValue(const Operand& op, char32_t verb, int depth, bool exported) {
    if (depth > 0 && exported && op.type && !op.type->isInterface() && handleMethods(op, verb)) return;
    current_ = op;
    const Type* t = op.type;
    if (!t) {  // the nil dynamic value of an interface
      if (verb == 'v') buf_ += kNilAngle;
      else badVerb(verb);
      return;
    }
    const Type* u = t->under();
    Slot w = op.word;
    switch (u->kind) {
      case Kind::Bool: fmtBool(w.u != 0, verb); return;
      case Kind::Float32: fmtFloat(w.f, 32, verb); return;
      case Kind::Float64: fmtFloat(w.f, 64, verb); return;
      case Kind::String: fmtString(strView(static_cast<String*>(w.p)), verb); return;
      case Kind::Map: printMap(op, verb, depth, exported); return;
      case Kind::Struct: printStruct(op, verb, depth, exported); return;
      case Kind::Interface: {
        auto* inner = static_cast<Iface*>(w.p);
        if (inner) {
          printValue(Operand{inner->type, inner->word}, verb, depth + 1, exported);
        } else if (f_.sharpV) {
          buf_ += t->toString();
          buf_ += kNilParen;
        } else {
          buf_ += kNilAngle;
        }
        return;
      }
      case Kind::Array:
      case Kind::Slice: printList(op, verb, depth, exported); return;
      case Kind::Pointer:
        // &{...} for pointers to composites at the top level only (avoids cycles).
        if (depth == 0 && w.p) {
          Kind ek = u->elem->ukind();
          if (ek == Kind::Array || ek == Kind::Slice || ek == Kind::Struct || ek == Kind::Map) {
            buf_.push_back('&');
            printValue(Operand{u->elem, loadValue(u->elem, w.p)}, verb, depth + 1, exported);
            return;
          }
        }
        fmtPointer(op, verb);
        return;
      case Kind::Chan:
      case Kind::Func:
      case Kind::UnsafePointer: fmtPointer(op, verb); return;
      default:
        if (isSignedKind(u->kind)) fmtInteger(w.u, true, verb);
        else if (isUnsignedKind(u->kind)) fmtInteger(w.u, false, verb);
        else buf_ += "?";
        return;
    }
  }

  void printStruct(const Operand& op, char32_t verb, int depth, bool exported) {
    const Type* u = op.type->under();
    if (f_.sharpV) buf_ += op.type->toString();
    buf_.push_back('{');
    const char* base = static_cast<const char*>(op.word.p);
    for (size_t i = 0; i < u->fields.size(); i++) {
      const StructField& field = u->fields[i];
      if (i > 0) buf_ += f_.sharpV ? ", " : " ";
      if ((f_.plusV || f_.sharpV) && !field.name.empty()) {
        buf_ += field.name;
        buf_.push_back(':');
      }
      printValue(Operand{field.type, loadValue(field.type, base + field.offset)}, verb, depth + 1,
                 exported && field.exported);
    }
    buf_.push_back('}');
  }

  void printList(const Operand& op, char32_t verb, int depth, bool exported) {
    const Type* u = op.type->under();
    const Type* elem = u->elem;
    const char* data;
    int64_t len;
    bool isNilSlice = false;
    if (u->kind == Kind::Slice) {
      auto* s = static_cast<Slice*>(op.word.p);
      data = s ? s->data : nullptr;
      len = sliceLen(s);
      isNilSlice = s == nullptr;
    } else {
      data = static_cast<const char*>(op.word.p);
      len = u->len;
    }
    if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && elem->ukind() == Kind::Uint8) {
      fmtBytes(op, std::string_view(data, static_cast<size_t>(len)), isNilSlice, verb, op.type->toString());
      return;
    }
    if (f_.sharpV) {
      buf_ += op.type->toString();
      if (isNilSlice) {
        buf_ += kNilParen;
        return;
      }
      buf_.push_back('{');
      for (int64_t i = 0; i < len; i++) {
        if (i > 0) buf_ += ", ";
        printValue(Operand{elem, elementAt(elem, data, i)}, verb, depth + 1, exported);
      }
      buf_.push_back('}');
      return;
    }
    buf_.push_back('[');
    for (int64_t i = 0; i < len; i++) {
      if (i > 0) buf_.push_back(' ');
      printValue(Operand{elem, elementAt(elem, data, i)}, verb, depth + 1, exported);
    }
    buf_.push_back(']');
  }

  void printMap(const Operand& op, char32_t verb, int depth, bool exported) {
    const Type* u = op.type->under();
    Map* m = static_cast<Map*>(op.word.p);
    if (f_.sharpV) {
      buf_ += op.type->toString();
      if (!m) {
        buf_ += kNilParen;
        return;
      }
      buf_.push_back('{');
    } else {
      buf_ += "map[";
    }
    std::vector<std::pair<Slot, Slot>> entries = mapEntries(m, op.type);
    std::stable_sort(entries.begin(), entries.end(),
                     [&](const auto& a, const auto& b) { return compareKeys(u->key, a.first, b.first) < 0; });
    for (size_t i = 0; i < entries.size(); i++) {
      if (i > 0) buf_ += f_.sharpV ? ", " : " ";
      printValue(Operand{u->key, entries[i].first}, verb, depth + 1, exported);
      buf_.push_back(':');
      printValue(Operand{u->elem, entries[i].second}, verb, depth + 1, exported);
    }
    buf_.push_back(f_.sharpV ? '}' : ']');
  }

  // ---- Printf's format parsing ----

  static bool tooLarge(int64_t x) { return x > kMaxWidth || x < -kMaxWidth; }

  // Parses a decimal number in format[start, end); returns the index after it.
  static size_t parseNum(std::string_view format, size_t start, size_t end, int* num, bool* isNum) {
    *num = 0;
    *isNum = false;
    if (start >= end) return end;
    size_t i = start;
    for (; i < end && format[i] >= '0' && format[i] <= '9'; i++) {
      if (tooLarge(*num)) {
        *num = 0;
        *isNum = false;
        return end;
      }
      *num = *num * 10 + (format[i] - '0');
      *isNum = true;
    }
    return i;
  }

  // An explicit argument index "[n]" at format[i]; updates argNum and i.
  bool argNumber(int64_t* argNum, std::string_view format, size_t* i, int64_t numArgs) {
    if (*i >= format.size() || format[*i] != '[') return false;
    reordered_ = true;
    std::string_view rest = format.substr(*i);
    bool ok = false;
    int64_t index = 0;
    size_t width = 1;
    if (rest.size() >= 3) {
      for (size_t j = 1; j < rest.size(); j++) {
        if (rest[j] != ']') continue;
        int n;
        bool isNum;
        size_t after = parseNum(rest, 1, j, &n, &isNum);
        width = j + 1;
        if (isNum && after == j) {
          ok = true;
          index = n - 1;
        }
        break;
      }
    }
    *i += width;
    if (ok && index >= 0 && index < numArgs) {
      *argNum = index;
      return true;
    }
    goodArgNum_ = false;
    return ok;
  }

  // A '*' width or precision operand: an integer of any kind.
  static bool intFromArg(const Slice* args, int64_t* argNum, int* num) {
    *num = 0;
    if (*argNum >= sliceLen(args)) return false;
    Iface* arg = argAt(args, *argNum);
    ++*argNum;
    if (!arg) return false;
    Kind k = arg->type->ukind();
    int64_t v;
    if (isSignedKind(k)) {
      v = arg->word.i;
    } else if (isUnsignedKind(k)) {
      if (arg->word.i < 0) return false;
      v = arg->word.i;
    } else {
      return false;
    }
    if (tooLarge(v)) return false;
    *num = static_cast<int>(v);
    return true;
  }

  NativeCtx* cx_;
  std::string buf_;
  Flags f_;
  Operand current_;
  bool erroring_ = false;   // printing a bad-verb report: no methods are called
  bool panicking_ = false;  // printing a method's panic value
  bool wrapErrs_ = false;
  Iface* wrappedErr_ = nullptr;
  bool reordered_ = false;
  bool goodArgNum_ = true;
};

void Printer::doPrintf(std::string_view format, const Slice* args) {
  const size_t end = format.size();
  const int64_t numArgs = sliceLen(args);
  int64_t argNum = 0;
  bool afterIndex = false;
  reordered_ = false;
  size_t i = 0;
  while (i < end) {
    goodArgNum_ = true;
    size_t lasti = i;
    while (i < end && format[i] != '%') i++;
    if (i > lasti) buf_.append(format.substr(lasti, i - lasti));
    if (i >= end) break;
    i++;  // skip %
    f_ = Flags{};
    bool simpleVerbDone = false;
    for (; i < end; i++) {
      char c = format[i];
      if (c == '#') f_.sharp = true;
      else if (c == '0') f_.zero = !f_.minus;  // only zero-pad on the left
      else if (c == '+') f_.plus = true;
      else if (c == '-') f_.minus = true, f_.zero = false;
      else if (c == ' ') f_.space = true;
      else {
        // Fast path: a lower-case verb right after the flags.
        if (c >= 'a' && c <= 'z' && argNum < numArgs) {
          if (c == 'v') {
            f_.sharpV = f_.sharp, f_.sharp = false;
            f_.plusV = f_.plus, f_.plus = false;
          }
          printArg(argAt(args, argNum), static_cast<char32_t>(c));
          argNum++;
          i++;
          simpleVerbDone = true;
        }
        break;
      }
    }
    if (simpleVerbDone) continue;

    afterIndex = argNumber(&argNum, format, &i, numArgs);

    if (i < end && format[i] == '*') {  // width from an operand
      i++;
      f_.widPresent = intFromArg(args, &argNum, &f_.wid);
      if (!f_.widPresent) buf_ += "%!(BADWIDTH)";
      if (f_.wid < 0) {
        f_.wid = -f_.wid;
        f_.minus = true;
        f_.zero = false;
      }
      afterIndex = false;
    } else {
      i = parseNum(format, i, end, &f_.wid, &f_.widPresent);
      if (afterIndex && f_.widPresent) goodArgNum_ = false;  // "%[3]2d"
    }

    if (i + 1 < end && format[i] == '.') {  // precision
      i++;
      if (afterIndex) goodArgNum_ = false;  // "%[3].2d"
      afterIndex = argNumber(&argNum, format, &i, numArgs);
      if (i < end && format[i] == '*') {
        i++;
        f_.precPresent = intFromArg(args, &argNum, &f_.prec);
        if (f_.prec < 0) {
          f_.prec = 0;
          f_.precPresent = false;
        }
        if (!f_.precPresent) buf_ += "%!(BADPREC)";
        afterIndex = false;
      } else {
        i = parseNum(format, i, end, &f_.prec, &f_.precPresent);
        if (!f_.precPresent) {
          f_.prec = 0;
          f_.precPresent = true;
        }
      }
    }

    if (!afterIndex) afterIndex = argNumber(&argNum, format, &i, numArgs);

    if (i >= end) {
      buf_ += "%!(NOVERB)";
      break;
    }
    int size;
    char32_t verb = static_cast<unsigned char>(format[i]);
    size = 1;
    if (verb >= 0x80) verb = decodeRune(format.substr(i), &size);
    i += size;

    if (verb == '%') {
      buf_.push_back('%');  // absorbs no operand, ignores width and precision
    } else if (!goodArgNum_) {
      buf_ += "%!";
      appendRune(buf_, verb);
      buf_ += "(BADINDEX)";
    } else if (argNum >= numArgs) {
      buf_ += "%!";
      appendRune(buf_, verb);
      buf_ += "(MISSING)";
    } else {
      if (verb == 'v') {
        f_.sharpV = f_.sharp, f_.sharp = false;
        f_.plusV = f_.plus, f_.plus = false;
      }
      printArg(argAt(args, argNum), verb);
      argNum++;
    }
  }

  if (!reordered_ && argNum < numArgs) {
    f_ = Flags{};
    buf_ += "%!(EXTRA ";
    for (int64_t k = argNum; k < numArgs; k++) {
      if (k > argNum) buf_ += ", ";
      Iface* arg = argAt(args, k);
      if (!arg) {
        buf_ += kNilAngle;
      } else {
        buf_ += arg->type->toString();
        buf_.push_back('=');
        printArg(arg, 'v');
      }
    }
    buf_.push_back(')');
  }
}

std::string sprint(NativeCtx* cx, const Slice* args) {
  Printer p(cx);
  p.doPrint(args);
  return std::move(p.text());
}

std::string sprintln(NativeCtx* cx, const Slice* args) {
  Printer p(cx);
  p.doPrintln(args);
  return std::move(p.text());
}

std::string sprintf(NativeCtx* cx, std::string_view format, const Slice* args) {
  Printer p(cx);
  p.doPrintf(format, args);
  return std::move(p.text());
}

std::string errorf(NativeCtx* cx, std::string_view format, const Slice* args, Iface** wrapped) {
  Printer p(cx);
  p.allowWrapping();
  p.doPrintf(format, args);
  *wrapped = p.wrapped();
  return std::move(p.text());
}

std::string formatValue(NativeCtx* cx, const Type* t, Slot v, std::string_view format) {
  Iface* arg = t->isInterface() ? static_cast<Iface*>(v.p) : newIface(t, v);
  Slice args{reinterpret_cast<char*>(&arg), 1, 1};
  return sprintf(cx, format, &args);
}

}  // namespace goro::stdlib
