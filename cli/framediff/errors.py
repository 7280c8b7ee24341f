"""The project's own exceptions.

The core raises these; only the command layer turns them into exit statuses and
one-line messages on stderr.
"""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    """What each exit status of every command means."""

    OK = 0
    DIFFERENT = 1  # `framediff diff`: the two articles differ (like diff(1))
    FAILURE = 1  # an unexpected failure that is not the user's input
    USAGE = 2  # bad arguments or bad input


class FramediffError(Exception):
    """Base class: something framediff cannot do, with a message for the user."""

    exit_status = ExitStatus.FAILURE


class InputError(FramediffError):
    """An input cannot be read or used: missing, binary, empty, malformed, unreachable."""

    exit_status = ExitStatus.USAGE

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class TooMuchInput(FramediffError):
    """A run over the documented limits of :mod:`framediff.reading.articles` (articles or sentences per run): refused before the work."""

    exit_status = ExitStatus.USAGE


class ModelError(FramediffError):
    """The embedding model cannot be loaded or fails its checksum."""


class ModelChoiceError(ModelError):
    """``--model`` names a model this machine cannot give: not installed, not found, not loadable."""

    exit_status = ExitStatus.USAGE


class MissingExtra(FramediffError):
    """A run needs an optional part of framediff that is not installed (say, the multilingual encoder): the message names
    the command that installs it."""

    exit_status = ExitStatus.USAGE
