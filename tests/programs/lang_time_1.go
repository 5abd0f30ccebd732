// time.Duration arithmetic and its String form; deterministic parts of package time.
package main

import (
	"fmt"
	"time"
)

func main() {
	durations := []time.Duration{
		0, 1, 999, time.Microsecond, 1500 * time.Microsecond, time.Millisecond * 250,
		time.Second, 90 * time.Second, time.Hour + 2*time.Minute + 3*time.Second + 4*time.Millisecond,
		-5 * time.Second, 100 * time.Hour,
	}
	for _, d := range durations {
		fmt.Printf("%-14v %-14s %d\n", d, d.String(), int64(d))
	}
	d := 2*time.Hour + 30*time.Minute
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println(d.Truncate(time.Hour), d.Round(time.Hour), (1500 * time.Millisecond).Round(time.Second))
	fmt.Println(time.Duration(1.5*float64(time.Second)), time.Second/3, time.Minute%(7*time.Second))
	fmt.Printf("%T %v %d\n", time.Second, time.Second > time.Millisecond, time.Second/time.Millisecond)
	p, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(p, err, p.Seconds())
	_, err = time.ParseDuration("abc")
	fmt.Println(err)
}
