#!/usr/bin/env python3
"""Generate the pii_holdout354 held-out PII redaction evaluation set.

Written by an independent test author (an AI helper) that did not see the
redaction engine.  Standard library only.  Every turn is assembled from plain
text segments and labelled value segments, so span offsets are computed.

Usage:
    python scripts/make_pii_holdout354.py          # write cases.jsonl
    python scripts/make_pii_holdout354.py --check  # regenerate and validate
"""
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout354")
OUT_FILE = os.path.join(OUT_DIR, "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- spoken forms
UNITS = {"zero": 0, "oh": 0, "o": 0, "nought": 0, "one": 1, "two": 2,
         "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
         "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
         "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90}
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "umm", "uhh"}
NATO = {"alpha": "a", "alfa": "a", "bravo": "b", "charlie": "c", "delta": "d",
        "echo": "e", "foxtrot": "f", "golf": "g", "hotel": "h", "india": "i",
        "juliet": "j", "juliett": "j", "kilo": "k", "lima": "l", "mike": "m",
        "november": "n", "oscar": "o", "papa": "p", "quebec": "q",
        "romeo": "r", "sierra": "s", "tango": "t", "uniform": "u",
        "victor": "v", "whiskey": "w", "whisky": "w", "yankee": "y",
        "zulu": "z"}
ORDINALS = {"first": "one", "second": "two", "third": "three",
            "fourth": "four", "fifth": "five", "sixth": "six",
            "seventh": "seven", "eighth": "eight", "ninth": "nine",
            "tenth": "ten", "eleventh": "eleven", "twelfth": "twelve",
            "thirteenth": "thirteen", "fourteenth": "fourteen",
            "fifteenth": "fifteen", "sixteenth": "sixteen",
            "seventeenth": "seventeen", "eighteenth": "eighteen",
            "nineteenth": "nineteen", "twentieth": "twenty",
            "thirtieth": "thirty"}
ORD_WORDS = [""] + ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                     "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                     "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"] + \
    ["twenty " + w for w in ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"]]
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
MONTH_ABBR["sept"] = 9
DIGIT_WORD = ["zero", "one", "two", "three", "four", "five", "six", "seven",
              "eight", "nine"]


def _two_at(toks, i):
    if i >= len(toks):
        return None
    t = toks[i]
    if t in TEENS:
        return TEENS[t], i + 1
    if t in TENS:
        v = TENS[t]
        if i + 1 < len(toks) and toks[i + 1] in UNITS and UNITS[toks[i + 1]] > 0:
            return v + UNITS[toks[i + 1]], i + 2
        return v, i + 1
    if t in UNITS:
        return UNITS[t], i + 1
    return None


def _num_at(toks, i):
    t = toks[i]
    if t == "a" and i + 1 < len(toks) and toks[i + 1] == "hundred":
        t, i = "one", i
        d = 1
    elif t in UNITS:
        d = UNITS[t]
    else:
        d = None
    if d is not None:
        if d > 0 and i + 1 < len(toks) and toks[i + 1] == "thousand":
            v, j = d * 1000, i + 2
            k = j + 1 if j < len(toks) and toks[j] == "and" else j
            r = _hundreds_or_two(toks, k)
            if r:
                v += r[0]
                j = r[1]
            return str(v), j
        if d > 0 and i + 1 < len(toks) and toks[i + 1] == "hundred":
            v, j = d * 100, i + 2
            k = j + 1 if j < len(toks) and toks[j] == "and" else j
            r = _two_at(toks, k)
            if r:
                v += r[0]
                j = r[1]
            return str(v), j
        return str(d), i + 1
    r = _two_at(toks, i)
    if r:
        return str(r[0]), r[1]
    return None


def _hundreds_or_two(toks, i):
    if i + 1 < len(toks) and toks[i] in UNITS and toks[i + 1] == "hundred":
        s, j = _num_at(toks, i)
        return int(s), j
    return _two_at(toks, i)


def spoken_tokens(text, letters=False):
    """Turn a (possibly spoken) value into a list of output pieces.

    Number words become digit strings, double/triple expand, fillers vanish,
    NATO spelling ("j for juliet") and single letters become letters.  Any
    other word is kept (lower case) so validators can inspect it.
    """
    toks = re.findall(r"[a-z]+|\d+|\+|@|\.|_|-", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in FILLERS or t in (".", "-", "_") and not letters == "email":
            i += 1
            continue
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if t in ("+", "plus"):
            out.append("+")
            i += 1
            continue
        if t in ("double", "triple") and i + 1 < len(toks):
            n = 2 if t == "double" else 3
            nxt = toks[i + 1]
            if nxt in UNITS:
                out.append(str(UNITS[nxt]) * n)
                i += 2
                continue
            if letters and len(nxt) == 1:
                out.append(nxt.upper() * n)
                i += 2
                continue
        if letters and len(t) == 1 and t.isalpha() and t != "o":
            if i + 2 < len(toks) and toks[i + 1] == "for" and toks[i + 2] in NATO:
                out.append(t.upper())
                i += 3
                continue
            if t != "a" or not (i + 1 < len(toks) and toks[i + 1] == "hundred"):
                out.append(t.upper())
                i += 1
                continue
        if letters and t in NATO:
            out.append(NATO[t].upper())
            i += 1
            continue
        r = _num_at(toks, i)
        if r:
            out.append(r[0])
            i = r[1]
            continue
        out.append(t)
        i += 1
    return out


def digits_of(text):
    toks = spoken_tokens(text)
    if any(not (p.isdigit() or p == "+") for p in toks):
        return None
    return "".join(toks)


def alnum_of(text):
    toks = spoken_tokens(text, letters=True)
    s = "".join(toks)
    return s.upper() if re.fullmatch(r"[A-Za-z0-9]+", s or "-") else None


def email_of(text):
    toks = re.findall(r"[a-z]+|\d+|[@._\-]", text.lower())
    words = {"dot": ".", "at": "@", "underscore": "_", "dash": "-",
             "hyphen": "-", "period": "."}
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in FILLERS:
            i += 1
            continue
        if t in words:
            out.append(words[t])
            i += 1
            continue
        if t in UNITS and t not in ("o",) or t in TEENS or t in TENS or t in ("double", "triple"):
            if t in ("double", "triple") and i + 1 < len(toks):
                n = 2 if t == "double" else 3
                nx = toks[i + 1]
                out.append((str(UNITS[nx]) if nx in UNITS else nx) * n)
                i += 2
                continue
            r = _num_at(toks, i)
            out.append(r[0])
            i = r[1]
            continue
        out.append(t)
        i += 1
    return "".join(out)


def luhn_ok(d):
    s = 0
    for k, ch in enumerate(reversed(d)):
        n = int(ch)
        if k % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
STREET_WORDS = {"road", "street", "avenue", "lane", "close", "drive", "way",
                "crescent", "court", "place", "terrace", "gardens", "grove",
                "rd", "st", "ave", "boulevard", "blvd", "park", "row", "hill",
                "mews", "square", "walk", "view"}


def date_pieces(text):
    t = text.lower()
    ordval = {k: (UNITS.get(v) if v in UNITS else TEENS.get(v, TENS.get(v)))
              for k, v in ORDINALS.items()}
    for tw, tv in TENS.items():
        for k, v in ordval.items():
            if 0 < v < 10:
                t = re.sub(r"\b%s[ -]%s\b" % (tw, k), " %d " % (tv + v), t)
    for k, v in ordval.items():
        t = re.sub(r"\b%s\b" % k, " %d " % v, t)
    t = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", t)
    toks = spoken_tokens(t)
    month = None
    nums = []
    for p in toks:
        if p.isdigit():
            nums.append(p)
        elif p in MONTHS:
            month = MONTHS.index(p) + 1
        elif p in MONTH_ABBR:
            month = MONTH_ABBR[p]
        elif p in ("of", "the", "and", "slash", "end", "on"):
            continue
        else:
            return None, None
    return month, "".join(nums)


def valid_expiry(text):
    month, d = date_pieces(text)
    if d is None:
        return False
    if month:
        return len(d) in (2, 4)
    if len(d) in (4, 6):
        return 1 <= int(d[:2]) <= 12
    return False


def valid_dob(text):
    month, d = date_pieces(text)
    if d is None:
        return False
    if month:
        return 3 <= len(d) <= 6
    if len(d) in (6, 8):
        a, b = int(d[:2]), int(d[2:4])
        return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)
    return False


def valid_address(text):
    toks = spoken_tokens(text)
    if not toks:
        return False
    starts = toks[0].isdigit() or toks[0] in ("flat", "apartment", "apt", "unit")
    return starts and any(p.strip(".,") in STREET_WORDS for p in toks)


def canonical(typ, text):
    """Normalised value for comparison, or None when it is not well formed."""
    if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE"):
        return digits_of(text)
    if typ in ("NI_NUMBER", "IBAN"):
        return alnum_of(text)
    if typ == "POSTCODE":
        return alnum_of(text)
    if typ == "EMAIL":
        return email_of(text)
    return text


def full_value_ok(typ, v):
    if v is None:
        return False
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "SSN":
        return v.isdigit() and len(v) == 9
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(v))
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 6 <= len(v) <= 17
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "PHONE":
        return bool(re.fullmatch(r"\+?\d{7,15}", v))
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", v))
    if typ == "POSTCODE":
        return bool(UK_PC_RE.fullmatch(v) or re.fullmatch(r"\d{5}(\d{4})?", v))
    if typ == "DOB":
        return valid_dob(v)
    if typ == "EXPIRY":
        return valid_expiry(v)
    if typ == "ADDRESS":
        return valid_address(v)
    return False


# ---------------------------------------------------------------- builders
R = random.Random(354241125)


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


class Case:
    def __init__(self, cid, kind, note):
        self.cid, self.kind, self.note = cid, kind, note
        self.turns = []      # [speaker, [segments]]
        self.groups = {}     # gid -> (type, truth)
        self.gseq = 0

    def group(self, typ, truth):
        self.gseq += 1
        self.groups[self.gseq] = (typ, truth)
        return self.gseq

    def say(self, speaker, *segs):
        self.turns.append([speaker, list(segs)])

    def render(self):
        turns, spans, meta = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    val, typ, gid, role = s
                    spans.append({"turn": ti, "start": len(text),
                                  "end": len(text) + len(val), "type": typ})
                    meta.append((gid, role))
                    text += val
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        return ({"id": self.cid, "kind": self.kind, "turns": turns,
                 "spans": spans, "note": self.note}, meta)


def V(text, typ, gid, role="full"):
    return (text, typ, gid, role)


ZERO = ["oh", "oh", "zero", "nought", "o"]


def words_digits(d, zero="oh", doubles=True):
    out = []
    i = 0
    while i < len(d):
        ch = d[i]
        w = zero if ch == "0" else DIGIT_WORD[int(ch)]
        if doubles and i + 2 < len(d) and d[i + 1] == ch and d[i + 2] == ch and chance(0.6):
            out.append("triple " + w)
            i += 3
            continue
        if doubles and i + 1 < len(d) and d[i + 1] == ch and chance(0.6):
            out.append("double " + w)
            i += 2
            continue
        out.append(w)
        i += 1
    return " ".join(out)


def words_pair(p, zero="oh"):
    a, b = p[0], p[1]
    if a == "0":
        return zero + " " + DIGIT_WORD[int(b)] if b != "0" else zero + " " + zero
    if a == "1":
        return [k for k, v in TEENS.items() if v == int(p)][0]
    tens = [k for k, v in TENS.items() if v == int(a) * 10][0]
    return tens if b == "0" else tens + " " + DIGIT_WORD[int(b)]


def words_chunk(c, zero):
    """Speak one chunk of digits in a randomly chosen human style."""
    r = R.random()
    if len(c) == 3 and c[0] != "0" and c[1:] != "00" and r < 0.3:
        rest = int(c[1:])
        if c[1] == "0":
            tail = DIGIT_WORD[rest]
        else:
            tail = words_pair(c[1:], zero)
        return DIGIT_WORD[int(c[0])] + " hundred and " + tail
    if len(c) % 2 == 0 and r < 0.55:
        return " ".join(words_pair(c[k:k + 2], zero) for k in range(0, len(c), 2))
    return words_digits(c, zero)


def spoken_chunks(chunks, typ="X", allow_fancy=True):
    zero = pick(ZERO)
    target = "".join(chunks)
    for attempt in range(6):
        fancy = allow_fancy and attempt < 5
        out = [words_chunk(c, zero) if fancy else words_digits(c, zero, doubles=attempt < 5)
               for c in chunks]
        if digits_of(" ".join(out)) == target and all(digits_of(o) == c for o, c in zip(out, chunks)):
            return out
    return [words_digits(c, "oh", doubles=False) for c in chunks]


def group_digits(d, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    if i < len(d):
        out.append(d[i:])
    return [c for c in out if c]


BACKCHANNEL = ["mhm", "yep", "go on", "ok", "right", "uh huh", "yes",
               "got that", "okay, and the rest?", "mm", "yeah go on",
               "sorry, go ahead", "and then?"]
ACK = ["perfect, thank you", "lovely, thanks", "great", "thank you",
       "okay, that's noted", "brilliant", "cheers", "thanks for that"]
SEP_ASR = [", ", " ", "... ", " - ", ", "]
FILL_IN = ["um", "uh", "er", "erm", "uhh"]
ASIDES = ["hang on, the light's terrible in here,", "sorry, my dog's barking,",
          "let me just get my glasses,", "hold on, it's worn off a bit,",
          "one sec, the kids are shouting,", "wait I've dropped it, ok,",
          "sorry, where was I, yes,"]


def strip_fill(t):
    return re.sub(r"[ ,]+(um|uh|er|erm|uhh)$", "", t)


def spoken_value_turns(c, typ, gid, chunks_words, lead, split=True,
                       fillers=True, aside=True, correction=True,
                       close=None):
    """Emit customer/agent turns that deliver a spoken value.

    chunks_words: list of word strings (each chunk the spoken form of a piece).
    The value may be split over turns (one span per turn), interrupted by an
    aside (separate spans in the same turn), contain fillers (inside spans) or
    begin with an abandoned reading (its own span, a prefix of the value).
    """
    n = len(chunks_words)
    pieces = list(chunks_words)
    parts = [pieces]
    if split and n >= 3 and chance(0.55):
        cut = R.randint(1, n - 1)
        parts = [pieces[:cut], pieces[cut:]]
        if n >= 4 and chance(0.35):
            p2 = parts[1]
            if len(p2) >= 2:
                cut2 = R.randint(1, len(p2) - 1)
                parts = [parts[0], p2[:cut2], p2[cut2:]]
    if fillers:
        # hesitations inside a reading: never at either end of a span
        parts = [[w + (pick([" ", ", "]) + pick(FILL_IN) if k < len(pt) - 1 and chance(0.2) else "")
                  for k, w in enumerate(pt)] for pt in parts]
    sep = pick(SEP_ASR)
    first = True
    for pi, part in enumerate(parts):
        segs = []
        if first:
            segs.append(lead)
            if correction and n >= 3 and chance(0.15):
                frag = strip_fill(sep.join(part[:max(1, len(part) - 1)]) if len(part) > 1 else part[0])
                segs += [V(frag, typ, gid, "frag"),
                         pick(["... no wait, sorry, let me start again. ",
                               ", no hang on, I've read that wrong, it's ",
                               " - sorry, scrap that - "])]
            first = False
        elif chance(0.4):
            segs.append(pick(["", "then ", "and then ", "ok so ", "um, "]))
        if aside and len(part) >= 2 and chance(0.2):
            k = R.randint(1, len(part) - 1)
            segs += [V(strip_fill(sep.join(part[:k])), typ, gid, "part"), " " + pick(ASIDES) + " ",
                     V(sep.join(part[k:]), typ, gid, "part")]
        else:
            segs.append(V(sep.join(part), typ, gid, "part"))
        if pi == len(parts) - 1 and close:
            segs.append(close)
        c.say("customer", *segs)
        if pi < len(parts) - 1:
            c.say("agent", pick(BACKCHANNEL))


def readback(c, typ, gid, text, pre=None, post=None):
    c.say("agent", pre or pick(["just to read that back, ", "so that's ",
                                  "let me confirm, ", "I've got ",
                                  "ok, so I have "]),
          V(text, typ, gid), post or pick(["?", ", is that right?", ", correct?"]))
    c.say("customer", pick(["yes", "that's right", "yep, that's it",
                            "correct", "yeah"]))


# ---------------------------------------------------------------- value makers
def make_card():
    kind = pick(["visa", "visa", "mc", "mc", "amex", "visa13", "maestro19"])
    if kind == "visa":
        pre, ln = "4", 16
    elif kind == "mc":
        pre, ln = pick(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        pre, ln = pick(["34", "37"]), 15
    elif kind == "visa13":
        pre, ln = "4", 13
    else:
        pre, ln = pick(["6759", "6761", "5018"]), 19
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(ln - len(pre) - 1))
    for ck in range(10):
        if luhn_ok(body + str(ck)):
            return body + str(ck)


def card_groups(d):
    if len(d) == 15:
        return [4, 6, 5]
    if len(d) == 13:
        return [4, 3, 3, 3]
    if len(d) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def make_iban(country):
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"  # no I/O to keep spoken forms clean
    if country == "GB":
        bban = "".join(pick(letters) for _ in range(4)) + "".join(str(R.randint(0, 9)) for _ in range(14))
    elif country == "IE":
        bban = "".join(pick(letters) for _ in range(4)) + "".join(str(R.randint(0, 9)) for _ in range(14))
    elif country == "NL":
        bban = "".join(pick(letters) for _ in range(4)) + "".join(str(R.randint(0, 9)) for _ in range(10))
    elif country == "FR":
        bban = "".join(str(R.randint(0, 9)) for _ in range(23))
    else:  # DE
        bban = "".join(str(R.randint(0, 9)) for _ in range(18))
    num = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    check = 98 - int(num) % 97
    return country + "%02d" % check + bban


def make_ni():
    first = "ABCEGHJKLMNPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = pick(first) + pick(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + pick("ABCD")


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def rd(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


UK_PC = ["SW1A 2AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "LS6 2RT", "WA1 3JN",
         "EH3 9DR", "G12 8QQ", "BS7 8PW", "NE4 7YH", "CF10 3AT", "L18 4PN",
         "RG14 5SA", "N16 7UX", "E17 9HB", "SE15 4ST", "CB2 3RA",
         "BT9 6AW", "NG7 2RD", "HU5 2TE", "PL4 6DN", "W3 6NB", "KT2 5EA"]
US_ZIP = ["94110", "10027", "60614", "30309", "78704", "02139", "98103",
          "85016", "19104", "48201", "33139", "80205", "55408", "97214",
          "15213", "20009"]
UK_STREETS = ["Kingsley Road", "Elm Grove", "Station Road", "Harcourt Street",
              "Mill Lane", "Beechwood Avenue", "Ashby Close", "Tennyson Drive",
              "Orchard Way", "Primrose Crescent", "Albion Terrace",
              "Wellington Gardens", "Church Walk", "Foxglove Mews"]
US_STREETS = ["Oak Street", "Maple Avenue", "Cedar Lane", "Lakeview Drive",
              "Sunset Boulevard", "Pine Court", "Franklin Street",
              "Willow Way", "Hillcrest Road"]
IE_STREETS = ["Griffith Avenue", "Sandymount Road", "Clonliffe Road",
              "Patrick Street", "Ballymun Road", "Oakfield Park"]
TOWNS = {"UK": ["Leeds", "Bristol", "Manchester", "Croydon", "Reading",
                "Cardiff", "Edinburgh", "Glasgow", "Oxford"],
         "US": ["San Francisco", "Chicago", "Atlanta", "Austin", "Seattle",
                "Phoenix", "Philadelphia", "Detroit"],
         "IE": ["Dublin 9", "Cork", "Galway", "Dublin 4", "Limerick"]}
EMAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com",
                 "icloud.com", "btinternet.com", "eircom.net", "proton.me",
                 "aol.com", "live.ie"]
FIRST = ["sarah", "james", "priya", "tom", "aoife", "mark", "lucy", "dev",
         "kate", "ryan", "nadia", "gareth", "emma", "luis", "fiona", "jack"]
LAST = ["hughes", "patel", "kowalski", "murphy", "brennan", "carter",
        "nguyen", "walsh", "ellis", "moreno", "fraser", "dunne", "reid"]


def make_email():
    f, l = pick(FIRST), pick(LAST)
    style = R.randint(0, 5)
    if style == 0:
        user = f + "." + l
    elif style == 1:
        user = f[0] + l + str(R.randint(1, 99))
    elif style == 2:
        user = f + "_" + l[:3]
    elif style == 3:
        user = l + f[0] + str(R.randint(70, 99))
    elif style == 4:
        user = f + "-" + l
    else:
        user = f + str(R.randint(1980, 2004))
    return user + "@" + pick(EMAIL_DOMAINS)


def speak_email(e):
    user, dom = e.split("@")
    def sp(part):
        toks = re.findall(r"[a-z]+|\d+|[._\-]", part)
        out = []
        for t in toks:
            if t == ".":
                out.append("dot")
            elif t == "_":
                out.append(pick(["underscore", "underscore"]))
            elif t == "-":
                out.append(pick(["dash", "hyphen"]))
            elif t.isdigit():
                if len(t) == 4 and chance(0.6):
                    out.append(words_pair(t[:2]) + " " + words_pair(t[2:]))
                elif len(t) == 2 and t[0] != "0" and chance(0.6):
                    out.append(words_pair(t))
                else:
                    out.append(words_digits(t, "zero", doubles=False))
            elif len(t) == 1:
                out.append(t)
            else:
                out.append(t)
        return " ".join(out)
    return sp(user) + " at " + sp(dom)


def spell_letters(s, nato_p=0.4):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(DIGIT_WORD[int(ch)] if ch != "0" else pick(["zero", "nought", "oh"]))
        else:
            low = ch.lower()
            if low != "x" and chance(nato_p):
                name = [k for k, v in NATO.items() if v == low][0]
                out.append("%s for %s" % (low, name))
            else:
                out.append(low)
    return " ".join(out)


def speak_date_dob(y, m, d, us=False):
    mn = MONTHS[m - 1]
    ords = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth",
            6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth",
            11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
            15: "fifteenth", 16: "sixteenth", 17: "seventeenth",
            18: "eighteenth", 19: "nineteenth", 20: "twentieth",
            30: "thirtieth"}
    if d in ords:
        od = ords[d]
    else:
        od = ("twenty " if d < 30 else "thirty ") + ords[d % 10]
    yr = words_pair(str(y)[:2]) + " " + words_pair(str(y)[2:])
    if str(y)[2] == "0":
        yr = words_pair(str(y)[:2]) + " " + pick(["oh ", "o "]) + DIGIT_WORD[y % 10]
    if y >= 2000:
        yr = "two thousand and " + DIGIT_WORD[y % 10] if y % 100 < 10 else "two thousand and " + words_pair(str(y)[2:])
    st = R.randint(0, 4)
    if us and st < 3:
        return "%s %s %s" % (mn, od, yr)
    if st == 0:
        return "the %s of %s %s" % (od, mn, yr)
    if st == 1:
        return "%s %s, %s" % (od, mn, yr)
    if st == 2:
        return "%s %s %s" % (words_pair("%02d" % d), words_pair("%02d" % m), words_pair(str(y)[2:]))
    if st == 3:
        return "%s of %s, %s" % (od, mn, yr)
    return "%s %s %s" % (DIGIT_WORD[d // 10] + " " + DIGIT_WORD[d % 10] if d >= 10 else "oh " + DIGIT_WORD[d],
                         "oh " + DIGIT_WORD[m] if m < 10 else words_pair("%02d" % m), yr)


def typed_date_dob(y, m, d, us=False):
    mn = MONTHS[m - 1]
    st = R.randint(0, 5)
    if st == 0:
        return "%02d/%02d/%d" % ((m, d, y) if us else (d, m, y))
    if st == 1:
        return "%d-%02d-%02d" % (y, m, d) if False else "%02d.%02d.%d" % (d, m, y)
    if st == 2:
        return "%d %s %d" % (d, mn.capitalize(), y)
    if st == 3:
        return "%s %d, %d" % (mn[:3].capitalize(), d, y)
    if st == 4:
        return "%d%s %s %d" % (d, "th" if d not in (1, 2, 3, 21, 22, 23, 31) else {1: "st", 21: "st", 31: "st", 2: "nd", 22: "nd", 3: "rd", 23: "rd"}[d], mn, y)
    return "%02d/%02d/%02d" % ((m, d, y % 100) if us else (d, m, y % 100))


# ---------------------------------------------------------------- PII blocks
def blk_card(c, mode, ctry):
    card = make_card()
    gid = c.group("CARD_NUMBER", card)
    grp = card_groups(card)
    if mode == "asr":
        c.say("agent", pick(["can I take the long number across the front of the card?",
                             "and the card number please, when you're ready",
                             "ok, go ahead with the sixteen digits",
                             "so what's the card number you'd like to use?"]))
        if chance(0.3):
            odd = [R.choice([2, 3, 4, 5]) for _ in range(8)]
            chunks = group_digits(card, odd)
        else:
            chunks = group_digits(card, grp)
        words = spoken_chunks(chunks)
        spoken_value_turns(c, "CARD_NUMBER", gid, words,
                           pick(["", "yeah it's ", "right, ", "ok it's ", "um, so, ", "it's a visa, "]))
        r = R.random()
        if r < 0.3:
            readback(c, "CARD_NUMBER", gid, " ".join(spoken_chunks(group_digits(card, grp))))
        elif r < 0.55:
            c.say("agent", pick(["thanks, so that's the card ending ", "ok, card ending in "]),
                  V(" ".join(spoken_chunks([card[-4:]], allow_fancy=False)), "CARD_NUMBER", gid, "suffix"), ", yeah?")
            c.say("customer", "yep")
    else:
        c.say("agent", pick(["Please type the card number here, it's a secure chat.",
                             "Could you send the full card number?",
                             "What's the long card number?"]))
        st = R.randint(0, 4)
        if st == 0:
            s = " ".join(group_digits(card, grp))
        elif st == 1:
            s = "-".join(group_digits(card, grp))
        elif st == 2:
            s = card
        elif st == 3:
            s = " ".join(group_digits(card, [R.choice([3, 5, 6]) for _ in range(6)]))
        else:
            s = ".".join(group_digits(card, grp))
        c.say("customer", pick(["", "card: ", "its ", "card no ", "ok ", "Card number "]),
              V(s, "CARD_NUMBER", gid), pick(["", " thx", ".", " - the visa"]))
        if chance(0.35):
            c.say("agent", "Thanks, I've got the card ending ",
                  V(card[-4:], "CARD_NUMBER", gid, "suffix"), ".")


def blk_cvv(c, mode, ctry):
    v = rd(4) if chance(0.15) else rd(3)
    gid = c.group("CVV", v)
    if mode == "asr":
        c.say("agent", pick(["and the three digit security code on the back?",
                             "last thing, the security code on the signature strip",
                             "and the CVV number please"]))
        w = spoken_chunks([v])[0]
        c.say("customer", pick(["it's ", "", "um, ", "the back says "]), V(w, "CVV", gid),
              pick(["", ", I think", " - oh, yeah that's right"]))
    else:
        c.say("agent", "And the CVV?")
        c.say("customer", pick(["cvv ", "CVV: ", "", "security code is "]), V(v, "CVV", gid))


def blk_expiry(c, mode, ctry):
    y, m = R.randint(2025, 2031), R.randint(1, 12)
    gid = c.group("EXPIRY", None)
    if mode == "asr":
        c.say("agent", pick(["and the expiry date?", "when does it expire?", "and the valid-to date on it?"]))
        st = R.randint(0, 3)
        mm = ("oh " + DIGIT_WORD[m]) if m < 10 else words_pair("%02d" % m)
        yy = words_pair(str(y)[2:])
        if st == 0:
            s = mm + " " + yy
        elif st == 1:
            s = MONTHS[m - 1] + " " + yy
        elif st == 2:
            s = mm + " slash " + yy
        else:
            s = MONTHS[m - 1] + " twenty " + yy
        c.say("customer", pick(["", "expires ", "it's ", "end of "]), V(s, "EXPIRY", gid),
              pick(["", ", I think", "."]))
    else:
        c.say("agent", "Expiry date?")
        st = R.randint(0, 3)
        s = ["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d%02d" % (m, y % 100),
             "%s %d" % (MONTHS[m - 1][:3].capitalize(), y)][st]
        c.say("customer", pick(["exp ", "", "expiry ", "Exp: "]), V(s, "EXPIRY", gid))


def blk_ssn(c, mode, ctry):
    s = make_ssn()
    gid = c.group("SSN", s)
    if mode == "asr":
        c.say("agent", pick(["and for verification can I get your social security number?",
                             "could you confirm the social on the account?",
                             "I'll need the full social, please"]))
        chunks = [s[:3], s[3:5], s[5:]]
        words = spoken_chunks(chunks)
        spoken_value_turns(c, "SSN", gid, words,
                           pick(["sure, it's ", "", "ok, ", "yeah, um, "]))
        if chance(0.25):
            readback(c, "SSN", gid, "-".join(chunks) if chance(0.3) else " ".join(spoken_chunks(chunks, allow_fancy=False)))
    else:
        c.say("agent", "Can you provide your SSN to verify the account?")
        st = R.randint(0, 3)
        t = [s[:3] + "-" + s[3:5] + "-" + s[5:], s, s[:3] + " " + s[3:5] + " " + s[5:],
             s[:3] + "." + s[3:5] + "." + s[5:]][st]
        c.say("customer", pick(["ssn ", "SSN: ", "social is ", "", "its "]), V(t, "SSN", gid))


def blk_ni(c, mode, ctry):
    n = make_ni()
    gid = c.group("NI_NUMBER", n)
    if mode == "asr":
        c.say("agent", pick(["can I take your national insurance number?",
                             "and your N I number please",
                             "what's your national insurance number, please?"]))
        parts = [n[:2], n[2:4], n[4:6], n[6:8], n[8]]
        words = [spell_letters(parts[0], 0.5)] + spoken_chunks(parts[1:4]) + [spell_letters(parts[4], 0.5)]
        if alnum_of(" ".join(words)) != n:
            words = [spell_letters(p, 0) for p in parts]
        spoken_value_turns(c, "NI_NUMBER", gid, words, pick(["it's ", "", "yeah, ", "ok, "]))
        if chance(0.3):
            readback(c, "NI_NUMBER", gid, spell_letters(n, 0))
    else:
        c.say("agent", "Please confirm your National Insurance number.")
        st = R.randint(0, 3)
        t = [n, n.lower(), "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]),
             n[:2] + " " + n[2:8] + " " + n[8]][st]
        c.say("customer", pick(["NI no: ", "", "ni ", "NINO "]), V(t, "NI_NUMBER", gid))


def blk_bank(c, mode, ctry):
    a = rd(8) if ctry != "US" else rd(R.choice([10, 11, 12]))
    gid = c.group("BANK_ACCOUNT", a)
    if mode == "asr":
        c.say("agent", pick(["and the account number?", "what's the account number it's coming from?",
                             "and the checking account number?" if ctry == "US" else "and the eight digit account number?"]))
        chunks = group_digits(a, [4, 4] if len(a) == 8 else [3, 3, 4, 2])
        words = spoken_chunks(chunks)
        spoken_value_turns(c, "BANK_ACCOUNT", gid, words, pick(["", "it's ", "um, ", "account number "]))
    else:
        c.say("agent", "Which account should the refund go to?")
        c.say("customer", pick(["acct no: ", "account ", "a/c ", "Acc num "]), V(a, "BANK_ACCOUNT", gid))


def blk_sort(c, mode, ctry):
    s = rd(6)
    gid = c.group("SORT_CODE", s)
    if mode == "asr":
        c.say("agent", "and the sort code?")
        words = spoken_chunks([s[:2], s[2:4], s[4:]])
        spoken_value_turns(c, "SORT_CODE", gid, words, pick(["", "sort code's ", "it's "]), correction=False)
    else:
        c.say("agent", "Sort code please")
        t = pick([s[:2] + "-" + s[2:4] + "-" + s[4:], s, s[:2] + " " + s[2:4] + " " + s[4:]])
        c.say("customer", pick(["sort: ", "", "sc "]), V(t, "SORT_CODE", gid))


def blk_iban(c, mode, ctry):
    cc = {"UK": "GB", "IE": "IE", "US": "GB"}.get(ctry, pick(["DE", "NL", "FR"]))
    ib = make_iban(cc)
    gid = c.group("IBAN", ib)
    groups = [ib[k:k + 4] for k in range(0, len(ib), 4)]
    if mode == "asr":
        c.say("agent", "ok, and the IBAN for the transfer?")
        words = [spell_letters(g, 0.15) for g in groups]
        if alnum_of(" ".join(words)) != ib:
            words = [spell_letters(g, 0) for g in groups]
        spoken_value_turns(c, "IBAN", gid, words, pick(["", "it's ", "right, it starts "]))
    else:
        c.say("agent", "What IBAN should we pay into?")
        t = pick([" ".join(groups), ib, ib.lower(), " ".join(groups).lower()])
        c.say("customer", pick(["IBAN ", "iban: ", "", "it's "]), V(t, "IBAN", gid))


def make_phone(ctry):
    if ctry == "UK":
        st = R.randint(0, 2)
        if st == 0:
            n = "07" + rd(9)
            return n, [n[:5], n[5:8], n[8:]], n[:5] + " " + n[5:]
        if st == 1:
            n = "+447" + rd(9)
            return n, ["+44", n[3:7], n[7:10], n[10:]], "+44 " + n[3:7] + " " + n[7:]
        n = "0" + pick(["161", "113", "117", "121"]) + rd(7)
        return n, [n[:4], n[4:7], n[7:]], n[:4] + " " + n[4:7] + " " + n[7:]
    if ctry == "US":
        n = "1" + pick(["415", "212", "312", "617", "206"]) + "555" + "01" + rd(2)
        if chance(0.5):
            return "+" + n, ["+1", n[1:4], n[4:7], n[7:]], "+1 " + n[1:4] + "-" + n[4:7] + "-" + n[7:]
        return n[1:], [n[1:4], n[4:7], n[7:]], n[1:4] + "-" + n[4:7] + "-" + n[7:]
    if ctry == "IE":
        if chance(0.5):
            n = "+35387" + rd(7)
            return n, ["+353", n[4:6], n[6:9], n[9:]], "+353 " + n[4:6] + " " + n[6:9] + " " + n[9:]
        n = "08" + pick("3567") + rd(7)
        return n, [n[:3], n[3:6], n[6:]], n[:3] + " " + n[3:6] + " " + n[6:]
    n = "+" + pick(["49151", "3361", "3161"]) + rd(8)
    cc = n[1:3]
    return n, ["+" + cc, n[3:6], n[6:9], n[9:]], "+" + cc + " " + n[3:6] + " " + n[6:9] + " " + n[9:]


def blk_phone(c, mode, ctry):
    n, chunks, typed = make_phone(ctry)
    gid = c.group("PHONE", n)
    if mode == "asr":
        c.say("agent", pick(["what's the best number to reach you on?",
                             "and a contact number in case we get cut off?",
                             "is there a mobile number we can text the code to?"]))
        plus = chunks[0].startswith("+")
        rest = [chunks[0][1:]] + chunks[1:] if plus else chunks
        words = spoken_chunks(rest)
        if plus:
            words[0] = "plus " + words[0]
        spoken_value_turns(c, "PHONE", gid, words, pick(["", "yeah it's ", "my mobile's ", "um, "]))
        if chance(0.3):
            readback(c, "PHONE", gid, typed)
    else:
        c.say("agent", "Can I get a contact number?")
        t = pick([typed, n, typed.replace(" ", "-")])
        c.say("customer", pick(["", "tel: ", "mob ", "call me on "]), V(t, "PHONE", gid))


def blk_email(c, mode, ctry):
    e = make_email()
    gid = c.group("EMAIL", e)
    if mode == "asr":
        c.say("agent", pick(["and what email address should the confirmation go to?",
                             "can I just check the email we have on file?",
                             "what's your email?"]))
        sp = speak_email(e)
        if email_of(sp) != e:
            sp = e
        c.say("customer", pick(["it's ", "", "yeah, it's ", "um, "]), V(sp, "EMAIL", gid),
              pick(["", ", all lower case", ", all one word"]))
        if chance(0.35):
            readback(c, "EMAIL", gid, e)
    else:
        c.say("agent", "What's your email address?")
        t = e if chance(0.6) else e[0].upper() + e[1:]
        c.say("customer", pick(["", "email: ", "its ", "e-mail "]), V(t, "EMAIL", gid))


def blk_dob(c, mode, ctry):
    y, m, d = R.randint(1938, 2005), R.randint(1, 12), R.randint(1, 28)
    gid = c.group("DOB", None)
    us = ctry == "US"
    if mode == "asr":
        c.say("agent", pick(["can you confirm your date of birth?", "and your date of birth please",
                             "for security, what's the date of birth on the account?"]))
        c.say("customer", pick(["it's ", "", "um, ", "yeah, "]), V(speak_date_dob(y, m, d, us), "DOB", gid))
    else:
        c.say("agent", "Please confirm your date of birth.")
        c.say("customer", pick(["dob ", "DOB: ", "", "born "]), V(typed_date_dob(y, m, d, us), "DOB", gid))


def num_words(n):
    s = str(n)
    if n < 10:
        return DIGIT_WORD[n]
    if n < 100:
        return words_pair(s)
    if n < 1000 and s[1:] != "00":
        return DIGIT_WORD[int(s[0])] + " hundred and " + (words_pair(s[1:]) if s[1] != "0" else DIGIT_WORD[int(s[2])])
    if n < 10000 and s[1] != "0":
        return words_pair(s[:2]) + " " + (words_pair(s[2:]) if s[2] != "0" else "oh " + DIGIT_WORD[int(s[3])])
    return words_digits(s, "oh", doubles=False)


def blk_address(c, mode, ctry):
    if ctry == "US":
        house, street = R.randint(100, 4999), pick(US_STREETS)
        pc = pick(US_ZIP) + ("-" + rd(4) if chance(0.2) else "")
        town = pick(TOWNS["US"])
    elif ctry == "IE":
        house, street, pc, town = R.randint(1, 150), pick(IE_STREETS), None, pick(TOWNS["IE"])
    else:
        house, street, pc, town = R.randint(1, 220), pick(UK_STREETS), pick(UK_PC), pick(TOWNS["UK"])
    flat = R.randint(1, 12) if chance(0.25) else None
    ga = c.group("ADDRESS", None)
    gp = c.group("POSTCODE", pc.replace(" ", "").replace("-", "") if pc else None) if pc else None
    if mode == "asr":
        c.say("agent", pick(["can I take the first line of the address and the postcode?" if ctry != "US"
                             else "and the street address and zip?",
                             "what's the address we're sending it to?"]))
        a = ("flat %s, " % num_words(flat) if flat else "") + num_words(house) + " " + street.lower()
        segs = [pick(["it's ", "", "yeah, ", "so it's "]), V(a, "ADDRESS", ga), ", " + town.lower()]
        if pc:
            if ctry == "US":
                zw = spoken_chunks([pc.replace("-", "")[:5]] + ([pc[6:]] if "-" in pc else []), allow_fancy=False)
                pw = " ".join(zw)
            else:
                pw = spell_letters(pc.replace(" ", ""), 0.25)
                outward, inward = pc.split(" ")
                pw = spell_letters(outward, 0.2) + ", " + spell_letters(inward, 0.2)
            if chance(0.5):
                segs += [", ", V(pw, "POSTCODE", gp)]
                c.say("customer", *segs)
            else:
                c.say("customer", *segs)
                c.say("agent", pick(["and the postcode?", "and the zip code?" if ctry == "US" else "postcode?"]))
                c.say("customer", pick(["", "it's ", "um, "]), V(pw, "POSTCODE", gp))
        else:
            c.say("customer", *segs)
    else:
        c.say("agent", "Can you confirm the address on the account?")
        a = ("Flat %d, " % flat if flat else "") + "%d %s" % (house, street)
        if chance(0.3):
            a = a.lower()
        segs = [pick(["", "addr: ", "its "]), V(a, "ADDRESS", ga), ", " + town]
        if pc:
            p = pc if chance(0.6) else pc.lower().replace(" ", "" if chance(0.5) else " ")
            segs += [pick([", ", " ", "  "]), V(p, "POSTCODE", gp)]
        c.say("customer", *segs)


BLOCKS = {"CARD_NUMBER": blk_card, "CVV": blk_cvv, "EXPIRY": blk_expiry,
          "SSN": blk_ssn, "NI_NUMBER": blk_ni, "BANK_ACCOUNT": blk_bank,
          "SORT_CODE": blk_sort, "IBAN": blk_iban, "PHONE": blk_phone,
          "EMAIL": blk_email, "DOB": blk_dob, "ADDRESS": blk_address}

# ---------------------------------------------------------------- distractors
INDUSTRY = {
    "banking": ("Northgate Bank", ["a payment I don't recognise", "my overdraft limit", "a blocked card"]),
    "telecom": ("Vireo Mobile", ["my bill going up", "roaming charges", "upgrading my handset"]),
    "utilities": ("Brightwell Energy", ["my meter reading", "a direct debit change", "a final bill"]),
    "retail": ("Hollis & Crane", ["an order that hasn't arrived", "a refund", "a faulty kettle"]),
    "insurance": ("Cobalt Insurance", ["a claim on my car", "renewing my home policy", "adding a driver"]),
    "travel": ("Skylark Airways", ["changing my flight", "a lost bag", "a seat upgrade"]),
    "healthcare": ("MedPay Billing Services", ["a bill from my last visit", "an insurance claim", "a payment plan"]),
    "government": ("the Revenue Services helpline", ["my tax code", "a benefit payment", "renewing a licence"]),
}
AGENTS = ["Dan", "Shauna", "Mo", "Claire", "Ravi", "Bethany", "Tyler", "Niamh", "Gosia"]


def luhn_number(n):
    body = str(R.randint(1, 9)) + rd(n - 2)
    for ck in range(10):
        if luhn_ok(body + str(ck)):
            return body + str(ck)


def neg_blocks(ind, mode, ctry):
    """Return a list of callables, each emitting non-PII turns."""
    asr = mode == "asr"
    cur = "$" if ctry == "US" else ("€" if ctry in ("IE", "EU") else "£")
    curw = "dollars" if ctry == "US" else ("euro" if ctry in ("IE", "EU") else "pounds")

    def refnum(c):
        label = pick({"banking": ["reference number", "case reference", "transaction ID"],
                      "telecom": ["ticket number", "order number", "IMEI"],
                      "utilities": ["meter serial number", "customer reference number", "MPAN"],
                      "retail": ["order number", "tracking number", "returns number"],
                      "insurance": ["policy number", "claim number", "claim reference"],
                      "travel": ["booking reference", "ticket number", "baggage tag number"],
                      "healthcare": ["invoice number", "claim number", "patient account reference"],
                      "government": ["case reference", "application number", "reference number"]}[ind])
        num = luhn_number(16) if chance(0.4) else rd(pick([8, 10, 12, 14, 16]))
        if asr:
            w = " ".join(spoken_chunks(group_digits(num, [4] * 4), allow_fancy=True))
            if chance(0.5):
                c.say("agent", "ok, I've raised that, your %s is %s" % (label, w))
                c.say("customer", pick(["hang on let me write that down... " + w + ", got it",
                                        "sorry, can you repeat the last bit?", "ok, thanks"]))
            else:
                c.say("agent", "do you have the %s there?" % label)
                c.say("customer", "yeah, the %s is %s" % (label, w))
                c.say("agent", "lovely, that's found it")
        else:
            fmt = pick([num, "-".join(group_digits(num, [4] * 4)), " ".join(group_digits(num, [4] * 4))])
            pre = pick(["", "REF-", "#", "ORD-", "CLM "])
            c.say("customer", "%s: %s%s" % (label.capitalize(), pre, fmt))
            c.say("agent", "Thanks, I can see that %s now." % label)

    def amount(c):
        a, p = R.randint(12, 2400), R.randint(0, 99)
        if asr:
            c.say("agent", "so the outstanding balance is %s %s and %s pence" % (num_words(a), curw, num_words(p))
                  if cur == "£" else "so the balance due is %s %s %s" % (num_words(a), curw, num_words(p)))
            c.say("customer", pick(["wow, that's more than I thought", "ok", "right, and when's that due?"]))
        else:
            c.say("agent", "Your current balance is %s%s.%02d and the minimum payment is %s%d.00." % (cur, "{:,}".format(a), p, cur, R.randint(5, 60)))
            c.say("customer", "ok thanks")

    def hold(c):
        m = R.randint(2, 5)
        c.say("agent", "can I pop you on hold for %s minutes while I check?" % num_words(m) if asr
              else "Give me %d mins to look into it please." % m)
        c.say("customer", pick(["sure", "no problem", "yeah that's fine", "ok"]))
        c.say("agent", pick(["thanks for holding", "sorry about the wait, thanks for holding",
                             "thank you for your patience"]))

    def transfer(c):
        ext = R.randint(2000, 8999)
        c.say("agent", "I'm going to transfer you to our %s team, if we get cut off their extension is %s" %
              (pick(["billing", "claims", "retentions", "technical support"]), num_words(ext) if asr else str(ext)))
        c.say("customer", pick(["ok, thanks", "how long's the queue?", "fine"]))
        c.say("agent", "hi, you're through to %s, I've had the notes passed over" % pick(AGENTS))

    def smalltalk(c):
        t = R.randint(-2, 34)
        opts = [("agent", "how's the weather where you are?", "customer",
                 "freezing, it's about %s degrees" % (num_words(abs(t)) if asr else str(abs(t)))),
                ("customer", "sorry I've been on hold for %s minutes" % (num_words(R.randint(11, 55)) if asr else str(R.randint(11, 55))),
                 "agent", "I'm really sorry about that, we're very busy this morning"),
                ("customer", "I'm %s years old and I've never had this much trouble" % (num_words(R.randint(25, 88)) if asr else str(R.randint(25, 88))),
                 "agent", "I completely understand, let's get it sorted"),
                ("agent", "we're open eight till eight weekdays and nine to five on saturdays" if asr else "We're open 8am-8pm Mon-Fri, 9:00-17:00 Sat.",
                 "customer", "ok good to know")]
        a, b, cc, d = pick(opts)
        c.say(a, b)
        c.say(cc, d)

    def dates(c):
        d = R.randint(1, 28)
        m = MONTHS[R.randint(0, 11)]
        what = pick(["your next payment is taken on", "the engineer can come on", "your contract ends on",
                     "the appointment is booked for", "the refund should land by"])
        if asr:
            c.say("agent", "%s the %s of %s, twenty %s" % (what, ORD_WORDS[d], m, num_words(R.randint(24, 27))))
        else:
            c.say("agent", "%s %02d/%02d/20%d." % (what.capitalize(), d, MONTHS.index(m) + 1, R.randint(24, 27)))
        c.say("customer", pick(["perfect", "can it be any earlier?", "ok, and what time?"]))
        c.say("agent", "between %s" % ("ten and two" if asr else "10:00 and 14:00") if chance(0.5) else "yes, that's confirmed")

    def lastfour(c):
        l4 = rd(4)
        if asr:
            c.say("agent", "and is that the card ending %s?" % " ".join(spoken_chunks([l4], allow_fancy=True)))
        else:
            c.say("agent", "Is that the card ending in %s?" % l4)
        c.say("customer", pick(["yes that's the one", "no, the other one, it ends %s" % (rd(4) if not asr else " ".join(spoken_chunks([rd(4)]))), "yep"]))

    def industry_numbers(c):
        if ind == "utilities":
            r = rd(5)
            c.say("customer", "the meter reading is %s" % (" ".join(spoken_chunks([r])) if asr else r))
            c.say("agent", "and is that the day or night rate? usage is up %s percent" % (num_words(R.randint(3, 40)) if asr else str(R.randint(3, 40))))
        elif ind == "travel":
            c.say("agent", "so that's flight %s, departing gate %s at %s, seat %s" % (
                pick(["SK", "BA", "EI", "UA"]) + " " + str(R.randint(100, 2999)) if not asr else "s k " + num_words(R.randint(100, 2999)),
                pick("ABCD") + str(R.randint(1, 60)), "14:35" if not asr else "two thirty five", str(R.randint(1, 40)) + pick("ABCDEF")))
            c.say("customer", "and the hotel room was %s" % (num_words(R.randint(101, 940)) if asr else str(R.randint(101, 940))))
        elif ind == "telecom":
            c.say("customer", "it's the model %s, serial %s" % (pick(["X200", "Galaxy A54", "iPhone 13"]), rd(12)))
            c.say("agent", "ok, and you've used %s gigabytes of %s this month" % (num_words(R.randint(2, 40)), num_words(50)))
        elif ind == "insurance":
            c.say("agent", "the excess is %s%d and your no claims discount is %d percent" % (cur, R.randint(100, 500), R.randint(20, 70)))
            c.say("customer", "it happened on the A%d near junction %d" % (R.randint(1, 999), R.randint(1, 30)))
        elif ind == "government":
            c.say("agent", "the tax year runs april to april, and your tax code is %dL" % R.randint(1000, 1300))
            c.say("customer", "I've been at the same employer since %d" % R.randint(1995, 2023))
        elif ind == "healthcare":
            c.say("agent", "the visit on the %s was billed under procedure code %d%d" % (pick(["fourth", "twelfth", "20th"]), R.randint(10000, 99999), R.randint(0, 9)))
            c.say("customer", "but my plan covers %d percent after the deductible" % R.randint(50, 90))
        elif ind == "retail":
            c.say("agent", "the tracking number is %s and it's %d kilos" % (pick(["1Z", "JD", "TT"]) + rd(16), R.randint(1, 30)))
            c.say("customer", "it was meant to come by %s" % pick(["thursday", "the 14th", "five pm"]))
        else:
            c.say("agent", "there were %d transactions over the last %d days, the largest was %s%d" % (R.randint(3, 40), R.randint(7, 90), cur, R.randint(20, 900)))
            c.say("customer", "yeah, the %d was me, the rest weren't" % R.randint(20, 900))

    return [refnum, amount, hold, transfer, smalltalk, dates, lastfour, industry_numbers]


def open_call(c, ind, mode):
    comp, issues = INDUSTRY[ind]
    if mode == "asr":
        c.say("agent", "thank you for calling %s, you're speaking with %s, how can I help today?" % (comp.lower(), pick(AGENTS).lower()))
        c.say("customer", pick(["hiya, yeah, ", "hi, um, ", "hello, ", "oh hi, "]) + "I'm calling about %s" % pick(issues))
    else:
        c.say("agent", "Hi, you're chatting with %s at %s. How can I help?" % (pick(AGENTS), comp))
        c.say("customer", pick(["hi", "Hello", "hey there"]) + ", it's about %s" % pick(issues))


def close_call(c, mode):
    c.say("agent", pick(["is there anything else I can help with today?", "anything else at all?"])
          if mode == "asr" else "Anything else I can help with?")
    c.say("customer", pick(["no that's everything, thanks", "no, that's it, cheers", "nope, thank you"]))
    if chance(0.5):
        c.say("agent", pick(["thanks for calling, have a lovely day", "take care, bye now", "thanks, bye"]))


COUNTRY_TYPES = {
    "UK": ["NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "ADDRESS"],
    "US": ["SSN", "BANK_ACCOUNT", "PHONE", "EMAIL", "DOB", "ADDRESS"],
    "IE": ["IBAN", "PHONE", "EMAIL", "DOB", "ADDRESS", "CVV", "EXPIRY", "BANK_ACCOUNT"],
    "EU": ["IBAN", "PHONE", "EMAIL", "DOB"],
}


def build_call(c, ind, mode, ctry, pii_types):
    open_call(c, ind, mode)
    negs = neg_blocks(ind, mode, ctry)
    if "CARD_NUMBER" in pii_types:
        negs = [f for f in negs if f.__name__ != "lastfour"]
    R.shuffle(negs)
    n_neg = R.randint(2, 5)
    card_extra = [t for t in ("EXPIRY", "CVV") if t in pii_types]
    items = [("neg", f) for f in negs[:n_neg]] + [("pii", t) for t in pii_types if t not in card_extra]
    R.shuffle(items)
    if card_extra and "CARD_NUMBER" not in pii_types:
        items += [("pii", t) for t in card_extra]
        R.shuffle(items)
    elif card_extra:  # expiry and security code follow the card reading
        k = items.index(("pii", "CARD_NUMBER")) + 1
        items[k:k] = [("pii", t) for t in card_extra]
    for kind, it in items:
        if kind == "neg":
            it(c)
        else:
            BLOCKS[it](c, mode, ctry)
            if chance(0.5):
                c.say("agent", pick(ACK))
    close_call(c, mode)


def generate():
    cases = []
    n_pos, n_neg = 212, 110
    countries = ["UK"] * 82 + ["US"] * 72 + ["IE"] * 30 + ["EU"] * 28
    R.shuffle(countries)
    for i in range(n_pos):
        ctry = countries[i]
        ind = pick(list(INDUSTRY))
        mode = "asr" if chance(0.68) else "chat"
        types = []
        if chance(0.42):
            types.append("CARD_NUMBER")
            if chance(0.4):
                types += ["EXPIRY"] if chance(0.5) else ["EXPIRY", "CVV"]
        if ctry == "US" and chance(0.55):
            types.append("SSN")
        if ctry == "UK" and chance(0.5):
            types.append("NI_NUMBER")
        if ctry == "UK" and chance(0.2):
            types += ["SORT_CODE", "BANK_ACCOUNT"]
        if ctry != "EU" and "ADDRESS" not in types and chance(0.15):
            types.append("ADDRESS")
        extra = [t for t in COUNTRY_TYPES[ctry] if t not in types]
        for t in R.sample(extra, R.randint(0 if types else 1, 2)):
            if t not in types:
                types.append(t)
        R.shuffle(types)
        c = Case("h354-pos-%03d" % (i + 1), "positive",
                 "%s %s call (%s): %s" % (ctry, ind, "ASR" if mode == "asr" else "chat", ", ".join(types)))
        for _ in range(20):
            trial = Case(c.cid, c.kind, c.note)
            state = R.getstate()
            build_call(trial, ind, mode, ctry, types)
            if 10 <= len(trial.turns) <= 25:
                c = trial
                break
            if len(trial.turns) > 25 and len(types) > 1:
                types = types[:-1]
                trial.note = c.note
        else:
            c = trial
        got = []
        for typ, _ in c.groups.values():
            if typ not in got:
                got.append(typ)
        c.note = "%s %s call (%s), %d turns: %s" % (ctry, ind, "ASR" if mode == "asr" else "chat",
                                                   len(c.turns), ", ".join(got))
        cases.append(c)
    for i in range(n_neg):
        ctry = pick(["UK", "UK", "US", "US", "IE", "EU"])
        ind = pick(list(INDUSTRY))
        mode = "asr" if chance(0.68) else "chat"
        c = Case("h354-neg-%03d" % (i + 1), "negative",
                 "%s %s call (%s) with only non-PII numbers: references, amounts, dates, last four" % (ctry, ind, "ASR" if mode == "asr" else "chat"))
        while True:
            trial = Case(c.cid, c.kind, c.note)
            open_call(trial, ind, mode)
            negs = neg_blocks(ind, mode, ctry)
            R.shuffle(negs)
            for f in negs[:R.randint(4, 7)]:
                f(trial)
            close_call(trial, mode)
            if 10 <= len(trial.turns) <= 25:
                break
        cases.append(trial)
    # fix notes on positives to list actual types
    return cases


def dump(cases):
    lines = []
    for c in cases:
        rec, _ = c.render()
        lines.append(json.dumps(rec, ensure_ascii=False))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- checks
def check(cases, text):
    errs = []
    with open(OUT_FILE, encoding="utf-8") as fh:
        on_disk = fh.read()
    if on_disk != text:
        errs.append("cases.jsonl is not byte-identical to a fresh generation")
    ids = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for c in cases:
        rec, meta = c.render()
        cid = rec["id"]
        if cid in ids:
            errs.append("duplicate id " + cid)
        ids.add(cid)
        if not 10 <= len(rec["turns"]) <= 25:
            errs.append("%s: %d turns" % (cid, len(rec["turns"])))
        if rec["kind"] == "positive":
            npos += 1
            if not rec["spans"]:
                errs.append(cid + ": positive without spans")
        else:
            nneg += 1
            if rec["spans"]:
                errs.append(cid + ": negative with spans")
        for t in rec["turns"]:
            if t["speaker"] not in ("customer", "agent") or not t["text"]:
                errs.append(cid + ": bad turn")
        per_turn = {}
        texts = {}
        for sp, (gid, role) in zip(rec["spans"], meta):
            counts[sp["type"]] += 1
            if sp["type"] not in TYPES:
                errs.append(cid + ": bad type")
            txt = rec["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(txt)):
                errs.append("%s: offsets out of range" % cid)
                continue
            v = txt[s:e]
            if not (v[0].isalnum() or v[0] == "+") or not v[-1].isalnum():
                errs.append("%s: span %r not trimmed" % (cid, v))
            if s > 0 and txt[s - 1].isalnum() or e < len(txt) and txt[e].isalnum():
                errs.append("%s: span %r not on word boundary" % (cid, v))
            per_turn.setdefault(sp["turn"], []).append((s, e))
            texts.setdefault(gid, []).append((role, sp["type"], v))
        for lst in per_turn.values():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append(cid + ": overlapping spans")
        for gid, items in texts.items():
            typ, truth = c.groups[gid]
            parts = [v for r, _, v in items if r == "part"]
            fulls = [v for r, _, v in items if r == "full"]
            values = []
            if parts:
                values.append(" ".join(parts))
            values += fulls
            for v in values:
                cv = canonical(typ, v)
                if not full_value_ok(typ, cv):
                    errs.append("%s: invalid %s value %r -> %r" % (cid, typ, v, cv))
                if truth is not None and cv != (truth.lower() if typ == "EMAIL" else truth):
                    errs.append("%s: %s %r normalises to %r, expected %r" % (cid, typ, v, cv, truth))
            for r, t2, v in items:
                cv = canonical(typ, v)
                if r == "frag" and (cv is None or not truth.startswith(cv)):
                    errs.append("%s: fragment %r is not a prefix of %s" % (cid, v, truth))
                if r == "suffix" and (cv is None or not truth.endswith(cv) or len(cv) != 4):
                    errs.append("%s: suffix %r does not end %s" % (cid, v, truth))
            if not values:
                errs.append("%s: group %d has no full reading" % (cid, gid))
    mins = {t: 10 for t in TYPES}
    mins.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t, m in mins.items():
        if counts[t] < m:
            errs.append("only %d %s spans (need %d)" % (counts[t], t, m))
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d positive, %d negative" % (npos, nneg))
    return errs, counts, npos, nneg


def main():
    cases = generate()
    text = dump(cases)
    if "--check" in sys.argv[1:]:
        errs, counts, npos, nneg = check(cases, text)
        for e in errs[:50]:
            print("ERROR:", e)
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        if errs:
            print("FAILED: %d problem(s)" % len(errs))
            sys.exit(1)
        print("OK: --check passed")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT_FILE, "w", encoding="utf-8") as fh:
        fh.write(text)
    print("wrote %d cases to %s" % (len(cases), OUT_FILE))


if __name__ == "__main__":
    main()
