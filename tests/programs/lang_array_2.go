// Arrays as map keys and struct fields, arrays of arrays copied whole, array pointers.
package main

import "fmt"

type Board [3][3]byte

func (b Board) String() string {
	s := ""
	for _, row := range b {
		s += string(row[:]) + "\n"
	}
	return s
}

func (b *Board) Play(r, c int, p byte) { b[r][c] = p }

func winner(b Board) byte {
	lines := [][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a := b[l[0][0]][l[0][1]]
		if a != '.' && a == b[l[1][0]][l[1][1]] && a == b[l[2][0]][l[2][1]] {
			return a
		}
	}
	return '-'
}

func main() {
	var b Board
	for r := range b {
		for c := range b[r] {
			b[r][c] = '.'
		}
	}
	snapshot := b
	moves := [][3]int{{1, 1, 'X'}, {0, 0, 'O'}, {0, 2, 'X'}, {2, 0, 'O'}, {1, 0, 'X'}, {1, 2, 'O'}, {2, 2, 'X'}, {0, 1, 'O'}, {2, 1, 'X'}}
	seen := map[Board]int{}
	for i, m := range moves {
		b.Play(m[0], m[1], byte(m[2]))
		seen[b] = i
	}
	fmt.Print(b)
	fmt.Printf("winner %c, %d positions, snapshot untouched: %v\n", winner(b), len(seen), snapshot == Board{{'.', '.', '.'}, {'.', '.', '.'}, {'.', '.', '.'}})
	counts := map[[2]string]int{}
	counts[[2]string{"a", "b"}]++
	counts[[2]string{"a", "b"}]++
	counts[[2]string{"b", "a"}]++
	fmt.Println(counts)
	p := &b[1]
	p[0] = '?'
	fmt.Println(string(b[1][:]))
}
