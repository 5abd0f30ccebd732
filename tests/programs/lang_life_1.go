// Conway's Game of Life on a small torus: a glider moving for a few generations.
package main

import (
	"fmt"
	"strings"
)

const W, H = 8, 6

type Grid [H][W]bool

func (g *Grid) neighbours(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if (dr != 0 || dc != 0) && g[(r+dr+H)%H][(c+dc+W)%W] {
				n++
			}
		}
	}
	return n
}

func (g Grid) Step() Grid {
	var next Grid
	for r := 0; r < H; r++ {
		for c := 0; c < W; c++ {
			n := g.neighbours(r, c)
			next[r][c] = n == 3 || (g[r][c] && n == 2)
		}
	}
	return next
}

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		for _, alive := range row {
			if alive {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	var g Grid
	for _, p := range [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}} {
		g[p[0]][p[1]] = true
	}
	for gen := 0; gen < 4; gen++ {
		fmt.Printf("generation %d:\n%v", gen, g)
		g = g.Step()
	}
}
