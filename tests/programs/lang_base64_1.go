// Base64 encoding and decoding written by hand with byte and bit operations.
package main

import "fmt"

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

func encode(src []byte) string {
	var out []byte
	for i := 0; i < len(src); i += 3 {
		var chunk [3]byte
		n := copy(chunk[:], src[i:])
		v := uint(chunk[0])<<16 | uint(chunk[1])<<8 | uint(chunk[2])
		for j := 0; j < 4; j++ {
			if j <= n {
				out = append(out, alphabet[v>>(18-6*j)&0x3f])
			} else {
				out = append(out, '=')
			}
		}
	}
	return string(out)
}

func decode(s string) ([]byte, error) {
	var rev [256]int
	for i := range rev {
		rev[i] = -1
	}
	for i := 0; i < len(alphabet); i++ {
		rev[alphabet[i]] = i
	}
	var out []byte
	var acc uint
	bitsHeld := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '=' {
			break
		}
		v := rev[s[i]]
		if v < 0 {
			return nil, fmt.Errorf("illegal base64 data at input byte %d", i)
		}
		acc = acc<<6 | uint(v)
		bitsHeld += 6
		if bitsHeld >= 8 {
			bitsHeld -= 8
			out = append(out, byte(acc>>uint(bitsHeld)))
		}
	}
	return out, nil
}

func main() {
	for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "Go is fun!\x00\xff"} {
		e := encode([]byte(s))
		d, err := decode(e)
		fmt.Printf("%q -> %s -> %q %v\n", s, e, d, err)
	}
	_, err := decode("ab$d")
	fmt.Println(err)
}
