// A tiny bytecode interpreter: iota opcodes with a String method, switch dispatch, a stack.
package main

import "fmt"

type Op byte

const (
	Push Op = iota
	Load
	Store
	Add
	Sub
	Mul
	Lt
	JmpIfFalse
	Jmp
	Print
	Halt
)

var names = [...]string{"Push", "Load", "Store", "Add", "Sub", "Mul", "Lt", "JmpIfFalse", "Jmp", "Print", "Halt"}

func (o Op) String() string { return names[o] }

type Instr struct {
	Op  Op
	Arg int
}

func run(code []Instr) (steps int) {
	var stack []int
	var locals [4]int
	pop := func() int {
		v := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		return v
	}
	for pc := 0; ; steps++ {
		in := code[pc]
		pc++
		switch in.Op {
		case Push:
			stack = append(stack, in.Arg)
		case Load:
			stack = append(stack, locals[in.Arg])
		case Store:
			locals[in.Arg] = pop()
		case Add, Sub, Mul, Lt:
			b, a := pop(), pop()
			r := 0
			switch in.Op {
			case Add:
				r = a + b
			case Sub:
				r = a - b
			case Mul:
				r = a * b
			case Lt:
				if a < b {
					r = 1
				}
			}
			stack = append(stack, r)
		case JmpIfFalse:
			if pop() == 0 {
				pc = in.Arg
			}
		case Jmp:
			pc = in.Arg
		case Print:
			fmt.Println("print", pop())
		case Halt:
			return
		}
	}
}

// factorial(n) with locals acc (0) and n (1).
func factorial(n int) []Instr {
	return []Instr{
		{Push, 1}, {Store, 0}, // 0,1: acc = 1
		{Push, n}, {Store, 1}, // 2,3: n = arg
		{Push, 0}, {Load, 1}, {Lt, 0}, {JmpIfFalse, 17}, // 4-7: while 0 < n
		{Load, 0}, {Load, 1}, {Mul, 0}, {Store, 0}, // 8-11: acc *= n
		{Load, 1}, {Push, 1}, {Sub, 0}, {Store, 1}, // 12-15: n--
		{Jmp, 4},                         // 16
		{Load, 0}, {Print, 0}, {Halt, 0}, // 17-19
	}
}

func main() {
	for _, n := range []int{0, 1, 5, 10, 20} {
		fmt.Println("steps:", run(factorial(n)))
	}
	fmt.Println(Push, Halt, Instr{Mul, 2})
	fmt.Printf("%v %d %+v %s\n", JmpIfFalse, JmpIfFalse, Instr{Jmp, 3}, factorial(3)[:2])
}
