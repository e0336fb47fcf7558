package fetch

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"syscall"
	"time"
)

// TimeoutError means the whole request did not finish within
// Options.Timeout.
type TimeoutError struct{ After time.Duration }

func (e *TimeoutError) Error() string { return "timed out after " + seconds(e.After) }

// errTooManyRedirects means a redirect chain was longer than maxRedirects.
var errTooManyRedirects = fmt.Errorf("stopped after %d redirects", maxRedirects)

// Cause words what went wrong in a Get for a person who is not reading Go
// error chains: "no such host", "timed out after 15 s", "HTTP 403". It never
// names addresses, ports or the URL (the caller says which URL it was), so
// it may be shown to anyone; the full error belongs in the log. For an
// error it does not recognise, such as a parser's, it returns "".
func Cause(err error) string {
	var (
		se   *StatusError
		te   *TimeoutError
		dns  *net.DNSError
		ua   x509.UnknownAuthorityError
		host x509.HostnameError
		cert x509.CertificateInvalidError
		rec  tls.RecordHeaderError
		ae   *tls.AlertError
	)
	switch {
	case err == nil:
		return ""
	case errors.As(err, &se):
		if text := http.StatusText(se.Code); text != "" {
			return fmt.Sprintf("HTTP %d %s", se.Code, text)
		}
		return fmt.Sprintf("HTTP %d", se.Code)
	case errors.As(err, &te):
		return te.Error()
	case errors.Is(err, ErrPrivateAddress):
		return "it is a private or local address, which this bot does not fetch"
	case errors.Is(err, ErrTooLarge):
		return "the response is too large"
	case errors.Is(err, ErrCredentials):
		return "the URL carries a user name or password, which this bot does not send"
	case errors.Is(err, ErrScheme):
		return "only http:// and https:// addresses can be fetched"
	case errors.Is(err, errTooManyRedirects):
		return "too many redirects"
	case errors.As(err, &dns):
		switch {
		case dns.IsNotFound:
			return "no such host"
		case dns.IsTimeout:
			return "looking up the host name timed out"
		}
		return "the host name could not be looked up"
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connection refused"
	case errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE):
		return "the connection was reset"
	case errors.Is(err, syscall.EHOSTUNREACH), errors.Is(err, syscall.ENETUNREACH):
		return "the host is unreachable"
	case errors.As(err, &ua), errors.As(err, &host), errors.As(err, &cert):
		return "its TLS certificate is not valid"
	case errors.As(err, &rec), errors.As(err, &ae):
		return "the TLS handshake failed"
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return "the connection closed before the response was complete"
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, syscall.ETIMEDOUT):
		return "timed out"
	case errors.Is(err, context.Canceled):
		return "the request was cancelled"
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return "timed out"
	}
	return ""
}

// seconds writes a duration for people: "15 s", "1.5 s", "2 min", "150 ms".
func seconds(d time.Duration) string {
	switch {
	case d >= time.Minute && d%time.Minute == 0:
		return fmt.Sprintf("%d min", d/time.Minute)
	case d%time.Second == 0:
		return fmt.Sprintf("%d s", d/time.Second)
	case d < time.Second:
		return fmt.Sprintf("%d ms", d.Milliseconds())
	}
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.3f", d.Seconds()), "0"), ".") + " s"
}
