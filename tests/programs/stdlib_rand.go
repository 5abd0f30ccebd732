// math/rand: Go 1.19's sequences, for the default source and seeded ones.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	fmt.Println(rand.Intn(100), rand.Intn(100), rand.Int63(), rand.Float64())
	rand.Seed(42)
	fmt.Println(rand.Intn(1000), rand.Int31n(10), rand.Int(), rand.Perm(8))
	r := rand.New(rand.NewSource(7))
	fmt.Println(r.Intn(6)+1, r.Intn(6)+1, r.Intn(6)+1, r.Uint32(), r.Int63n(1<<40), r.Float32())
	deck := []string{"A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck)
	r42 := rand.New(rand.NewSource(42))
	fmt.Println(r42.Intn(100), r42.Int(), r42.Float64(), r42.Perm(5), r42.Int63(), r42.Int31(), r42.Uint64(), r42.Float32(), r42.Int31n(1000), r42.Int63n(1e12))
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8}
	r42.Shuffle(len(nums), func(i, j int) { nums[i], nums[j] = nums[j], nums[i] })
	fmt.Println(nums)
	rand.Seed(42)
	fmt.Println(rand.Intn(100), rand.Float64(), rand.Perm(4))
	s := rand.NewSource(-3)
	fmt.Println(s.Int63())
	defer func() { fmt.Println("recovered:", recover()) }()
	r.Intn(0)
}
