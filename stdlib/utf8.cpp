// Package unicode/utf8: decoding, encoding and validation of UTF-8, natively over the
// decoder that strconv and fmt share (stdlib/format.h), so every package agrees with Go on
// what an invalid sequence is: each bad byte decodes as RuneError of width 1.
#include "stdlib/format.h"
#include "stdlib/support.h"

namespace goro::stdlib {

namespace {

constexpr std::string_view kSource = R"go(
package utf8

const (
	RuneError = '\uFFFD'     // the "error" Rune or "Unicode replacement character"
	RuneSelf  = 0x80         // characters below RuneSelf are represented as themselves in a single byte.
	MaxRune   = '\U0010FFFF' // Maximum valid Unicode code point.
	UTFMax    = 4            // maximum number of bytes of a UTF-8 encoded Unicode character.
)

func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case 0xD800 <= r && r <= 0xDFFF:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

func ValidRune(r rune) bool {
	return 0 <= r && r < 0xD800 || 0xDFFF < r && r <= MaxRune
}

// RuneStart reports whether the byte could be the first byte of an encoded rune.
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// EncodeRune writes into p (which must be large enough) the UTF-8 encoding of the rune;
// an invalid rune is encoded as RuneError. It returns the number of bytes written.
func EncodeRune(p []byte, r rune) int {
	s := string(r)
	_ = p[len(s)-1]
	return copy(p, s)
}

func AppendRune(p []byte, r rune) []byte { return append(p, string(r)...) }

func RuneCount(p []byte) int { return RuneCountInString(string(p)) }

func Valid(p []byte) bool { return ValidString(string(p)) }

func FullRune(p []byte) bool { return FullRuneInString(string(p)) }

func DecodeRune(p []byte) (r rune, size int) { return DecodeRuneInString(string(p)) }

func DecodeLastRune(p []byte) (r rune, size int) { return DecodeLastRuneInString(string(p)) }

func RuneCountInString(s string) (n int)
func ValidString(s string) bool
func FullRuneInString(s string) bool
func DecodeRuneInString(s string) (r rune, size int)
func DecodeLastRuneInString(s string) (r rune, size int)
)go";

bool isContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

void nativeRuneCountInString(NativeCtx&, Slot* io) {
  std::string_view s = argString(io[0]);
  int64_t n = 0;
  for (size_t i = 0; i < s.size(); n++) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      i++;
      continue;
    }
    int width;
    decodeRune(s.substr(i), &width);
    i += static_cast<size_t>(width);
  }
  io[0].i = n;
}

void nativeValidString(NativeCtx&, Slot* io) {
  std::string_view s = argString(io[0]);
  bool valid = true;
  for (size_t i = 0; i < s.size() && valid;) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      i++;
      continue;
    }
    int width;
    char32_t r = decodeRune(s.substr(i), &width);
    valid = !(r == 0xFFFD && width == 1);
    i += static_cast<size_t>(width);
  }
  io[0].u = valid;
}

// Whether s begins with a full encoding: a complete rune, or bytes already known invalid.
void nativeFullRuneInString(NativeCtx&, Slot* io) {
  std::string_view s = argString(io[0]);
  bool full = true;
  if (s.empty()) {
    full = false;
  } else {
    auto c = static_cast<unsigned char>(s[0]);
    size_t need = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 1;
    if (s.size() < need) {
      // A prefix of a valid sequence is not full; one that is already invalid is.
      unsigned char lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
      unsigned char hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
      full = false;
      if (s.size() > 1) {
        auto c1 = static_cast<unsigned char>(s[1]);
        full = c1 < lo || c1 > hi;
      }
      if (!full && s.size() > 2) full = !isContinuation(static_cast<unsigned char>(s[2]));
    }
  }
  io[0].u = full;
}

void nativeDecodeRuneInString(NativeCtx&, Slot* io) {
  int width;
  char32_t r = decodeRune(argString(io[0]), &width);
  io[0].i = r;
  io[1].i = width;
}

void nativeDecodeLastRuneInString(NativeCtx&, Slot* io) {
  std::string_view s = argString(io[0]);
  char32_t r = 0xFFFD;
  int width = 0;
  if (!s.empty()) {
    size_t end = s.size();
    size_t start = end - 1;
    width = 1;
    if (static_cast<unsigned char>(s[start]) < 0x80) {
      r = static_cast<unsigned char>(s[start]);
    } else {
      // Back up to the start of the last rune, at most UTFMax bytes.
      size_t limit = end >= 4 ? end - 4 : 0;
      while (start > limit && isContinuation(static_cast<unsigned char>(s[start]))) start--;
      int w;
      char32_t decoded = decodeRune(s.substr(start), &w);
      if (start + static_cast<size_t>(w) == end) {
        r = decoded;
        width = w;
      }
    }
  }
  io[0].i = r;
  io[1].i = width;
}

}  // namespace

void registerUtf8() {
  registerPackage(PackageDef{"unicode/utf8",
                             kSource,
                             {
                                 {"RuneCountInString", nativeRuneCountInString},
                                 {"ValidString", nativeValidString},
                                 {"FullRuneInString", nativeFullRuneInString},
                                 {"DecodeRuneInString", nativeDecodeRuneInString},
                                 {"DecodeLastRuneInString", nativeDecodeLastRuneInString},
                             }});
}

}  // namespace goro::stdlib
