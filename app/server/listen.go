package server

import (
	"log"
	"net"
	"net/http"
	"time"
)

// DefaultAddr is the address the local preview server listens on by default:
// loopback only, so the preview is never exposed to the network.
const DefaultAddr = "127.0.0.1:8080"

// ListenAndServe serves the site in the directory root under the URL path
// prefix on the TCP address addr (DefaultAddr when empty) with New, and logs
// "serving <root> at http://<addr><prefix>" once the port is open (with the
// real port when addr asks for port 0). It returns only on error.
func ListenAndServe(addr, root, prefix string) error {
	if addr == "" {
		addr = DefaultAddr
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	prefix = CleanPrefix(prefix)
	log.Printf("serving %s at http://%s%s", root, ln.Addr(), prefix)
	srv := &http.Server{
		Handler:           New(root, prefix),
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	return srv.Serve(ln)
}
