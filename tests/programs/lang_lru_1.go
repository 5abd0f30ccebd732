// An LRU cache built from a map and a hand-written doubly linked list.
package main

import "fmt"

type entry struct {
	key, val   int
	prev, next *entry
}

type LRU struct {
	cap        int
	items      map[int]*entry
	head, tail *entry // head is most recent
}

func NewLRU(n int) *LRU { return &LRU{cap: n, items: map[int]*entry{}} }

func (c *LRU) unlink(e *entry) {
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		c.head = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	} else {
		c.tail = e.prev
	}
	e.prev, e.next = nil, nil
}

func (c *LRU) pushFront(e *entry) {
	e.next = c.head
	if c.head != nil {
		c.head.prev = e
	}
	c.head = e
	if c.tail == nil {
		c.tail = e
	}
}

func (c *LRU) Get(k int) (int, bool) {
	e, ok := c.items[k]
	if !ok {
		return 0, false
	}
	c.unlink(e)
	c.pushFront(e)
	return e.val, true
}

func (c *LRU) Put(k, v int) {
	if e, ok := c.items[k]; ok {
		e.val = v
		c.unlink(e)
		c.pushFront(e)
		return
	}
	if len(c.items) == c.cap {
		old := c.tail
		c.unlink(old)
		delete(c.items, old.key)
		fmt.Println("evict", old.key)
	}
	e := &entry{key: k, val: v}
	c.items[k] = e
	c.pushFront(e)
}

func (c *LRU) Keys() []int {
	var ks []int
	for e := c.head; e != nil; e = e.next {
		ks = append(ks, e.key)
	}
	return ks
}

func main() {
	c := NewLRU(3)
	c.Put(1, 10)
	c.Put(2, 20)
	c.Put(3, 30)
	fmt.Println(c.Keys())
	fmt.Println(c.Get(1))
	c.Put(4, 40)
	fmt.Println(c.Keys())
	fmt.Println(c.Get(2))
	c.Put(3, 33)
	c.Put(5, 50)
	fmt.Println(c.Keys(), len(c.items))
	fmt.Println(c.Get(3))
}
