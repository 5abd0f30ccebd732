package main

import "fmt"

func takeInt8(v int8) {}

func small() uint8 {
	return 256
}

func main() {
	var a int8 = 128
	b := uint(0)
	b = -1
	takeInt8(200)
	x := 1 << 70
	var f float32 = 1e40
	fmt.Println(a, b, x, f, small())
	arr := []byte{1, 2, 300}
	ch := make(chan int16, 1)
	ch <- 40000
	m := map[uint16]string{65536: "x"}
	fmt.Println(arr, m)
}
