// time: Tick, Ticker.Reset, Timer.Reset after firing, Until, UnixNano, Duration constants,
// arithmetic, conversions and String.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	tick := time.Tick(2 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tick
	}
	fmt.Println("three ticks took at least 6ms:", time.Since(start) >= 6*time.Millisecond)
	fmt.Println("Tick of a non-positive duration is nil:", time.Tick(0) == nil)

	ticker := time.NewTicker(time.Hour)
	ticker.Reset(time.Millisecond)
	<-ticker.C
	ticker.Stop()
	fmt.Println("ticker reset to 1ms ticked")

	timer := time.NewTimer(time.Millisecond)
	<-timer.C
	fmt.Println("Reset after firing reports inactive:", timer.Reset(time.Millisecond) == false)
	<-timer.C
	fmt.Println("fired again")

	deadline := time.Now().Add(time.Hour)
	fmt.Println("Until a deadline an hour away:", time.Until(deadline) > 59*time.Minute, time.Until(deadline) <= time.Hour)
	t := time.Unix(1700000000, 123)
	fmt.Println(t.Unix(), t.UnixNano(), t.UTC().Format(time.RFC3339Nano))
	fmt.Println(t.Add(1500*time.Millisecond).Sub(t), t.Before(t.Add(1)), t.After(t.Add(1)), t.Equal(t))

	d := 90*time.Minute + 30*time.Second + 250*time.Millisecond
	fmt.Println(d, d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println(d.Round(time.Minute), d.Truncate(time.Hour), -d, d/3, d*2, d%time.Minute)
	for _, x := range []time.Duration{0, 1, 1500, 1500 * time.Microsecond, 500 * time.Millisecond, 1500 * time.Millisecond, 2 * time.Minute, 26 * time.Hour, -3 * time.Second} {
		fmt.Print(x, " ")
	}
	fmt.Println()
	fmt.Println(time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour)
	fmt.Printf("%d %v %s %.1f\n", time.Second, time.Second, 2*time.Hour, time.Duration(1234567890).Seconds())
}
