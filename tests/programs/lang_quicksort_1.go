// Sorting algorithms written by hand: quicksort, merge sort, insertion sort on the same data.
package main

import "fmt"

func quicksort(a []int) {
	if len(a) < 2 {
		return
	}
	pivot := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < pivot {
			i++
		}
		for a[j] > pivot {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quicksort(a[:j+1])
	quicksort(a[i:])
}

func mergeSort(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	mid := len(a) / 2
	l, r := mergeSort(a[:mid]), mergeSort(a[mid:])
	out := make([]int, 0, len(a))
	for len(l) > 0 && len(r) > 0 {
		if l[0] <= r[0] {
			out, l = append(out, l[0]), l[1:]
		} else {
			out, r = append(out, r[0]), r[1:]
		}
	}
	return append(append(out, l...), r...)
}

func insertion(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func data() []int {
	out := make([]int, 30)
	seed := uint32(12345)
	for i := range out {
		seed = seed*1103515245 + 12345
		out[i] = int(seed>>16) % 100
	}
	return out
}

func main() {
	d := data()
	fmt.Println(d)
	q := append([]int(nil), d...)
	quicksort(q)
	fmt.Println(q)
	m := mergeSort(append([]int(nil), d...))
	fmt.Println(m)
	in := append([]int(nil), d...)
	insertion(in)
	same := true
	for i := range q {
		if q[i] != m[i] || q[i] != in[i] {
			same = false
		}
	}
	fmt.Println("all agree:", same)
}
