package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// ErrBlockedAddress is returned (wrapped) when the SSRF guard refuses an
// address.
var ErrBlockedAddress = errors.New("address not allowed (private and loopback addresses need bot ingest --allow-private)")

// UserReason is the reason to show the person who asked for the input (in
// Slack): the same as Reason, except that a refused address is not
// named, so the bot cannot be used to map internal names to addresses.
func (e *InputError) UserReason() string {
	if errors.Is(e.Err, ErrBlockedAddress) {
		return "its address is not allowed"
	}
	return e.Reason
}

// blockedPrefixes are ranges beyond what netip's predicates cover that must
// not be reachable from a URL a user pastes: carrier-grade NAT, "this
// network", IETF protocol assignments, benchmarking, and NAT64 (which can
// wrap a private IPv4 address).
var blockedPrefixes = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"),
	netip.MustParsePrefix("192.0.0.0/24"),
	netip.MustParsePrefix("198.18.0.0/15"),
	netip.MustParsePrefix("240.0.0.0/4"),
	netip.MustParsePrefix("64:ff9b::/96"),
	netip.MustParsePrefix("64:ff9b:1::/48"),
}

// blockedReason says why ip may not be dialled, or "" when it may.
func blockedReason(ip netip.Addr) string {
	ip = ip.Unmap()
	switch {
	case !ip.IsValid():
		return "an invalid address"
	case ip.IsLoopback():
		return "a loopback address"
	case ip.IsPrivate():
		return "a private address"
	case ip.IsLinkLocalUnicast(), ip.IsLinkLocalMulticast():
		return "a link-local address"
	case ip.IsUnspecified():
		return "an unspecified address"
	case ip.IsMulticast(), ip.IsInterfaceLocalMulticast():
		return "a multicast address"
	}
	for _, p := range blockedPrefixes {
		if p.Contains(ip) {
			return "a reserved address"
		}
	}
	return ""
}

// guardControl checks the address actually being dialled, after DNS, so a
// hostname that resolves (or re-resolves) to an internal address is refused.
func guardControl(_, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return fmt.Errorf("%w: %s", ErrBlockedAddress, address)
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return fmt.Errorf("%w: %s", ErrBlockedAddress, address)
	}
	if why := blockedReason(ip); why != "" {
		return fmt.Errorf("%w: %s is %s", ErrBlockedAddress, ip, why)
	}
	return nil
}

// NewHTTPClient returns the client URL and feed ingest use: the timeout,
// redirect cap, http(s)-only redirects, no proxy from the environment (a
// proxy would dial for us and bypass the guard), and unless AllowPrivate
// the SSRF guard at dial time.
func NewHTTPClient(o Options) *http.Client {
	o = o.withDefaults()
	d := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	if !o.AllowPrivate {
		d.Control = guardControl
	}
	tr := &http.Transport{
		Proxy:                 nil,
		DialContext:           d.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          64,
		MaxIdleConnsPerHost:   8,
		IdleConnTimeout:       60 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: o.Timeout,
	}
	return &http.Client{
		Transport: tr,
		Timeout:   o.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > o.MaxRedirects {
				return fmt.Errorf("more than %d redirects", o.MaxRedirects)
			}
			if s := req.URL.Scheme; s != "http" && s != "https" {
				return fmt.Errorf("redirect to a %s: URL", s)
			}
			return nil
		},
	}
}

// fetched is one HTTP response body, read under the size cap.
type fetched struct {
	url          string // final URL after redirects
	contentType  string
	body         []byte
	etag         string
	lastModified string
	notModified  bool // 304 to a conditional request: body is empty
}

// validators make a conditional GET (a feed polled on a schedule is
// downloaded again only when it changed).
type validators struct{ etag, lastModified string }

// checkURL accepts absolute http(s) URLs and, without AllowPrivate, refuses
// literal internal addresses early with a clear message (the dialer would
// refuse them anyway).
func checkURL(raw string, o Options) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, badInput(raw, "not a valid URL", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, badInput(raw, "only http and https URLs can be ingested", nil)
	}
	if u.Host == "" {
		return nil, badInput(raw, "URL has no host", nil)
	}
	if !o.AllowPrivate {
		h := u.Hostname()
		if strings.EqualFold(h, "localhost") || strings.HasSuffix(strings.ToLower(h), ".localhost") {
			return nil, badInput(raw, "refused: localhost is a loopback address", ErrBlockedAddress)
		}
		if ip, err := netip.ParseAddr(h); err == nil {
			if why := blockedReason(ip); why != "" {
				return nil, badInput(raw, fmt.Sprintf("refused: %s is %s", ip, why), ErrBlockedAddress)
			}
		}
	}
	return u, nil
}

// fetch GETs raw with the client, refusing error statuses and bodies over
// the cap.
func fetch(ctx context.Context, c *http.Client, raw, accept string, o Options) (fetched, error) {
	return fetchIf(ctx, c, raw, accept, validators{}, o)
}

// fetchIf is fetch with a conditional request.
func fetchIf(ctx context.Context, c *http.Client, raw, accept string, v validators, o Options) (fetched, error) {
	u, err := checkURL(raw, o)
	if err != nil {
		return fetched{}, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return fetched{}, badInput(raw, "bad request", err)
	}
	req.Header.Set("User-Agent", o.UserAgent)
	req.Header.Set("Accept", accept)
	if v.etag != "" {
		req.Header.Set("If-None-Match", v.etag)
	}
	if v.lastModified != "" {
		req.Header.Set("If-Modified-Since", v.lastModified)
	}
	resp, err := c.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return fetched{}, fmt.Errorf("fetch %s: %w", raw, ctx.Err())
		}
		if errors.Is(err, ErrBlockedAddress) {
			return fetched{}, badInput(raw, "refused by the private-address guard", err)
		}
		return fetched{}, badInput(raw, "unreachable", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotModified && (v.etag != "" || v.lastModified != "") {
		return fetched{url: resp.Request.URL.String(), notModified: true, etag: v.etag, lastModified: v.lastModified}, nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return fetched{}, badInput(raw, fmt.Sprintf("HTTP error %s", resp.Status), nil)
	}
	if resp.ContentLength > o.MaxBytes {
		return fetched{}, badInput(raw, fmt.Sprintf("over the %s size cap (%s)", humanBytes(o.MaxBytes), humanBytes(resp.ContentLength)), nil)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, o.MaxBytes+1))
	if err != nil {
		if ctx.Err() != nil {
			return fetched{}, fmt.Errorf("fetch %s: %w", raw, ctx.Err())
		}
		return fetched{}, badInput(raw, "reading the response failed", err)
	}
	if int64(len(body)) > o.MaxBytes {
		return fetched{}, badInput(raw, fmt.Sprintf("over the %s size cap", humanBytes(o.MaxBytes)), nil)
	}
	return fetched{url: resp.Request.URL.String(), contentType: resp.Header.Get("Content-Type"), body: body,
		etag: resp.Header.Get("ETag"), lastModified: resp.Header.Get("Last-Modified")}, nil
}

const acceptPage = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"

// FetchURL downloads one page and turns it into an article. A nil client
// gets NewHTTPClient(o). Feeds are not expanded here; see Pipeline.
func FetchURL(ctx context.Context, c *http.Client, raw string, o Options) (newsbot.Article, error) {
	o = o.withDefaults()
	if c == nil {
		c = NewHTTPClient(o)
	}
	f, err := fetch(ctx, c, raw, acceptPage, o)
	if err != nil {
		return newsbot.Article{}, err
	}
	return fromFetched(raw, f, time.Time{}, o)
}

// fromFetched parses a downloaded body by its content type.
func fromFetched(input string, f fetched, feedDate time.Time, o Options) (newsbot.Article, error) {
	mt, _, _ := mime.ParseMediaType(f.contentType)
	if mt == "text/plain" || mt == "text/markdown" {
		a, err := FromText(input, f.body, o)
		if err != nil {
			return a, err
		}
		a.URL, a.CanonicalURL = f.url, f.url
		if u, err := url.Parse(f.url); err == nil {
			a.Outlet = strings.TrimPrefix(u.Hostname(), "www.")
		}
		if !feedDate.IsZero() && a.PublishedAssumed {
			a.Published, a.PublishedAssumed = feedDate, false
		}
		return a, nil
	}
	if mt != "" && mt != "text/html" && mt != "application/xhtml+xml" && !strings.HasSuffix(mt, "xml") {
		return newsbot.Article{}, badInput(input, "not an article page (content type "+mt+")", nil)
	}
	dec, err := DecodeHTML(input, f.body, f.contentType)
	if err != nil {
		return newsbot.Article{}, err
	}
	return FromHTML(input, dec, f.url, feedDate, o)
}

// isBadInput reports whether err is about the input rather than the run
// (cancellation, a store failure).
func isBadInput(err error) bool { return errors.Is(err, newsbot.ErrBadInput) }
