package main

import (
	"fmt"
	"strings"
)

type User struct {
	Name string
	age  int
}

func (u User) Greet() string { return "hi " + u.Name }

func main() {
	u := User{}
	fmt.Println(u.name)
	fmt.Println(u.Age)
	fmt.Println(u.greet())
	var b strings.Builder
	b.writeString("x")
	fmt.Println(b.Len)
	var p *User = &u
	fmt.Println(p.Nmae)
}
