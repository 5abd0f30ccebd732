// sync/atomic adds wrap around as Go's integer arithmetic does (found by UBSan).
package main

import (
	"fmt"
	"math"
	"sync/atomic"
)

func main() {
	var a int64 = math.MaxInt64
	fmt.Println(atomic.AddInt64(&a, 1), a)
	var b int32 = math.MaxInt32
	fmt.Println(atomic.AddInt32(&b, 2), b)
	var c atomic.Int64
	c.Store(math.MinInt64)
	fmt.Println(c.Add(-1))
	var u uint32
	fmt.Println(atomic.AddUint32(&u, ^uint32(0)))
}
