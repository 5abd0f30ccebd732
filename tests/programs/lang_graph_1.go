// Graph algorithms on adjacency lists: BFS shortest paths, DFS order, topological sort.
package main

import (
	"fmt"
	"sort"
)

func bfs(adj map[int][]int, start int) map[int]int {
	dist := map[int]int{start: 0}
	queue := []int{start}
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		for _, v := range adj[u] {
			if _, seen := dist[v]; !seen {
				dist[v] = dist[u] + 1
				queue = append(queue, v)
			}
		}
	}
	return dist
}

func dfs(adj map[int][]int, u int, seen map[int]bool, order *[]int) {
	seen[u] = true
	*order = append(*order, u)
	for _, v := range adj[u] {
		if !seen[v] {
			dfs(adj, v, seen, order)
		}
	}
}

func topo(deps map[string][]string) []string {
	var names []string
	for k := range deps {
		names = append(names, k)
	}
	sort.Strings(names)
	state := map[string]int{}
	var out []string
	var visit func(string)
	visit = func(n string) {
		if state[n] == 2 {
			return
		}
		state[n] = 1
		for _, d := range deps[n] {
			visit(d)
		}
		state[n] = 2
		out = append(out, n)
	}
	for _, n := range names {
		visit(n)
	}
	return out
}

func main() {
	adj := map[int][]int{1: {2, 3}, 2: {4}, 3: {4, 5}, 4: {6}, 5: {6}, 6: {}}
	fmt.Println(bfs(adj, 1))
	var order []int
	dfs(adj, 1, map[int]bool{}, &order)
	fmt.Println(order)
	deps := map[string][]string{
		"app":    {"lib", "log"},
		"lib":    {"core"},
		"log":    {"core", "fmt"},
		"core":   nil,
		"fmt":    nil,
		"extras": {"app"},
	}
	fmt.Println(topo(deps))
}
