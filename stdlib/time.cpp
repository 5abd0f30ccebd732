// Package time: Duration with its arithmetic, String and ParseDuration, Sleep, and monotonic Now/Since.
// Sleeping parks the goroutine on the scheduler's timer heap (runtime/sched.h).
#include "runtime/sched.h"
#include "stdlib/support.h"

namespace goro::stdlib {

namespace {

constexpr std::string_view kSource = R"go(
package time

import "errors"

// A Duration represents the elapsed time between two instants as an int64 nanosecond
// count.
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// Sleep pauses the current goroutine for at least the duration d.
func Sleep(d Duration)

// String returns a string representing the duration in the form "72h3m0.5s".
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	var s string
	if u < uint64(Second) {
		// Below one second: the largest of ns, µs and ms that keeps an integer part.
		prec, unit := 0, "ns"
		if u >= uint64(Millisecond) {
			prec, unit = 6, "ms"
		} else if u >= uint64(Microsecond) {
			prec, unit = 3, "µs"
		}
		frac, whole := fmtFrac(u, prec)
		s = utoa(whole) + frac + unit
	} else {
		frac, secs := fmtFrac(u, 9)
		s = utoa(secs%60) + frac + "s"
		if mins := secs / 60; mins > 0 {
			s = utoa(mins%60) + "m" + s
			if hours := mins / 60; hours > 0 {
				s = utoa(hours) + "h" + s
			}
		}
	}
	if neg {
		s = "-" + s
	}
	return s
}

// fmtFrac formats the fraction v/10**prec (".25", without trailing zeros, "" if zero)
// and returns it with v/10**prec.
func fmtFrac(v uint64, prec int) (string, uint64) {
	buf := make([]byte, prec+1)
	w := len(buf)
	printed := false
	for i := 0; i < prec; i++ {
		digit := v % 10
		printed = printed || digit != 0
		if printed {
			w--
			buf[w] = byte(digit) + '0'
		}
		v /= 10
	}
	if printed {
		w--
		buf[w] = '.'
	}
	return string(buf[w:]), v
}

func utoa(v uint64) string {
	var buf [20]byte
	w := len(buf)
	for {
		w--
		buf[w] = byte(v%10) + '0'
		v /= 10
		if v == 0 {
			break
		}
	}
	return string(buf[w:])
}

func (d Duration) Nanoseconds() int64 { return int64(d) }

func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate returns d rounded toward zero to a multiple of m.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round returns d rounded to the nearest multiple of m, halfway values away from zero.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if lessThanHalf(r, m) {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if lessThanHalf(r, m) {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

var unitNanoseconds = map[string]uint64{
	"ns": uint64(Nanosecond),
	"us": uint64(Microsecond),
	"µs": uint64(Microsecond), // U+00B5 micro sign
	"μs": uint64(Microsecond), // U+03BC Greek mu
	"ms": uint64(Millisecond),
	"s":  uint64(Second),
	"m":  uint64(Minute),
	"h":  uint64(Hour),
}

// ParseDuration parses a duration string: an optional sign and a sequence of decimal
// numbers, each with an optional fraction and a unit suffix, such as "300ms", "-1.5h" or
// "2h45m". Valid units are "ns", "us" (or "µs"), "ms", "s", "m", "h".
func ParseDuration(s string) (Duration, error) {
	orig := s
	invalid := errors.New("time: invalid duration " + quote(orig))
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, invalid
	}
	var total uint64
	for s != "" {
		if s[0] != '.' && (s[0] < '0' || s[0] > '9') {
			return 0, invalid
		}
		whole, rest, ok := leadingInt(s)
		if !ok {
			return 0, invalid
		}
		hasWhole := len(rest) != len(s)
		s = rest
		var frac uint64
		scale := 1.0
		hasFrac := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			frac, scale, rest = leadingFraction(s)
			hasFrac = len(rest) != len(s)
			s = rest
		}
		if !hasWhole && !hasFrac {
			return 0, invalid // "." or "-.": no digits at all
		}
		i := 0
		for i < len(s) && s[i] != '.' && (s[i] < '0' || s[i] > '9') {
			i++
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		unitName := s[:i]
		s = s[i:]
		unit, known := unitNanoseconds[unitName]
		if !known {
			return 0, errors.New("time: unknown unit " + quote(unitName) + " in duration " + quote(orig))
		}
		if whole > 1<<63/unit {
			return 0, invalid
		}
		v := whole * unit
		if frac > 0 {
			// float64 keeps enough precision: frac < 1<<63 and scale is a power of ten.
			v += uint64(float64(frac) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, invalid
			}
		}
		total += v
		if total > 1<<63 {
			return 0, invalid
		}
	}
	if neg {
		return -Duration(total), nil
	}
	if total > 1<<63-1 {
		return 0, invalid
	}
	return Duration(total), nil
}

// leadingInt consumes the leading decimal digits of s; ok is false on overflow past 1<<63.
func leadingInt(s string) (x uint64, rest string, ok bool) {
	i := 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		if x > 1<<63/10 {
			return 0, "", false
		}
		x = x*10 + uint64(s[i]-'0')
		if x > 1<<63 {
			return 0, "", false
		}
	}
	return x, s[i:], true
}

// leadingFraction consumes the leading digits of a fraction as x / scale, ignoring digits
// once x would overflow (they cannot change the nanosecond result).
func leadingFraction(s string) (x uint64, scale float64, rest string) {
	i := 0
	scale = 1
	overflow := false
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		if overflow {
			continue
		}
		if x > (1<<63-1)/10 {
			overflow = true
			continue
		}
		y := x*10 + uint64(s[i]-'0')
		if y > 1<<63 {
			overflow = true
			continue
		}
		x = y
		scale *= 10
	}
	return x, scale, s[i:]
}

// quote quotes s for an error message as package time does: bytes outside printable
// ASCII as \xNN, quotes and backslashes escaped.
func quote(s string) string {
	const hex = "0123456789abcdef"
	buf := []byte{'"'}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < ' ' || c >= 0x80:
			buf = append(buf, '\\', 'x', hex[c>>4], hex[c&0xF])
		case c == '"' || c == '\\':
			buf = append(buf, '\\', c)
		default:
			buf = append(buf, c)
		}
	}
	return string(append(buf, '"'))
}

// A Time is an instant: wall clock nanoseconds since 1970 and, for times from Now, a
// monotonic clock reading used by Sub, Since and Until.
type Time struct {
	wall    int64
	mono    int64
	hasMono bool
}

func now() (wall int64, mono int64)

func Now() Time {
	wall, mono := now()
	return Time{wall, mono, true}
}

func Unix(sec int64, nsec int64) Time { return Time{wall: sec*1e9 + nsec} }

func UnixMilli(msec int64) Time { return Time{wall: msec * 1e6} }

func Since(t Time) Duration { return Now().Sub(t) }

func Until(t Time) Duration { return t.Sub(Now()) }

func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		return Duration(t.mono - u.mono)
	}
	return Duration(t.wall - u.wall)
}

func (t Time) Add(d Duration) Time {
	return Time{t.wall + int64(d), t.mono + int64(d), t.hasMono}
}

func (t Time) After(u Time) bool { return t.Sub(u) > 0 }

func (t Time) Before(u Time) bool { return t.Sub(u) < 0 }

func (t Time) Equal(u Time) bool { return t.Sub(u) == 0 }

func (t Time) IsZero() bool { return t.wall == 0 && !t.hasMono }

func (t Time) Unix() int64 { return floorDiv(t.wall, 1e9) }

func (t Time) UnixMilli() int64 { return floorDiv(t.wall, 1e6) }

func (t Time) UnixMicro() int64 { return floorDiv(t.wall, 1e3) }

func (t Time) UnixNano() int64 { return t.wall }

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}
)go";

void nativeSleep(NativeCtx&, Slot* io) { rt::sleep(io[0].i); }

void nativeNow(NativeCtx&, Slot* io) {
  io[0].i = rt::walltime();
  io[1].i = rt::nanotime();
}

}  // namespace

void registerTime() {
  registerPackage(PackageDef{"time", kSource, {{"Sleep", nativeSleep}, {"now", nativeNow}}});
}

}  // namespace goro::stdlib
