// Hash functions relying on uint32/uint64 wrap-around: FNV-1a, djb2, CRC-32 by hand.
package main

import "fmt"

func fnv1a32(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func fnv1a64(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func djb2(s string) uint32 {
	var h uint32 = 5381
	for _, c := range []byte(s) {
		h = h<<5 + h + uint32(c)
	}
	return h
}

var crcTable [256]uint32

func init() {
	for i := range crcTable {
		c := uint32(i)
		for k := 0; k < 8; k++ {
			if c&1 == 1 {
				c = 0xEDB88320 ^ (c >> 1)
			} else {
				c >>= 1
			}
		}
		crcTable[i] = c
	}
}

func crc32(s string) uint32 {
	c := ^uint32(0)
	for i := 0; i < len(s); i++ {
		c = crcTable[byte(c)^s[i]] ^ (c >> 8)
	}
	return ^c
}

func main() {
	for _, s := range []string{"", "a", "hello", "The quick brown fox jumps over the lazy dog"} {
		fmt.Printf("%-12.12q fnv32=%08x fnv64=%016x djb2=%d crc32=%08x\n", s, fnv1a32(s), fnv1a64(s), djb2(s), crc32(s))
	}
}
