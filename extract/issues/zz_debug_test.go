package issues

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/quotes"
	"github.com/newsroom/newsbot/extract/text"
)

func TestZZDebugHead(t *testing.T) {
	for _, id := range strings.Fields(os.Getenv("ZZ_IDS")) {
		b, _ := os.ReadFile("/tmp/" + id + ".txt")
		h, body, _ := strings.Cut(string(b), "\n\n")
		cast := people.Find(body)
		qs := quotes.Find(body, cast)
		fmt.Println("==", id, "|", h)
		for _, is := range FindWithHeadline("", body, text.Sentences(body), cast, qs) {
			fmt.Println("   nohead:", is.Title, is.Keywords)
		}
		for _, is := range FindWithHeadline(h, body, text.Sentences(body), cast, qs) {
			fmt.Println("   head:  ", is.Title, is.Keywords)
		}
	}
}
