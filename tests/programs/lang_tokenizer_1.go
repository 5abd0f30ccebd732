// A lexer for a small language: byte scanning, token kinds with String, keyword maps.
package main

import "fmt"

type Kind int

const (
	Ident Kind = iota
	Number
	String
	Keyword
	Symbol
	EOF
)

func (k Kind) String() string {
	return [...]string{"Ident", "Number", "String", "Keyword", "Symbol", "EOF"}[k]
}

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

var keywords = map[string]bool{"func": true, "return": true, "if": true, "var": true}

func isLetter(c byte) bool { return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

func lex(src string) []Token {
	var toks []Token
	i := 0
	for i < len(src) {
		c := src[i]
		start := i
		switch {
		case c == ' ' || c == '\n' || c == '\t':
			i++
			continue
		case isLetter(c):
			for i < len(src) && (isLetter(src[i]) || isDigit(src[i])) {
				i++
			}
			kind := Ident
			if keywords[src[start:i]] {
				kind = Keyword
			}
			toks = append(toks, Token{kind, src[start:i], start})
		case isDigit(c):
			for i < len(src) && (isDigit(src[i]) || src[i] == '.') {
				i++
			}
			toks = append(toks, Token{Number, src[start:i], start})
		case c == '"':
			i++
			for i < len(src) && src[i] != '"' {
				i++
			}
			i++
			toks = append(toks, Token{String, src[start:i], start})
		default:
			if i+1 < len(src) && (src[i:i+2] == "==" || src[i:i+2] == ":=") {
				i += 2
			} else {
				i++
			}
			toks = append(toks, Token{Symbol, src[start:i], start})
		}
	}
	return append(toks, Token{EOF, "", len(src)})
}

func main() {
	src := `func add(a, b) { if a == 0 { return b } x := 3.25; return "sum" }`
	for _, t := range lex(src) {
		fmt.Printf("%-8v %-6q @%d\n", t.Kind, t.Text, t.Pos)
	}
	counts := map[Kind]int{}
	for _, t := range lex(src) {
		counts[t.Kind]++
	}
	fmt.Println(counts)
}
