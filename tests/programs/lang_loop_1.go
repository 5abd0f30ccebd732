// Loops: three-clause, condition-only, infinite with break, continue, nested.
package main

import "fmt"

func main() {
	sum := 0
	for i := 1; i <= 100; i++ {
		sum += i
	}
	fmt.Println("sum", sum)

	n := 27
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	fmt.Println("collatz steps", steps)

	k := 0
	for {
		k++
		if k*k > 200 {
			break
		}
	}
	fmt.Println("first square over 200:", k)

	for i := 0; i < 10; i++ {
		if i%3 != 0 {
			continue
		}
		fmt.Print(i, ",")
	}
	fmt.Println()

	for i := 1; i <= 4; i++ {
		for j := 1; j <= 4; j++ {
			fmt.Printf("%3d", i*j)
		}
		fmt.Println()
	}

	var primes []int
	for c := 2; len(primes) < 15; c++ {
		isPrime := true
		for _, p := range primes {
			if p*p > c {
				break
			}
			if c%p == 0 {
				isPrime = false
				break
			}
		}
		if isPrime {
			primes = append(primes, c)
		}
	}
	fmt.Println(primes)
}
