"""The laptop's private IPv4 addresses (RFC 1918), found without sending any packet.

On Linux each interface is asked for its address with an ``ioctl`` on an unconnected UDP socket
(nothing is sent). Elsewhere the host's own name is resolved, which the system answers locally.
No "connect a UDP socket to a public address" trick: a workplace may flag any such packet.
"""

from __future__ import annotations

import ipaddress
import socket
import struct
import sys

PRIVATE = tuple(ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"))
SIOCGIFADDR = 0x8915


def is_private(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return ip.version == 4 and any(ip in net for net in PRIVATE)


def private_addresses() -> list[tuple[str, str]]:
    """``(interface, address)`` for each private IPv4 address of this machine, without traffic."""
    found = _linux_addresses() if sys.platform.startswith("linux") else _resolved_addresses()
    seen: set[str] = set()
    out = []
    for name, address in found:
        if is_private(address) and address not in seen:
            seen.add(address)
            out.append((name, address))
    return out


def _linux_addresses() -> list[tuple[str, str]]:
    import fcntl

    out = []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:  # never connected, never sends
        for _index, name in socket.if_nameindex():
            request = struct.pack("256s", name.encode()[:15])
            try:
                reply = fcntl.ioctl(probe.fileno(), SIOCGIFADDR, request)
            except OSError:  # no IPv4 address on this interface
                continue
            out.append((name, socket.inet_ntoa(reply[20:24])))
    return out


def _resolved_addresses() -> list[tuple[str, str]]:
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET, socket.SOCK_STREAM)
    except OSError:
        return []
    return [("", info[4][0]) for info in infos]
