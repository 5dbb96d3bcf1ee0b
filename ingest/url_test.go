package ingest

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"golang.org/x/text/encoding/charmap"
)

const storyHTML = `<!DOCTYPE html><html><head>%s<title>%s</title>
<meta property="article:published_time" content="2026-02-20T08:00:00Z"></head>
<body><article><h1>%s</h1>
<p>%s</p>
<p>The regional water authority said on Friday that reservoir levels had fallen to their lowest point since records began, and asked households to cut their use by a fifth until the spring rains arrive.</p>
<p>Farmers in the valley have already been told that irrigation licences will be suspended from next month, a decision their association described as devastating for the orchards.</p>
</article></body></html>`

func storyPage(title, lead string) string {
	return fmt.Sprintf(storyHTML, `<meta charset="utf-8">`, title, title, lead)
}

func allowOpts() Options {
	o := testOptions()
	o.AllowPrivate = true
	o.Timeout = 5 * time.Second
	return o
}

func TestFetchURL(t *testing.T) {
	latin1 := func(s string) []byte {
		b, err := charmap.ISO8859_1.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	win1252 := func(s string) []byte {
		b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/ok", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, storyPage("Drought rules tightened", "Water rationing begins in the valley."))
	})
	mux.HandleFunc("/latin1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=ISO-8859-1")
		w.Write(latin1(fmt.Sprintf(storyHTML, "", "Zürich café owners protest", "Zürich café owners protest", "Café owners in Zürich marched on the town hall.")))
	})
	mux.HandleFunc("/cp1252", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html") // charset only in the page
		w.Write(win1252(fmt.Sprintf(storyHTML, `<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">`,
			"Mayor’s “final offer”", "Mayor’s “final offer”", "The mayor’s “final offer” costs €2m.")))
	})
	mux.HandleFunc("/missing", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "oops", http.StatusInternalServerError) })
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, storyPage("Big", strings.Repeat("A very long paragraph. ", 2000)))
	})
	mux.HandleFunc("/big-chunked", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for range 100 {
			fmt.Fprint(w, strings.Repeat("<p>filler words here</p>", 20))
			w.(http.Flusher).Flush() // no Content-Length: the cap must hold while reading
		}
	})
	mux.HandleFunc("/pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.4 ..."))
	})
	mux.HandleFunc("/hop/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/hop/"), "%d", &n)
		if n == 0 {
			http.Redirect(w, r, "/ok", http.StatusFound)
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusFound)
	})
	mux.HandleFunc("/to-file", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	closed := httptest.NewServer(http.NotFoundHandler())
	closedURL := closed.URL
	closed.Close()

	o := allowOpts()
	o.MaxBytes = 16 << 10
	tests := []struct {
		name      string
		url       string
		wantTitle string
		wantText  string
		wantErr   string
	}{
		{name: "page", url: srv.URL + "/ok", wantTitle: "Drought rules tightened", wantText: "Water rationing begins"},
		{name: "ISO-8859-1 by header", url: srv.URL + "/latin1", wantTitle: "Zürich café owners protest", wantText: "Café owners in Zürich"},
		{name: "Windows-1252 by meta", url: srv.URL + "/cp1252", wantTitle: "Mayor’s “final offer”", wantText: "The mayor’s “final offer” costs €2m."},
		{name: "4 redirects", url: srv.URL + "/hop/3", wantTitle: "Drought rules tightened"},
		{name: "too many redirects", url: srv.URL + "/hop/5", wantErr: "more than 5 redirects"},
		{name: "redirect to file:", url: srv.URL + "/to-file", wantErr: "redirect to a file: URL"},
		{name: "HTTP 404", url: srv.URL + "/missing", wantErr: "HTTP error 404"},
		{name: "HTTP 500", url: srv.URL + "/broken", wantErr: "HTTP error 500"},
		{name: "over cap with length", url: srv.URL + "/big", wantErr: "over the 16 KB size cap"},
		{name: "over cap chunked", url: srv.URL + "/big-chunked", wantErr: "over the 16 KB size cap"},
		{name: "not a page", url: srv.URL + "/pdf", wantErr: "not an article page"},
		{name: "unreachable", url: closedURL + "/ok", wantErr: "unreachable"},
		{name: "ftp scheme", url: "ftp://example.com/story.txt", wantErr: "only http and https"},
		{name: "file scheme", url: "file:///etc/passwd", wantErr: "only http and https"},
	}
	c := NewHTTPClient(o)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := FetchURL(t.Context(), c, tt.url, o)
			if tt.wantErr != "" {
				if err == nil {
					t.Fatalf("no error, got %q", a.Title)
				}
				if !errors.Is(err, newsbot.ErrBadInput) || !strings.Contains(err.Error(), tt.wantErr) || !strings.Contains(err.Error(), tt.url) {
					t.Errorf("error %q: want ErrBadInput naming %s and %q", err, tt.url, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.wantTitle {
				t.Errorf("Title = %q, want %q", a.Title, tt.wantTitle)
			}
			if !strings.Contains(a.Text, tt.wantText) {
				t.Errorf("text lacks %q:\n%s", tt.wantText, a.Text)
			}
			if a.Published.Format("2006-01-02") != "2026-02-20" {
				t.Errorf("Published = %v", a.Published)
			}
		})
	}
}

func TestSSRFGuard(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, storyPage("Internal", "Should never be fetched."))
	}))
	defer srv.Close()
	o := testOptions() // AllowPrivate off

	t.Run("loopback URL refused", func(t *testing.T) {
		_, err := FetchURL(t.Context(), nil, srv.URL, o)
		if !errors.Is(err, ErrBlockedAddress) || !errors.Is(err, newsbot.ErrBadInput) {
			t.Fatalf("err = %v, want ErrBlockedAddress and ErrBadInput", err)
		}
	})
	t.Run("localhost name refused", func(t *testing.T) {
		_, err := FetchURL(t.Context(), nil, strings.Replace(srv.URL, "127.0.0.1", "localhost", 1), o)
		if !errors.Is(err, ErrBlockedAddress) {
			t.Fatalf("err = %v, want ErrBlockedAddress", err)
		}
	})
	t.Run("dial-time check", func(t *testing.T) {
		// Skips the URL pre-check: the dialer itself must refuse.
		resp, err := NewHTTPClient(o).Get(srv.URL)
		if err == nil {
			resp.Body.Close()
			t.Fatal("guarded client reached a loopback server")
		}
		if !errors.Is(err, ErrBlockedAddress) {
			t.Fatalf("err = %v, want ErrBlockedAddress", err)
		}
	})
	t.Run("allowed when configured", func(t *testing.T) {
		if _, err := FetchURL(t.Context(), nil, srv.URL, allowOpts()); err != nil {
			t.Fatal(err)
		}
	})
}

func TestBlockedReason(t *testing.T) {
	tests := []struct {
		ip      string
		blocked bool
	}{
		{"127.0.0.1", true}, {"::1", true}, {"10.1.2.3", true}, {"172.16.0.9", true}, {"192.168.1.1", true},
		{"169.254.169.254", true}, {"fe80::1", true}, {"0.0.0.0", true}, {"::", true}, {"fc00::5", true},
		{"100.64.0.1", true}, {"::ffff:127.0.0.1", true}, {"64:ff9b::a00:1", true}, {"224.0.0.1", true},
		{"93.184.216.34", false}, {"2606:4700::1111", false}, {"8.8.8.8", false},
	}
	for _, tt := range tests {
		if got := blockedReason(netip.MustParseAddr(tt.ip)) != ""; got != tt.blocked {
			t.Errorf("blocked(%s) = %v, want %v", tt.ip, got, tt.blocked)
		}
	}
}

func TestUserReasonHidesRefusedAddress(t *testing.T) {
	_, err := FetchURL(t.Context(), NewHTTPClient(Options{}), "http://127.0.0.1:9/story", Options{})
	var ie *InputError
	if !errors.As(err, &ie) {
		t.Fatalf("err = %v, want an InputError", err)
	}
	if r := ie.UserReason(); strings.Contains(r, "127.0.0.1") || !strings.Contains(r, "not allowed") {
		t.Errorf("UserReason %q should refuse without naming the address", r)
	}
	if got := (&InputError{Input: "https://x.example/a", Reason: "HTTP error 404 Not Found"}).UserReason(); got != "HTTP error 404 Not Found" {
		t.Errorf("UserReason = %q", got)
	}
}
