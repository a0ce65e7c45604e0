"""The small security parts on their own: the rate limiter's refill, the signer, the server's life."""

from __future__ import annotations

import httpx
import pytest

from workshop_app.phones.security import Rate, RateLimiter, Signer, new_join_code, retry_after


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_bucket_allows_its_burst_then_refills_at_its_rate():
    clock = Clock()
    limiter = RateLimiter(Rate(burst=3, per_second=2), clock=clock)
    assert [limiter.take("a") for _ in range(3)] == [0, 0, 0]
    wait = limiter.take("a")
    assert wait == pytest.approx(0.5) and retry_after(wait) == "1"
    assert limiter.take("b") == 0  # another key has its own bucket
    clock.now += 0.5
    assert limiter.take("a") == 0 and limiter.take("a") > 0
    clock.now += 60
    assert [limiter.take("a") for _ in range(4)][:3] == [0, 0, 0]  # refilled to the burst, no more


def test_the_limiter_forgets_full_buckets_when_it_holds_too_many():
    clock = Clock()
    limiter = RateLimiter(Rate(burst=2, per_second=1), clock=clock)
    limiter.MAX_KEYS = 10
    for i in range(10):
        limiter.take(f"k{i}")
    clock.now += 5
    limiter.take("new")
    assert len(limiter._buckets) == 1  # every old bucket had refilled


def test_device_cookies_are_signed_by_this_run_only():
    signer, other = Signer(), Signer()
    device, cookie = signer.new_device()
    assert signer.device_of(cookie) == device
    assert other.device_of(cookie) is None  # a restarted server does not trust an old cookie
    body, mac = cookie.split(".")
    tampered = body[:-1] + ("B" if body[-1] == "A" else "A")
    assert signer.device_of(f"{tampered}.{mac}") is None
    assert signer.device_of(f"{body}.{mac[:-2]}") is None
    for junk in (None, "", ".", "a.b.c", "x" * 500):
        assert signer.device_of(junk) is None
    token = signer.csrf_token(device)
    assert signer.csrf_ok(device, token, token)
    assert not signer.csrf_ok(device, token, token + "x") and not signer.csrf_ok(device, None, token)
    assert not other.csrf_ok(device, token, token)


def test_join_codes_are_short_and_unambiguous():
    codes = {new_join_code() for _ in range(200)}
    assert len(codes) == 200
    assert all(len(c) == 6 and not set(c) & set("0O1IL") for c in codes)


def test_stop_closes_the_port_and_a_server_can_start_again(served):
    url = served.server.url
    assert httpx.get(url, trust_env=False).status_code == 200
    served.server.stop()
    assert not served.server.running
    with pytest.raises(httpx.ConnectError):
        httpx.get(url, timeout=5, trust_env=False)
    from workshop_app.phones import PhoneServer

    again = PhoneServer(served.service, host="127.0.0.1", port=served.server.port)  # the same port is free
    again.start()
    try:
        assert httpx.get(again.url, trust_env=False).status_code == 200
        assert httpx.get(url, trust_env=False).status_code == 404  # the old code means nothing to the new server
    finally:
        again.stop()
