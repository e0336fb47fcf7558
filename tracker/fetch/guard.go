package fetch

import (
	"context"
	"fmt"
	"net"
	"strings"
	"syscall"
	"time"
)

// The outbound guard. Everything a user or a feed can point Newshound at
// (feeds that members add, article links from any feed, every redirect)
// goes through a Client whose Options leave AllowPrivate off. Such a client
// connects to public addresses only, with two exceptions:
//   - AllowPrivateNetworks (`-allow-private`) admits private ranges,
//     CGNAT and loopback, for self-hosted feeds;
//   - GetLinked admits them for the host of the feed that carried the link,
//     and for that host only: a page on the feed's own server may be
//     fetched, a redirect from it to another private host may not.
//
// Link-local addresses (169.254/16, fe80::/10), where cloud metadata
// services answer, and the metadata addresses themselves are never
// admitted, nor are unspecified, multicast and reserved ones. The check
// runs just before connect, on the address DNS gave, so redirects and DNS
// rebinding cannot get around it.

var (
	never = cidrs("169.254.0.0/16", "fe80::/10", "fd00:ec2::254/128", "0.0.0.0/8", "192.0.0.0/24",
		"198.18.0.0/15", "240.0.0.0/4", "::/128", "ff00::/8", "224.0.0.0/4")
	lan = cidrs("100.64.0.0/10")
)

func cidrs(list ...string) []*net.IPNet {
	var nets []*net.IPNet
	for _, s := range list {
		_, n, err := net.ParseCIDR(s)
		if err != nil {
			panic(err)
		}
		nets = append(nets, n)
	}
	return nets
}

func inAny(nets []*net.IPNet, ip net.IP) bool {
	for _, n := range nets {
		if n.Contains(ip) {
			return true
		}
	}
	return false
}

// IsPrivate reports whether ip is one the guard refuses by default:
// loopback, RFC 1918/ULA private, link-local (incl. cloud metadata),
// CGNAT 100.64/10, unspecified, multicast and reserved ranges.
func IsPrivate(ip net.IP) bool { return neverAllowed(ip) || isLAN(ip) }

// neverAllowed reports whether no option lets the guard connect to ip.
func neverAllowed(ip net.IP) bool {
	if ip4 := ip.To4(); ip4 != nil {
		ip = ip4
	}
	return ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() || ip.IsInterfaceLocalMulticast() ||
		ip.IsMulticast() || ip.IsUnspecified() || inAny(never, ip)
}

// isLAN reports whether ip is loopback or on a private network.
func isLAN(ip net.IP) bool {
	if ip4 := ip.To4(); ip4 != nil {
		ip = ip4
	}
	return ip.IsLoopback() || ip.IsPrivate() || inAny(lan, ip)
}

// guardedDial returns a dial function that refuses the addresses the guard
// refuses; private ones are admitted when o allows private networks, or
// when the host dialled (by name, before resolution) is except.
func guardedDial(o Options, except string) func(ctx context.Context, network, addr string) (net.Conn, error) {
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		host, _, err := net.SplitHostPort(addr)
		if err != nil {
			return nil, err
		}
		admitLAN := o.AllowPrivateNetworks || (except != "" && strings.EqualFold(host, except))
		d := &net.Dialer{
			Timeout:   10 * time.Second,
			KeepAlive: 30 * time.Second,
			Control: func(_, address string, _ syscall.RawConn) error {
				ipHost, _, err := net.SplitHostPort(address)
				if err != nil {
					return err
				}
				ip := net.ParseIP(ipHost)
				switch {
				case ip == nil, neverAllowed(ip), isLAN(ip) && !admitLAN:
					return fmt.Errorf("%w %s", ErrPrivateAddress, ipHost)
				}
				return nil
			},
		}
		return d.DialContext(ctx, network, addr)
	}
}
