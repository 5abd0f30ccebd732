// Deferred and go'd method calls evaluate their receiver (and arguments) at the defer or
// go statement: value receivers are copied then, pointer receivers taken then, embedded
// and promoted methods resolved then, and a nil pointer dereferenced for a value-receiver
// method panics at the defer statement itself.
package main

import (
	"fmt"
	"sync"
)

type Point struct{ X, Y int }

func (p Point) Show(tag string) { fmt.Println(tag, p.X, p.Y) }
func (p *Point) Move(dx int)     { p.X += dx; fmt.Println("moved to", p.X) }

type Named struct {
	Point
	Name string
}

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc() { c.mu.Lock(); c.n++; c.mu.Unlock() }

func valueReceiver() {
	p := Point{1, 2}
	defer p.Show("value receiver copied at defer:")
	p.X = 100
	p.Y = 200
	fmt.Println("body sees", p.X, p.Y)
}

func pointerReceiver() {
	p := Point{1, 2}
	defer p.Move(5)
	p.X = 10
}

func promoted() {
	n := Named{Point{3, 4}, "n"}
	defer n.Show("promoted value method:")
	defer n.Move(1)
	n.X = 7
}

func argsEvaluatedAtDefer() {
	p := Point{0, 0}
	d := 1
	defer p.Move(d)
	d = 50
}

func nilPointerValueMethod() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var p *Point
	defer fmt.Println("deferred before the nil receiver runs")
	defer p.Show("never printed")
	fmt.Println("not reached")
}

func methodReturningReceiver() *Point { fmt.Println("receiver expression evaluated"); return &Point{9, 9} }

func receiverCall() {
	defer methodReturningReceiver().Show("call receiver:")
	fmt.Println("after defer statement")
}

func goMethod() {
	var c Counter
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc()
		}()
	}
	wg.Wait()
	var wg2 sync.WaitGroup
	wg2.Add(50)
	for i := 0; i < 50; i++ {
		go c.incAndDone(&wg2)
	}
	wg2.Wait()
	fmt.Println("counter:", c.n)
}

func (c *Counter) incAndDone(wg *sync.WaitGroup) { defer wg.Done(); c.Inc() }

func loopDefers() {
	for i := 0; i < 3; i++ {
		p := Point{i, -i}
		defer p.Show("loop")
	}
}

func main() {
	valueReceiver()
	pointerReceiver()
	promoted()
	argsEvaluatedAtDefer()
	nilPointerValueMethod()
	receiverCall()
	goMethod()
	loopDefers()
	var p *Point
	defer p.Move(1)
	fmt.Println("main returns")
}
