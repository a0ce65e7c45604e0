"""Phones: the local web server participants answer from (issue 13, DESIGN §7 and §9).

A floor above ``services/`` (like ``cli/``): every write goes through the session service with
origin ``"phone"``; it never imports Qt, ``ui/`` or ``cli/``, and nothing below imports it.
:class:`~.server.PhoneServer` runs a Starlette app (:func:`.app.make_app`) on plain uvicorn in a
daemon thread, bound to the one address it is given.
"""

from .server import PhoneServer, PhoneStats

__all__ = ["PhoneServer", "PhoneStats"]
