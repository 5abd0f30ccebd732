// Methods on embedded types reached through pointers and values, interface satisfaction
// through promoted methods, and overriding by the outer type.
package main

import "fmt"

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(msg string) { l.lines = append(l.lines, l.prefix+msg) }
func (l Logger) Count() int      { return len(l.lines) }

type Service struct {
	*Logger
	Name string
}

type Cache struct {
	Logger // by value
	hits   int
}

func (c *Cache) Log(msg string) { c.Logger.Log("[cache] " + msg) }

type LogCounter interface {
	Log(string)
	Count() int
}

func use(lc LogCounter, msg string) int {
	lc.Log(msg)
	return lc.Count()
}

func main() {
	shared := &Logger{prefix: "> "}
	a := Service{shared, "a"}
	b := Service{shared, "b"}
	a.Log("from a")
	b.Log("from b")
	fmt.Println(shared.lines, a.Count(), b.Count())
	fmt.Println(use(a, "via interface"), shared.Count())

	c := &Cache{Logger: Logger{prefix: "# "}}
	c.Log("miss")
	fmt.Println(use(c, "hit"), c.lines)
	c.Logger.Log("direct")
	fmt.Println(c.lines[len(c.lines)-1])
	var lc LogCounter = &c.Logger
	lc.Log("inner")
	fmt.Println(c.Count())
}
