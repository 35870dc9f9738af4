"""A webhook receiver for the tests: answers each path with the statuses it is given in turn
(the last one repeats), checks every call's signature as a real receiver would, and writes one
JSON line per call to a log.

    webhook_receiver.py PORT LOG SECRETS_JSON PLAN_JSON [CERT KEY]

SECRETS_JSON maps a path to its hook's secret; PLAN_JSON maps a path to a list of statuses.
With CERT and KEY it serves HTTPS.
"""

import hashlib
import hmac
import json
import ssl
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port, log_path = int(sys.argv[1]), sys.argv[2]
secrets = json.loads(sys.argv[3])
plan = json.loads(sys.argv[4])
seen = {}
lock = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        stamp = self.headers.get("X-Knownline-Timestamp", "")
        expected = "sha256=" + hmac.new(
            secrets.get(self.path, "").encode(), stamp.encode() + b"." + body, hashlib.sha256
        ).hexdigest()
        signed = hmac.compare_digest(expected, self.headers.get("X-Knownline-Signature", ""))
        with lock:
            n = seen.get(self.path, 0)
            seen[self.path] = n + 1
            statuses = plan.get(self.path, [200])
            status = statuses[min(n, len(statuses) - 1)]
            with open(log_path, "a") as log:
                log.write(json.dumps({
                    "path": self.path,
                    "status": status,
                    "signed": signed,
                    "event": self.headers.get("X-Knownline-Event"),
                    "delivery": self.headers.get("X-Knownline-Delivery"),
                    "content_type": self.headers.get("Content-Type"),
                    "body": json.loads(body or b"null"),
                }) + "\n")
        self.send_response(status)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
if len(sys.argv) > 6:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(sys.argv[5], sys.argv[6])
    server.socket = context.wrap_socket(server.socket, server_side=True)
server.serve_forever()
