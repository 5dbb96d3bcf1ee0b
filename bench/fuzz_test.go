package bench

import (
	"bytes"
	"testing"
)

func FuzzParseStatus(f *testing.F) {
	f.Add([]byte("Name:\tbot\nVmHWM:\t  153600 kB\nVmRSS:\t  102400 kB\n"))
	f.Add([]byte("VmRSS: 1 kB\nVmHWM: x kB\n"))
	f.Add([]byte("VmRSS:\nVmHWM:"))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := parseStatus(b)
		if err == nil && (m.RSS < 0 || m.PeakRSS < 0) {
			t.Errorf("negative memory %+v from %q", m, b)
		}
	})
}

func FuzzReadCorpus(f *testing.F) {
	f.Add([]byte(`{"id":"a","title":"T","text":"Mayor Ines Duarte said the bridge would reopen on Monday."}` + "\n\n" + `{"id":"b","text":"x"}`))
	f.Add([]byte(`{"id":1}`))
	f.Add([]byte("not json\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := ReadCorpus(bytes.NewReader(b))
		if err != nil {
			return
		}
		var n int64
		for _, a := range c.Articles {
			n += int64(len(a.Text))
		}
		if n != c.Bytes {
			t.Errorf("Bytes %d, texts hold %d", c.Bytes, n)
		}
	})
}
