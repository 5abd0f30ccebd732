// time: calendar fields, Date normalization, Format layouts, Month and Weekday names.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	for _, layout := range []string{time.RFC3339, time.RFC3339Nano, time.Kitchen, time.ANSIC, time.RFC1123Z, time.Stamp, time.StampMilli, "2006-01-02 15:04:05", "Mon Jan _2 3:04:05.000 PM MST 2006", "02/01/06 15h04 .999"} {
		fmt.Println(t.Format(layout))
	}
	est := time.FixedZone("EST", -5*60*60)
	fmt.Println(t.In(est), t.In(est).Format(time.RFC3339))
	d := time.Date(2023, 14, 35, 25, 61, 61, 0, time.UTC)
	fmt.Println(d, d.Weekday())
	fmt.Println(d.AddDate(0, -1, 1), d.Sub(t), t.Add(36*time.Hour).Format("2006-01-02 15:04:05"))
	u := time.Unix(1700000000, 0).UTC()
	fmt.Println(u, u.Unix(), u.UnixMilli(), u.Before(t), u.After(t), u.Equal(u.Add(0)))
	var zero time.Time
	fmt.Println(zero, zero.IsZero(), time.Month(13), time.Saturday, time.Weekday(9))
	fmt.Printf("%v %s %d\n", time.March, time.Tuesday, time.March)
}
