"""What a virtual user's browser does over HTTP: keep its cookies, time each request, and fill in
a form from the page's HTML as a person submitting it unchanged would.

The server is reached as behind the TLS proxy of a production setup (``X-Forwarded-Proto:
https``, which the production settings trust): its cookies are Secure, so this jar keeps them
whatever the scheme, and a POST carries the Origin and Referer a browser sends.
"""

import http.client
import json
import secrets
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urlsplit

REQUEST_TIMEOUT_S = 120
USER_AGENT = "kb-bench-load/1 (virtual user)"


class DeadlineReached(Exception):
    """The run is over: no new request starts."""


@dataclass
class Response:
    status: int  # 0 when the connection failed
    headers: dict
    body: bytes
    error: str = ""

    @property
    def text(self):
        return self.body.decode("utf-8", errors="replace")

    @property
    def location(self):
        """Where a redirect leads, as a path on this server."""
        parts = urlsplit(self.headers.get("location", ""))
        return (parts.path + (f"?{parts.query}" if parts.query else "")) or None


@dataclass
class Record:
    kind: str
    status: int
    ms: float
    started: float  # seconds since the run started
    error: str = ""
    fallback: bool = False
    unexpected: bool = False


class Browser:
    """One virtual user's browser: its own cookies and its own list of timed requests."""

    def __init__(self, host, port, started_at, deadline=None):
        self.host, self.port = host, port
        self.origin = f"https://{host}:{port}"
        self.started_at, self.deadline = started_at, deadline
        self.cookies = {}
        self.records = []

    def get(self, kind, path, expect=200):
        return self.request(kind, "GET", path, expect=expect)

    def post(self, kind, path, fields, multipart=False, expect=302):
        if multipart:
            body, content_type = encode_multipart(fields)
        else:
            body, content_type = urlencode(fields).encode(), "application/x-www-form-urlencoded"
        headers = {
            "Content-Type": content_type,
            "Origin": self.origin,
            "Referer": f"{self.origin}{path}",
        }
        return self.request(kind, "POST", path, body, headers, expect)

    def request(self, kind, method, path, body=None, headers=None, expect=200):
        """Send one request and record it; ``expect`` is the status of success."""
        now = time.monotonic()
        if self.deadline is not None and now >= self.deadline:
            raise DeadlineReached
        all_headers = {
            "Host": f"{self.host}:{self.port}",
            "User-Agent": USER_AGENT,
            "X-Forwarded-Proto": "https",
            "Accept-Language": "id",
            **(headers or {}),
        }
        if self.cookies:
            all_headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        started = time.perf_counter()
        connection = http.client.HTTPConnection(self.host, self.port, timeout=REQUEST_TIMEOUT_S)
        try:
            connection.request(method, path, body=body, headers=all_headers)
            raw = connection.getresponse()
            response = Response(raw.status, {k.lower(): v for k, v in raw.getheaders()}, raw.read())
            self._keep_cookies(raw.headers.get_all("Set-Cookie") or [])
        except (OSError, http.client.HTTPException) as error:
            response = Response(0, {}, b"", error=f"{type(error).__name__}: {error}")
        finally:
            connection.close()
        self.records.append(
            Record(
                kind=kind,
                status=response.status,
                ms=(time.perf_counter() - started) * 1000,
                started=now - self.started_at,
                error=response.error,
                unexpected=0 < response.status < 500 and response.status != expect,
            )
        )
        return response

    def _keep_cookies(self, headers):
        for header in headers:
            cookie = SimpleCookie()
            cookie.load(header)
            for name, morsel in cookie.items():
                if morsel["max-age"] == "0" or morsel.value == "":
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value


def encode_multipart(fields):
    boundary = f"----kbbenchload{secrets.token_hex(12)}"
    parts = []
    for name, value in fields:
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
        )
    parts.append(f"--{boundary}--\r\n")
    return "".join(parts).encode(), f"multipart/form-data; boundary={boundary}"


class UnsupportedForm(Exception):
    """The form holds something this browser cannot fill in without running the page's code."""


class FormReader(HTMLParser):
    """The fields a browser submits from the form whose action contains ``action``: every named
    input, select and textarea with its current value, as written in the HTML.

    Formsets' blank forms (inside ``<template>``) are left out, as a browser leaves them.
    Wagtail's StreamFields are drawn by its JavaScript from the state in
    ``data-w-block-arguments-value``; the fields that code would create are added here.
    """

    def __init__(self, action):
        super().__init__(convert_charrefs=True)
        self.wanted = action
        self.found = self.inside = False
        self.action = self.enctype = ""
        self.templates = 0
        self.fields = []
        self._select = None  # [name, multiple, [(value, selected)]]
        self._option = None  # [value or None, selected, text parts]
        self._textarea = None  # [name, text parts]

    @classmethod
    def read(cls, html, action):
        reader = cls(action)
        reader.feed(html)
        reader.close()
        if not reader.found:
            raise UnsupportedForm(f"no form posting to {action!r} on the page")
        return reader

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.inside = self.wanted in (a.get("action") or "")
            if self.inside:
                self.found = True
                self.action = a["action"]
                self.enctype = a.get("enctype") or ""
            return
        if not self.inside:
            return
        if tag == "template":
            self.templates += 1
        if self.templates:
            return
        if "data-w-block-arguments-value" in a:
            self._stream_field(a["id"], json.loads(a["data-w-block-arguments-value"])[0])
        elif tag == "input":
            self._input(a)
        elif tag == "select" and a.get("name") and "disabled" not in a:
            self._select = [a["name"], "multiple" in a, []]
        elif tag == "option" and self._select is not None:
            self._end_option()
            self._option = [a.get("value"), "selected" in a, []]
        elif tag == "textarea" and a.get("name") and "disabled" not in a:
            self._textarea = [a["name"], []]

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif not self.inside:
            return
        elif tag == "template":
            self.templates -= 1
        elif self.templates:
            return
        elif tag == "option":
            self._end_option()
        elif tag == "select" and self._select is not None:
            self._end_select()
        elif tag == "textarea" and self._textarea is not None:
            name, parts = self._textarea
            text = "".join(parts)
            # A browser drops the newline that follows the opening tag.
            self.fields.append((name, text[1:] if text.startswith("\n") else text))
            self._textarea = None

    def handle_data(self, data):
        if self._option is not None:
            self._option[2].append(data)
        elif self._textarea is not None:
            self._textarea[1].append(data)

    def _input(self, a):
        name, kind = a.get("name"), (a.get("type") or "text").lower()
        if not name or "disabled" in a or kind in ("submit", "button", "reset", "image", "file"):
            return
        if kind in ("checkbox", "radio"):
            if "checked" in a:
                self.fields.append((name, a.get("value") or "on"))
        else:
            self.fields.append((name, a.get("value") or ""))

    def _end_option(self):
        if self._option is not None:
            value, selected, text = self._option
            self._select[2].append(
                (value if value is not None else "".join(text).strip(), selected)
            )
            self._option = None

    def _end_select(self):
        self._end_option()
        name, multiple, options = self._select
        chosen = [value for value, selected in options if selected]
        if not chosen and not multiple and options:
            chosen = [options[0][0]]  # a single select submits its first option by default
        self.fields.extend((name, value) for value in chosen)
        self._select = None

    def _stream_field(self, prefix, children):
        self.fields.append((f"{prefix}-count", str(len(children))))
        for i, child in enumerate(children):
            if not isinstance(child.get("value"), str):
                raise UnsupportedForm(f"{prefix}: a {child.get('type')!r} block is not plain")
            self.fields += [
                (f"{prefix}-{i}-deleted", ""),
                (f"{prefix}-{i}-order", str(i)),
                (f"{prefix}-{i}-type", child["type"]),
                (f"{prefix}-{i}-id", child.get("id") or ""),
                (f"{prefix}-{i}-value", child["value"]),
            ]

    def replace(self, name, value):
        """Set the single field ``name`` to ``value``."""
        values = [v for n, v in self.fields if n == name]
        if len(values) != 1:
            raise UnsupportedForm(f"the form has {len(values)} fields named {name!r}")
        self.fields = [(n, value if n == name else v) for n, v in self.fields]
        return values[0]
