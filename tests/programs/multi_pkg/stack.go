// The stack type: its methods live in a different file from their callers.
package main

import (
	"fmt"
	"strings"
)

type Stack struct{ items []int }

func NewStack() *Stack { return &Stack{} }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func (s *Stack) Len() int { return len(s.items) }

func (s *Stack) String() string {
	parts := make([]string, len(s.items))
	for i, v := range s.items {
		parts[i] = fmt.Sprint(v)
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func init() {
	fmt.Println("init stack.go")
}
