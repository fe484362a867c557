"""Readiness probes for the local servers, standard library only.

    python3 probe.py kafka HOST:PORT   broker answers a Metadata request and lists itself
    python3 probe.py mongo HOST:PORT   server answers a wire-protocol `hello` with ok: 1
    python3 probe.py http URL          any HTTP response (S3 answers 403 without credentials)
    python3 probe.py http200 URL       an HTTP 200 response

Exit status 0 when ready, 1 otherwise (the reason goes to stderr).
"""

import socket
import struct
import sys
import urllib.error
import urllib.request

TIMEOUT = 3.0


def _addr(hostport: str) -> tuple[str, int]:
    host, _, port = hostport.rpartition(":")
    return host, int(port)


def _recv_exact(sock: socket.socket, size: int) -> bytes:
    buf = b""
    while len(buf) < size:
        chunk = sock.recv(size - len(buf))
        if not chunk:
            raise ConnectionError("connection closed early")
        buf += chunk
    return buf


def kafka(hostport: str) -> None:
    """Metadata v4 (no topics): ready once the broker lists at least one broker."""
    client_id = b"pp-probe"
    header = struct.pack(">hhih", 3, 4, 7, len(client_id)) + client_id
    body = struct.pack(">ib", 0, 0)  # topics: empty array; allow_auto_topic_creation: false
    request = header + body
    with socket.create_connection(_addr(hostport), timeout=TIMEOUT) as sock:
        sock.sendall(struct.pack(">i", len(request)) + request)
        size = struct.unpack(">i", _recv_exact(sock, 4))[0]
        resp = _recv_exact(sock, size)
    correlation_id, _throttle, brokers = struct.unpack(">iii", resp[:12])
    if correlation_id != 7:
        raise RuntimeError(f"unexpected correlation id {correlation_id}")
    if brokers < 1:
        raise RuntimeError("broker answered but lists no broker yet")


def _bson_hello() -> bytes:
    elements = b"\x10hello\x00" + struct.pack("<i", 1)
    elements += b"\x02$db\x00" + struct.pack("<i", 6) + b"admin\x00"
    return struct.pack("<i", 4 + len(elements) + 1) + elements + b"\x00"


def mongo(hostport: str) -> None:
    """OP_MSG hello on the admin database; the reply document must hold ok: 1.0."""
    doc = _bson_hello()
    payload = struct.pack("<I", 0) + b"\x00" + doc  # flagBits, section kind 0, body
    header = struct.pack("<iiii", 16 + len(payload), 1, 0, 2013)  # OP_MSG
    with socket.create_connection(_addr(hostport), timeout=TIMEOUT) as sock:
        sock.sendall(header + payload)
        size = struct.unpack("<i", _recv_exact(sock, 4))[0]
        resp = _recv_exact(sock, size - 4)
    if struct.unpack("<i", resp[8:12])[0] != 2013:
        raise RuntimeError("reply is not OP_MSG")
    if b"\x01ok\x00" + struct.pack("<d", 1.0) not in resp:
        raise RuntimeError("reply has no ok: 1.0")


def http(url: str, need_200: bool = False) -> None:
    # No proxy: the servers are on loopback, whatever *_proxy variables say.
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(url, timeout=TIMEOUT) as resp:
            status = resp.status
    except urllib.error.HTTPError as err:
        status = err.code
    if need_200 and status != 200:
        raise RuntimeError(f"HTTP {status}")


def main() -> int:
    kind, target = sys.argv[1], sys.argv[2]
    checks = {
        "kafka": kafka,
        "mongo": mongo,
        "http": http,
        "http200": lambda url: http(url, need_200=True),
    }
    try:
        checks[kind](target)
    except Exception as err:  # noqa: BLE001 - any failure means "not ready"
        print(f"{kind} {target}: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
