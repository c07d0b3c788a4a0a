"""Errors raised by the tracker services.

TrackerError
 ├── PermissionDenied   the acting user may not do or see this
 ├── NotFound           no such user, team, session, …
 └── InvalidInput       bad value from the caller (duplicate username, weak password, bad date, …)

Every message is one sentence fit to show to the user as is.
"""

from __future__ import annotations


class TrackerError(Exception):
    """Base of every error the tracker services raise on purpose."""


class PermissionDenied(TrackerError):
    """The acting user is not allowed to read or change this data."""


class NotFound(TrackerError):
    """The requested record does not exist."""


class InvalidInput(TrackerError):
    """The caller supplied a value the tracker refuses."""
