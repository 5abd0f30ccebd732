// Goroutines that block in bytecode leave their native stack and resume on another one;
// those blocked under native code that called back into Go (fmt calling String) keep it.
// This program crosses every kind of suspension with defer, panic and recover.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
)

// Blocks inside a String method, which fmt calls from native code.
type slowName struct{ ch chan string }

func (s slowName) String() string { return <-s.ch }

// A deferred receive while panicking, then recover after the goroutine resumes.
func recoverAfterPark(ch chan int) (got int) {
	defer func() {
		r := recover()
		got = <-ch + len(fmt.Sprint(r))
	}()
	panic("boom")
}

// A send interrupted by close panics when the goroutine resumes.
func sendOnClosed(ch chan int, done chan string) {
	defer func() { done <- fmt.Sprint("recovered: ", recover()) }()
	ch <- 1
}

// A deferred native that blocks (RUN_DEFERS re-runs after the park).
func deferredWait(wg *sync.WaitGroup, out chan string) {
	defer func() { out <- "after deferred Wait" }()
	defer wg.Wait()
}

func bigSelect(chans []chan int) (int, int) {
	select {
	case v := <-chans[0]:
		return 0, v
	case v := <-chans[1]:
		return 1, v
	case v := <-chans[2]:
		return 2, v
	case v := <-chans[3]:
		return 3, v
	case v := <-chans[4]:
		return 4, v
	case v := <-chans[5]:
		return 5, v
	case v := <-chans[6]:
		return 6, v
	case v := <-chans[7]:
		return 7, v
	case v := <-chans[8]:
		return 8, v
	case v := <-chans[9]:
		return 9, v
	case v := <-chans[10]:
		return 10, v
	case v := <-chans[11]:
		return 11, v
	case v := <-chans[12]:
		return 12, v
	case v := <-chans[13]:
		return 13, v
	case v := <-chans[14]:
		return 14, v
	case v := <-chans[15]:
		return 15, v
	case v := <-chans[16]:
		return 16, v
	case v := <-chans[17]:
		return 17, v
	}
}

func main() {
	// fmt -> String -> channel receive: this goroutine keeps its stack while it waits.
	names := make(chan string)
	printed := make(chan string)
	go func() { printed <- fmt.Sprintf("name=%v", slowName{names}) }()
	time.Sleep(time.Millisecond)
	names <- "gopher"
	fmt.Println(<-printed)

	// A sort comparator that blocks on a channel (native sort calling back into Go).
	keys := make(chan int, 100)
	go func() {
		for i := 0; i < 100; i++ {
			keys <- i
		}
	}()
	xs := []int{5, 3, 9, 1, 7}
	sort.Slice(xs, func(i, j int) bool { <-keys; return xs[i] < xs[j] })
	fmt.Println(xs)

	ch := make(chan int)
	result := make(chan int)
	go func() { result <- recoverAfterPark(ch) }()
	time.Sleep(time.Millisecond)
	ch <- 40
	fmt.Println("recovered after park:", <-result)

	closing := make(chan int)
	done := make(chan string)
	go sendOnClosed(closing, done)
	time.Sleep(time.Millisecond)
	close(closing)
	fmt.Println(<-done)

	var wg sync.WaitGroup
	wg.Add(1)
	out := make(chan string)
	go deferredWait(&wg, out)
	time.Sleep(time.Millisecond)
	wg.Done()
	fmt.Println(<-out)

	chans := make([]chan int, 18)
	for i := range chans {
		chans[i] = make(chan int)
	}
	picked := make(chan string)
	go func() {
		i, v := bigSelect(chans)
		picked <- fmt.Sprint("select case ", i, " got ", v)
	}()
	time.Sleep(time.Millisecond)
	chans[17] <- 99
	fmt.Println(<-picked)

	// Gosched and preemption with one processor: a busy loop does not starve the others.
	runtime.GOMAXPROCS(1)
	var mu sync.Mutex
	var log []string
	stop := make(chan bool)
	go func() {
		for n := 0; ; n++ {
			select {
			case <-stop:
				return
			default:
			}
		}
	}()
	var all sync.WaitGroup
	for g := 0; g < 3; g++ {
		all.Add(1)
		go func(g int) {
			defer all.Done()
			for i := 0; i < 3; i++ {
				mu.Lock()
				log = append(log, fmt.Sprint(g))
				mu.Unlock()
				runtime.Gosched()
			}
		}(g)
	}
	all.Wait()
	stop <- true
	sort.Strings(log)
	fmt.Println(strings.Join(log, ""))

	// Many goroutines parked at once, released by close, woken in any order.
	gate := make(chan struct{})
	var sum sync.WaitGroup
	total := 0
	for i := 1; i <= 1000; i++ {
		sum.Add(1)
		go func(i int) {
			defer sum.Done()
			<-gate
			mu.Lock()
			total += i
			mu.Unlock()
		}(i)
	}
	close(gate)
	sum.Wait()
	fmt.Println("total", total)
}
