// fmt's torture test: every verb against every kind of value, every flag combination
// with and without width and precision on representative values, `*` and argument
// indexes, and the diagnostic forms. Each output line is `value format [result]`. Left
// out, because Go prints machine addresses or orders by them: non-nil pointers below the
// top level (so containers hold value-type errors), %p except on nil, and maps whose
// interface keys have different dynamic types (Go orders those by type descriptor address).
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

type point struct {
	X, Y int
}

type inner struct {
	Name string
	tags []string
}

type outer struct {
	point
	In    inner
	Any   any
	Err   error // a value type: a pointer inside a container would print its address
	score float64
}

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

// ptrStringer has String on the pointer receiver only: values of it print as structs.
type ptrStringer struct{ n int }

func (p *ptrStringer) String() string { return fmt.Sprintf("ptr#%d", p.n) }

type panicky struct{}

func (panicky) String() string { panic("boom") }

// nilSafe's String dereferences its receiver: a nil *nilSafe prints <nil>.
type nilSafe struct{ s string }

func (n *nilSafe) String() string { return n.s }

type goSyntax int

func (g goSyntax) GoString() string { return fmt.Sprintf("goSyntax(%d)", int(g)) }

type myErr struct{ code int }

func (e myErr) Error() string { return fmt.Sprintf("error code %d", e.code) }

type named struct {
	name  string
	value any
}

func v(name string, value any) named { return named{name, value} }

func values() []named {
	nanMap := map[float64]string{-1: "neg", math.Inf(1): "inf", 0: "zero"}
	nanMap[math.NaN()] = "nan"
	var nilPoint *point
	var nilSlice []int
	var nilMap map[string]int
	var nilFunc func()
	var nilChan chan int
	var nilErr error
	var nilStringer fmt.Stringer
	var nilSafePtr *nilSafe
	base := errors.New("base failure")
	return []named{
		v("true", true),
		v("false", false),
		v("int0", 0),
		v("int42", 42),
		v("int-42", -42),
		v("int8min", int8(math.MinInt8)),
		v("int16min", int16(math.MinInt16)),
		v("int32min", int32(math.MinInt32)),
		v("int64min", int64(math.MinInt64)),
		v("int64max", int64(math.MaxInt64)),
		v("uint8max", uint8(255)),
		v("uint16max", uint16(65535)),
		v("uint32max", uint32(math.MaxUint32)),
		v("uint64max", uint64(math.MaxUint64)),
		v("uintptr", uintptr(0xbeef)),
		v("rune", 'é'),
		v("runeEmoji", '😀'),
		v("byteA", byte('A')),
		v("float0", 0.0),
		v("float-0", math.Copysign(0, -1)),
		v("float1", 1.0),
		v("float-2.5", -2.5),
		v("floatPi", math.Pi),
		v("float1e21", 1e21),
		v("float1e20", 1e20),
		v("float1e-7", 1e-7),
		v("float123456789", 123456789.0),
		v("floatMax", math.MaxFloat64),
		v("floatTiny", math.SmallestNonzeroFloat64),
		v("NaN", math.NaN()),
		v("+Inf", math.Inf(1)),
		v("-Inf", math.Inf(-1)),
		v("float32tenth", float32(0.1)),
		v("float32big", float32(16777216)),
		v("float32neg", float32(-1e-10)),
		v("celsius", celsius(21.5)),
		v("strEmpty", ""),
		v("strHello", "hello"),
		v("strUnicode", "héllo, 世界"),
		v("strInvalid", "a\xffb\xfe"),
		v("strEscapes", "tab\tquote\"nl\n"),
		v("strControl", "\x00\x7f\u00a0"),
		v("strBacktick", "`raw`"),
		v("bytes", []byte("hi\xff")),
		v("bytesNil", []byte(nil)),
		v("byteArray", [3]byte{1, 2, 255}),
		v("runes", []rune("héllo")),
		v("intArray", [3]int{1, -2, 3}),
		v("emptyArray", [0]int{}),
		v("strArray", [2]string{"a", "b c"}),
		v("intSlice", []int{1, -2, 300}),
		v("strSlice", []string{"a", "b c", ""}),
		v("floatSlice", []float64{1.5, math.NaN(), math.Inf(-1)}),
		v("anySlice", []any{1, "a", nil, 2.5, true}),
		v("nestedSlice", [][]int{{1}, {2, 3}, nil}),
		v("emptySlice", []int{}),
		v("nilSlice", nilSlice),
		v("map", map[string]int{"b": 2, "a": 1, "c": 3}),
		v("intMap", map[int]string{3: "c", -1: "a", 2: "b"}),
		v("nanMap", nanMap),
		v("anyMap", map[any]int{2: 1, nil: 5, 1: 6, -3: 7}),
		v("arrayKeyMap", map[[2]int]bool{{2, 1}: true, {1, 2}: false}),
		v("structKeyMap", map[point]string{{2, 1}: "x", {1, 9}: "y"}),
		v("nilMap", nilMap),
		v("point", point{1, -2}),
		v("outer", outer{point{3, 4}, inner{"in", []string{"t1"}}, 7, myErr{2}, 0.5}),
		v("anonStruct", struct {
			A int
			b string
			C []byte
		}{1, "x", []byte("y")}),
		v("emptyStruct", struct{}{}),
		v("pointPtr", &point{5, 6}),
		v("slicePtr", &[]int{1, 2}),
		v("mapPtr", &map[string]int{"k": 1}),
		v("arrayPtr", &[2]string{"p", "q"}),
		v("nil", nil),
		v("nilPoint", nilPoint),
		v("nilFunc", nilFunc),
		v("nilChan", nilChan),
		v("nilErr", nilErr),
		v("nilStringer", nilStringer),
		v("nilSafePtr", nilSafePtr),
		v("error", base),
		v("myErr", myErr{7}),
		v("stringer", celsius(-3)),
		v("stringerSlice", []celsius{1, 2.25}),
		v("stringerMap", map[celsius]celsius{2: 20, 1: 10}),
		v("stringerField", struct{ T celsius }{30}),
		v("hiddenStringer", struct{ t celsius }{30}),
		v("ptrStringerValue", ptrStringer{1}),
		v("ptrStringerPtr", &ptrStringer{2}),
		v("panicky", panicky{}),
		v("panickySlice", []panicky{{}}),
		v("goSyntax", goSyntax(5)),
		v("goSyntaxSlice", []goSyntax{1, 2}),
		v("errSlice", []error{myErr{1}, nil}),
	}
}

var verbs = []string{"v", "+v", "#v", "T", "t", "d", "b", "o", "O", "x", "X", "c", "q", "U", "e", "E", "f", "F", "g", "G", "s"}

// The flag sets gc's vet accepts on some verb: every subset of "-+# 0", in a fixed order.
func flagSets() []string {
	const flags = "-+# 0"
	var sets []string
	for mask := 0; mask < 1<<len(flags); mask++ {
		var b strings.Builder
		for i := 0; i < len(flags); i++ {
			if mask&(1<<i) != 0 {
				b.WriteByte(flags[i])
			}
		}
		sets = append(sets, b.String())
	}
	return sets
}

func show(name, format string, args ...any) {
	fmt.Println(name + " " + format + " [" + fmt.Sprintf(format, args...) + "]")
}

func main() {
	all := values()

	// Every verb, plain, on every value.
	for _, nv := range all {
		for _, verb := range verbs {
			show(nv.name, "%"+verb, nv.value)
		}
	}

	// Every flag combination, bare and with width and precision, on representative values
	// of each kind with the verbs that apply to it.
	byName := map[string]any{}
	for _, nv := range all {
		byName[nv.name] = nv.value
	}
	matrix := []struct {
		names []string
		verbs string
	}{
		{[]string{"int42", "int-42", "int0"}, "vdboOxXcqU"},
		{[]string{"float-2.5", "float-0", "floatPi", "float1e21", "NaN", "+Inf"}, "veEfFgGx"},
		{[]string{"strUnicode", "strInvalid"}, "vsqxX"},
		{[]string{"bytes"}, "vsqxXd"},
		{[]string{"true", "intSlice", "point", "pointPtr", "stringer", "nil"}, "vsdx"},
	}
	// Every flag set bare and with width and precision; other widths with single flags.
	type layout struct{ flags, widths []string }
	layouts := []layout{
		{flagSets(), []string{"", "7.2"}},
		{[]string{"", "-", "0", "+", "#", " "}, []string{"8", ".3", "1", ".0"}},
	}
	for _, group := range matrix {
		for _, name := range group.names {
			for _, verb := range group.verbs {
				for _, l := range layouts {
					for _, flags := range l.flags {
						for _, wp := range l.widths {
							show(name, "%"+flags+wp+string(verb), byName[name])
						}
					}
				}
			}
		}
	}

	// Widths and precisions given as arguments, and argument indexes.
	show("star", "%*d|%-*d|%*d", 6, 42, 6, 42, -6, 42)
	show("star", "%.*f|%*.*f|%.*s", 2, math.Pi, 9, 3, math.Pi, 3, "abcdef")
	show("star", "%.*d|%.*x", -1, 7, 0, 0)
	show("index", "%[2]d %[1]d", 1, 2)
	show("index", "%[3]*.[2]*[1]f", 12.0, 2, 6)
	show("index", "%d %d %#[1]x %#x", 16, 17)
	show("index", "%[1]T %[1]v %[1]q", "x")
	show("percent", "%d%%|%5%|%-5%|%%d", 3)
	show("nilPtr", "%p|%10p|%-10p|%x|%v", nil, nil, nil, nil, nil)
	show("nilPtr", "%p|%v|%d|%#v", (*point)(nil), (*point)(nil), (*point)(nil), (*point)(nil))
	show("nilMapP", "%p|%p|%p", map[int]int(nil), []int(nil), (func())(nil))

	// The diagnostic forms.
	show("bad", "%d", "hi")
	show("bad", "%s", 42)
	show("bad", "%z", 3)
	show("bad", "%!", 3)
	show("extra", "%d", 1, 2)
	show("extra", "hello", 3, "x", nil)
	show("extra", "%d %s", 1, "a", []int{1}, 2.5, map[string]int{"a": 1})
	show("missing", "%s %d")
	show("missing", "%d %s", 5)
	show("badwidth", "%*d", "x", 4)
	show("badwidth", "%*d", 1e9, 4)
	show("badprec", "%.*d", "x", 4)
	show("badprec", "%.*d", 1<<40, 4)
	show("noverb", "%")
	show("noverb", "abc%")
	show("noverb", "%-")
	show("badindex", "%[0]d", 1)
	show("badindex", "%[3]d", 1)
	show("badindex", "%[x]d", 1)
	show("badindex", "%[1", 1)
	show("panic", "%v|%s|%d", panicky{}, panicky{}, panicky{})
	show("panic", "%v", []any{panicky{}, 1})
	show("nilrecv", "%v|%s|%d|%8v|%-8s|%08q", (*nilSafe)(nil), (*nilSafe)(nil), (*nilSafe)(nil), (*nilSafe)(nil), (*nilSafe)(nil), (*nilSafe)(nil))
	show("nilpad", "%8v|%-8v|%08v|%8T|%08T", nil, nil, nil, nil, nil)
	show("nilpad", "%8v|%-8v|%08v|%08d", (*point)(nil), (*point)(nil), (*point)(nil), (*point)(nil))
	show("nilpad", "%8v|%08v|%08x", (func())(nil), map[int]int(nil), []int(nil))
	show("nilrecv", "%v|%s", []*nilSafe{nil, {"ok"}}, []*nilSafe{nil, {"ok"}})
	show("ptrStringer", "%v|%s|%q", []*ptrStringer{{3}}, []*ptrStringer{{3}}, []*ptrStringer{{3}})
	wrapped := fmt.Errorf("context: %w", errors.New("base"))
	show("wrapped", "%v|%s|%q|%x|%X|%10.4v|%-12s|", wrapped, wrapped, wrapped, wrapped, wrapped, wrapped, wrapped)
	show("nilrecv", "%v", struct{ P *nilSafe }{nil})
	show("println", fmt.Sprintln("a", 1, 2, "b", "c", 3.5, nil, []int{1}))
	show("print", fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil, []int{1}, errors.New("e"), 4))
	show("errorf", fmt.Errorf("%w and %w", errors.New("a"), errors.New("b")).Error())
	show("errorf", fmt.Errorf("bad %w", "notanerror").Error())
	show("errorf", fmt.Errorf("nil %w", nil).Error())
	show("strconv", strconv.FormatFloat(math.NaN(), 'b', -1, 64)+" "+strconv.FormatFloat(math.Inf(-1), 'b', -1, 32)+" "+strconv.FormatFloat(1, 'b', -1, 32))
}
