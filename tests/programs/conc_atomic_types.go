// sync/atomic: the typed values (Int32, Int64, Uint64, Bool, Value) and the Store, Load,
// Swap and CompareAndSwap functions, each also hammered by goroutines where it matters.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct {
	name    string
	version int
}

func main() {
	var i32 atomic.Int32
	var i64 atomic.Int64
	var u64 atomic.Uint64
	var flag atomic.Bool
	var wg sync.WaitGroup
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 1000; k++ {
				i32.Add(1)
				i64.Add(-2)
				u64.Add(3)
			}
			flag.CompareAndSwap(false, true)
		}()
	}
	wg.Wait()
	fmt.Println(i32.Load(), i64.Load(), u64.Load(), flag.Load())
	fmt.Println(i32.Swap(7), i32.Load(), i64.CompareAndSwap(-20000, 1), i64.CompareAndSwap(-20000, 2), i64.Load())
	fmt.Println(flag.Swap(false), flag.Load())

	var raw int64
	var raw32 int32
	atomic.StoreInt64(&raw, 40)
	atomic.StoreInt32(&raw32, -5)
	fmt.Println(atomic.LoadInt64(&raw), atomic.LoadInt32(&raw32), atomic.SwapInt64(&raw, 41), raw)
	fmt.Println(atomic.CompareAndSwapInt32(&raw32, -5, 5), atomic.CompareAndSwapInt32(&raw32, -5, 6), raw32)
	var ru uint32
	fmt.Println(atomic.AddUint32(&ru, ^uint32(0)), atomic.AddUint64(new(uint64), 1<<40))

	var v atomic.Value
	fmt.Println(v.Load() == nil)
	v.Store(config{"a", 1})
	done := make(chan bool)
	go func() {
		for n := 2; n <= 100; n++ {
			v.Store(config{"a", n})
		}
		done <- true
	}()
	last := 0
	monotone := true
	for {
		c := v.Load().(config)
		if c.version < last {
			monotone = false
		}
		last = c.version
		if last == 100 {
			break
		}
	}
	<-done
	fmt.Println("versions seen in order:", monotone, "final:", v.Load().(config))
	fmt.Println(v.Swap(config{"b", 0}).(config).version, v.CompareAndSwap(config{"b", 0}, config{"c", 1}), v.Load())
	defer func() { fmt.Println("recovered:", recover()) }()
	v.Store("a string")
}
