package trips

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/timex"
)

func TestProbe10(t *testing.T) {
	path := os.Getenv("PROBE")
	if path == "" {
		t.Skip("PROBE unset")
	}
	b, _ := os.ReadFile(path)
	pub, _ := time.Parse("2006-01-02", "2026-11-24")
	for _, para := range strings.Split(string(b), "\n===\n") {
		para = strings.TrimSpace(para)
		if para == "" {
			continue
		}
		fmt.Println("##", para)
		for _, l := range Find(para, pub, people.Find(para), timex.Tag(para, pub)) {
			fmt.Printf("   -> %s @ %s (%s) %q %s %s %v\n", l.Traveler, l.Place, l.Country, l.WhenText, l.Date, l.Status, l.Counterparts)
		}
	}
}
