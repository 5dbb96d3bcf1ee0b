package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/internal/lazyre"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// htmlDoc is what a page says about itself outside the article body.
type htmlDoc struct {
	meta        map[string]string // lower-cased property/name/itemprop -> first content
	title       string            // <title>
	canonical   string            // <link rel=canonical>
	itemDate    string            // any element with itemprop=datePublished
	timeTag     string            // best <time datetime>
	textDates   []string          // short texts of elements classed as dates, "publish" ones first
	textDatePub []bool            // textDates[i] came from a "publish" element
	pageURL     string
	byline      string // itemprop=author or a "byline" element's text
	headline    string // itemprop=headline text, else the first <h1>
	// headlineMarked: headline came from itemprop=headline.
	headlineMarked bool
	ld             ldInfo
}

// ldInfo is read from JSON-LD blocks, preferring an Article-typed object.
type ldInfo struct {
	published   string
	headline    string
	body        string
	author      string
	publisher   string
	url         string
	articleSeen bool
}

// DecodeHTML converts raw page bytes to UTF-8 using, in order, the BOM, the
// Content-Type header's charset, a <meta charset> and content sniffing
// (WHATWG rules; undeclared 8-bit pages decode as Windows-1252).
func DecodeHTML(input string, data []byte, contentType string) ([]byte, error) {
	// UTF-16 is full of NUL bytes: decode it before the binary check.
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		out, err := decodeUTF16(input, data)
		if err != nil {
			return nil, err
		}
		data = out
	}
	if looksBinary(data) {
		return nil, badInput(input, "binary content, not HTML", nil)
	}
	enc, name, _ := charset.DetermineEncoding(data, contentType)
	// Declarations lie more often than bytes do: text that is valid UTF-8
	// is UTF-8 (legacy 8-bit text with accents almost never is), unless a
	// byte-order mark says otherwise.
	if name != "utf-8" && !hasBOM(data) && utf8.Valid(data) {
		name = "utf-8"
	}
	if name == "utf-8" {
		data = bytes.TrimPrefix(data, []byte("\ufeff"))
	} else {
		out, err := enc.NewDecoder().Bytes(data)
		if err != nil {
			return nil, badInput(input, "cannot decode text as "+name, err)
		}
		data = out
	}
	if !utf8.Valid(data) {
		return nil, badInput(input, "not valid UTF-8 after decoding as "+name, nil)
	}
	return data, nil
}

func hasBOM(b []byte) bool {
	return bytes.HasPrefix(b, []byte{0xef, 0xbb, 0xbf}) || bytes.HasPrefix(b, []byte{0xfe, 0xff}) || bytes.HasPrefix(b, []byte{0xff, 0xfe})
}

// FromHTML turns a UTF-8 HTML page into an article. pageURL (may be empty)
// resolves relative links and is the outlet of last resort. feedDate is the
// date a feed gave the item (zero when none).
func FromHTML(input string, data []byte, pageURL string, feedDate time.Time, o Options) (newsbot.Article, error) {
	o = o.withDefaults()
	if err := checkText(input, data); err != nil {
		return newsbot.Article{}, err
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return newsbot.Article{}, badInput(input, "unparsable HTML", err)
	}
	var base *url.URL
	if pageURL != "" {
		base, _ = url.Parse(pageURL)
	}
	hd := readHead(doc)
	hd.pageURL = pageURL
	body, rTitle, rByline := articleBody(doc, base)
	// Readability sometimes keeps only a fragment of a page whose blocks are
	// split by widgets; a publisher's own articleBody is then the better text.
	if ld := cleanText(hd.ld.body); wordCount(ld) > wordCount(body)*13/10 && wordCount(ld) >= o.MinWords {
		body = ld
	}
	if wordCount(body) < o.MinWords {
		return newsbot.Article{}, badInput(input, fmt.Sprintf("no article body found (fewer than %d words)", o.MinWords), nil)
	}
	a := newsbot.Article{
		URL:  pageURL,
		Text: body,
	}
	a.CanonicalURL = resolveHTTP(base, firstNonEmpty(hd.canonical, hd.meta["og:url"], hd.ld.url))
	if a.CanonicalURL == "" && pageURL != "" {
		a.CanonicalURL = pageURL
	}
	a.Byline = firstNonEmpty(cleanByline(rByline), cleanByline(hd.ld.author), cleanByline(hd.meta["author"]),
		hd.byline, cleanByline(hd.meta["article:author"]), cleanByline(hd.meta["byl"]))
	host := ""
	if u, err := url.Parse(firstNonEmpty(a.CanonicalURL, pageURL)); err == nil {
		host = strings.TrimPrefix(u.Hostname(), "www.")
	}
	// A syndicated copy names its own site (MSN) while its canonical URL
	// is the original's: either host vouches for a name.
	hosts := []string{host}
	if u, err := url.Parse(pageURL); err == nil {
		if h := strings.TrimPrefix(u.Hostname(), "www."); h != "" && h != host {
			hosts = append(hosts, h)
		}
	}
	a.Outlet = pickOutlet(hd, hosts)
	a.Title = pickTitle([]string{rTitle, hd.meta["og:title"], hd.ld.headline, hd.meta["twitter:title"], hd.title, hd.headline}, a.Outlet, hosts)
	// The headline kept as the body's first paragraph is not article text.
	if first, rest, ok := strings.Cut(a.Text, "\n\n"); ok && (sameName(first, a.Title) || sameName(first, hd.headline)) && wordCount(rest) >= o.MinWords {
		a.Text = rest
	}
	if a.Title == "" {
		a.Title = leadTitle(a.Text)
	}
	a.Published, a.PublishedAssumed = resolvePublished(o, hd.published(o.Now()), feedDate)
	finish(&a, o)
	return a, nil
}

// titleSeps are the separators pages put between a headline and the site
// or section name in <title> and og:title.
var titleSeps = []string{" | ", " - ", " – ", " — ", " :: ", " · "}

// sectionPrefixes are section labels some outlets put before the headline
// ("Opinion | Republicans are ...").
var sectionPrefixes = []string{"opinion", "analysis", "editorial", "commentary", "comment", "review", "exclusive", "explainer", "live", "watch", "video", "breaking"}

// pickTitle chooses the headline: the first candidate, or a shorter one it
// merely decorates ("HEADLINE | Section" when JSON-LD has HEADLINE), without
// a trailing site name or a leading section label.
func pickTitle(cands []string, outlet string, hosts []string) string {
	for i, c := range cands {
		cands[i] = strings.Join(strings.Fields(c), " ")
	}
	title := firstNonEmpty(cands...)
	for _, c := range cands {
		if len(c) < 12 || len(c) >= len(title) {
			continue
		}
		for _, sep := range titleSeps {
			if strings.HasPrefix(title, c+sep) || strings.HasSuffix(title, sep+c) {
				title = c
				break
			}
		}
	}
	// Strip trailing site names, repeatedly ("... | Editorial | The Guardian"
	// loses only the part naming the outlet).
	for changed := true; changed; {
		changed = false
		for _, sep := range titleSeps {
			i := strings.LastIndex(title, sep)
			if i <= 0 {
				continue
			}
			tail := title[i+len(sep):]
			if sameName(tail, outlet) || relatedToHost(tail, hosts) {
				title, changed = title[:i], true
				break
			}
		}
	}
	for _, sep := range titleSeps[:1] {
		head, rest, ok := strings.Cut(title, sep)
		if ok && len(rest) >= 12 && (slices.Contains(sectionPrefixes, strings.ToLower(head)) || sameName(head, outlet)) {
			title = rest
		}
	}
	return strings.TrimSpace(title)
}

// pickOutlet names the publisher. Pages often carry a wrong or lazy name
// (og:site_name "U.S." for a section, "usatoday", "@politifact"), so a
// candidate that relates to the host name and is written with capitals
// wins; without a host the first candidate does.
func pickOutlet(hd htmlDoc, hosts []string) string {
	cands := []string{hd.meta["og:site_name"], hd.ld.publisher, hd.meta["application-name"], hd.meta["apple-mobile-web-app-title"]}
	// The last and first parts of a decorated <title> ("Headline - The
	// Daily Ledger", "Ledger | Headline").
	for _, t := range []string{hd.title, hd.meta["og:title"]} {
		for _, sep := range titleSeps[1:] {
			t = strings.ReplaceAll(t, sep, titleSeps[0])
		}
		if parts := strings.Split(t, titleSeps[0]); len(parts) > 1 {
			cands = append(cands, parts[len(parts)-1], parts[0])
		}
	}
	for i, c := range cands {
		c = strings.Join(strings.Fields(c), " ")
		// An outlet's name is short; longer text is a headline.
		if len(c) > 40 || strings.Count(c, " ") > 4 || strings.HasPrefix(c, "http") {
			c = ""
		}
		cands[i] = strings.TrimPrefix(c, "@")
	}
	if hosts[0] == "" {
		return firstNonEmpty(cands...)
	}
	fallback := ""
	for _, c := range cands {
		if c == "" || !relatedToHost(c, hosts) {
			continue
		}
		if strings.ToLower(c) != c {
			return c
		}
		if fallback == "" {
			fallback = c
		}
	}
	return firstNonEmpty(fallback, hosts[0])
}

// nameKey is a name's letters and digits, lower-cased.
func nameKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func sameName(a, b string) bool {
	ka := nameKey(a)
	return ka != "" && ka == nameKey(b)
}

// relatedToHost reports whether name could be the brand of one of hosts: a
// host label (not the top-level domain) spelled within the name, in order
// ("nypost" in "New York Post", "ctpost" in "Connecticut Post"), or the
// name within a label ("CNN" for cnn.com).
func relatedToHost(name string, hosts []string) bool {
	n := nameKey(name)
	if n == "" {
		return false
	}
	var labels []string
	for _, h := range hosts {
		if ls := strings.Split(strings.ToLower(h), "."); len(ls) > 1 {
			labels = append(labels, ls[:len(ls)-1]...)
		}
	}
	for _, l := range labels {
		switch l {
		case "www", "m", "amp", "co", "com", "org", "net", "news", "edition":
			continue
		}
		if len(l) < 2 {
			continue
		}
		if strings.Contains(l, n) && len(n) >= 3 || isSubsequence(l, n) {
			return true
		}
	}
	return false
}

// isSubsequence reports whether every byte of sub appears in s in order.
func isSubsequence(sub, s string) bool {
	i := 0
	for j := 0; j < len(s) && i < len(sub); j++ {
		if s[j] == sub[i] {
			i++
		}
	}
	return i == len(sub)
}

// articleBody runs readability and renders its content as plain text with
// paragraphs separated by blank lines.
func articleBody(doc *html.Node, base *url.URL) (text, title, byline string) {
	preClean(doc)
	p := readability.NewParser()
	art, err := p.ParseAndMutate(doc, base)
	if err != nil || art.Node == nil {
		return "", "", ""
	}
	return dropFurniture(cleanText(render.InnerText(art.Node))), art.Title(), art.Byline()
}

// Paragraphs that are page furniture whatever their markup: section
// labels and calls to action, bare links, gallery counters, a byline or
// date line left in the body, promotions and legal notes. Short lines
// only, except the promotion sentences, which are whole paragraphs.
var (
	rxFurnitureLine = lazyre.New(`(?i)^(trending( now| stories)?|don'?t miss|more|more:|highlights|learn more|read more|see more|comments?|advertisement|related( articles| stories| content| coverage)?|recommended( for you)?|most (read|popular)|top stories|watch|listen|share( this( article| story)?)?|by|close|skip (to|ad)[\w ]*)[:.!]?$`)
	rxCreditRun     = lazyre.New(`^(\s*\([A-Z][A-Za-z .]{1,20}\))(\p{Lu})`)
	rxBareURL       = lazyre.New(`^(https?://|www\.)\S+$`)
	rxGallery       = lazyre.New(`(?i)^(image|photo|slide) \d+ (of|/) ?/? ?\d*$`)
	rxDateLine      = lazyre.New(`(?i)^((by|posted by) [^.]{3,80}?\s[-|–—]\s[^"“”]*\d|(published|updated|posted|last updated)( at| on)?:? *(\d|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? ))`)
	// rxByline is a byline line: "By" and names, perhaps a date ("By Dana
	// Whitfield and Omar Sayed March 2, 2026"), every word capitalised or a
	// number.
	rxBylineLine = lazyre.New(`^(By|BY|Written by|Reporting by)\s+\p{Lu}[\p{L}'’.-]*(\s+(\p{Lu}[\p{L}'’.-]*|and|&|\d{1,4},?|[,|·•–—-]))*[.]?$`)
	rxPromo      = lazyre.New(`(?i)^(like this story\?|if you enjoyed this article|follow (us|[\w' ]{2,40}) on (twitter|facebook|instagram|youtube|tiktok|linkedin)\b|follow [\w' ]{2,40}'s (full )?coverage\b|listen to [\w' ]{2,40} live\b|sign up (for|to)\b|subscribe (to|for)\b|get (our|the) [\w ]{0,30}newsletter|let our news meet your inbox|copyright( ©| \(c\)| @)? ?\d{4}|\(c\) \d{4}|© ?\d{4}|the contents of this site are ©|(we|this (site|website)) uses? cookies|we and our (\d+ )?partners (store|use|process)|get unlimited (digital )?access)|affiliate commission|share it with a friend|already a subscriber\?|(subscribe|sign in|log in|register) to (continue|keep) reading`)
)

// dropFurniture removes furniture paragraphs from rendered body text.
func dropFurniture(text string) string {
	paras := strings.Split(text, "\n")
	out := paras[:0]
	for _, p := range paras {
		t := strings.TrimSpace(p)
		if t != "" && isFurniture(t) {
			continue
		}
		// "(CNN)President Trump": a source credit in its own inline
		// element, run into the first word.
		p = rxCreditRun.ReplaceAllString(p, "$1 $2")
		out = append(out, p)
	}
	return cleanText(strings.Join(out, "\n"))
}

func isFurniture(p string) bool {
	words := strings.Count(p, " ") + 1
	if words > 40 {
		return false
	}
	if rxPromo.MatchString(p) || strings.Contains(p, "©") {
		return true
	}
	if words > 12 {
		return false
	}
	return rxFurnitureLine.MatchString(p) || rxBareURL.MatchString(p) || rxGallery.MatchString(p) || rxDateLine.MatchString(p) ||
		rxBylineLine.MatchString(p)
}

// boilerplateTags never hold article prose. (Not <form>: ASP.NET pages wrap
// the whole body in one.)
var boilerplateTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Footer: true, atom.Button: true,
	atom.Select: true, atom.Iframe: true, atom.Svg: true, atom.Figcaption: true,
}

// boilerplateClassParts are class/id fragments of page furniture that sits
// inside article bodies: captions and credits, share bars, hover cards,
// screen-reader labels, date and byline lines, inline promos, dialogs,
// calls to action, comment counts, standfirsts. Matched as substrings of
// the lower-cased class and id (a list of substrings, not a regexp: this
// runs on every element of every page).
var boilerplateClassParts = []string{
	"caption", "credit", "share", "social", "related", "newsletter", "promo", "subscribe", "advert",
	"tooltip", "popover", "hovercard", "hover-card", "sr-only", "visually-hidden", "screenreader",
	"screen-reader", "byline", "dateline", "timestamp", "publishinfo", "publish-info", "publishdate",
	"publish-date", "author", "readmore", "read-more", "seealso", "see-also", "recirc", "dialog", "modal",
	"copyright", "standfirst", "articlesummary", "article-summary",
	"paywall", "regwall", "consent", "cookie", "gdpr",
}

// boilerplateClassWords are furniture names too short to match inside
// other words: whole words of the class or id only ("nrplus-cta", not
// "octave").
var boilerplateClassWords = []string{"cta", "comment", "comments", "dek"}

func isBoilerplateClass(cls string) bool {
	cls = strings.ToLower(cls)
	for _, p := range boilerplateClassParts {
		if strings.Contains(cls, p) {
			return true
		}
	}
	for _, w := range strings.FieldsFunc(cls, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_')
	}) {
		if slices.Contains(boilerplateClassWords, w) {
			return true
		}
	}
	return false
}

// maxBoilerplateText keeps a class match from removing a container that
// holds the article itself (a wrapper classed "share-container").
const maxBoilerplateText = 1500

// preClean removes elements that are never article prose before readability
// scores the page: navigation, captions, hidden elements, classed page
// furniture, and short paragraphs that are mostly a link (inline "read
// more" promos).
//
// Children are cleaned before their parent is judged, so a paragraph is
// measured without the hover card a link inside it carried.
func preClean(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && c.DataAtom == atom.Q {
			quoteInline(c)
		}
		if c.Type == html.ElementNode {
			if boilerplateTags[c.DataAtom] || isHidden(c) {
				n.RemoveChild(c)
			} else {
				preClean(c)
				if isBoilerplate(c) {
					n.RemoveChild(c)
				}
			}
		}
		c = next
	}
}

// quoteInline writes out the quotation marks a browser draws around <q>
// (“…”, and ‘…’ inside another <q>): the text alone would lose the very
// marks quote extraction reads.
func quoteInline(q *html.Node) {
	open, closing := "“", "”"
	for p := q.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.DataAtom == atom.Q {
			open, closing = "‘", "’"
			break
		}
	}
	q.InsertBefore(&html.Node{Type: html.TextNode, Data: open}, q.FirstChild)
	q.AppendChild(&html.Node{Type: html.TextNode, Data: closing})
}

func isBoilerplate(n *html.Node) bool {
	if boilerplateTags[n.DataAtom] || isHidden(n) {
		return true
	}
	if n.DataAtom == atom.Html || n.DataAtom == atom.Body {
		return false
	}
	if cls := attr(n, "class") + " " + attr(n, "id"); strings.TrimSpace(cls) != "" && isBoilerplateClass(cls) {
		if textLenAtLeast(n, maxBoilerplateText) < maxBoilerplateText {
			return true
		}
	}
	if n.DataAtom == atom.P && textLenAtLeast(n, 300) < 300 {
		text := textOf(n)
		if text != "" && linkTextLen(n)*10 >= len(text)*6 {
			return true
		}
	}
	// Lists and blocks that are nothing but links: related-story lists,
	// "trending" bars, hover cards.
	if n.DataAtom != atom.A && textLenAtLeast(n, maxBoilerplateText) < maxBoilerplateText {
		list := n.DataAtom == atom.Ul || n.DataAtom == atom.Ol
		if list || countLinks(n, 3) >= 3 {
			text := len(strings.Join(strings.Fields(textOf(n)), ""))
			links := linkTextLen(n)
			if text > 0 && links*10 >= text*9 {
				return true
			}
		}
	}
	return false
}

// countLinks counts <a> elements under n, up to limit.
func countLinks(n *html.Node, limit int) int {
	count := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && count < limit; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.A {
				count++
			} else {
				walk(c)
			}
		}
	}
	walk(n)
	return count
}

// textLenAtLeast counts text bytes under n, stopping once limit is
// reached so nested matches stay linear.
func textLenAtLeast(n *html.Node, limit int) int {
	total := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && total < limit; c = c.NextSibling {
			if c.Type == html.TextNode {
				total += len(strings.TrimSpace(c.Data))
			} else {
				walk(c)
			}
		}
	}
	walk(n)
	return total
}

// linkTextLen is the length of text inside links under n.
func linkTextLen(n *html.Node) int {
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.A {
			total += len(strings.Join(strings.Fields(textOf(c)), ""))
		} else {
			total += linkTextLen(c)
		}
	}
	return total
}

func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// readHead collects metadata in one walk, before readability mutates the
// tree.
func readHead(doc *html.Node) htmlDoc {
	hd := htmlDoc{meta: map[string]string{}}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				content := strings.TrimSpace(attr(n, "content"))
				if content != "" {
					for _, k := range []string{"property", "name", "itemprop"} {
						if key := strings.ToLower(strings.TrimSpace(attr(n, k))); key != "" {
							if _, ok := hd.meta[key]; !ok {
								hd.meta[key] = content
							}
						}
					}
				}
			case atom.Link:
				if hd.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
					hd.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Title:
				if hd.title == "" && n.FirstChild != nil {
					hd.title = strings.TrimSpace(n.FirstChild.Data)
				}
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
					readJSONLD(n.FirstChild.Data, &hd.ld)
				}
			case atom.Time:
				if dt := strings.TrimSpace(attr(n, "datetime")); dt != "" {
					// A <time> marked as the publication wins over the first
					// one, which may date a related story.
					marked := hasAttr(n, "pubdate") || strings.EqualFold(attr(n, "itemprop"), "datePublished") ||
						strings.Contains(strings.ToLower(attr(n, "class")), "publish")
					if hd.timeTag == "" || marked {
						if marked || hd.timeTag == "" {
							hd.timeTag = dt
						}
					}
				}
			}
			if hd.byline == "" {
				hd.noteByline(n)
			}
			if strings.EqualFold(attr(n, "itemprop"), "headline") {
				if t := firstNonEmpty(attr(n, "content"), textOf(n)); t != "" && !hd.headlineMarked {
					hd.headline, hd.headlineMarked = t, true
				}
			} else if n.DataAtom == atom.H1 && hd.headline == "" {
				hd.headline = textOf(n)
			}
			if len(hd.textDates) < 20 {
				hd.noteTextDate(n)
			}
			if hd.itemDate == "" && strings.EqualFold(attr(n, "itemprop"), "datePublished") {
				hd.itemDate = firstNonEmpty(attr(n, "content"), attr(n, "datetime"), textOf(n))
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return hd
}

// metaDateKeys are meta names that carry the publication date, most
// specific first.
var metaDateKeys = []string{
	"article:published_time", "og:article:published_time", "og:published_time",
	"article:published", "datepublished", "article.published", "parsely-pub-date",
	"sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
	"dcterms.created", "dc.date.created", "publish-date", "publishdate", "pubdate",
	"publication_date", "date", "cxenseparse:recs:publishtime", "article.created",
}

// published returns the page's own publication date, or zero. Dates after
// now (plus a day of zone slack) are ignored: they are event dates or typos.
func (hd htmlDoc) published(now time.Time) time.Time {
	cands := make([]string, 0, 8)
	cands = append(cands, hd.meta["article:published_time"], hd.meta["og:article:published_time"],
		hd.meta["og:published_time"], hd.itemDate, hd.ld.published)
	for _, k := range metaDateKeys[3:] {
		cands = append(cands, hd.meta[k])
	}
	if pp := hd.meta["parsely-page"]; pp != "" {
		var v struct {
			PubDate string `json:"pub_date"`
		}
		if json.Unmarshal([]byte(pp), &v) == nil {
			cands = append(cands, v.PubDate)
		}
	}
	cands = append(cands, hd.timeTag)
	for _, c := range cands {
		if c == "" {
			continue
		}
		if t, err := ParseDate(c); err == nil && !t.After(now.Add(36*time.Hour)) {
			return t
		}
		// A human-written metadata value ("Updated March 2, 2026 at
		// 4:05 p.m."): the date inside it.
		if t, ok := DateInText(c); ok && !t.After(now.Add(36*time.Hour)) {
			return t
		}
	}
	// No machine-readable date: the date printed in the page's own date
	// line, then a date in the URL path.
	for _, c := range hd.textDates {
		if t, ok := DateInText(c); ok && !t.After(now.Add(36*time.Hour)) {
			return t
		}
	}
	for _, u := range []string{hd.canonical, hd.meta["og:url"], hd.pageURL} {
		if t, ok := dateInURL(u); ok && !t.After(now.Add(36*time.Hour)) {
			return t
		}
	}
	return time.Time{}
}

var (
	rxByPrefix = lazyre.New(`(?i)^(\w+\s+)?by(\s+|$)`)
	// rxByDate is a date line run into the byline ("... USA TODAY
	// Published 7:07 PM EST Nov 19, 2019").
	rxByDate = lazyre.New(`\s+(Published|Updated|Posted|Last updated)\b.*$`)
	// rxByJoin splits names run together when the page's elements had no
	// space between them ("ERIC TUCKERAssociated Press").
	rxByJoin = lazyre.New(`\b([A-Z]{2,})([A-Z][a-z])`)
)

// cleanByline drops a leading "By" / "Analysis by", a trailing date line
// and profile URLs (article:author often holds one).
func cleanByline(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if strings.HasPrefix(s, "http") {
		return ""
	}
	s = rxByDate.ReplaceAllString(s, "")
	s = rxByJoin.ReplaceAllString(s, "$1 $2")
	return strings.TrimSpace(rxByPrefix.ReplaceAllString(s, ""))
}

// noteByline records an author line: itemprop=author, or a short element
// classed "byline" (the part before any date or separator).
func (hd *htmlDoc) noteByline(n *html.Node) {
	var t string
	switch {
	case strings.EqualFold(attr(n, "itemprop"), "author"):
		t = firstNonEmpty(attr(n, "content"), textOf(n))
	case strings.Contains(strings.ToLower(attr(n, "class")), "byline"):
		t = textOf(n)
	default:
		return
	}
	t = strings.Join(strings.Fields(t), " ")
	if i := strings.IndexAny(t, "|—"); i > 0 {
		t = t[:i]
	}
	if i := strings.Index(t, " - "); i > 0 {
		t = t[:i]
	}
	t = cleanByline(t)
	if t != "" && len(t) <= 120 {
		hd.byline = t
	}
}

// dateClassParts mark class or id values of elements that print the
// publication date ("publish-date", "article__meta", "timestamp");
// notPubClassParts those that date something else. Substrings of the
// lower-cased value, not regexps: this runs on every element.
var (
	dateClassParts    = []string{"publish", "posted", "date", "timestamp", "byline", "entry-meta", "entry_meta", "post-meta", "post_meta"}
	notPubClassParts  = []string{"updat", "modif", "tweet", "comment", "footer", "related", "calendar-time"}
	publishClassParts = []string{"publish", "posted"}
)

func containsAny(s string, parts []string) bool {
	for _, p := range parts {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// isDateClass: "article-meta", "article__meta" and "articlemeta" too.
func isDateClass(cls string) bool {
	if containsAny(cls, dateClassParts) {
		return true
	}
	if i := strings.Index(cls, "article"); i >= 0 {
		rest := strings.TrimLeft(cls[i+len("article"):], "-_")
		return strings.HasPrefix(rest, "meta") || strings.Contains(rest, "article") && isDateClass(rest)
	}
	return false
}

// noteTextDate records the text of a short element whose class or id says
// it holds a date.
func (hd *htmlDoc) noteTextDate(n *html.Node) {
	cls := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	if len(cls) < 5 || !isDateClass(cls) || containsAny(cls, notPubClassParts) {
		return
	}
	t := textOf(n)
	if t == "" || len(t) > 200 {
		return
	}
	t = strings.Join(strings.Fields(t), " ")
	if containsAny(cls, publishClassParts) {
		// Publication lines go before any other dated element, after
		// earlier publication lines.
		i := 0
		for i < len(hd.textDates) && hd.textDatePub[i] {
			i++
		}
		hd.textDates = slices.Insert(hd.textDates, i, t)
		hd.textDatePub = slices.Insert(hd.textDatePub, i, true)
		return
	}
	hd.textDates = append(hd.textDates, t)
	hd.textDatePub = append(hd.textDatePub, false)
}

// readJSONLD reads schema.org data: objects, arrays and @graph lists.
func readJSONLD(src string, info *ldInfo) {
	src = strings.TrimSpace(src)
	src = strings.TrimPrefix(src, "<![CDATA[")
	src = strings.TrimSuffix(src, "]]>")
	var v any
	if err := json.Unmarshal([]byte(src), &v); err != nil {
		return
	}
	walkLD(v, info, 0)
}

func walkLD(v any, info *ldInfo, depth int) {
	if depth > 8 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			walkLD(e, info, depth+1)
		}
	case map[string]any:
		if g, ok := x["@graph"]; ok {
			walkLD(g, info, depth+1)
		}
		isArticle := ldIsArticle(x["@type"])
		// Fill from an Article-typed object; any other object only fills
		// gaps, and only until an article was seen.
		if !isArticle && info.articleSeen {
			return
		}
		if isArticle && !info.articleSeen {
			info.articleSeen = true
			*info = ldInfo{articleSeen: true, publisher: info.publisher}
		}
		set := func(dst *string, s string) {
			if *dst == "" {
				*dst = strings.TrimSpace(s)
			}
		}
		set(&info.published, ldString(x["datePublished"]))
		if isArticle {
			set(&info.headline, ldString(x["headline"]))
			set(&info.body, ldString(x["articleBody"]))
			set(&info.author, ldName(x["author"]))
			set(&info.url, ldString(x["url"]))
		}
		set(&info.publisher, ldName(x["publisher"]))
		if m, ok := x["mainEntity"]; ok {
			walkLD(m, info, depth+1)
		}
	}
}

func ldIsArticle(t any) bool {
	switch x := t.(type) {
	case string:
		return strings.HasSuffix(x, "Article") || strings.HasSuffix(x, "Posting") || x == "Report"
	case []any:
		for _, e := range x {
			if ldIsArticle(e) {
				return true
			}
		}
	}
	return false
}

func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		if len(x) > 0 {
			return ldString(x[0])
		}
	case map[string]any:
		return ldString(x["@value"])
	}
	return ""
}

// ldName reads a Person/Organization (or a list of them) as "A, B".
func ldName(v any) string {
	switch x := v.(type) {
	case string:
		if strings.HasPrefix(x, "http") {
			return ""
		}
		return x
	case map[string]any:
		return ldString(x["name"])
	case []any:
		var names []string
		for _, e := range x {
			if n := ldName(e); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(strings.ToLower(list)) {
		if f == tok {
			return true
		}
	}
	return false
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.TrimSpace(b.String())
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// resolveHTTP resolves ref against base and keeps it only if it is an
// absolute http(s) URL.
func resolveHTTP(base *url.URL, ref string) string {
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	u.Fragment = ""
	return u.String()
}

// htmlFragmentText renders an HTML fragment (a feed item's content) as text.
func htmlFragmentText(fragment string) string {
	nodes, err := html.ParseFragment(strings.NewReader(fragment), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return ""
	}
	root := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	preClean(root)
	return dropFurniture(cleanText(render.InnerText(root)))
}
