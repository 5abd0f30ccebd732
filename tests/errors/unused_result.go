package main

func main() {
	s := []int{1, 2}
	append(s, 3)
}
