#!/usr/bin/env python3
"""Hostile clients for bench/faults.sh, on the loopback only, bounded in count and time.

  hostile.py flood PORT COUNT   COUNT requests a log could grow with (long unknown addresses, refused methods,
                                malformed and over-long queries, too many parameters, oversized headers), over
                                keep-alive connections; prints "requests N statuses S max_ms M".
  hostile.py slow PORT SOCKETS SECONDS
                                SOCKETS connections that send a header line every 5 s and never finish; meanwhile a
                                normal request each 0.5 s. Prints the normal requests' line as above, and how many slow
                                sockets the server closed and the longest one stayed open.
"""
import collections
import http.client
import socket
import sys
import time

HOST = "127.0.0.1"

LONG = "x" * 7900
HOSTILE = [
    ("GET", "/claims-" + LONG, {}),
    ("GET", "/claims/" + LONG, {}),
    ("TRACE", "/api/v1/claims", {}),
    ("DELETE", "/claims/putin-calls-for-separate-drone-forces", {}),
    ("PROPFIND", "/", {}),
    ("GET", "/search?q=%zz%" + "%E0%A4%A" * 10, {}),
    ("GET", "/api/v1/search?q=drone&size=-1", {}),
    ("GET", "/api/v1/claims?page=2147483648", {}),
    ("GET", "/api/v1/claims?" + "&".join(f"p{i}=1" for i in range(70)), {}),
    ("GET", "/search?q=" + "a" * 4000, {}),
    ("GET", "/topics/%00", {}),
    ("GET", "/../../etc/passwd", {}),
    ("GET", "/", {"X-Big": "y" * 9000}),
    ("GET", "/error", {}),
    ("GET", "/api/v1/nothing-here", {"Accept": "text/html"}),
]


def request(connection, method, path, headers):
    connection.request(method, path, headers=headers)
    response = connection.getresponse()
    response.read()
    return response.status, response.getheader("Connection", "") == "close"


def report(statuses, slowest):
    counts = " ".join(f"{status}={count}" for status, count in sorted(statuses.items()))
    print(f"requests {sum(statuses.values())} statuses {counts} max_ms {slowest * 1000:.0f}")


def flood(port, count):
    statuses = collections.Counter()
    slowest = 0.0
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    for n in range(count):
        method, path, headers = HOSTILE[n % len(HOSTILE)]
        started = time.monotonic()
        try:
            status, closed = request(connection, method, path, headers)
        except (OSError, http.client.HTTPException):
            status, closed = "closed", True
        slowest = max(slowest, time.monotonic() - started)
        statuses[status] += 1
        if closed:
            connection.close()
            connection = http.client.HTTPConnection(HOST, port, timeout=30)
    connection.close()
    report(statuses, slowest)


def slow(port, sockets, seconds):
    opened = []
    for n in range(sockets):
        s = socket.create_connection((HOST, port), timeout=5)
        s.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        opened.append((s, time.monotonic()))
    closed_after = {}
    statuses = collections.Counter()
    slowest = 0.0
    deadline = time.monotonic() + seconds
    next_line = time.monotonic() + 5
    while time.monotonic() < deadline and len(closed_after) < len(opened):
        started = time.monotonic()
        try:
            connection = http.client.HTTPConnection(HOST, port, timeout=30)
            status, _ = request(connection, "GET", "/about", {})
            connection.close()
        except (OSError, http.client.HTTPException):
            status = "failed"
        slowest = max(slowest, time.monotonic() - started)
        statuses[status] += 1
        if time.monotonic() >= next_line:
            next_line += 5
            for index, (s, since) in enumerate(opened):
                if index in closed_after:
                    continue
                try:
                    s.sendall(b"X-Slow: 1\r\n")
                    s.setblocking(False)
                    try:
                        s.recv(1)  # an answer (408, 400) or the end of the stream: the server has let go
                        raise ConnectionResetError()
                    except BlockingIOError:
                        pass
                    finally:
                        s.setblocking(True)
                except OSError:
                    closed_after[index] = time.monotonic() - since
        time.sleep(0.5)
    for s, _ in opened:
        s.close()
    report(statuses, slowest)
    longest = max(closed_after.values()) if closed_after else 0
    print(f"slow sockets {len(opened)} closed by the server {len(closed_after)} longest open {longest:.0f} s")


if __name__ == "__main__":
    if sys.argv[1] == "flood":
        flood(int(sys.argv[2]), int(sys.argv[3]))
    elif sys.argv[1] == "slow":
        slow(int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
    else:
        sys.exit(__doc__)
