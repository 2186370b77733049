"""A loopback OTLP/HTTP receiver for tests: records the raw bytes of each request as they came off the wire."""

from __future__ import annotations

import gzip
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, HTTPServer
from types import TracebackType
from typing import Any

from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest, ExportLogsServiceResponse
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (
    ExportTraceServiceRequest,
    ExportTraceServiceResponse,
)


@dataclass(frozen=True)
class Received:
    path: str
    content_type: str
    content_encoding: str
    body: bytes  # as sent: decompressed only when the request said it was compressed

    @property
    def payload(self) -> bytes:
        return gzip.decompress(self.body) if self.content_encoding == "gzip" else self.body


class OtlpReceiver:
    """``with OtlpReceiver() as rx:`` serves OTLP/HTTP on 127.0.0.1 (a free port) in a thread; `rx.requests`."""

    def __init__(self) -> None:
        self.requests: list[Received] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # the name http.server dispatches to
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                receiver.requests.append(
                    Received(
                        self.path,
                        self.headers.get("Content-Type", ""),
                        self.headers.get("Content-Encoding", ""),
                        body,
                    )
                )
                response = ExportLogsServiceResponse() if self.path.endswith("/logs") else ExportTraceServiceResponse()
                data = response.SerializeToString()
                self.send_response(200)
                self.send_header("Content-Type", "application/x-protobuf")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:  # the base class's argument name
                return None  # no access log on stderr

        self._server = HTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, name="otlp-receiver", daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def traces(self) -> list[ExportTraceServiceRequest]:
        return [ExportTraceServiceRequest.FromString(r.payload) for r in self.requests if r.path == "/v1/traces"]

    def logs(self) -> list[ExportLogsServiceRequest]:
        return [ExportLogsServiceRequest.FromString(r.payload) for r in self.requests if r.path == "/v1/logs"]

    def __enter__(self) -> OtlpReceiver:
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
