"""English templates of phones/ and ``workshop-app serve``: the facilitator's side of the phone server.

What a phone reads when the server refuses a request (``phone.*``) is in ``phones/messages.py``,
in the six languages of the phone page.
"""

ENGLISH: dict[str, str] = {
    "phones.cannot_listen": "The phone server cannot listen on {host}:{port} ({reason}).",
    "phones.failed_to_start": "The phone server stopped as it started; see the log.",
    "phones.stopped": "The phone server stopped unexpectedly; see the log.",
    "phones.not_an_address": "“{host}” is not an IP address: give the address of one network interface.",
    "phones.every_network": "{host} would listen on every network: give the address of one interface.",
    "phones.bad_registration": "Registration must be one of {choices}, not “{mode}”.",
    "phones.no_question": "There is no question {question} in this session.",
    "phones.no_session": "There is no session {session} in {name}.",
    "phones.no_session_yet": "{name} holds no session yet: there is nothing to answer.",
    "phones.several_sessions": "{name} holds {count} sessions: say which one with --session.",
    "phones.no_private_address": ("This computer has no private network address (192.168.x.y, 10.x.y.z, "
                                  "172.16-31.x.y): join the room's Wi-Fi or start a hotspot, or give one with --host."),
    "phones.several_addresses": ("This computer has several private addresses: {addresses}. "
                                 "Give the one of the room's network with --host."),
}
