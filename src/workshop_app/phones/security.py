"""The small security pieces of the phone server: join codes, signed device ids, CSRF tokens, rate limits.

Everything secret is made per server run with ``os.urandom``/``secrets``; nothing here is stored in
the session file. A device id is random; its cookie carries ``id.signature`` (HMAC-SHA256 with the
run's secret), so a phone cannot pick another phone's id. The CSRF token is derived from the device
id with the same secret and sent twice (cookie readable by the page + ``X-CSRF-Token`` header).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import math
import os
import secrets
import threading
import time
from dataclasses import dataclass

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: read aloud and typed on a phone
CODE_LENGTH = 6


def new_join_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def same_code(given: str, expected: str) -> bool:
    """Compare a join code in constant time (case and surrounding spaces ignored)."""
    return hmac.compare_digest(given.strip().upper().encode("utf-8", "replace"), expected.encode("ascii"))


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


class Signer:
    """Signs and checks device ids with a secret made for this server run."""

    def __init__(self, secret: bytes | None = None):
        self._secret = secret or os.urandom(32)

    def _mac(self, purpose: str, value: str) -> str:
        return _b64(hmac.new(self._secret, f"{purpose}\x1f{value}".encode(), hashlib.sha256).digest())

    def new_device(self) -> tuple[str, str]:
        """A fresh device id and its cookie value."""
        device = _b64(os.urandom(18))
        return device, f"{device}.{self._mac('device', device)}"

    def device_of(self, cookie: str | None) -> str | None:
        """The device id a cookie carries, or None when it is missing, malformed or not signed by us."""
        if not cookie or len(cookie) > 200 or cookie.count(".") != 1:
            return None
        device, mac = cookie.split(".")
        return device if device and hmac.compare_digest(mac, self._mac("device", device)) else None

    def csrf_token(self, device: str) -> str:
        return self._mac("csrf", device)

    def csrf_ok(self, device: str, cookie: str | None, header: str | None) -> bool:
        """Double submit: the cookie and the header agree, and both are this device's token."""
        if not cookie or not header:
            return False
        expected = self.csrf_token(device)
        return hmac.compare_digest(cookie, header) and hmac.compare_digest(header, expected)


@dataclass(frozen=True)
class Rate:
    """A token bucket: ``burst`` requests at once, refilled at ``per_second``."""

    burst: float
    per_second: float


class RateLimiter:
    """Token buckets by key (a device, an address); thread-safe, bounded in memory."""

    MAX_KEYS = 20_000

    def __init__(self, rate: Rate, clock=time.monotonic):
        self.rate = rate
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, at)
        self._lock = threading.Lock()

    def take(self, key: str) -> float:
        """0 when a request may go ahead (one token taken), else the seconds to wait for a token."""
        now = self._clock()
        with self._lock:
            tokens, at = self._buckets.get(key, (self.rate.burst, now))
            tokens = min(self.rate.burst, tokens + (now - at) * self.rate.per_second)
            if tokens >= 1:
                self._buckets[key] = (tokens - 1, now)
                if len(self._buckets) > self.MAX_KEYS:
                    self._forget_full(now)
                return 0.0
            self._buckets[key] = (tokens, now)
            return (1 - tokens) / self.rate.per_second

    def _forget_full(self, now: float) -> None:
        """Drop the buckets that have refilled (they hold nothing a new bucket would not)."""
        full = [k for k, (t, at) in self._buckets.items()
                if t + (now - at) * self.rate.per_second >= self.rate.burst]
        for key in full:
            del self._buckets[key]


def retry_after(seconds: float) -> str:
    return str(max(1, math.ceil(seconds)))
