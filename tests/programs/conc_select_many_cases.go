// A select with more cases than fit one machine word: 12 sends and 36 receives, chosen fairly.
package main

import "fmt"

func main() {
	cs := make([]chan int, 36)
	for i := range cs {
		cs[i] = make(chan int, 1)
	}
	out := make(chan int, 1)
	count := map[int]int{}
	for round := 0; round < 14400; round++ {
		cs[round%36] <- round
		select {
		case out <- 0:
			count[-1-<-out]++
			<-cs[round%36]
		case v := <-cs[0]:
			if v%36 != 0 {
				panic(v)
			}
			count[0]++
		case v := <-cs[1]:
			if v%36 != 1 {
				panic(v)
			}
			count[1]++
		case v := <-cs[2]:
			if v%36 != 2 {
				panic(v)
			}
			count[2]++
		case out <- 3:
			count[-1-<-out]++
			<-cs[round%36]
		case v := <-cs[3]:
			if v%36 != 3 {
				panic(v)
			}
			count[3]++
		case v := <-cs[4]:
			if v%36 != 4 {
				panic(v)
			}
			count[4]++
		case v := <-cs[5]:
			if v%36 != 5 {
				panic(v)
			}
			count[5]++
		case out <- 6:
			count[-1-<-out]++
			<-cs[round%36]
		case v := <-cs[6]:
			if v%36 != 6 {
				panic(v)
			}
			count[6]++
		case v := <-cs[7]:
			if v%36 != 7 {
				panic(v)
			}
			count[7]++
		case v := <-cs[8]:
			if v%36 != 8 {
				panic(v)
			}
			count[8]++
		case out <- 9:
			count[-1-<-out]++
			<-cs[round%36]
		case v := <-cs[9]:
			if v%36 != 9 {
				panic(v)
			}
			count[9]++
		case v := <-cs[10]:
			if v%36 != 10 {
				panic(v)
			}
			count[10]++
		case v := <-cs[11]:
			if v%36 != 11 {
				panic(v)
			}
			count[11]++
		case out <- 12:
			count[-1-<-out]++
			<-cs[round%36]
		case v := <-cs[12]:
			if v%36 != 12 {
				panic(v)
			}
			count[12]++
		case v := <-cs[13]:
			if v%36 != 13 {
				panic(v)
			}
			count[13]++
		case v := <-cs[14]:
			if v%36 != 14 {
				panic(v)
			}
			count[14]++
		case out <- 15:
			count[-1-<-out]++
			<-cs[round%36]
		case v := <-cs[15]:
			if v%36 != 15 {
				panic(v)
			}
			count[15]++
		case v := <-cs[16]:
			if v%36 != 16 {
				panic(v)
			}
			count[16]++
		case v := <-cs[17]:
			if v%36 != 17 {
				panic(v)
			}
			count[17]++
		case out <- 18:
			count[-1-<-out]++
			<-cs[round%36]
		case v := <-cs[18]:
			if v%36 != 18 {
				panic(v)
			}
			count[18]++
		case v := <-cs[19]:
			if v%36 != 19 {
				panic(v)
			}
			count[19]++
		case v := <-cs[20]:
			if v%36 != 20 {
				panic(v)
			}
			count[20]++
		case out <- 21:
			count[-1-<-out]++
			<-cs[round%36]
		case v := <-cs[21]:
			if v%36 != 21 {
				panic(v)
			}
			count[21]++
		case v := <-cs[22]:
			if v%36 != 22 {
				panic(v)
			}
			count[22]++
		case v := <-cs[23]:
			if v%36 != 23 {
				panic(v)
			}
			count[23]++
		case out <- 24:
			count[-1-<-out]++
			<-cs[round%36]
		case v := <-cs[24]:
			if v%36 != 24 {
				panic(v)
			}
			count[24]++
		case v := <-cs[25]:
			if v%36 != 25 {
				panic(v)
			}
			count[25]++
		case v := <-cs[26]:
			if v%36 != 26 {
				panic(v)
			}
			count[26]++
		case out <- 27:
			count[-1-<-out]++
			<-cs[round%36]
		case v := <-cs[27]:
			if v%36 != 27 {
				panic(v)
			}
			count[27]++
		case v := <-cs[28]:
			if v%36 != 28 {
				panic(v)
			}
			count[28]++
		case v := <-cs[29]:
			if v%36 != 29 {
				panic(v)
			}
			count[29]++
		case out <- 30:
			count[-1-<-out]++
			<-cs[round%36]
		case v := <-cs[30]:
			if v%36 != 30 {
				panic(v)
			}
			count[30]++
		case v := <-cs[31]:
			if v%36 != 31 {
				panic(v)
			}
			count[31]++
		case v := <-cs[32]:
			if v%36 != 32 {
				panic(v)
			}
			count[32]++
		case out <- 33:
			count[-1-<-out]++
			<-cs[round%36]
		case v := <-cs[33]:
			if v%36 != 33 {
				panic(v)
			}
			count[33]++
		case v := <-cs[34]:
			if v%36 != 34 {
				panic(v)
			}
			count[34]++
		case v := <-cs[35]:
			if v%36 != 35 {
				panic(v)
			}
			count[35]++
		}
	}
	sends, recvs := 0, 0
	for k, v := range count {
		if k < 0 {
			sends += v
		} else if v > 0 {
			recvs++
		}
	}
	fmt.Println(len(count), sends > 14400/2, recvs)
}
