// Package strings. Searching, splitting, case mapping and trimming are native loops over
// the string bytes (std::string_view); the types (Builder, Reader, Replacer) and the
// functions that take a Go callback (Map, IndexFunc, TrimFunc, FieldsFunc) are written in
// Go, so a callback is an ordinary Go call. Results that are substrings share the
// argument's bytes, as Go's slicing does.
#include <limits>

#include "stdlib/format.h"
#include "stdlib/support.h"
#include "stdlib/unicode.h"
#include "vm/panic.h"
#include "vm/type.h"

namespace goro::stdlib {

namespace {

constexpr std::string_view kSource = R"go(
package strings

import (
	"errors"
	"io"
	"unicode/utf8"
)

func Index(s, substr string) int
func LastIndex(s, substr string) int
func IndexByte(s string, c byte) int
func LastIndexByte(s string, c byte) int
func IndexRune(s string, r rune) int
func IndexAny(s, chars string) int
func LastIndexAny(s, chars string) int
func Count(s, substr string) int
func Join(elems []string, sep string) string
func Repeat(s string, count int) string
func Replace(s, old, new string, n int) string
func ToUpper(s string) string
func ToLower(s string) string
func ToTitle(s string) string
func TrimSpace(s string) string
func Trim(s, cutset string) string
func TrimLeft(s, cutset string) string
func TrimRight(s, cutset string) string
func EqualFold(s, t string) bool
func Fields(s string) []string
func genSplit(s, sep string, sepSave, n int) []string
func replaceAll(s string, oldnew []string) string

func Contains(s, substr string) bool { return Index(s, substr) >= 0 }

func ContainsAny(s, chars string) bool { return IndexAny(s, chars) >= 0 }

func ContainsRune(s string, r rune) bool { return IndexRune(s, r) >= 0 }

func HasPrefix(s, prefix string) bool { return len(s) >= len(prefix) && s[0:len(prefix)] == prefix }

func HasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

func Compare(a, b string) int {
	if a == b {
		return 0
	}
	if a < b {
		return -1
	}
	return +1
}

func ReplaceAll(s, old, new string) string { return Replace(s, old, new, -1) }

func Split(s, sep string) []string { return genSplit(s, sep, 0, -1) }

func SplitN(s, sep string, n int) []string { return genSplit(s, sep, 0, n) }

func SplitAfter(s, sep string) []string { return genSplit(s, sep, len(sep), -1) }

func SplitAfterN(s, sep string, n int) []string { return genSplit(s, sep, len(sep), n) }

func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// Cut slices s around the first instance of sep.
func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

func CutPrefix(s, prefix string) (after string, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

func CutSuffix(s, suffix string) (before string, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// Map returns s with every rune mapped; a negative result drops the rune. Invalid UTF-8
// bytes are seen as RuneError.
func Map(mapping func(rune) rune, s string) string {
	var b []byte
	for _, c := range s {
		if r := mapping(c); r >= 0 {
			b = utf8.AppendRune(b, r)
		}
	}
	return string(b)
}

func IndexFunc(s string, f func(rune) bool) int { return indexFunc(s, f, true) }

func LastIndexFunc(s string, f func(rune) bool) int { return lastIndexFunc(s, f, true) }

func ContainsFunc(s string, f func(rune) bool) bool { return IndexFunc(s, f) >= 0 }

func indexFunc(s string, f func(rune) bool, truth bool) int {
	for i, r := range s {
		if f(r) == truth {
			return i
		}
	}
	return -1
}

func lastIndexFunc(s string, f func(rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[0:i])
		i -= size
		if f(r) == truth {
			return i
		}
	}
	return -1
}

func TrimLeftFunc(s string, f func(rune) bool) string {
	i := indexFunc(s, f, false)
	if i == -1 {
		return ""
	}
	return s[i:]
}

func TrimRightFunc(s string, f func(rune) bool) string {
	i := lastIndexFunc(s, f, false)
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, wid := utf8.DecodeRuneInString(s[i:])
		i += wid
	} else {
		i++
	}
	return s[0:i]
}

func TrimFunc(s string, f func(rune) bool) string { return TrimRightFunc(TrimLeftFunc(s, f), f) }

// FieldsFunc splits s at each run of runes satisfying f.
func FieldsFunc(s string, f func(rune) bool) []string {
	var fields []string
	start := -1
	for i, r := range s {
		if f(r) {
			if start >= 0 {
				fields = append(fields, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		fields = append(fields, s[start:])
	}
	return fields
}

// ToValidUTF8 replaces each run of invalid UTF-8 bytes with replacement.
func ToValidUTF8(s, replacement string) string {
	var b []byte
	invalid := false
	for i := 0; i < len(s); {
		r, wid := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && wid == 1 {
			if !invalid {
				b = append(b, replacement...)
				invalid = true
			}
		} else {
			b = append(b, s[i:i+wid]...)
			invalid = false
		}
		i += wid
	}
	return string(b)
}

// A Builder builds a string with Write methods, minimizing copying. Do not copy a
// non-zero Builder.
type Builder struct {
	addr *Builder // the receiver, to detect copies by value
	buf  []byte
}

func (b *Builder) copyCheck() {
	if b.addr == nil {
		b.addr = b
	} else if b.addr != b {
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}

func (b *Builder) String() string { return string(b.buf) }

func (b *Builder) Len() int { return len(b.buf) }

func (b *Builder) Cap() int { return cap(b.buf) }

func (b *Builder) Reset() {
	b.addr = nil
	b.buf = nil
}

// Grow grows b's capacity, if necessary, to guarantee space for another n bytes.
func (b *Builder) Grow(n int) {
	b.copyCheck()
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		buf := make([]byte, len(b.buf), 2*cap(b.buf)+n)
		copy(buf, b.buf)
		b.buf = buf
	}
}

func (b *Builder) Write(p []byte) (int, error) {
	b.copyCheck()
	b.buf = append(b.buf, p...)
	return len(p), nil
}

func (b *Builder) WriteByte(c byte) error {
	b.copyCheck()
	b.buf = append(b.buf, c)
	return nil
}

func (b *Builder) WriteRune(r rune) (int, error) {
	b.copyCheck()
	n := len(b.buf)
	b.buf = utf8.AppendRune(b.buf, r)
	return len(b.buf) - n, nil
}

func (b *Builder) WriteString(s string) (int, error) {
	b.copyCheck()
	b.buf = append(b.buf, s...)
	return len(s), nil
}

// A Reader implements io.Reader, io.ByteScanner and io.RuneScanner over a string.
type Reader struct {
	s        string
	i        int // current reading index
	prevRune int // index of previous rune; or < 0
}

func NewReader(s string) *Reader { return &Reader{s, 0, -1} }

// Len returns the number of bytes of the unread portion of the string.
func (r *Reader) Len() int {
	if r.i >= len(r.s) {
		return 0
	}
	return len(r.s) - r.i
}

func (r *Reader) Size() int64 { return int64(len(r.s)) }

func (r *Reader) Read(b []byte) (n int, err error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	r.prevRune = -1
	n = copy(b, r.s[r.i:])
	r.i += n
	return n, nil
}

func (r *Reader) ReadByte() (byte, error) {
	r.prevRune = -1
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	b := r.s[r.i]
	r.i++
	return b, nil
}

func (r *Reader) UnreadByte() error {
	if r.i <= 0 {
		return errors.New("strings.Reader.UnreadByte: at beginning of string")
	}
	r.prevRune = -1
	r.i--
	return nil
}

func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.i >= len(r.s) {
		r.prevRune = -1
		return 0, 0, io.EOF
	}
	r.prevRune = r.i
	ch, size = utf8.DecodeRuneInString(r.s[r.i:])
	r.i += size
	return ch, size, nil
}

func (r *Reader) UnreadRune() error {
	if r.i <= 0 {
		return errors.New("strings.Reader.UnreadRune: at beginning of string")
	}
	if r.prevRune < 0 {
		return errors.New("strings.Reader.UnreadRune: previous operation was not ReadRune")
	}
	r.i = r.prevRune
	r.prevRune = -1
	return nil
}

func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.prevRune = -1
	if r.i >= len(r.s) {
		return 0, nil
	}
	m, err := io.WriteString(w, r.s[r.i:])
	r.i += m
	return int64(m), err
}

func (r *Reader) Reset(s string) { *r = Reader{s, 0, -1} }

// Replacer replaces a list of strings with replacements: at each position the first
// old string (in argument order) that matches is replaced, without overlapping matches.
type Replacer struct {
	oldnew []string
}

func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{append([]string(nil), oldnew...)}
}

func (r *Replacer) Replace(s string) string { return replaceAll(s, r.oldnew) }

func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return io.WriteString(w, r.Replace(s))
}
)go";

constexpr size_t npos = std::string_view::npos;

int64_t indexResult(size_t pos) { return pos == npos ? -1 : static_cast<int64_t>(pos); }

const Type* stringType() { return TypeTable::get().basic(Kind::String); }

// A []string of the given pieces.
Slot stringSliceSlot(const std::vector<std::string_view>& pieces, const String* base) {
  auto n = static_cast<int64_t>(pieces.size());
  Slice* out = newSlice(stringType(), n, n);
  auto** elems = reinterpret_cast<String**>(out->data);
  for (int64_t i = 0; i < n; i++) elems[i] = substring(base, pieces[i]);
  return Slot{.p = out};
}

// The rune at s[0..] with its width (RuneError of width 1 for an invalid byte).
char32_t runeAt(std::string_view s, int* width) {
  auto c = static_cast<unsigned char>(s[0]);
  if (c < 0x80) {
    *width = 1;
    return c;
  }
  return decodeRune(s, width);
}

// Whether `set` contains rune r, comparing decoded runes (an invalid byte is RuneError).
bool containsRune(std::string_view set, char32_t r) {
  for (size_t i = 0; i < set.size();) {
    int width;
    if (runeAt(set.substr(i), &width) == r) return true;
    i += static_cast<size_t>(width);
  }
  return false;
}

// The last rune of s (non-empty) with its width, as utf8.DecodeLastRuneInString.
char32_t lastRune(std::string_view s, int* width) {
  auto c = static_cast<unsigned char>(s.back());
  if (c < 0x80) {
    *width = 1;
    return c;
  }
  size_t start = s.size() - 1;
  size_t limit = s.size() >= 4 ? s.size() - 4 : 0;
  while (start > limit && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) start--;
  char32_t r = decodeRune(s.substr(start), width);
  if (start + static_cast<size_t>(*width) != s.size()) {
    *width = 1;
    return unicode::kReplacementChar;
  }
  return r;
}

size_t runeCount(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); n++) {
    int width;
    runeAt(s.substr(i), &width);
    i += static_cast<size_t>(width);
  }
  return n;
}

int64_t indexRune(std::string_view s, int64_t r) {
  if (r >= 0 && r < 0x80) return indexResult(s.find(static_cast<char>(r)));
  if (r == unicode::kReplacementChar) {
    for (size_t i = 0; i < s.size();) {
      int width;
      if (runeAt(s.substr(i), &width) == unicode::kReplacementChar) return static_cast<int64_t>(i);
      i += static_cast<size_t>(width);
    }
    return -1;
  }
  if (r < 0 || r > unicode::kMaxRune || (r >= 0xD800 && r <= 0xDFFF)) return -1;
  std::string encoded;
  appendRune(encoded, static_cast<char32_t>(r));
  return indexResult(s.find(encoded));
}

int64_t count(std::string_view s, std::string_view sep) {
  if (sep.empty()) return static_cast<int64_t>(runeCount(s)) + 1;
  int64_t n = 0;
  for (size_t pos = s.find(sep); pos != npos; pos = s.find(sep, pos + sep.size())) n++;
  return n;
}

void nativeIndex(NativeCtx&, Slot* io) { io[0].i = indexResult(argString(io[0]).find(argString(io[1]))); }

void nativeLastIndex(NativeCtx&, Slot* io) { io[0].i = indexResult(argString(io[0]).rfind(argString(io[1]))); }

void nativeIndexByte(NativeCtx&, Slot* io) {
  io[0].i = indexResult(argString(io[0]).find(static_cast<char>(io[1].u)));
}

void nativeLastIndexByte(NativeCtx&, Slot* io) {
  io[0].i = indexResult(argString(io[0]).rfind(static_cast<char>(io[1].u)));
}

void nativeIndexRune(NativeCtx&, Slot* io) { io[0].i = indexRune(argString(io[0]), static_cast<int32_t>(io[1].i)); }

void nativeIndexAny(NativeCtx&, Slot* io) {
  std::string_view s = argString(io[0]), chars = argString(io[1]);
  int64_t found = -1;
  for (size_t i = 0; i < s.size() && !chars.empty();) {
    int width;
    if (containsRune(chars, runeAt(s.substr(i), &width))) {
      found = static_cast<int64_t>(i);
      break;
    }
    i += static_cast<size_t>(width);
  }
  io[0].i = found;
}

void nativeLastIndexAny(NativeCtx&, Slot* io) {
  std::string_view s = argString(io[0]), chars = argString(io[1]);
  int64_t found = -1;
  while (!s.empty() && !chars.empty()) {
    int width;
    char32_t r = lastRune(s, &width);
    s.remove_suffix(static_cast<size_t>(width));
    if (containsRune(chars, r)) {
      found = static_cast<int64_t>(s.size());
      break;
    }
  }
  io[0].i = found;
}

void nativeCount(NativeCtx&, Slot* io) { io[0].i = count(argString(io[0]), argString(io[1])); }

void nativeJoin(NativeCtx&, Slot* io) {
  auto* elems = static_cast<const Slice*>(io[0].p);
  std::string_view sep = argString(io[1]);
  int64_t n = sliceLen(elems);
  if (n == 1) {
    io[0].p = reinterpret_cast<String**>(elems->data)[0];
    return;
  }
  std::string out;
  for (int64_t i = 0; i < n; i++) {
    if (i > 0) out += sep;
    out += strView(reinterpret_cast<String**>(elems->data)[i]);
  }
  io[0] = stringSlot(out);
}

void nativeRepeat(NativeCtx&, Slot* io) {
  std::string_view s = argString(io[0]);
  int64_t n = io[1].i;
  if (n < 0) panicString("strings: negative Repeat count");
  if (n > 0 && static_cast<int64_t>(s.size()) > std::numeric_limits<int64_t>::max() / n)
    panicString("strings: Repeat count causes overflow");
  char* data;
  String* out = newStringUninit(static_cast<int64_t>(s.size()) * n, &data);
  for (int64_t i = 0; i < n; i++, data += s.size()) std::memcpy(data, s.data(), s.size());
  io[0].p = out;
}

void nativeReplace(NativeCtx&, Slot* io) {
  auto* original = static_cast<String*>(io[0].p);
  std::string_view s = strView(original), old = argString(io[1]), replacement = argString(io[2]);
  int64_t n = io[3].i;
  int64_t matches = old == replacement || n == 0 ? 0 : count(s, old);
  if (matches == 0) {
    io[0].p = original;
    return;
  }
  if (n < 0 || matches < n) n = matches;
  std::string out;
  size_t start = 0;
  for (int64_t i = 0; i < n; i++) {
    size_t j = start;
    if (old.empty()) {
      // An empty old string matches at the start and after each rune.
      if (i > 0 && start < s.size()) {
        int width;
        runeAt(s.substr(start), &width);
        j += static_cast<size_t>(width);
      }
    } else {
      j = s.find(old, start);
    }
    out.append(s.substr(start, j - start));
    out.append(replacement);
    start = j + old.size();
  }
  out.append(s.substr(start));
  io[0] = stringSlot(out);
}

template <char32_t (*Map)(char32_t)>
void nativeMapCase(NativeCtx&, Slot* io) {
  std::string_view s = argString(io[0]);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    int width;
    char32_t r = runeAt(s.substr(i), &width);
    appendRune(out, Map(r));
    i += static_cast<size_t>(width);
  }
  io[0] = out == s ? io[0] : stringSlot(out);
}

// Trims runes matching `cut` from the left and/or right of the string argument.
template <typename Pred>
void trimRunes(Slot* io, bool left, bool right, Pred cut) {
  auto* original = static_cast<String*>(io[0].p);
  std::string_view s = strView(original);
  while (left && !s.empty()) {
    int width;
    if (!cut(runeAt(s, &width))) break;
    s.remove_prefix(static_cast<size_t>(width));
  }
  while (right && !s.empty()) {
    int width;
    if (!cut(lastRune(s, &width))) break;
    s.remove_suffix(static_cast<size_t>(width));
  }
  io[0].p = substring(original, s);
}

void nativeTrimSpace(NativeCtx&, Slot* io) { trimRunes(io, true, true, unicode::isSpace); }

template <bool Left, bool Right>
void nativeTrimCutset(NativeCtx&, Slot* io) {
  std::string_view cutset = argString(io[1]);
  trimRunes(io, Left, Right, [&](char32_t r) { return containsRune(cutset, r); });
}

void nativeEqualFold(NativeCtx&, Slot* io) {
  std::string_view s = argString(io[0]), t = argString(io[1]);
  bool equal = true;
  while (equal && !s.empty() && !t.empty()) {
    int sw, tw;
    char32_t sr = runeAt(s, &sw), tr = runeAt(t, &tw);
    s.remove_prefix(static_cast<size_t>(sw));
    t.remove_prefix(static_cast<size_t>(tw));
    if (sr == tr) continue;
    if (tr < sr) std::swap(sr, tr);
    if (tr < 0x80) {
      equal = sr >= 'A' && sr <= 'Z' && tr == sr + 'a' - 'A';
      continue;
    }
    // Walk sr's fold orbit up to tr: the orbit is increasing but for its wrap-around.
    char32_t r = unicode::simpleFold(sr);
    while (r != sr && r < tr) r = unicode::simpleFold(r);
    equal = r == tr;
  }
  io[0].u = equal && s.empty() && t.empty();
}

void nativeFields(NativeCtx&, Slot* io) {
  auto* original = static_cast<String*>(io[0].p);
  std::string_view s = strView(original);
  std::vector<std::string_view> fields;
  size_t start = npos;
  for (size_t i = 0; i < s.size();) {
    int width;
    bool space = unicode::isSpace(runeAt(s.substr(i), &width));
    if (space && start != npos) {
      fields.push_back(s.substr(start, i - start));
      start = npos;
    } else if (!space && start == npos) {
      start = i;
    }
    i += static_cast<size_t>(width);
  }
  if (start != npos) fields.push_back(s.substr(start));
  io[0] = stringSliceSlot(fields, original);
}

// genSplit(s, sep string, sepSave, n int) []string: Split, SplitN, SplitAfter(N).
void nativeGenSplit(NativeCtx&, Slot* io) {
  auto* original = static_cast<String*>(io[0].p);
  std::string_view s = strView(original), sep = argString(io[1]);
  auto sepSave = static_cast<size_t>(io[2].i);
  int64_t n = io[3].i;
  if (n == 0) {
    io[0].p = nullptr;
    return;
  }
  std::vector<std::string_view> pieces;
  if (sep.empty()) {
    // One piece per UTF-8 sequence (an invalid byte becomes "\uFFFD"), the last piece
    // holding the rest when n runs out.
    static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
    size_t limit = runeCount(s);
    if (n < 0 || static_cast<size_t>(n) > limit) n = static_cast<int64_t>(limit);
    for (int64_t i = 0; i < n - 1 && !s.empty(); i++) {
      int width;
      bool invalid = runeAt(s, &width) == unicode::kReplacementChar;
      pieces.push_back(invalid ? kReplacement : s.substr(0, static_cast<size_t>(width)));
      s.remove_prefix(static_cast<size_t>(width));
    }
    if (n > 0) pieces.push_back(s);
  } else {
    if (n < 0) n = count(s, sep) + 1;
    for (int64_t i = 0; i < n - 1; i++) {
      size_t m = s.find(sep);
      if (m == npos) break;
      pieces.push_back(s.substr(0, m + sepSave));
      s.remove_prefix(m + sep.size());
    }
    pieces.push_back(s);
  }
  io[0] = stringSliceSlot(pieces, original);
}

// replaceAll(s string, oldnew []string) string: Replacer.Replace. At each position the
// first old string in argument order that matches wins; after an empty match the next
// byte is copied before an empty old string may match again.
void nativeReplaceAll(NativeCtx&, Slot* io) {
  auto* original = static_cast<String*>(io[0].p);
  std::string_view s = strView(original);
  auto* pairs = static_cast<const Slice*>(io[1].p);
  auto** oldnew = pairs ? reinterpret_cast<String**>(pairs->data) : nullptr;
  int64_t npairs = sliceLen(pairs) / 2;
  std::string out;
  size_t last = 0;
  bool prevMatchEmpty = false;
  for (size_t i = 0; i <= s.size();) {
    int64_t match = -1;
    for (int64_t p = 0; p < npairs && match < 0; p++) {
      std::string_view old = strView(oldnew[2 * p]);
      if (old.empty() ? !prevMatchEmpty : s.substr(i).starts_with(old)) match = p;
    }
    if (match < 0) {
      prevMatchEmpty = false;
      i++;
      continue;
    }
    size_t keylen = static_cast<size_t>(strLen(oldnew[2 * match]));
    prevMatchEmpty = keylen == 0;
    out.append(s.substr(last, i - last));
    out.append(strView(oldnew[2 * match + 1]));
    i += keylen;
    last = i;
  }
  if (last == 0 && out.empty()) {
    io[0].p = original;
    return;
  }
  if (last < s.size()) out.append(s.substr(last));
  io[0] = stringSlot(out);
}

}  // namespace

void registerStrings() {
  registerPackage(PackageDef{"strings",
                             kSource,
                             {
                                 {"Index", nativeIndex},
                                 {"LastIndex", nativeLastIndex},
                                 {"IndexByte", nativeIndexByte},
                                 {"LastIndexByte", nativeLastIndexByte},
                                 {"IndexRune", nativeIndexRune},
                                 {"IndexAny", nativeIndexAny},
                                 {"LastIndexAny", nativeLastIndexAny},
                                 {"Count", nativeCount},
                                 {"Join", nativeJoin},
                                 {"Repeat", nativeRepeat},
                                 {"Replace", nativeReplace},
                                 {"ToUpper", nativeMapCase<unicode::toUpper>},
                                 {"ToLower", nativeMapCase<unicode::toLower>},
                                 {"ToTitle", nativeMapCase<unicode::toTitle>},
                                 {"TrimSpace", nativeTrimSpace},
                                 {"Trim", nativeTrimCutset<true, true>},
                                 {"TrimLeft", nativeTrimCutset<true, false>},
                                 {"TrimRight", nativeTrimCutset<false, true>},
                                 {"EqualFold", nativeEqualFold},
                                 {"Fields", nativeFields},
                                 {"genSplit", nativeGenSplit},
                                 {"replaceAll", nativeReplaceAll},
                             }});
}

}  // namespace goro::stdlib
