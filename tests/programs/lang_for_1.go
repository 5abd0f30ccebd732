// for forms: three-clause, while-style, infinite, multiple variables, and range forms.
package main

import "fmt"

func main() {
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ",", j, " ")
	}
	fmt.Println()

	i := 5
	for i > 0 {
		i -= 2
	}
	fmt.Println(i)

	n := 0
	for {
		n++
		if n == 3 {
			continue
		}
		if n > 5 {
			break
		}
		fmt.Print(n, " ")
	}
	fmt.Println()

	for i := range []string{"a", "b", "c"} {
		fmt.Print(i)
	}
	fmt.Println()
	for _, s := range []string{"a", "b", "c"} {
		fmt.Print(s)
	}
	fmt.Println()
	for i, c := range "aé" {
		fmt.Print(i, c, " ")
	}
	fmt.Println()
	arr := [3]int{10, 20, 30}
	for i, v := range arr {
		arr[2] = 100 // range over an array copies it
		fmt.Print(i, v, " ")
	}
	fmt.Println(arr)
	sl := []int{1, 2, 3}
	for i, v := range sl {
		if i == 0 {
			sl = append(sl, 4) // range evaluates the slice once
			sl[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println(sl)
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	var nilSlice []int
	for range nilSlice {
		fmt.Println("never")
	}
	count := 0
	for range [5]struct{}{} {
		count++
	}
	fmt.Println(count)
}
