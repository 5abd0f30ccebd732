// goro follows current gc's wording "as T value in" (Go 1.19 prints "as type T in");
// the .err file is edited accordingly.
package main

import "fmt"

func main() {
	names := []string{"a"}
	names = append(names, 1)
	nums := []int{}
	nums = append(nums, names...)
	fmt.Println(names, nums)
}
