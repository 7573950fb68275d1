"""Dialogue markers per utterance: greetings, apologies, holds, transfers, repeats, closings …

Markers are the explainable acts that the Customer Effort model counts (apologies, hold and
transfer announcements, the customer repeating information, manager requests, time to the first
resolution confirmation) and that QA audits of agents check (greeting, identity verification,
empathy, closing). Each marker is a list of curated phrase patterns (regular expressions over a
normalised lower-case form of the text, so punctuated chat and lower-case ASR text without
punctuation look the same) kept in ``models/markers/patterns.yaml``, where an organisation can
extend them. Which side may carry a marker is part of its definition: an apology is an agent
act, a manager request a customer act, a resolution confirmation either.

``customer_repeat`` adds two checks to its phrases ("as I said", "again, my number is …"): the
customer giving an identifier (a number, code or redacted value) they already gave, and a
near-duplicate of one of their earlier utterances (content-word overlap, plus embedding cosine
when sentence embeddings are given), counted only when an agent spoke in between. Cosine alone
is not trusted below 0.88: in MiniLM space "balance of my savings account" and "balance of my
checking account" score 0.84, while real paraphrased repeats score 0.6-0.8 and are caught by
shared content words instead.

Pure Python and NumPy; the per-utterance pattern results are cached, so repeated short
utterances ("okay", "thank you") cost one dictionary look-up.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

logger = logging.getLogger(__name__)

MARKERS: tuple[str, ...] = ("greeting", "identity_verification", "apology", "empathy", "hold_announcement",
                            "transfer_announcement", "customer_repeat", "manager_request", "resolution_confirmation",
                            "closing")
ROLES: tuple[str, ...] = ("agent", "customer", "unknown")
SIDES: tuple[str, ...] = ("agent", "customer")
KINDS: tuple[str, ...] = ("any", "opening", "ending", "exclude")  # pattern lists of one side of a marker
PATTERNS_FILE = "patterns.yaml"
_CACHE_MAX = 50_000

_PLACEHOLDER = re.compile(r"\[([a-z][a-z0-9_ ]{0,30})\]")
_URL_OR_MENTION = re.compile(r"https?://\S+|www\.\S+|@\w+")
_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc`\u00b4]")
_NON_WORD = re.compile(r"[^a-z0-9_]+")
_SPELLED_RUN = re.compile(r"(?<![a-z0-9_])(?:[a-z0-9] ){2,}[a-z0-9](?![a-z0-9_])")
_VOCAB_REF = re.compile(r"\{([a-z_]+)\}")
_NEGATORS = frozenset("not no never couldnt cant cannot unable wasnt isnt hasnt havent didnt wont werent arent "
                      "dont doesnt failed".split())
_STOPWORDS = frozenset("""
a an the and or but so if then than that this these those it its is are was were be been being am
i im ive id ill me my mine we were weve our us you youre youve your yours he she they them their his her
to of in on at for from with by about as into over up down out off
do does did done have has had having can could would should will shall may might must
what which who whom whose when where why how
not no yes yeah yep ok okay right sure well oh um uh er erm hmm like just really very also too
please thanks thank hi hello hey there here now still again already
get got go going want wanted need needed know think see let make made tell told say said
one some any all more much many
thats whats lets dont cant isnt wasnt didnt doesnt wont theres heres its
sounds sound good great perfect fine nice cool awesome works work lovely brilliant
other another else something anything find check try can could also actually instead maybe
""".split())


@dataclass(frozen=True)
class RepeatOptions:
    """How ``customer_repeat`` finds near-duplicates of the customer's earlier utterances.

    Attributes:
        min_tokens: content words both utterances need before they are compared.
        min_shared: content words they must share (token-overlap path).
        min_overlap: shared words over the shorter utterance's words (token-overlap path).
        min_cosine: embedding cosine similarity that alone makes a repeat (when embeddings are given).
        agent_between: count a repeat only when an agent utterance lies between the two.
        id_min_digits: a token with at least this many digits is an identifier.
        id_placeholders: redaction placeholder types that count as identifiers when given again.
    """

    min_tokens: int = 3
    min_shared: int = 4
    min_overlap: float = 0.7
    min_cosine: float = 0.88
    agent_between: bool = True
    id_min_digits: int = 4
    id_placeholders: tuple[str, ...] = ("phone", "email", "card_number", "bank_account", "iban", "ssn",
                                        "ni_number", "postcode", "dob", "sort_code")


@dataclass(frozen=True)
class _Rules:
    any: re.Pattern[str] | None = None
    opening: re.Pattern[str] | None = None
    ending: re.Pattern[str] | None = None
    exclude: re.Pattern[str] | None = None


@dataclass
class MarkerPatterns:
    """Compiled marker patterns (see ``models/markers/patterns.yaml`` for the format).

    Example:
        >>> patterns = MarkerPatterns.from_yaml(default_patterns_path())
        >>> sorted(patterns.rules["apology"])
        ['agent']
    """

    rules: dict[str, dict[str, _Rules]]
    negation_guard: frozenset[str] = frozenset()
    opening_turns: int = 3
    ending_turns: int = 2
    repeat: RepeatOptions = field(default_factory=RepeatOptions)
    source: str = ""
    _cache: dict[tuple[str, str, bool, bool], tuple[str, ...]] = field(default_factory=dict, repr=False)

    @classmethod
    def from_yaml(cls, path: str | Path) -> "MarkerPatterns":
        """Read and compile a patterns file; errors name the marker and the bad pattern."""
        import yaml

        path = Path(path)
        with path.open(encoding="utf-8") as fh:
            config = yaml.safe_load(fh) or {}
        return cls.from_config(config, source=str(path))

    @classmethod
    def from_config(cls, config: dict[str, Any], *, source: str = "<dict>") -> "MarkerPatterns":
        """Compile an already-parsed patterns mapping (the YAML file's structure)."""
        vocab = {k: _fold(v) for k, v in (config.get("vocab") or {}).items()}
        unknown = set(config.get("markers") or {}) - set(MARKERS)
        if unknown:
            raise ValueError(f"unknown markers {sorted(unknown)} in {source}; expected some of: {', '.join(MARKERS)}")
        rules: dict[str, dict[str, _Rules]] = {}
        guarded = set()
        for marker, spec in (config.get("markers") or {}).items():
            spec = spec or {}
            if spec.get("negation_guard"):
                guarded.add(marker)
            rules[marker] = {side: _compile_side(spec[side] or {}, vocab, f"{source}: {marker}.{side}")
                             for side in SIDES if side in spec}
        repeat = RepeatOptions(**{k: tuple(v) if isinstance(v, list) else v
                                  for k, v in (config.get("customer_repeat_similarity") or {}).items()})
        return cls(rules=rules, negation_guard=frozenset(guarded), opening_turns=int(config.get("opening_turns", 3)),
                   ending_turns=int(config.get("ending_turns", 2)), repeat=repeat, source=source)

    def markers(self, norm: str, side: str, *, opening: bool = False, ending: bool = False) -> tuple[str, ...]:
        """Markers whose ``side`` patterns match the normalised utterance ``norm``.

        ``opening`` / ``ending``: whether the utterance lies in its speaker's opening or ending
        window (ending patterns never count inside the opening window).
        """
        key = (norm, side, opening, ending and not opening)
        found = self._cache.get(key)
        if found is None:
            found = tuple(m for m in MARKERS if self._fires(m, norm, side, key[2], key[3]))
            if len(self._cache) >= _CACHE_MAX:
                self._cache.clear()
            self._cache[key] = found
        return found

    def _fires(self, marker: str, norm: str, side: str, opening: bool, ending: bool) -> bool:
        rules = self.rules.get(marker, {}).get(side)
        if rules is None:
            return False
        guard = marker in self.negation_guard
        wanted = ((rules.any, True), (rules.opening, opening), (rules.ending, ending))
        if not any(p is not None and on and _matches(p, norm, guard) for p, on in wanted):
            return False
        return rules.exclude is None or rules.exclude.search(norm) is None


def _fold(value: Any) -> str:
    """A vocab entry: YAML folded text → one alternation without whitespace around the bars."""
    return "|".join(part.strip() for part in str(value).split("|") if part.strip())


def _compile_side(spec: dict[str, Any], vocab: dict[str, str], where: str) -> _Rules:
    compiled: dict[str, re.Pattern[str] | None] = {}
    for kind in KINDS:
        items = spec.get(kind) or []
        if not isinstance(items, list) or not all(isinstance(p, str) for p in items):
            raise ValueError(f"{where}.{kind} must be a list of pattern strings, got {items!r}")
        if not items:
            compiled[kind] = None
            continue
        expanded = []
        for item in items:
            text = _VOCAB_REF.sub(lambda m: _vocab(vocab, m.group(1), where), item)
            try:
                re.compile(text)
            except re.error as exc:
                raise ValueError(f"{where}.{kind}: invalid pattern {item!r}: {exc}") from None
            expanded.append(f"(?:{text})")
        compiled[kind] = re.compile("|".join(expanded))
    return _Rules(**compiled)


def _vocab(vocab: dict[str, str], name: str, where: str) -> str:
    if name not in vocab:
        known = ", ".join(sorted(vocab)) or "nothing"
        raise ValueError(f"{where}: pattern uses {{{name}}} but vocab has only: {known}")
    return f"(?:{vocab[name]})"


def _matches(pattern: re.Pattern[str], norm: str, negation_guard: bool) -> bool:
    if not negation_guard:
        return pattern.search(norm) is not None
    for match in pattern.finditer(norm):
        before = norm[:match.start()].split()[-4:]
        if not _NEGATORS.intersection(before):
            return True
    return False


def normalise(text: str) -> str:
    """The form patterns are matched against: lower case, no apostrophes or punctuation, placeholders as tokens.

    Example:
        >>> normalise("Sorry, that's [CARD_NUMBER]? It's 4 4 7 1!")
        ' sorry thats _card_number_ its 4471 '
    """
    text = _URL_OR_MENTION.sub(" ", text.lower())
    text = _PLACEHOLDER.sub(lambda m: " _" + m.group(1).strip().replace(" ", "_") + "_ ", text)
    text = _NON_WORD.sub(" ", _APOSTROPHES.sub("", text))
    text = _SPELLED_RUN.sub(_join_spelled, text)
    return " " + " ".join(text.split()) + " "


def _join_spelled(match: re.Match[str]) -> str:
    """"4 4 7 1" and "k t 7 q" (spelled-out codes) become one token; plain letter runs stay."""
    run = match.group(0)
    return run.replace(" ", "") if any(c.isdigit() for c in run) else run


def default_patterns_path() -> Path:
    """``patterns.yaml`` of the ``markers`` model folder (``CONVO_MODELS`` or the checkout's ``models/``)."""
    from convo.understand.registry import model_dir

    path = model_dir("markers") / PATTERNS_FILE
    if not path.exists():
        raise FileNotFoundError(f"no marker patterns at {path}; the markers model folder needs {PATTERNS_FILE}")
    return path


@functools.lru_cache(maxsize=8)
def load_patterns(path: str | None = None) -> MarkerPatterns:
    """The compiled patterns of ``path`` (default: the registry's ``markers`` folder), loaded once."""
    patterns = MarkerPatterns.from_yaml(path or default_patterns_path())
    logger.debug("loaded marker patterns from %s", patterns.source)
    return patterns


def detect_markers(texts: list[str], roles: list[str], embeddings: np.ndarray | None = None, *,
                   patterns: MarkerPatterns | str | Path | None = None) -> list[list[str]]:
    """Markers of every utterance of ONE call, in order. roles are "agent"/"customer"/"unknown".

    embeddings: optional (n, 384) L2-normalised sentence vectors of the same utterances.

    An utterance of role "unknown" is tested against both sides' patterns; near-duplicate repeats
    are looked for among "customer" utterances only. Each utterance's markers follow ``MARKERS`` order.

    Example:
        >>> detect_markers(["Hi, thanks for calling!", "as i said my number is [PHONE]"], ["agent", "customer"])
        [['greeting'], ['customer_repeat']]
    """
    _check(texts, roles, embeddings)
    if not texts:
        return []
    if isinstance(patterns, MarkerPatterns):
        rules = patterns
    else:
        rules = load_patterns(None if patterns is None else str(patterns))
    norms = [normalise(t or "") for t in texts]
    opening, ending = _windows(roles, rules.opening_turns, rules.ending_turns)
    found: list[set[str]] = [set() for _ in texts]
    for i, (norm, role) in enumerate(zip(norms, roles)):
        for side in (SIDES if role == "unknown" else (role,)):
            found[i].update(rules.markers(norm, side, opening=opening[i], ending=ending[i]))
    for i in _near_repeats(norms, roles, embeddings, rules.repeat):
        found[i].add("customer_repeat")
    return [[m for m in MARKERS if m in f] for f in found]


def _check(texts: list[str], roles: list[str], embeddings: np.ndarray | None) -> None:
    if len(texts) != len(roles):
        raise ValueError(f"texts and roles differ in length: {len(texts)} texts, {len(roles)} roles")
    bad = sorted({r for r in roles if r not in ROLES}, key=str)
    if bad:
        raise ValueError(f"invalid roles {bad}; expected one of: {', '.join(ROLES)}")
    if embeddings is not None:
        shape = np.shape(embeddings)
        if len(shape) != 2 or shape[0] != len(texts):
            raise ValueError(f"embeddings must have shape ({len(texts)}, dim), got {shape}")


def _windows(roles: list[str], opening_turns: int, ending_turns: int) -> tuple[list[bool], list[bool]]:
    """Whether each utterance is among its role's first ``opening_turns`` / last ``ending_turns`` utterances."""
    totals: dict[str, int] = {}
    for role in roles:
        totals[role] = totals.get(role, 0) + 1
    seen: dict[str, int] = {}
    opening, ending = [], []
    for role in roles:
        k = seen.get(role, 0)
        seen[role] = k + 1
        opening.append(k < opening_turns)
        ending.append(k >= totals[role] - ending_turns)
    return opening, ending


def content_tokens(norm: str) -> frozenset[str]:
    """Words that carry content: no stopwords, no single letters (digits and placeholders kept)."""
    return frozenset(t for t in norm.split() if t not in _STOPWORDS and (len(t) > 1 or t.isdigit()))


_YEAR = re.compile(r"(?:19|20)\d\d")


def identifiers(norm: str, options: RepeatOptions) -> frozenset[str]:
    """Numbers, codes and strong redaction placeholders in a normalised utterance."""
    out = set()
    for token in norm.split():
        if token.startswith("_") and token.endswith("_") and len(token) > 2:
            if token.strip("_") in options.id_placeholders:
                out.add(token)
        elif not token.isalpha() and sum(c.isdigit() for c in token) >= options.id_min_digits and not _YEAR.fullmatch(token):
            out.add(token)  # a year said twice ("since 2019" … "in 2019") is no identifier given again
    return frozenset(out)


def _near_repeats(norms: list[str], roles: list[str], embeddings: np.ndarray | None,
                  options: RepeatOptions) -> list[int]:
    """Customer utterances that repeat an identifier or near-duplicate an earlier customer utterance."""
    customer = [i for i, r in enumerate(roles) if r == "customer"]
    if len(customer) < 2:
        return []
    agent_seen = np.cumsum([r == "agent" for r in roles])
    tokens = {i: content_tokens(norms[i]) for i in customer}
    ids = {i: identifiers(norms[i], options) for i in customer}
    sims = None
    if embeddings is not None:
        vectors = np.asarray(embeddings, dtype=np.float32)[customer]
        lengths = np.linalg.norm(vectors, axis=1, keepdims=True)
        vectors = vectors / np.where(lengths > 0, lengths, 1.0)
        sims = vectors @ vectors.T
    out = []
    for a, i in enumerate(customer):
        for b in range(a):
            j = customer[b]
            if options.agent_between and agent_seen[i] == agent_seen[j]:
                continue
            cosine = None if sims is None else float(sims[a, b])
            if ids[i] & ids[j] or _similar(tokens[i], tokens[j], cosine, options):
                out.append(i)
                break
    return out


def _similar(x: frozenset[str], y: frozenset[str], cosine: float | None, options: RepeatOptions) -> bool:
    if min(len(x), len(y)) < options.min_tokens:
        return False
    if x == y or (cosine is not None and cosine >= options.min_cosine):
        return True
    shared = len(x & y)
    return shared >= options.min_shared and shared / min(len(x), len(y)) >= options.min_overlap
