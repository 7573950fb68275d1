"""Exceptions raised by convo. User input problems are ``ValueError``; domain failures are ``ConvoError``."""

from __future__ import annotations


class ConvoError(Exception):
    """Base class of convo's domain errors; the CLI prints these without a traceback."""


class InputError(ConvoError):
    """An input (file, transcript, manifest row) cannot be used; becomes an error row."""


class DecodeError(InputError):
    """An audio file cannot be decoded."""


class TranscriptError(InputError):
    """A transcript file is malformed or violates the transcript schema."""


class ModelNotFoundError(ConvoError):
    """No ASR or text model resolves from the given name."""


class MissingExtraError(ConvoError, ImportError):
    """An optional dependency is missing; the message names the extra to install."""


class RunDirError(ConvoError):
    """The output directory holds a run made with other options."""


class TopicsError(ConvoError):
    """Topics cannot be fitted or updated from the given data (no embeddings, wrong dimension, too few points)."""
