// os and bufio over real stdin (stdlib_os_stdin.in): Scanner with ScanWords, Reader with
// ReadString, Writer with Flush; os.ReadFile/WriteFile under os.TempDir, their error
// messages, Getenv and Args.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strings"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	header, err := in.ReadString('\n')
	fmt.Printf("header %q %v\n", header, err)
	sc := bufio.NewScanner(in)
	sc.Split(bufio.ScanWords)
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d:%s ", n, sc.Text())
	}
	fmt.Println()
	fmt.Println("scan err:", sc.Err())
	rest, err := in.ReadString('\n')
	fmt.Printf("after EOF %q %v\n", rest, err)

	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d bytes\n", w.Buffered())
	fmt.Fprintf(w, "now %d buffered, %d available\n", w.Buffered(), w.Available())
	w.Flush()

	path := fmt.Sprintf("%s/goro-stdlib-os-%d.txt", os.TempDir(), os.Getpid())
	if err := os.WriteFile(path, []byte("line one\nline two\n"), 0o644); err != nil {
		fmt.Println("write:", err)
	}
	data, err := os.ReadFile(path)
	fmt.Printf("%q %v\n", data, err)
	fmt.Println(os.Remove(path) == nil, strings.Replace(os.Remove(path).Error(), path, "PATH", 1))
	fmt.Println(os.Remove("/"))
	_, err = os.ReadFile(path)
	fmt.Println(strings.Replace(err.Error(), path, "PATH", 1), errors.Is(err, os.ErrNotExist), errors.Is(err, os.ErrExist))
	_, err = os.ReadFile("/nonexistent")
	fmt.Println(err)
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path, pe.Err)
	}
	fmt.Println(os.WriteFile("/nonexistent/dir/x", nil, 0o644))
	_, err = os.ReadFile("/")
	fmt.Println(err)

	fmt.Printf("%q\n", os.Getenv("GORO_SURELY_UNSET_VARIABLE"))
	fmt.Println(os.Getenv("HOME") != "", len(os.Args))
	v, ok := os.LookupEnv("GORO_SURELY_UNSET_VARIABLE")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Fprintln(os.Stderr, "to stderr")
	os.Stdout.WriteString("direct\n")
	os.Exit(3)
}
