// sync/atomic counters updated from many goroutines.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var ops int64
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 500; j++ {
				atomic.AddInt64(&ops, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("ops:", atomic.LoadInt64(&ops))

	var flag int32
	fmt.Println(atomic.CompareAndSwapInt32(&flag, 0, 1), atomic.CompareAndSwapInt32(&flag, 0, 1), flag)
	atomic.StoreInt32(&flag, 9)
	fmt.Println(atomic.SwapInt32(&flag, 3), flag)

	var winners int32
	var first int32 = -1
	var wg2 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg2.Add(1)
		go func(id int32) {
			defer wg2.Done()
			if atomic.CompareAndSwapInt32(&first, -1, id) {
				atomic.AddInt32(&winners, 1)
			}
		}(int32(i))
	}
	wg2.Wait()
	fmt.Println("winners:", winners, first >= 0)
}
