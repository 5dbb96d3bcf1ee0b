package people

import (
	"fmt"
	"testing"
)

func TestZZScratch(t *testing.T) {
	for _, s := range []string{
		"Philippine President Ferdinand Marcos Jr. said his country would \"not be intimidated.\" Marcos said the incident would be raised.",
		"President Ferdinand Marcos Jr. said it.",
		"Ferdinand Marcos Jr. said it.",
		"Martin Luther King Jr. said it.",
	} {
		c := Find(s)
		fmt.Println(resolved(c))
		for _, m := range c.Mentions { fmt.Printf("%v ", m.Kind) }
		fmt.Println()
	}
}
