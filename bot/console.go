package bot

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
)

// ConsolePrompt is printed before each line the console reads.
const ConsolePrompt = "newsbot> "

// Console reads commands and questions from in and writes what Slack would
// show to out, until EOF, "quit" or ctx is cancelled. Lines look like
// "/whosaid Starmer", "@newsbot when is Starmer in Shanghai?" or "/digest";
// any other line is taken as a question. The console user is the local
// operator and may use editors' commands.
func Console(ctx context.Context, in io.Reader, out io.Writer, h *Handler) error {
	br := bufio.NewReaderSize(in, 64*1024)
	fmt.Fprintf(out, "Type /newsbot help for commands, quit to leave.\n%s", ConsolePrompt)
	for {
		raw, rerr := readLine(br, maxConsoleLine)
		if rerr != nil && (!errors.Is(rerr, io.EOF) || raw == "") {
			if errors.Is(rerr, io.EOF) {
				break
			}
			return fmt.Errorf("console input: %w", rerr)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		line := strings.TrimSpace(raw)
		switch strings.ToLower(line) {
		case "":
			fmt.Fprint(out, ConsolePrompt)
			continue
		case "quit", "exit", "\\q":
			return nil
		}
		if err := ConsoleLine(ctx, line, out, h); err != nil {
			if errors.Is(err, errOutput) {
				return err
			}
			// A refusal's reply says it all already.
			if _, refused := errors.AsType[*RefusedError](err); !refused {
				fmt.Fprintf(out, "(error: %v)\n", err)
			}
		}
		fmt.Fprint(out, ConsolePrompt)
		if rerr != nil { // the last line had no newline
			break
		}
	}
	fmt.Fprintln(out)
	return nil
}

// maxConsoleLine bounds the bytes kept of one typed line; the handler
// reads only the first maxInput characters anyway.
const maxConsoleLine = 64 * 1024

// readLine reads one line without its newline, keeping at most max bytes
// of it (cut at a rune boundary by the handler's own clean-up): a pasted
// megabyte is answered like any long line rather than ending the session.
// At the end of input it returns what it read with io.EOF.
func readLine(br *bufio.Reader, max int) (string, error) {
	var b []byte
	for {
		chunk, isPrefix, err := br.ReadLine()
		if len(b) < max {
			b = append(b, chunk[:min(len(chunk), max-len(b))]...)
		}
		if err != nil {
			return string(b), err
		}
		if !isPrefix {
			return string(b), nil
		}
	}
}

var errOutput = errors.New("console output")

// RefusedError is what ConsoleLine returns for a request the bot refused
// (Reply.Refused): an edit of an issue that does not exist, a malformed
// edit. Its message is the reply's lead.
type RefusedError struct{ Reason string }

func (e *RefusedError) Error() string { return e.Reason }

// ConsoleLine answers one typed line (as Console does) and writes the reply
// to out. `bot ask "QUESTION"` and the demo tour use it. A handler error is
// returned after its polite reply has been written; a refusal, after its
// reply, as a *RefusedError.
func ConsoleLine(ctx context.Context, line string, out io.Writer, h *Handler) error {
	r, err := h.Handle(ctx, consoleRequest(strings.TrimSpace(line)))
	if _, werr := io.WriteString(out, Text(r)); werr != nil {
		return fmt.Errorf("%w: %w", errOutput, werr)
	}
	if err == nil && r.Refused {
		return &RefusedError{Reason: strings.TrimSpace(r.Lead)}
	}
	return err
}

// consoleRequest turns a typed line into a Request: "/cmd args" is a
// command, "@name question" or bare text a question (a mention).
func consoleRequest(line string) Request {
	req := Request{Kind: KindConsole, UserID: "console", ChannelID: "console"}
	if strings.HasPrefix(line, "/") {
		req.Command, req.Text = splitWord(line)
		return req
	}
	if strings.HasPrefix(line, "@") {
		_, line = splitWord(line)
	}
	req.Text = line
	return req
}
