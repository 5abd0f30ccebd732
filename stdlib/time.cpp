// Package time: Duration, Time (calendar, zones, Format, String with the monotonic
// reading), Month and Weekday, Sleep, Timer, Ticker, After, Tick and AfterFunc.
// Sleeping parks the goroutine on the scheduler's timer heap (runtime/sched.h); timers and
// tickers are scheduler timers whose callback sends on a buffered channel without
// blocking, as Go's sendTime does. AfterFunc's function runs in a goroutine that waits
// for its timer's channel.
#include <ctime>
#include <mutex>
#include <new>

#include "runtime/chan.h"
#include "runtime/gc.h"
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

// A Time is an instant with nanosecond precision: seconds since January 1, year 1 UTC
// (so the zero value is Go's zero time) plus nanoseconds in [0, 1e9); for times from Now
// also a monotonic clock reading (used by Sub, Since, Until and the comparisons, and
// shown by String as "m=+0.000012345"); and the Location that Format, Date and Clock use
// (nil is UTC).
type Time struct {
	sec     int64
	nsec    int64
	mono    int64
	hasMono bool
	loc     *Location
}

// zeroUnix is the Unix time of the zero Time, January 1, year 1 UTC.
const zeroUnix = -62135596800

// A Location maps instants to the zone in use there: a fixed offset, or the system's
// local time zone.
type Location struct {
	name   string
	offset int // seconds east of UTC, for fixed zones
	local  bool
}

var UTC *Location = &Location{name: "UTC"}

var Local *Location = &Location{name: "Local", local: true}

func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

// FixedZone returns a Location that always uses the given zone name and offset.
func FixedZone(name string, offset int) *Location { return &Location{name: name, offset: offset} }

// localZone returns the system zone's abbreviation and offset at the Unix second.
func localZone(sec int64) (name string, offset int)

func (l *Location) lookup(sec int64) (name string, offset int) {
	if l == nil {
		return "UTC", 0
	}
	if l.local {
		return localZone(sec)
	}
	return l.name, l.offset
}

// now returns the wall clock (Unix nanoseconds) and the monotonic clock in nanoseconds
// since the program started.
func now() (wall int64, mono int64)

func Now() Time {
	wall, mono := now()
	t := Unix(0, wall)
	t.mono, t.hasMono = mono, true
	return t
}

// Unix returns the local Time corresponding to the given Unix time; nsec may be outside
// [0, 999999999].
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec - zeroUnix, nsec: nsec, loc: Local}
}

func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

func Since(t Time) Duration { return Now().Sub(t) }

func Until(t Time) Duration { return t.Sub(Now()) }

// Sub returns the duration t-u, saturated at the largest and smallest Durations.
func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		return Duration(t.mono - u.mono)
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	if v := u.Add(d); v.sec == t.sec && v.nsec == t.nsec {
		return d
	}
	if t.Before(u) {
		return minDuration
	}
	return maxDuration
}

func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	return Time{t.sec + dsec, nsec, t.mono + int64(d), t.hasMono, t.loc}
}

// AddDate returns the time corresponding to adding the given number of years, months,
// and days to t, normalized as Date does.
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, t.Nanosecond(), t.Location())
}

// Compare returns -1, 0 or +1 as t is before, equal to or after u (by the monotonic
// readings when both have one).
func (t Time) Compare(u Time) int {
	var tc, uc int64
	if t.hasMono && u.hasMono {
		tc, uc = t.mono, u.mono
	} else if t.sec != u.sec {
		tc, uc = t.sec, u.sec
	} else {
		tc, uc = t.nsec, u.nsec
	}
	switch {
	case tc < uc:
		return -1
	case tc > uc:
		return +1
	}
	return 0
}

func (t Time) After(u Time) bool { return t.Compare(u) > 0 }

func (t Time) Before(u Time) bool { return t.Compare(u) < 0 }

func (t Time) Equal(u Time) bool { return t.Compare(u) == 0 }

// IsZero reports whether t is the zero time, January 1, year 1, 00:00:00 UTC.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

func (t Time) Unix() int64 { return t.sec + zeroUnix }

func (t Time) UnixMilli() int64 { return t.Unix()*1e3 + t.nsec/1e6 }

func (t Time) UnixMicro() int64 { return t.Unix()*1e6 + t.nsec/1e3 }

func (t Time) UnixNano() int64 { return t.Unix()*1e9 + t.nsec }

func (t Time) Nanosecond() int { return int(t.nsec) }

func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.loc = loc
	return t
}

func (t Time) UTC() Time { return t.In(UTC) }

func (t Time) Local() Time { return t.In(Local) }

// Round(0) and Truncate(0) strip the monotonic clock reading; other durations are not
// supported yet and leave t unchanged but for that.
func (t Time) Round(d Duration) Time {
	t.hasMono, t.mono = false, 0
	return t
}

func (t Time) Truncate(d Duration) Time { return t.Round(d) }

// Zone returns the abbreviated name of the zone in effect at t and its offset in
// seconds east of UTC.
func (t Time) Zone() (name string, offset int) { return t.loc.lookup(t.Unix()) }

// local returns t's days since 1970-01-01 and the seconds into that day, in t's zone.
func (t Time) local() (days int64, secs int) {
	_, offset := t.Zone()
	s := t.Unix() + int64(offset)
	days = floorDiv(s, 86400)
	return days, int(s - days*86400)
}

// civil converts days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's
// days_from_civil inverse).
func civil(days int64) (year int, month Month, day int) {
	z := days + 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return int(y), Month(m), int(d)
}

// daysFromCivil is the number of days from 1970-01-01 to the given date.
func daysFromCivil(year int, month int, day int) int64 {
	y := int64(year)
	if month <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	m := int64(month)
	if m > 2 {
		m -= 3
	} else {
		m += 9
	}
	doy := (153*m+2)/5 + int64(day) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func (t Time) Date() (year int, month Month, day int) {
	days, _ := t.local()
	return civil(days)
}

func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

func (t Time) Weekday() Weekday {
	days, _ := t.local()
	return Weekday(int(days + 4 - floorDiv(days+4, 7)*7)) // 1970-01-01 was a Thursday
}

// YearDay returns the day of the year specified by t, in [1,365] or [1,366].
func (t Time) YearDay() int {
	days, _ := t.local()
	y, _, _ := civil(days)
	return int(days-daysFromCivil(y, 1, 1)) + 1
}

func (t Time) Clock() (hour, min, sec int) {
	_, secs := t.local()
	return secs / 3600, secs % 3600 / 60, secs % 60
}

func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

// Date returns the Time corresponding to yyyy-mm-dd hh:mm:ss + nsec nanoseconds in the
// given location. Values outside their usual ranges are normalized (October 32 is
// November 1).
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = norm(year, m, 12)
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)
	unix := (daysFromCivil(year, m+1, 1)+int64(day-1))*86400 + int64(hour*3600+min*60+sec)
	// The zone offset depends on the instant: look it up at the guess, then correct.
	_, offset := loc.lookup(unix)
	if _, offset2 := loc.lookup(unix - int64(offset)); offset2 != offset {
		offset = offset2
	}
	return Time{sec: unix - int64(offset) - zeroUnix, nsec: int64(nsec), loc: loc}
}

// norm returns nhi, nlo such that hi*base + lo == nhi*base + nlo and 0 <= nlo < base.
func norm(hi, lo, base int) (nhi, nlo int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + itoa(int(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var longDayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + itoa(int(d)) + ")"
}

func itoa(v int) string {
	if v < 0 {
		return "-" + utoa(uint64(-v))
	}
	return utoa(uint64(v))
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// ---- Format ----

const (
	Layout      = "01/02 03:04:05PM '06 -0700" // The reference time, in numerical order.
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700" // RFC822 with numeric zone
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700" // RFC1123 with numeric zone
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// The elements of a layout.
const (
	stdNone = iota
	stdLongMonth
	stdMonth
	stdNumMonth
	stdZeroMonth
	stdLongWeekDay
	stdWeekDay
	stdDay
	stdUnderDay
	stdZeroDay
	stdZeroYearDay
	stdUnderYearDay
	stdHour
	stdHour12
	stdZeroHour12
	stdMinute
	stdZeroMinute
	stdSecond
	stdZeroSecond
	stdLongYear
	stdYear
	stdPM
	stdpm
	stdTZ
	stdISO8601TZ
	stdISO8601SecondsTZ
	stdISO8601ShortTZ
	stdISO8601ColonTZ
	stdISO8601ColonSecondsTZ
	stdNumTZ
	stdNumSecondsTz
	stdNumShortTZ
	stdNumColonTZ
	stdNumColonSecondsTZ
	stdFracSecond0 // ".0", ".00", ...: fixed digits
	stdFracSecond9 // ".9", ".99", ...: trailing zeros omitted
)

func hasPrefix(s, prefix string) bool { return len(s) >= len(prefix) && s[:len(prefix)] == prefix }

// nextStdChunk finds the first layout element in layout and returns the text before it,
// the element (with, for fractional seconds, the digit count and separator), and the rest.
func nextStdChunk(layout string) (prefix string, std int, digits int, sep byte, suffix string) {
	for i := 0; i < len(layout); i++ {
		rest := layout[i:]
		found, n := stdNone, 0
		switch c := layout[i]; c {
		case 'J':
			if hasPrefix(rest, "January") {
				found, n = stdLongMonth, 7
			} else if hasPrefix(rest, "Jan") {
				found, n = stdMonth, 3
			}
		case 'M':
			if hasPrefix(rest, "Monday") {
				found, n = stdLongWeekDay, 6
			} else if hasPrefix(rest, "Mon") {
				found, n = stdWeekDay, 3
			} else if hasPrefix(rest, "MST") {
				found, n = stdTZ, 3
			}
		case '0':
			if len(rest) >= 2 && '1' <= rest[1] && rest[1] <= '6' {
				found, n = []int{stdZeroMonth, stdZeroDay, stdZeroHour12, stdZeroMinute, stdZeroSecond, stdYear}[rest[1]-'1'], 2
			} else if hasPrefix(rest, "002") {
				found, n = stdZeroYearDay, 3
			}
		case '1':
			if hasPrefix(rest, "15") {
				found, n = stdHour, 2
			} else {
				found, n = stdNumMonth, 1
			}
		case '2':
			if hasPrefix(rest, "2006") {
				found, n = stdLongYear, 4
			} else {
				found, n = stdDay, 1
			}
		case '_':
			if hasPrefix(rest, "_2") {
				// _2006 is an underscore then a long year.
				if hasPrefix(rest, "_2006") {
					return layout[0 : i+1], stdLongYear, 0, 0, layout[i+5:]
				}
				found, n = stdUnderDay, 2
			} else if hasPrefix(rest, "__2") {
				found, n = stdUnderYearDay, 3
			}
		case '3':
			found, n = stdHour12, 1
		case '4':
			found, n = stdMinute, 1
		case '5':
			found, n = stdSecond, 1
		case 'P':
			if hasPrefix(rest, "PM") {
				found, n = stdPM, 2
			}
		case 'p':
			if hasPrefix(rest, "pm") {
				found, n = stdpm, 2
			}
		case '-':
			switch {
			case hasPrefix(rest, "-070000"):
				found, n = stdNumSecondsTz, 7
			case hasPrefix(rest, "-07:00:00"):
				found, n = stdNumColonSecondsTZ, 9
			case hasPrefix(rest, "-0700"):
				found, n = stdNumTZ, 5
			case hasPrefix(rest, "-07:00"):
				found, n = stdNumColonTZ, 6
			case hasPrefix(rest, "-07"):
				found, n = stdNumShortTZ, 3
			}
		case 'Z':
			switch {
			case hasPrefix(rest, "Z070000"):
				found, n = stdISO8601SecondsTZ, 7
			case hasPrefix(rest, "Z07:00:00"):
				found, n = stdISO8601ColonSecondsTZ, 9
			case hasPrefix(rest, "Z0700"):
				found, n = stdISO8601TZ, 5
			case hasPrefix(rest, "Z07:00"):
				found, n = stdISO8601ColonTZ, 6
			case hasPrefix(rest, "Z07"):
				found, n = stdISO8601ShortTZ, 3
			}
		case '.', ',':
			if len(rest) >= 2 && (rest[1] == '0' || rest[1] == '9') {
				j := 1
				for j < len(rest) && rest[j] == rest[1] {
					j++
				}
				if !(j < len(rest) && '0' <= rest[j] && rest[j] <= '9') {
					std := stdFracSecond0
					if rest[1] == '9' {
						std = stdFracSecond9
					}
					return layout[0:i], std, j - 1, c, layout[i+j:]
				}
			}
		}
		if found != stdNone {
			return layout[0:i], found, 0, 0, layout[i+n:]
		}
	}
	return layout, stdNone, 0, 0, ""
}

// appendInt appends x in decimal, zero-padded to width digits.
func appendInt(b []byte, x int, width int) []byte {
	if x < 0 {
		b = append(b, '-')
		x = -x
	}
	s := itoa(x)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// Format returns t formatted according to layout, which shows how the reference time
// Mon Jan 2 15:04:05 MST 2006 would be displayed.
func (t Time) Format(layout string) string {
	name, offset := t.Zone()
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	nsec := t.Nanosecond()
	var b []byte
	for layout != "" {
		prefix, std, digits, sep, suffix := nextStdChunk(layout)
		b = append(b, prefix...)
		if std == stdNone {
			break
		}
		layout = suffix
		switch std {
		case stdYear:
			y := year
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y%100, 2)
		case stdLongYear:
			b = appendInt(b, year, 4)
		case stdMonth:
			b = append(b, month.String()[:3]...)
		case stdLongMonth:
			b = append(b, month.String()...)
		case stdNumMonth:
			b = appendInt(b, int(month), 0)
		case stdZeroMonth:
			b = appendInt(b, int(month), 2)
		case stdWeekDay:
			b = append(b, t.Weekday().String()[:3]...)
		case stdLongWeekDay:
			b = append(b, t.Weekday().String()...)
		case stdDay:
			b = appendInt(b, day, 0)
		case stdUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case stdZeroDay:
			b = appendInt(b, day, 2)
		case stdZeroYearDay:
			b = appendInt(b, t.YearDay(), 3)
		case stdUnderYearDay:
			if yday := t.YearDay(); yday < 10 {
				b = append(b, "  "...)
			} else if yday < 100 {
				b = append(b, ' ')
			}
			b = appendInt(b, t.YearDay(), 0)
		case stdHour:
			b = appendInt(b, hour, 2)
		case stdHour12, stdZeroHour12:
			hr := hour % 12
			if hr == 0 {
				hr = 12
			}
			width := 0
			if std == stdZeroHour12 {
				width = 2
			}
			b = appendInt(b, hr, width)
		case stdMinute:
			b = appendInt(b, min, 0)
		case stdZeroMinute:
			b = appendInt(b, min, 2)
		case stdSecond:
			b = appendInt(b, sec, 0)
		case stdZeroSecond:
			b = appendInt(b, sec, 2)
		case stdPM, stdpm:
			pm := "AM"
			if hour >= 12 {
				pm = "PM"
			}
			if std == stdpm {
				pm = string([]byte{pm[0] + 'a' - 'A', 'm'})
			}
			b = append(b, pm...)
		case stdISO8601TZ, stdISO8601ColonTZ, stdISO8601SecondsTZ, stdISO8601ShortTZ, stdISO8601ColonSecondsTZ,
			stdNumTZ, stdNumColonTZ, stdNumSecondsTz, stdNumShortTZ, stdNumColonSecondsTZ:
			iso := std <= stdISO8601ColonSecondsTZ
			if iso && offset == 0 {
				b = append(b, 'Z')
				break
			}
			zone := offset / 60 // minutes
			absoffset := offset
			if zone < 0 {
				b = append(b, '-')
				zone = -zone
				absoffset = -absoffset
			} else {
				b = append(b, '+')
			}
			b = appendInt(b, zone/60, 2)
			colon := std == stdISO8601ColonTZ || std == stdNumColonTZ || std == stdISO8601ColonSecondsTZ || std == stdNumColonSecondsTZ
			if std != stdISO8601ShortTZ && std != stdNumShortTZ {
				if colon {
					b = append(b, ':')
				}
				b = appendInt(b, zone%60, 2)
			}
			if std == stdISO8601SecondsTZ || std == stdNumSecondsTz || std == stdNumColonSecondsTZ || std == stdISO8601ColonSecondsTZ {
				if colon {
					b = append(b, ':')
				}
				b = appendInt(b, absoffset%60, 2)
			}
		case stdTZ:
			if name != "" {
				b = append(b, name...)
				break
			}
			zone := offset / 60
			if zone < 0 {
				b = append(b, '-')
				zone = -zone
			} else {
				b = append(b, '+')
			}
			b = appendInt(b, zone/60, 2)
			b = appendInt(b, zone%60, 2)
		case stdFracSecond0, stdFracSecond9:
			b = appendFrac(b, nsec, digits, sep, std == stdFracSecond9)
		}
	}
	return string(b)
}

// appendFrac appends sep and the first `digits` digits of the nanoseconds; trim drops
// trailing zeros (and everything when they are all zero).
func appendFrac(b []byte, nsec int, digits int, sep byte, trim bool) []byte {
	var buf [9]byte
	for i := 8; i >= 0; i-- {
		buf[i] = byte(nsec%10) + '0'
		nsec /= 10
	}
	if digits > 9 {
		digits = 9
	}
	n := digits
	if trim {
		for n > 0 && buf[n-1] == '0' {
			n--
		}
		if n == 0 {
			return b
		}
	}
	b = append(b, sep)
	return append(b, buf[:n]...)
}

// String returns the time formatted as "2006-01-02 15:04:05.999999999 -0700 MST", then,
// for times from Now, the monotonic clock reading as " m=±<seconds>".
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.hasMono {
		m := t.mono
		sign := "+"
		if m < 0 {
			sign = "-"
			m = -m
		}
		frac := utoa(uint64(m % 1e9))
		for len(frac) < 9 {
			frac = "0" + frac
		}
		s += " m=" + sign + utoa(uint64(m/1e9)) + "." + frac
	}
	return s
}

// ---- Timers and tickers ----

// runtimeTimer is the scheduler timer behind a Timer or Ticker (native memory; it has no
// Go-visible fields).
type runtimeTimer struct{}

func nanotime() int64
func startTimer(c chan Time, when int64, period int64, loc *Location) *runtimeTimer
func stopTimer(r *runtimeTimer) bool
func resetTimer(r *runtimeTimer, when int64, period int64) bool

// when is the monotonic deadline d from now.
func when(d Duration) int64 {
	t := nanotime()
	if d <= 0 {
		return t
	}
	if t+int64(d) < t {
		return 1<<63 - 1 // overflow: never
	}
	return t + int64(d)
}

// The Timer type represents a single event. When the Timer expires, the current time
// will be sent on C, unless the Timer was created by AfterFunc.
type Timer struct {
	C    <-chan Time
	r    *runtimeTimer
	f    func()    // AfterFunc's function
	fire chan Time // AfterFunc: the goroutine waiting to run f receives from it
}

// NewTimer creates a new Timer that will send the current time on its channel after at
// least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	return &Timer{C: c, r: startTimer(c, when(d), 0, Local)}
}

// AfterFunc waits for the duration to elapse and then calls f in its own goroutine. It
// returns a Timer that can be used to cancel the call using its Stop method.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{f: f}
	t.armFunc(d)
	return t
}

// armFunc starts the timer with a goroutine that runs f when it fires, or exits when
// Stop or Reset close its channel first.
func (t *Timer) armFunc(d Duration) {
	fire := make(chan Time, 1)
	t.fire = fire
	t.r = startTimer(fire, when(d), 0, Local)
	go func() {
		if _, ok := <-fire; ok {
			t.f()
		}
	}()
}

// Stop prevents the Timer from firing. It returns true if the call stops the timer,
// false if the timer has already expired or been stopped. Stop does not close C.
func (t *Timer) Stop() bool {
	if t.r == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	active := stopTimer(t.r)
	if active && t.f != nil {
		close(t.fire)
	}
	return active
}

// Reset changes the timer to expire after duration d. It returns true if the timer had
// been active, false if the timer had expired or been stopped.
func (t *Timer) Reset(d Duration) bool {
	if t.r == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	if t.f != nil {
		active := t.Stop()
		t.armFunc(d)
		return active
	}
	return resetTimer(t.r, when(d), 0)
}

// After waits for the duration to elapse and then sends the current time on the
// returned channel.
func After(d Duration) <-chan Time { return NewTimer(d).C }

// A Ticker holds a channel that delivers ticks of a clock at intervals.
type Ticker struct {
	C <-chan Time
	r *runtimeTimer
}

// NewTicker returns a new Ticker whose channel sends the time every period d; ticks are
// dropped for slow receivers. It panics if d <= 0.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	return &Ticker{C: c, r: startTimer(c, when(d), int64(d), Local)}
}

// Stop turns off a ticker. After Stop, no more ticks will be sent.
func (t *Ticker) Stop() { stopTimer(t.r) }

// Reset stops a ticker and resets its period to the specified duration.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTimer(t.r, when(d), int64(d))
}

// Tick is a convenience wrapper for NewTicker providing access to the ticking channel
// only; it returns nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
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
)go";

void nativeSleep(NativeCtx& cx, Slot* io) { rt::sleep(io[0].i, blockingMode(cx)); }

// The monotonic clock at start-up: Time.String shows readings relative to it, as Go does.
const int64_t kStartNano = rt::nanotime();

void nativeNow(NativeCtx&, Slot* io) {
  io[0].i = rt::walltime();
  io[1].i = rt::nanotime() - kStartNano;
}

void nativeNanotime(NativeCtx&, Slot* io) { io[0].i = rt::nanotime(); }

// A Timer or Ticker's scheduler timer with what its firing needs. GC memory: the Go
// Timer references it, and the scheduler's heap references it while it is armed. The
// mutex orders a firing ticker's re-arming against Stop and Reset (it is never held
// across a goroutine switch).
struct RuntimeTimer {
  std::mutex mu;
  rt::Chan* chan;
  void* loc;  // *time.Location of the Times sent
  int64_t period;  // > 0 for tickers
  int64_t when;
  rt::Timer* timer;
  bool stopped;
};

// A time.Time in memory: {sec, nsec, mono int64; hasMono bool; loc *Location}.
struct TimeValue {
  int64_t sec, nsec, mono;
  bool hasMono;
  void* loc;
};
constexpr int64_t kZeroUnix = -62135596800;

// Runs on a worker thread when the timer is due: sends Now() without blocking (a full
// channel drops the tick, as Go's sendTime does) and re-arms a ticker.
void fireTimer(void* arg) {
  auto* r = static_cast<RuntimeTimer*>(arg);
  int64_t wall = rt::walltime();
  auto* now = static_cast<TimeValue*>(gc::alloc(sizeof(TimeValue)));
  int64_t sec = wall / 1000000000, nsec = wall % 1000000000;
  if (nsec < 0) nsec += 1000000000, sec--;
  *now = TimeValue{sec - kZeroUnix, nsec, rt::nanotime() - kStartNano, true, r->loc};
  rt::SelectCase send{r->chan, true, Slot{.p = now}, false};
  rt::select(&send, 1, true);
  if (r->period <= 0) return;
  std::lock_guard lock(r->mu);
  if (r->stopped) return;
  // The next tick after now, skipping ticks already missed.
  int64_t current = rt::nanotime();
  r->when += r->period * (1 + (current - r->when) / r->period);
  r->timer = rt::addTimer(r->when, fireTimer, r);
}

// startTimer(c chan Time, when, period int64, loc *Location) *runtimeTimer
void nativeStartTimer(NativeCtx&, Slot* io) {
  auto* r = new (gc::alloc(sizeof(RuntimeTimer))) RuntimeTimer{};
  r->chan = static_cast<rt::Chan*>(io[0].p);
  r->when = io[1].i;
  r->period = io[2].i;
  r->loc = io[3].p;
  std::lock_guard lock(r->mu);
  r->timer = rt::addTimer(r->when, fireTimer, r);
  io[0].p = r;
}

// stopTimer(r *runtimeTimer) bool: whether the timer was armed.
void nativeStopTimer(NativeCtx&, Slot* io) {
  auto* r = static_cast<RuntimeTimer*>(io[0].p);
  std::lock_guard lock(r->mu);
  r->stopped = true;
  io[0].u = rt::stopTimer(r->timer);
}

// resetTimer(r *runtimeTimer, when, period int64) bool: whether the timer was armed.
void nativeResetTimer(NativeCtx&, Slot* io) {
  auto* r = static_cast<RuntimeTimer*>(io[0].p);
  std::lock_guard lock(r->mu);
  bool active = rt::stopTimer(r->timer);
  r->stopped = false;
  r->when = io[1].i;
  r->period = io[2].i;
  r->timer = rt::addTimer(r->when, fireTimer, r);
  io[0].u = active;
}

// localZone(sec int64) (name string, offset int): the system time zone at that instant.
void nativeLocalZone(NativeCtx&, Slot* io) {
  time_t sec = static_cast<time_t>(io[0].i);
  struct tm tm {};
  localtime_r(&sec, &tm);
  io[0] = stringSlot(tm.tm_zone ? tm.tm_zone : "UTC");
  io[1].i = tm.tm_gmtoff;
}

}  // namespace

void registerTime() {
  registerPackage(PackageDef{"time", kSource, {
                                 {"Sleep", nativeSleep},
                                 {"now", nativeNow},
                                 {"localZone", nativeLocalZone},
                                 {"nanotime", nativeNanotime},
                                 {"startTimer", nativeStartTimer},
                                 {"stopTimer", nativeStopTimer},
                                 {"resetTimer", nativeResetTimer},
                             }});
}

}  // namespace goro::stdlib
