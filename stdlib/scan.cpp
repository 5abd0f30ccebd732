// fmt's Scan family: the scanning engine behind Scan, Scanln, Scanf, Sscan, Sscanln,
// Sscanf, Fscan, Fscanln and Fscanf (the Go wrappers are in fmt's source, stdlib/fmt.cpp).
//
// A port of the rules of Go's fmt/scan.go: runes come from a string, from an *os.File
// (read byte by byte from its descriptor, so nothing past the scanned text is consumed
// but a one-rune lookahead, as in Go), from an io.RuneScanner (whose UnreadRune takes the
// lookahead back) or from any io.Reader (one byte per Read). Operands are pointers to
// bool, integer, float, string and []byte types (named or not). Errors unwind the engine
// as a C++ exception caught at the native's entry and become Go errors in the wrapper.
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <string>
#include <unistd.h>

#include "stdlib/format.h"
#include "stdlib/support.h"
#include "stdlib/unicode.h"
#include "vm/interp.h"
#include "vm/native.h"
#include "vm/panic.h"
#include "vm/type.h"

namespace goro::stdlib {

namespace {

constexpr int32_t kEOF = -1;

// How a scan ended, as the Go wrapper turns it into an error.
enum ScanStatus : int64_t { kOK, kStatusEOF, kStatusUnexpectedEOF, kStatusMessage, kStatusError };

struct ScanFailure {
  ScanStatus status;
  std::string message;  // kStatusMessage
  Iface* error = nullptr;  // kStatusError: the reader's own error
};

[[noreturn]] void fail(std::string message) { throw ScanFailure{kStatusMessage, std::move(message)}; }

bool isScanSpace(int32_t r) { return r >= 0 && unicode::isSpace(static_cast<char32_t>(r)); }

bool isOsFile(const Type* t) {
  return t->kind == Kind::Pointer && t->elem->kind == Kind::Named && t->elem->name == "File" && t->elem->pkg == "os";
}

// Where the runes come from.
class RuneSource {
 public:
  RuneSource(NativeCtx& cx, std::string_view text) : cx_(cx), kind_(Source::Text), text_(text) {}
  // `eof` is io.EOF, which a reader returns at the end of its input.
  RuneSource(NativeCtx& cx, Iface* reader, const Iface* eof) : cx_(cx), reader_(reader), eof_(eof) {
    if (reader == nullptr) panicRuntimeError("invalid memory address or nil pointer dereference");
    if (isOsFile(reader->type) && reader->word.p) {
      kind_ = Source::Fd;
      // os.File is {fd int; name string} (stdlib/os.cpp).
      fd_ = static_cast<int>(*static_cast<const int64_t*>(reader->word.p));
      fileName_ = strView(*reinterpret_cast<String* const*>(static_cast<const char*>(reader->word.p) + 8));
    } else {
      kind_ = findMethod(reader->type, "UnreadRune", false) && findMethod(reader->type, "ReadRune", false)
                  ? Source::RuneScanner
                  : Source::Reader;
    }
  }

  // The next rune, or kEOF.
  int32_t read() {
    if (unread_ != kNone) {
      int32_t r = unread_;
      unread_ = kNone;
      return r;
    }
    if (kind_ == Source::Text) {
      if (text_.empty()) return kEOF;
      int width = 1;
      auto c = static_cast<unsigned char>(text_[0]);
      int32_t r = c < 0x80 ? c : static_cast<int32_t>(decodeRune(text_, &width));
      text_.remove_prefix(static_cast<size_t>(width));
      return r;
    }
    if (kind_ == Source::RuneScanner) {
      Slot io[3];
      callMethod(cx_, reader_->type, reader_->word, "ReadRune", io);
      if (auto* err = static_cast<Iface*>(io[2].p)) {
        if (isEOF(err)) return kEOF;
        readerError(err);
      }
      return static_cast<int32_t>(io[0].i);
    }
    // Byte sources: decode UTF-8 as Go's readRune does, keeping unused bytes pending.
    int first = readByte();
    if (first < 0) return kEOF;
    if (first < 0x80) return first;
    char bytes[4] = {static_cast<char>(first)};
    int n = 1;
    int width = 1;
    char32_t r = decodeRune(std::string_view(bytes, 1), &width);
    for (; n < 4; n++) {
      int b = readByte();
      if (b < 0) break;
      bytes[n] = static_cast<char>(b);
      r = decodeRune(std::string_view(bytes, static_cast<size_t>(n + 1)), &width);
      if (width > 1 || (b & 0xC0) != 0x80) {
        n++;
        break;
      }
    }
    // Keep what the rune did not use for later reads (at most 3 bytes).
    for (int i = n - 1; i >= width; i--) pendingBytes_[pendingCount_++] = bytes[i];
    return static_cast<int32_t>(r);
  }

  void unread(int32_t r) {
    if (r == kEOF) return;
    if (kind_ == Source::RuneScanner) {
      Slot io[1];
      callMethod(cx_, reader_->type, reader_->word, "UnreadRune", io);
      return;
    }
    unread_ = r;
  }

 private:
  enum class Source { Text, Fd, RuneScanner, Reader };
  static constexpr int32_t kNone = -2;

  // One byte of a byte source, or -1 at end of input.
  int readByte() {
    if (pendingCount_ > 0) return static_cast<unsigned char>(pendingBytes_[--pendingCount_]);
    unsigned char c;
    if (kind_ == Source::Fd) {
      for (;;) {
        ssize_t n = ::read(fd_, &c, 1);
        if (n == 1) return c;
        if (n == 0) return -1;
        int err = errno;
        if (err == EINTR) continue;
        // The message of the *PathError that (*os.File).Read returns.
        char buf[256];
        std::string msg = strerror_r(err, buf, sizeof buf);  // GNU: returns the message
        if (!msg.empty()) msg[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(msg[0])));
        fail("read " + std::string(fileName_) + ": " + msg);
      }
    }
    // Any io.Reader: Read into a one-byte slice until it yields a byte, EOF or an error.
    Slice* one = newSlice(TypeTable::get().basic(Kind::Uint8), 1, 1);
    for (int tries = 0; tries < 100; tries++) {
      Slot io[2] = {{.p = one}};
      callMethod(cx_, reader_->type, reader_->word, "Read", io);
      if (io[0].i > 0) return static_cast<unsigned char>(one->data[0]);
      if (auto* err = static_cast<Iface*>(io[1].p)) {
        if (isEOF(err)) return -1;
        readerError(err);
      }
    }
    fail("multiple Read calls return no data or error");
  }

  bool isEOF(const Iface* err) const { return eof_ && err->type == eof_->type && err->word.p == eof_->word.p; }

  [[noreturn]] void readerError(Iface* err) { throw ScanFailure{kStatusError, "", err}; }

  NativeCtx& cx_;
  Source kind_;
  std::string_view text_;
  Iface* reader_ = nullptr;
  const Iface* eof_ = nullptr;
  int fd_ = -1;
  std::string_view fileName_;
  int32_t unread_ = kNone;
  char pendingBytes_[4];
  int pendingCount_ = 0;
};


constexpr std::string_view kBinaryDigits = "01";
constexpr std::string_view kOctalDigits = "01234567";
constexpr std::string_view kDecimalDigits = "0123456789";
constexpr std::string_view kHexDigits = "0123456789aAbBcCdDeEfF";
constexpr std::string_view kSign = "+-";
constexpr int64_t kHugeWidth = 1 << 30;

bool contains(std::string_view set, int32_t r) {
  if (r < 0) return false;
  std::string encoded;
  appendRune(encoded, static_cast<char32_t>(r));
  return set.find(encoded) != std::string_view::npos;
}

// The state of one Scan call (Go's ss).
class Scanner {
 public:
  Scanner(NativeCtx& cx, RuneSource& src, bool nlIsSpace, bool nlIsEnd)
      : cx_(cx), src_(src), nlIsSpace_(nlIsSpace), nlIsEnd_(nlIsEnd) {}

  // Scan, Scanln and their variants: one operand after another with verb 'v'.
  int64_t scanAll(const Slice* operands, int64_t* processed) {
    for (int64_t i = 0; i < sliceLen(operands); i++) {
      scanOne('v', operandAt(operands, i));
      ++*processed;
    }
    if (nlIsEnd_) {
      for (;;) {
        int32_t r = getRune();
        if (r == '\n' || r == kEOF) break;
        if (!isScanSpace(r)) fail("expected newline");
      }
    }
    return *processed;
  }

  // Scanf and its variants.
  void scanFormat(std::string_view format, const Slice* operands, int64_t* processed) {
    size_t end = format.size();
    for (size_t i = 0; i < end;) {
      int64_t w = advance(format.substr(i));
      if (w > 0) {
        i += static_cast<size_t>(w);
        continue;
      }
      if (format[i] != '%') {
        if (w < 0) fail("input does not match format");
        break;
      }
      i++;  // the '%'
      int64_t width = 0;
      bool widthPresent = false;
      while (i < end && format[i] >= '0' && format[i] <= '9') {
        width = width * 10 + (format[i] - '0');
        widthPresent = true;
        i++;
      }
      int size = 1;
      int32_t verb = i < end ? static_cast<int32_t>(decodeRune(format.substr(i), &size)) : kEOF;
      size_t verbStart = i;
      i += static_cast<size_t>(size);
      if (verb != 'c') skipSpace();
      if (verb == '%') {
        skipSpace();
        notEOF();
        if (!accept("%")) fail("missing literal %");
        continue;
      }
      argLimit_ = widthPresent ? count_ + width : kHugeWidth;
      if (*processed >= sliceLen(operands)) {
        fail("too few operands for format '%" + std::string(format.substr(verbStart)) + "'");
      }
      scanOne(verb, operandAt(operands, *processed));
      ++*processed;
      argLimit_ = kHugeWidth;
    }
    if (*processed < sliceLen(operands)) fail("too many operands");
  }

 private:
  static Iface* operandAt(const Slice* operands, int64_t i) { return reinterpret_cast<Iface**>(operands->data)[i]; }

  int32_t getRune() {
    if (atEOF_ || count_ >= argLimit_) return kEOF;
    int32_t r = src_.read();
    if (r == kEOF) {
      atEOF_ = true;
      return kEOF;
    }
    count_++;
    return r;
  }

  void unreadRune(int32_t r) {
    if (r == kEOF) return;
    src_.unread(r);
    atEOF_ = false;
    count_--;
  }

  // At end of input, the whole scan ends with io.EOF.
  void notEOF() {
    int32_t r = getRune();
    if (r == kEOF) throw ScanFailure{kStatusEOF, ""};
    unreadRune(r);
  }

  bool peek(std::string_view ok) {
    int32_t r = getRune();
    unreadRune(r);
    return contains(ok, r);
  }

  // Reads the next rune if it is in `ok` (appending it to the token when `keep`).
  bool consume(std::string_view ok, bool keep) {
    int32_t r = getRune();
    if (r == kEOF) return false;
    if (contains(ok, r)) {
      if (keep) appendRune(token_, static_cast<char32_t>(r));
      return true;
    }
    if (keep) unreadRune(r);
    return false;
  }
  bool accept(std::string_view ok) { return consume(ok, true); }

  void skipSpace() {
    for (;;) {
      int32_t r = getRune();
      if (r == kEOF) return;
      if (r == '\r' && peek("\n")) continue;
      if (r == '\n') {
        if (nlIsSpace_) continue;
        fail("unexpected newline");
      }
      if (!isScanSpace(r)) {
        unreadRune(r);
        return;
      }
    }
  }

  void okVerb(int32_t verb, std::string_view verbs, std::string_view type) {
    if (contains(verbs, verb)) return;
    std::string v;
    appendRune(v, static_cast<char32_t>(verb));
    fail("bad verb '%" + v + "' for " + std::string(type));
  }

  // The source's next space-delimited word.
  std::string word() {
    skipSpace();
    std::string out;
    for (;;) {
      int32_t r = getRune();
      if (r == kEOF) break;
      if (isScanSpace(r)) {
        unreadRune(r);
        break;
      }
      appendRune(out, static_cast<char32_t>(r));
    }
    return out;
  }

  std::string scanNumber(std::string_view digits, bool haveDigits) {
    while (accept(digits)) haveDigits = true;
    if (!haveDigits) {
      notEOF();
      fail("expected integer");
    }
    return token_;
  }

  // After an optional sign: a base prefix for verb 'v' (0b, 0o, 0x, or a leading 0).
  int scanBasePrefix(std::string& digits, bool* zeroFound) {
    *zeroFound = false;
    digits = std::string(kDecimalDigits) + "_";
    if (!peek("0")) return 0;
    accept("0");
    *zeroFound = true;
    if (peek("bB")) consume("bB", true), digits = std::string(kBinaryDigits) + "_";
    else if (peek("oO")) consume("oO", true), digits = std::string(kOctalDigits) + "_";
    else if (peek("xX")) consume("xX", true), digits = std::string(kHexDigits) + "_";
    else digits = std::string(kOctalDigits) + "_";
    return 0;
  }

  int base(int32_t verb, std::string& digits) {
    okVerb(verb, "bdoUxXv", "integer");
    switch (verb) {
      case 'b': digits = kBinaryDigits; return 2;
      case 'o': digits = kOctalDigits; return 8;
      case 'x': case 'X': case 'U': digits = kHexDigits; return 16;
      default: digits = kDecimalDigits; return 10;
    }
  }

  // strconv's parsers (stdlib/strconv.cpp), called as natives: (value, status).
  Slot parse(std::string_view native, std::string_view text, int64_t arg1, int64_t arg2, int64_t* status) {
    for (const NativeBinding& b : findPackage("strconv")->natives) {
      if (b.name != native) continue;
      Slot io[3] = {stringSlot(text), {.i = arg1}, {.i = arg2}};
      b.fn(cx_, io);
      *status = io[1].i;
      return io[0];
    }
    return Slot{};
  }

  [[noreturn]] static void parseFailure(std::string_view fn, std::string_view text, int64_t status) {
    std::string msg = "strconv." + std::string(fn) + ": parsing ";
    appendQuote(msg, text, false);
    fail(msg + (status == 2 ? ": value out of range" : ": invalid syntax"));
  }

  int64_t scanInt(int32_t verb, int bits) {
    if (verb == 'c') return scanRune(bits);
    skipSpace();
    notEOF();
    std::string digits;
    int b = base(verb, digits);
    bool haveDigits = false;
    if (verb == 'U') {
      if (!consume("U", false) || !consume("+", false)) fail("bad unicode format ");
    } else {
      accept(kSign);
      if (verb == 'v') b = scanBasePrefix(digits, &haveDigits);
    }
    std::string tok = scanNumber(digits, haveDigits);
    int64_t status = 0;
    int64_t v = parse("parseInt", tok, b, 64, &status).i;
    if (status != 0) parseFailure("ParseInt", tok, status);
    int shift = 64 - bits;
    if (static_cast<int64_t>(static_cast<uint64_t>(v) << shift) >> shift != v) fail("integer overflow on token " + tok);
    return v;
  }

  uint64_t scanUint(int32_t verb, int bits) {
    if (verb == 'c') return static_cast<uint64_t>(scanRune(bits));
    skipSpace();
    notEOF();
    std::string digits;
    int b = base(verb, digits);
    bool haveDigits = false;
    if (verb == 'U') {
      if (!consume("U", false) || !consume("+", false)) fail("bad unicode format ");
    } else if (verb == 'v') {
      b = scanBasePrefix(digits, &haveDigits);
    }
    std::string tok = scanNumber(digits, haveDigits);
    int64_t status = 0;
    uint64_t v = parse("parseUint", tok, b, 64, &status).u;
    if (status != 0) parseFailure("ParseUint", tok, status);
    if (bits < 64 && (v >> bits) != 0) fail("unsigned integer overflow on token " + tok);
    return v;
  }

  int64_t scanRune(int bits) {
    notEOF();
    int64_t r = getRune();
    int shift = 64 - bits;
    if (static_cast<int64_t>(static_cast<uint64_t>(r) << shift) >> shift != r) {
      std::string c;
      appendRune(c, static_cast<char32_t>(r));
      fail("overflow on character value " + c);
    }
    return r;
  }

  bool scanBool(int32_t verb) {
    skipSpace();
    notEOF();
    okVerb(verb, "tv", "boolean");
    switch (getRune()) {
      case '0': return false;
      case '1': return true;
      case 't': case 'T':
        if (accept("rR") && (!accept("uU") || !accept("eE"))) fail("syntax error scanning boolean");
        return true;
      case 'f': case 'F':
        if (accept("aA") && (!accept("lL") || !accept("sS") || !accept("eE"))) fail("syntax error scanning boolean");
        return false;
    }
    return false;
  }

  std::string floatToken() {
    token_.clear();
    if (accept("nN") && accept("aA") && accept("nN")) return token_;
    accept(kSign);
    if (accept("iI") && accept("nN") && accept("fF")) return token_;
    std::string digits = std::string(kDecimalDigits) + "_";
    std::string_view exponent = "eEpP";
    if (accept("0") && accept("xX")) {
      digits = std::string(kHexDigits) + "_";
      exponent = "pP";
    }
    while (accept(digits)) {}
    if (accept(".")) {
      while (accept(digits)) {}
    }
    if (accept(exponent)) {
      accept(kSign);
      while (accept(std::string(kDecimalDigits) + "_")) {}
    }
    return token_;
  }

  double scanFloat(int32_t verb, int bits) {
    okVerb(verb, "beEfFgGv", bits == 32 ? "float32" : "float64");
    skipSpace();
    notEOF();
    std::string tok = floatToken();
    int64_t status = 0;
    size_t p = tok.find('p');
    bool hex = tok.find_first_of("xX") != std::string::npos;
    if (p != std::string::npos && !hex) {
      // A decimal mantissa with a binary exponent: mantissa * 2**exponent.
      double mantissa = parse("parseFloat", tok.substr(0, p), bits, 0, &status).f;
      if (status != 0) parseFailure("ParseFloat", tok, status);
      int64_t exp = parse("parseInt", tok.substr(p + 1), 10, 0, &status).i;
      if (status != 0) parseFailure("Atoi", tok, status);
      return std::ldexp(mantissa, static_cast<int>(exp));
    }
    double v = parse("parseFloat", tok, bits, 0, &status).f;
    if (status != 0) parseFailure("ParseFloat", tok, status);
    return v;
  }

  std::string scanString(int32_t verb) {
    okVerb(verb, "svqxX", "string");
    skipSpace();
    notEOF();
    if (verb == 'q' || verb == 'x' || verb == 'X') fail("goro: scanning strings with %q, %x or %X is not supported");
    return word();
  }

  void scanOne(int32_t verb, Iface* operand) {
    token_.clear();
    if (operand == nullptr || operand->type->ukind() != Kind::Pointer) {
      fail("type not a pointer: " + (operand ? operand->type->toString() : std::string("<nil>")));
    }
    const Type* elem = operand->type->under()->elem;
    void* target = operand->word.p;
    switch (elem->ukind()) {
      case Kind::Bool: storeValue(elem, target, Slot{.u = scanBool(verb)}); return;
      case Kind::Int: case Kind::Int8: case Kind::Int16: case Kind::Int32: case Kind::Int64:
        storeValue(elem, target, Slot{.i = scanInt(verb, elem->intBits())});
        return;
      case Kind::Uint: case Kind::Uint8: case Kind::Uint16: case Kind::Uint32: case Kind::Uint64: case Kind::Uintptr:
        storeValue(elem, target, Slot{.u = scanUint(verb, elem->intBits())});
        return;
      case Kind::Float32: storeValue(elem, target, Slot{.f = static_cast<float>(scanFloat(verb, 32))}); return;
      case Kind::Float64: storeValue(elem, target, Slot{.f = scanFloat(verb, 64)}); return;
      case Kind::String: storeValue(elem, target, stringSlot(scanString(verb))); return;
      case Kind::Slice:
        if (elem->under()->elem->ukind() == Kind::Uint8) {
          storeValue(elem, target, byteSliceSlot(scanString(verb)));
          return;
        }
        break;
      default: break;
    }
    fail("can't scan type: " + operand->type->toString());
  }

  // Matches the literal text and spaces of a Scanf format against the input; returns the
  // bytes of format consumed, 0 at a verb, and -1 on a mismatch.
  int64_t advance(std::string_view format) {
    size_t i = 0;
    while (i < format.size()) {
      int w;
      int32_t fc = static_cast<int32_t>(decodeRune(format.substr(i), &w));
      if (isScanSpace(fc)) {
        int newlines = 0;
        bool trailingSpace = false;
        while (isScanSpace(fc) && i < format.size()) {
          if (fc == '\n') {
            newlines++;
            trailingSpace = false;
          } else {
            trailingSpace = true;
          }
          i += static_cast<size_t>(w);
          fc = i < format.size() ? static_cast<int32_t>(decodeRune(format.substr(i), &w)) : kEOF;
        }
        for (int j = 0; j < newlines; j++) {
          int32_t in = getRune();
          while (isScanSpace(in) && in != '\n') in = getRune();
          if (in != '\n' && in != kEOF) fail("newline in format does not match input");
        }
        if (trailingSpace) {
          int32_t in = getRune();
          if (newlines == 0) {
            if (!isScanSpace(in) && in != kEOF) fail("expected space in input to match format");
            if (in == '\n') fail("newline in input does not match format");
          }
          while (isScanSpace(in) && in != '\n') in = getRune();
          if (in != kEOF) unreadRune(in);
        }
        continue;
      }
      if (fc == '%') {
        if (i + static_cast<size_t>(w) == format.size()) fail("missing verb: % at end of format string");
        if (format[i + static_cast<size_t>(w)] != '%') return static_cast<int64_t>(i);
        i += static_cast<size_t>(w);
      }
      int32_t in = getRune();
      if (in == kEOF) throw ScanFailure{kStatusUnexpectedEOF, ""};
      if (in != fc) {
        unreadRune(in);
        return -1;
      }
      i += static_cast<size_t>(w);
    }
    return static_cast<int64_t>(i);
  }

  NativeCtx& cx_;
  RuneSource& src_;
  bool nlIsSpace_, nlIsEnd_;
  bool atEOF_ = false;
  int64_t count_ = 0;
  int64_t argLimit_ = kHugeWidth;
  std::string token_;
};

// scan(r io.Reader, text string, fromText bool, format string, formatted, nlIsSpace,
//      nlIsEnd bool, eof error, a []any) (n int, status int, msg string, err error)
void nativeScan(NativeCtx& cx, Slot* io) {
  auto* reader = static_cast<Iface*>(io[0].p);
  std::string_view text = argString(io[1]);
  bool fromText = io[2].u, formatted = io[4].u, nlIsSpace = io[5].u, nlIsEnd = io[6].u;
  std::string_view format = argString(io[3]);
  auto* eof = static_cast<const Iface*>(io[7].p);
  auto* operands = static_cast<const Slice*>(io[8].p);
  int64_t processed = 0;
  ScanFailure failure{kOK, ""};
  try {
    RuneSource src = fromText ? RuneSource(cx, text) : RuneSource(cx, reader, eof);
    Scanner scanner(cx, src, nlIsSpace, nlIsEnd);
    if (formatted) scanner.scanFormat(format, operands, &processed);
    else scanner.scanAll(operands, &processed);
  } catch (ScanFailure& f) {
    failure = std::move(f);
  }
  io[0].i = processed;
  io[1].i = failure.status;
  io[2] = stringSlot(failure.message);
  io[3].p = failure.error;
}

}  // namespace

NativeBinding scanNative() { return {"scan", nativeScan}; }

}  // namespace goro::stdlib
