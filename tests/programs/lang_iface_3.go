// Interface embedding, Stringer and error used by fmt, interfaces satisfied through embedding.
package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *Buffer) Write(s string) { b.data = append(b.data, s) }

type Logged struct {
	*Buffer // promotes Read and Write
	writes  int
}

func (l *Logged) Write(s string) {
	l.writes++
	l.Buffer.Write("[" + s + "]")
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

func main() {
	var rw ReadWriter = &Buffer{}
	rw.Write("hello")
	rw.Write("world")
	fmt.Println(rw.Read(), rw.Read(), rw.Read() == "")
	var r Reader = rw
	_, isWriter := r.(Writer)
	fmt.Println(isWriter)

	l := &Logged{Buffer: &Buffer{}}
	var w Writer = l
	w.Write("a")
	w.Write("b")
	fmt.Println(l.Read(), l.writes)

	t := Temp(21.55)
	fmt.Println(t)
	fmt.Printf("%v %s %d\n", t, t, []Temp{1, 2})
	fmt.Println([]Temp{1.5, -3})
	fmt.Println(map[string]Temp{"in": 20, "out": -5})
	var err error = NotFound{"k1"}
	fmt.Println(err)
	fmt.Printf("%v|%s|%q\n", err, err, err)
	ptrT := &t
	fmt.Println(ptrT.String())
}
