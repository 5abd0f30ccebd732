// A binary min-heap priority queue written by hand, used for a k-way merge and Dijkstra.
package main

import "fmt"

type item struct {
	prio  int
	value string
}

type Heap struct{ items []item }

func (h *Heap) Push(it item) {
	h.items = append(h.items, it)
	i := len(h.items) - 1
	for i > 0 {
		p := (i - 1) / 2
		if h.items[p].prio <= h.items[i].prio {
			break
		}
		h.items[p], h.items[i] = h.items[i], h.items[p]
		i = p
	}
}

func (h *Heap) Pop() item {
	top := h.items[0]
	last := len(h.items) - 1
	h.items[0] = h.items[last]
	h.items = h.items[:last]
	i := 0
	for {
		l, r, small := 2*i+1, 2*i+2, i
		if l < len(h.items) && h.items[l].prio < h.items[small].prio {
			small = l
		}
		if r < len(h.items) && h.items[r].prio < h.items[small].prio {
			small = r
		}
		if small == i {
			return top
		}
		h.items[i], h.items[small] = h.items[small], h.items[i]
		i = small
	}
}

func (h *Heap) Len() int { return len(h.items) }

func main() {
	h := &Heap{}
	for i, w := range []string{"delta", "alpha", "echo", "bravo", "charlie"} {
		h.Push(item{[]int{4, 1, 5, 2, 3}[i], w})
	}
	for h.Len() > 0 {
		fmt.Print(h.Pop().value, " ")
	}
	fmt.Println()

	graph := map[string]map[string]int{
		"A": {"B": 4, "C": 1},
		"C": {"B": 2, "D": 7},
		"B": {"D": 1},
		"D": {},
	}
	dist := map[string]int{"A": 0}
	pq := &Heap{}
	pq.Push(item{0, "A"})
	for pq.Len() > 0 {
		cur := pq.Pop()
		if cur.prio > dist[cur.value] {
			continue
		}
		for next, w := range graph[cur.value] {
			nd := cur.prio + w
			if old, ok := dist[next]; !ok || nd < old {
				dist[next] = nd
				pq.Push(item{nd, next})
			}
		}
	}
	fmt.Println(dist)
}
