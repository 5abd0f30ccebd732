// Unbuffered ping-pong between two goroutines. Which player receives the ball first is a
// race (in Go too), so the program prints what holds either way: the hits strictly
// alternate between the players and each makes half of them.
package main

import "fmt"

type ball struct {
	hits   int
	hitter []string // who made each hit, appended by the one goroutine holding the ball
}

func player(name string, table chan *ball, done chan *ball, max int) {
	for {
		b := <-table
		if b.hits >= max {
			done <- b
			return
		}
		b.hits++
		b.hitter = append(b.hitter, name)
		table <- b
	}
}

func main() {
	table := make(chan *ball)
	done := make(chan *ball)
	go player("ping", table, done, 8)
	go player("pong", table, done, 8)
	table <- &ball{}
	b := <-done
	alternating := true
	perPlayer := map[string]int{}
	for i, name := range b.hitter {
		perPlayer[name]++
		if i > 0 && name == b.hitter[i-1] {
			alternating = false
		}
	}
	fmt.Println("hits:", b.hits)
	fmt.Println("players alternate:", alternating)
	fmt.Println("ping hits:", perPlayer["ping"], "pong hits:", perPlayer["pong"])
	fmt.Println("game over")
}
