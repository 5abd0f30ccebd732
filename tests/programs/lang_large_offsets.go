// Structs and arrays larger than 64 KiB: fields past the first 65535 bytes, elements
// wider than 65535 bytes, and nil checks on &*p (evaluating *p panics even under &).
package main

import "fmt"

type Big struct {
	Head int
	Pad  [100000]byte
	Tail int
	Name string
	Arr  [4]int
	Sub  Inner
}

type Inner struct {
	A, B int32
}

type Row [70000]byte

func main() {
	b := new(Big)
	b.Tail = 42
	b.Name = "tail"
	b.Arr[3] = 7
	b.Sub.B = -3
	b.Pad[99999] = 9
	fmt.Println(b.Head, b.Tail, b.Name, b.Arr, b.Sub, b.Pad[99999])
	p := &b.Tail
	*p += 1
	q := &b.Sub
	q.A = 11
	fmt.Println(b.Tail, b.Sub)
	c := *b // copies the whole block
	c.Tail = 0
	fmt.Println(b.Tail, c.Tail, c.Name, c == *b)
	b.Sub = Inner{1, 2}
	fmt.Println(b.Sub, c.Sub)

	var rows [3]Row
	i, j := 2, 69999
	rows[i][j] = 5
	rows[1] = rows[2]
	fmt.Println(rows[1][j], rows[2][j], rows[0][j])
	r := &rows[0]
	r[j] = 8
	fmt.Println(rows[0][j], r[j], len(rows), len(r))
	bigs := make([]Big, 2)
	bigs[1].Name = "second"
	bigs[1].Arr[0] = 1
	fmt.Println(bigs[1].Name, bigs[1].Arr, bigs[0].Name == "")

	tests := []struct {
		name string
		fn   func()
	}{
		{"&*intp", func() { var ip *int; fmt.Println(&*ip) }},
		{"&*bigp", func() { var bp *Big; fmt.Println(&*bp == nil) }},
		{"&bigp.Tail", func() { var bp *Big; fmt.Println(&bp.Tail) }},
		{"bigp.Name", func() { var bp *Big; fmt.Println(bp.Name) }},
		{"rowp[j]", func() { var rp *Row; fmt.Println(rp[j]) }},
	}
	for _, tt := range tests {
		func() {
			defer func() { fmt.Println(tt.name, "panics:", recover()) }()
			tt.fn()
		}()
	}
}
