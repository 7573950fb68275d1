#!/usr/bin/env python3
"""Generate the pii_holdout351 held-out PII evaluation set (stdlib only).

Usage:
    python scripts/make_pii_holdout351.py          # write cases.jsonl
    python scripts/make_pii_holdout351.py --check  # regenerate + validate

Written by an AI helper acting as an independent test author; it did not see
the redaction engine. Every turn is assembled from plain segments and labelled
value segments, so span offsets are computed, never typed.
"""
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout351")
OUT = os.path.join(OUT_DIR, "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# --------------------------------------------------------------------------
# spoken-number vocabulary (shared by renderer and checker)
UNIT_W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_W = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
TENS_W = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
          8: "eighty", 9: "ninety"}
UNITS = {w: i for i, w in enumerate(UNIT_W)}
UNITS.update({"oh": 0, "o": 0, "nought": 0, "naught": 0, "won": 1, "to": 2, "too": 2,
              "tree": 3, "for": 4, "fore": 4, "ate": 8, "niner": 9})
TEENS = {w: 10 + i for i, w in enumerate(TEEN_W)}
TENS = {w: k for k, w in TENS_W.items()}
TENS["fourty"] = 4  # common mis-spelling from ASR / typists
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "uhm"}
NATO = {"alpha": "a", "alfa": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e",
        "foxtrot": "f", "golf": "g", "hotel": "h", "india": "i", "juliet": "j", "juliett": "j",
        "kilo": "k", "lima": "l", "mike": "m", "november": "n", "oscar": "o", "papa": "p",
        "quebec": "q", "romeo": "r", "sierra": "s", "tango": "t", "uniform": "u",
        "victor": "v", "whiskey": "w", "whisky": "w", "xray": "x", "yankee": "y", "zulu": "z"}
LETTER_HOMO = {"see": "c", "sea": "c", "are": "r", "why": "y", "bee": "b", "be": "b",
               "tea": "t", "tee": "t", "jay": "j", "kay": "k", "gee": "g", "zed": "z",
               "zee": "z", "aitch": "h", "haitch": "h", "pea": "p", "pee": "p", "em": "m",
               "en": "n", "el": "l", "ex": "x", "dee": "d", "ay": "a", "eh": "a",
               "queue": "q", "you": "u", "ess": "s", "eff": "f", "vee": "v", "eye": "i"}
NATO_BY_LETTER = {}
for _w, _l in NATO.items():
    NATO_BY_LETTER.setdefault(_l, _w)
NATO_BY_LETTER["x"] = "x-ray"
NATO_ALT = {"a": "apple", "b": "bob", "c": "cat", "d": "dog", "e": "edward", "g": "george",
            "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mother",
            "n": "nancy", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy",
            "w": "william", "x": "xylophone", "y": "yellow", "z": "zebra"}

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
       "thirty first"]


def two_word(n):
    """Say 10..99 as a word pair (nonzero unit or teen)."""
    if 10 <= n <= 19:
        return TEEN_W[n - 10]
    t, u = divmod(n, 10)
    return TENS_W[t] if u == 0 else TENS_W[t] + " " + UNIT_W[u]


def year_words(y):
    if 2000 <= y <= 2009:
        return "two thousand and " + UNIT_W[y - 2000] if y > 2000 else "two thousand"
    a, b = divmod(y, 100)
    if b == 0:
        return two_word(a) + " hundred"
    if b < 10:
        return two_word(a) + " oh " + UNIT_W[b]
    return two_word(a) + " " + two_word(b)


# --------------------------------------------------------------------------
# value generators


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(rng, prefix, length):
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def gen_card(rng):
    kind = rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13",
                       "visa19", "maestro", "mc2"])
    if kind == "visa":
        return luhn_complete(rng, "4" + str(rng.randrange(100, 999)), 16)
    if kind == "visa13":
        return luhn_complete(rng, "4", 13)
    if kind == "visa19":
        return luhn_complete(rng, "4", 19)
    if kind == "mc":
        return luhn_complete(rng, str(rng.randrange(51, 56)), 16)
    if kind == "mc2":
        return luhn_complete(rng, str(rng.randrange(2221, 2721)), 16)
    if kind == "amex":
        return luhn_complete(rng, rng.choice(["34", "37"]), 15)
    if kind == "disc":
        return luhn_complete(rng, "6011", 16)
    return luhn_complete(rng, "6759", rng.choice([18, 19]))


def card_groups(card, rng):
    n = len(card)
    if n == 15:
        return [card[:4], card[4:10], card[10:]]
    if n == 16:
        if rng.random() < 0.15:
            return [card[:5], card[5:10], card[10:]]
        return [card[i:i + 4] for i in range(0, 16, 4)]
    if n == 13:
        return [card[:4], card[4:7], card[7:10], card[10:]]
    return [card[i:i + 4] for i in range(0, n, 4)]


def gen_ssn(rng):
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randrange(1, 100), rng.randrange(1, 10000))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(rng.randrange(10)) for _ in range(6)) + rng.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def rdig(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def gen_iban(rng):
    c = rng.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    if c == "GB":
        bban = rng.choice(["NWBK", "BARC", "LLYD", "MIDL", "HBUK"]) + rdig(rng, 14)
    elif c == "IE":
        bban = rng.choice(["AIBK", "BFIE", "IPBS"]) + rdig(rng, 14)
    elif c == "DE":
        bban = rdig(rng, 18)
    elif c == "FR":
        bban = rdig(rng, 23)
    elif c == "NL":
        bban = rng.choice(["ABNA", "RABN", "INGB"]) + rdig(rng, 10)
    else:
        bban = rdig(rng, 20)
    bban = bban.replace("O", "0")
    return c + iban_check(c, bban) + bban


def gen_postcode_uk(rng):
    area = rng.choice(["SW", "SE", "EC", "M", "B", "LS", "G", "EH", "CF", "BS", "NE", "L",
                       "CR", "RG", "CB", "BT", "WR", "DY", "S", "N", "E", "W", "KT", "PL"])
    inward_letters = "ABDEFGHJLNPQRSTUWXYZ"
    district = str(rng.randrange(1, 30 if len(area) == 2 else 20))
    if area in ("SW", "EC", "W") and rng.random() < 0.3:
        district = str(rng.randrange(1, 3)) + rng.choice("AVY")
    inward = str(rng.randrange(0, 10)) + rng.choice(inward_letters) + rng.choice(inward_letters)
    return area + district, inward


def gen_zip(rng):
    z = "%05d" % rng.randrange(1001, 99950)
    return z, (("%04d" % rng.randrange(1, 10000)) if rng.random() < 0.3 else None)


# --------------------------------------------------------------------------
# spoken rendering


class Voice:
    """Per-speaker speaking habits."""

    def __init__(self, rng, uk=True, noisy=True):
        self.zero = rng.choice(["oh", "oh", "o", "nought", "zero"] if uk else ["oh", "zero", "o"])
        self.pairs = rng.choice([0.0, 0.0, 0.3, 0.6])
        self.doubles = rng.choice([0.3, 0.8, 1.0])
        self.hundreds = rng.choice([0.0, 0.0, 0.4])
        self.homo = 0.12 if noisy else 0.0
        self.punct = rng.choice(["", "", ",", ".", "-"]) if noisy else ""
        self.fill = rng.choice([0.0, 0.15, 0.3])
        self.rng = rng

    def unit(self, d):
        r = self.rng
        if d == "0":
            return self.zero
        w = UNIT_W[int(d)]
        if r.random() < self.homo:
            w = {"two": r.choice(["to", "too"]), "four": "for", "eight": "ate",
                 "one": "won", "three": "tree", "nine": "niner"}.get(w, w)
        return w

    def singles(self, g):
        out, i = [], 0
        while i < len(g):
            j = i
            while j < len(g) and g[j] == g[i]:
                j += 1
            run = j - i
            if run >= 3 and self.rng.random() < self.doubles * 0.7:
                out.append("triple " + self.unit(g[i]))
                i += 3
            elif run >= 2 and self.rng.random() < self.doubles:
                out.append("double " + self.unit(g[i]))
                i += 2
            else:
                out.append(self.unit(g[i]))
                i += 1
        return " ".join(out)

    def group(self, g):
        r = self.rng

        def pairable(p):
            return p[0] != "0" and (p[1] != "0" or p[0] == "1")
        if len(g) == 3 and g[0] != "0" and r.random() < self.hundreds:
            rest = g[1:]
            if rest[0] == "0" and rest[1] != "0":
                return UNIT_W[int(g[0])] + " hundred and " + UNIT_W[int(rest[1])]
            if pairable(rest):
                return UNIT_W[int(g[0])] + " hundred and " + two_word(int(rest))
        if len(g) == 2 and pairable(g) and r.random() < self.pairs:
            return two_word(int(g))
        if len(g) == 4 and pairable(g[:2]) and pairable(g[2:]) and r.random() < self.pairs:
            return two_word(int(g[:2])) + " " + two_word(int(g[2:]))
        if len(g) == 4 and pairable(g[2:]) and r.random() < self.pairs * 0.5:
            return self.singles(g[:2]) + " " + two_word(int(g[2:]))
        return self.singles(g)

    def join(self, parts, fill=True):
        out = []
        for i, p in enumerate(parts):
            if i:
                if fill and self.rng.random() < self.fill:
                    out.append(" " + self.rng.choice(["um", "uh", "er", "erm"]) + " ")
                else:
                    out.append(self.punct + " " if self.punct != "-" else "-")
            out.append(p)
        return "".join(out)

    def digits(self, groups, fill=True):
        return self.join([self.group(g) for g in groups], fill)

    def letter(self, ch, nato_p=0.5):
        r = self.rng
        c = ch.lower()
        x = r.random()
        if x < nato_p:
            word = NATO_ALT.get(c) if (r.random() < 0.3 and c in NATO_ALT) else NATO_BY_LETTER[c]
            return "%s %s %s" % (c, r.choice(["for", "for", "as in", "like"]), word)
        if x < nato_p + 0.15:
            homo = [k for k, v in LETTER_HOMO.items() if v == c and k not in ("be", "eye", "you")]
            if homo:
                return r.choice(homo)
        return c

    def alnum(self, s, nato_p=0.4, fill=False):
        """Speak a mixed letter/digit token run (NI, postcode, IBAN chunk)."""
        parts, buf = [], ""
        for ch in s:
            if ch.isdigit():
                buf += ch
            else:
                if buf:
                    parts.append(self.group(buf))
                    buf = ""
                parts.append(self.letter(ch, nato_p))
        if buf:
            parts.append(self.group(buf))
        return " ".join(parts)


# --------------------------------------------------------------------------
# normalisation of spoken/typed values (checker side)

TOK = re.compile(r"[a-z]+|\d")
MERGE_WORDS = sorted(list(UNITS) + list(TEENS) + list(TENS) + ["double", "triple", "hundred"],
                     key=len, reverse=True)


def split_merged(tok):
    """'fortyone' -> ['forty','one'] (ASR merged words); None if impossible."""
    if not tok:
        return []
    for w in MERGE_WORDS:
        if len(w) > 1 and tok.startswith(w):
            rest = split_merged(tok[len(w):])
            if rest is not None:
                return [w] + rest
    return None


def tokens(text):
    out = []
    for t in TOK.findall(text.lower().replace("x-ray", "xray")):
        if t.isdigit() or t in UNITS or t in TEENS or t in TENS or t in NATO \
                or t in LETTER_HOMO or t in FILLERS or len(t) == 1:
            out.append(t)
            continue
        sm = split_merged(t)
        out.extend(sm if sm else [t])
    return out


VOCAB = set(UNITS) | set(TEENS) | set(TENS) | set(NATO) | set(LETTER_HOMO) | FILLERS | {
    "double", "triple", "hundred", "plus", "and", "for", "as", "in", "like"}


def normalise(text, letters=False):
    alpha = re.findall(r"[a-z]+", text.lower())
    if re.search(r"\d", text) and not any(len(w) > 1 and w in VOCAB for w in alpha):
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()  # typed form
    toks = [t for t in tokens(text) if t not in FILLERS]
    out, i, n = [], 0, len(toks)

    def nxt(k):
        return toks[k] if k < n else None
    while i < n:
        t = toks[i]
        if letters and (len(t) == 1 and t.isalpha() or t in LETTER_HOMO):
            lt = t if len(t) == 1 else LETTER_HOMO[t]
            if nxt(i + 1) in ("for", "like") and nxt(i + 2) and nxt(i + 2).replace("-", "")[0] == lt \
                    and not nxt(i + 2).isdigit():
                out.append(lt)
                i += 3
                continue
            if nxt(i + 1) == "as" and nxt(i + 2) == "in" and nxt(i + 3) and nxt(i + 3)[0] == lt:
                out.append(lt)
                i += 4
                continue
            if t in ("o", "oh") or (t == "a" and False):
                pass
            else:
                out.append(lt)
                i += 1
                continue
        if t.isdigit():
            out.append(t)
        elif t in ("double", "triple"):
            m = 2 if t == "double" else 3
            u = nxt(i + 1)
            if u in UNITS:
                out.append(str(UNITS[u]) * m)
            elif letters and u and len(u) == 1 and u.isalpha():
                out.append(u * m)
            else:
                raise ValueError("bad double: %r" % text)
            i += 2
            continue
        elif t in TENS:
            u = nxt(i + 1)
            if u in UNITS and UNITS[u] != 0 and u not in ("o", "oh"):
                out.append(str(TENS[t]) + str(UNITS[u]))
                i += 2
                continue
            out.append(str(TENS[t]) + "0")
        elif t in TEENS:
            out.append(str(TEENS[t]))
        elif t in UNITS:
            if nxt(i + 1) == "hundred":
                j = i + 2
                if nxt(j) == "and":
                    j += 1
                u = nxt(j)
                if u in TEENS:
                    out.append(str(UNITS[t]) + str(TEENS[u]))
                    j += 1
                elif u in TENS:
                    v = nxt(j + 1)
                    if v in UNITS and UNITS[v] != 0:
                        out.append(str(UNITS[t]) + str(TENS[u]) + str(UNITS[v]))
                        j += 2
                    else:
                        out.append(str(UNITS[t]) + str(TENS[u]) + "0")
                        j += 1
                elif u in UNITS and nxt(j - 1) == "and":
                    out.append(str(UNITS[t]) + "0" + str(UNITS[u]))
                    j += 1
                else:
                    out.append(str(UNITS[t]) + "00")
                i = j
                continue
            out.append(str(UNITS[t]))
        elif letters and t in NATO:
            out.append(NATO[t])
        elif t in ("plus", "and", "dash", "space", "hyphen"):
            pass
        else:
            raise ValueError("unknown token %r in %r" % (t, text))
        i += 1
    return "".join(out).upper()


EMAIL_MAP = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-",
             "period": ".", "full stop": "."}


def normalise_email(text):
    t = text.lower().replace("x-ray", "xray")
    if "@" in t:
        return re.sub(r"\s+", "", t)
    toks = re.findall(r"[a-z]+|\d|[._\-]", t)
    out, i = [], 0
    while i < len(toks):
        w = toks[i]
        if w in FILLERS:
            i += 1
            continue
        if len(w) == 1 and w.isalpha() and i + 2 < len(toks) and toks[i + 1] in ("for", "like") \
                and toks[i + 2][0] == w:
            out.append(w)
            i += 3
            continue
        if w in EMAIL_MAP:
            out.append(EMAIL_MAP[w])
        elif w in UNIT_W:
            out.append(str(UNIT_W.index(w)))
        elif w in TENS and i + 1 < len(toks) and toks[i + 1] in UNIT_W[1:]:
            out.append(str(TENS[w]) + str(UNIT_W.index(toks[i + 1])))
            i += 1
        else:
            out.append(w)
        i += 1
    return "".join(out)


NI_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")
STREET = ("road", "street", "avenue", "lane", "close", "drive", "way", "crescent", "court",
          "grove", "terrace", "place", "gardens", "square", "hill", "rd", "st", "ave", "ln",
          "blvd", "boulevard", "park", "row", "walk", "mews", "parade")


def validate_group(g, texts):
    typ, canon, frag = g["type"], g["canon"], g["fragment"]
    if typ == "EMAIL":
        norm = "".join(normalise_email(t) for t in texts)
        assert re.match(r"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$", canon), canon
        assert norm == canon, (norm, canon)
        return
    if typ in ("DOB", "EXPIRY"):
        y, m = canon[0], canon[1]
        assert 1 <= m <= 12
        assert (1925 <= y <= 2008) if typ == "DOB" else (2024 <= y <= 2034)
        for t in texts:
            low = t.lower()
            assert re.search(r"\d", low) or any(w in low for w in MONTHS + UNIT_W + TEEN_W
                                                 + list(TENS_W.values()) + ["oh"]), t
        return
    if typ == "ADDRESS":
        for t in texts:
            low = t.lower()
            first = TOK.findall(low)[0]
            assert first.isdigit() or first in UNITS or first in TEENS or first in TENS or \
                first in ("flat", "apartment", "apt", "unit", "suite"), t
            assert any(re.search(r"\b%s\b" % s, low) for s in STREET), t
        return
    letters = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    norm = "".join(normalise(t, letters) for t in texts)
    if frag:
        assert norm and norm in canon or frag == "any", (norm, canon)
        assert re.match(r"^[A-Z0-9]+$", norm), norm
        return
    assert norm == canon, (typ, norm, canon, texts)
    if typ == "CARD_NUMBER":
        assert 13 <= len(norm) <= 19 and norm.isdigit() and luhn_ok(norm), norm
    elif typ == "CVV":
        assert re.match(r"^\d{3,4}$", norm), norm
    elif typ == "SSN":
        assert re.match(r"^\d{9}$", norm) and norm[:3] not in ("000", "666") and norm[0] != "9"
        assert norm[3:5] != "00" and norm[5:] != "0000"
    elif typ == "NI_NUMBER":
        assert NI_RE.match(norm), norm
    elif typ == "SORT_CODE":
        assert re.match(r"^\d{6}$", norm), norm
    elif typ == "BANK_ACCOUNT":
        assert re.match(r"^\d{6,17}$", norm), norm
    elif typ == "IBAN":
        assert re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$", norm) and iban_ok(norm), norm
    elif typ == "PHONE":
        assert re.match(r"^\d{9,15}$", norm), norm
    elif typ == "POSTCODE":
        assert UKPC_RE.match(norm) or re.match(r"^\d{5}(\d{4})?$", norm), norm
    else:
        raise AssertionError(typ)


# --------------------------------------------------------------------------
# case builder


class Case:
    def __init__(self, kind, note, style="chat"):
        self.kind, self.note, self.style = kind, note, style
        self.turns, self.spans, self.groups = [], [], []

    def val(self, typ, canon, fragment=False):
        self.groups.append({"type": typ, "canon": canon, "fragment": fragment, "texts": []})
        return len(self.groups) - 1

    def say(self, speaker, *segs):
        """segs: plain strings, or (gid, text) tuples for labelled value pieces."""
        text, spans = "", []
        for s in segs:
            if isinstance(s, tuple):
                gid, vt = s
                assert vt and vt[0].isalnum() and vt[-1].isalnum(), repr(vt)
                spans.append((len(text), len(text) + len(vt), gid))
                self.groups[gid]["texts"].append(vt)
                text += vt
            else:
                text += s
        if self.style == "asr_punct" and text:
            text = text[0].upper() + text[1:]
            if text[-1].isalnum():
                text += "."
        ti = len(self.turns)
        self.turns.append({"speaker": speaker, "text": text})
        for a, b, gid in spans:
            self.spans.append({"turn": ti, "start": a, "end": b, "type": self.groups[gid]["type"]})

    def record(self, cid):
        return {"id": cid, "kind": self.kind, "turns": self.turns,
                "spans": sorted(self.spans, key=lambda s: (s["turn"], s["start"])),
                "note": self.note}


# --------------------------------------------------------------------------
# scenario material

INDUSTRIES = {
    "banking": ("thanks for calling northgate bank", "Northgate Bank chat"),
    "telecom": ("you're through to skyline mobile", "Skyline Mobile support"),
    "utilities": ("hello you're through to brightwater energy", "Brightwater Energy"),
    "retail": ("thanks for calling harbour and finch customer care", "Harbour & Finch"),
    "insurance": ("welcome to oakshield insurance claims", "Oakshield Insurance"),
    "travel": ("you're speaking to bluewing holidays", "BlueWing Travel"),
    "healthcare": ("st. aldric medical billing office", "St Aldric Medical Billing"),
    "government": ("you're through to the council tax helpline", "Council Services"),
}
IND = list(INDUSTRIES)
FIRST = ["jane", "tom", "aisling", "priya", "marcus", "siobhan", "dev", "katie", "olu",
         "rhys", "fatima", "connor", "lena", "wei", "grace", "mateo", "niamh", "sam"]
LAST = ["doyle", "okafor", "patel", "nguyen", "murphy", "kowalski", "hughes", "brennan",
        "santos", "fischer", "mcgrath", "adeyemi", "walsh", "lindqvist", "ryan", "khan"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.ie", "btinternet.com",
           "icloud.com", "eircom.net", "web.de", "live.co.uk", "proton.me"]
STREETS = ["acacia avenue", "harbour road", "mill lane", "kingsley road", "station road",
           "church street", "the crescent", "elm grove", "victoria terrace", "market street",
           "oak drive", "park lane", "maple court", "riverside walk", "sycamore close",
           "bridge street", "orchard way", "willow gardens", "college green", "high street"]
US_STREETS = ["elm street", "maple avenue", "lakeshore drive", "sunset boulevard", "oak lane",
              "pine street", "washington avenue", "cedar court"]
TOWNS = ["leeds", "cardiff", "bristol", "glasgow", "manchester", "belfast", "croydon", "york"]
US_TOWNS = ["springfield", "austin", "columbus", "sacramento", "portland"]
BACKCH = ["mhm", "mm-hm", "go on", "yep", "okay", "yeah", "right", "uh huh", "got it",
          "and the next four", "okay go ahead", "yes"]
FILL = ["um ", "uh ", "er ", "", "", "", "so ", "right so ", "yeah "]

# ASR-ish carrier phrases, some with mishearings
CARD_ASK = ["can i take the long number on the card", "what's the card number please",
            "could i get the car number", "and the sixteen digits across the front",
            "can you read me the card number when you're ready", "long number on the front please",
            "and the card numb er please"]
CARD_LEAD = ["yeah it's ", "it's ", "okay so ", "right it's ", "so that's ", "", "um yeah it is ",
             "the card numbers ", "got it here ", "its "]


def pick(rng, xs):
    return rng.choice(xs)


def asr_style(rng):
    return rng.choice(["asr", "asr", "asr_punct"])


def typed_card(rng, card):
    g = card_groups(card, rng)
    x = rng.random()
    if x < 0.35:
        return " ".join(g)
    if x < 0.55:
        return "-".join(g)
    if x < 0.75:
        return card
    if x < 0.85:
        return "  ".join(g)
    if x < 0.92:
        return ".".join(g)
    return card[:6] + " " + card[6:]


def typed_expiry(rng, y, m):
    return rng.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
                       "%d/%02d" % (m, y % 100), "%s %d" % (MONTHS[m - 1][:3].title(), y),
                       "%02d%02d" % (m, y % 100), "%s/%02d" % (MONTHS[m - 1][:3], y % 100)])


def spoken_expiry(v, y, m):
    r = v.rng
    yy = y % 100
    opts = ["%s %s" % (v.unit("0") + " " + UNIT_W[m] if m < 10 else two_word(m), two_word(yy)),
            "%s %s" % (MONTHS[m - 1], year_words(y)),
            "%s twenty %s" % (MONTHS[m - 1], two_word(yy)),
            "%s %s" % (UNIT_W[m] if m < 10 else two_word(m), two_word(yy)),
            "the %s month %s" % (ORD[m], two_word(yy)),
            "%s of %s" % (MONTHS[m - 1], year_words(y))]
    s = r.choice(opts)
    if r.random() < 0.25 and "twenty " in s:
        s = s.replace("twenty ", "twenty-", 1)  # recogniser hyphenation
    return s


def typed_dob(rng, y, m, d):
    mon = MONTHS[m - 1]
    return rng.choice(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (m, d, y), "%02d-%02d-%02d" % (d, m, y % 100),
                       "%d %s %d" % (d, mon.title(), y), "%s %d, %d" % (mon.title(), d, y),
                       "%d-%02d-%02d" % (y, m, d), "%d.%d.%d" % (d, m, y),
                       "%d%s %s %d" % (d, "th" if 4 <= d <= 20 or 24 <= d <= 30 else
                                       {1: "st", 2: "nd", 3: "rd"}[d % 10], mon[:3].title(), y)])


def spoken_dob(v, y, m, d):
    r = v.rng
    mon = MONTHS[m - 1]
    dw = ORD[d]
    return r.choice(["the %s of %s %s" % (dw, mon, year_words(y)),
                     "%s %s %s" % (dw, mon, year_words(y)),
                     "%s %s %s" % (mon, dw, year_words(y)),
                     "%s %s %s" % (mon, UNIT_W[d] if d < 10 else two_word(d), year_words(y)),
                     "%s of the %s %s" % (dw, ORD[m], two_word(y % 100) if y % 100 >= 10 else year_words(y)),
                     "%s %s %s" % (v.digits(["%02d" % d]), v.digits(["%02d" % m]), year_words(y)),
                     "%s %s, %s" % (dw.title().replace(" ", "-"), mon.title(), y)])


def gen_date(rng, lo, hi):
    y = rng.randrange(lo, hi)
    m = rng.randrange(1, 13)
    d = rng.randrange(1, 29)
    return y, m, d


# --------------------------------------------------------------------------
# positive scenarios


def pos_chat_card(rng):
    ind = pick(rng, IND)
    c = Case("positive", "typed chat: card with label, expiry and CVV (%s)" % ind, "chat")
    card = gen_card(rng)
    y, m = rng.randrange(2025, 2033), rng.randrange(1, 13)
    cv = rdig(rng, 4 if card[:2] in ("34", "37") else 3)
    g, e, k = c.val("CARD_NUMBER", card), c.val("EXPIRY", (y, m)), c.val("CVV", cv)
    c.say("agent", "Hi, this is %s. How can I help today?" % INDUSTRIES[ind][1])
    lab = pick(rng, ["card no: ", "Card number - ", "cc# ", "its ", "card is ", "Card: ", "number is "])
    c.say("customer", "I want to pay my balance of \u00a3%d.%02d. %s" % (rng.randrange(20, 900), rng.randrange(100), lab),
          (g, typed_card(rng, card)),
          pick(rng, [" exp ", ", expiry ", " expires ", " valid thru ", " ex: "]), (e, typed_expiry(rng, y, m)),
          pick(rng, [" cvv ", " and the 3 digits on back are ", " sec code ", " CVC: ", " security no. "]),
          (k, cv))
    if rng.random() < 0.5:
        # the full number was given in this case, so the last-four mention is labelled
        g4 = c.val("CARD_NUMBER", card[-4:], fragment=True)
        c.say("agent", "Thanks, I can see the card ending ", (g4, card[-4:]), ". Processing now.")
        c.note = "typed chat: card, expiry, CVV; agent last four labelled since full card given (%s)" % ind
    return c


def pos_asr_card_split(rng):
    ind = pick(rng, IND)
    st = asr_style(rng)
    c = Case("positive", "ASR: card read over several customer turns with back-channels and read-back (%s)" % ind, st)
    v = Voice(rng, uk=rng.random() < 0.7)
    card = gen_card(rng)
    groups = card_groups(card, rng)
    g = c.val("CARD_NUMBER", card)
    c.say("agent", INDUSTRIES[ind][0] + " " + pick(rng, CARD_ASK))
    for i, grp in enumerate(groups):
        lead = pick(rng, CARD_LEAD) if i == 0 else pick(rng, FILL)
        c.say("customer", lead, (g, v.group(grp)))
        if i < len(groups) - 1:
            c.say("agent", pick(rng, BACKCH))
    if rng.random() < 0.7:
        av = Voice(rng, uk=True, noisy=True)
        av.fill = 0.0
        rb = c.val("CARD_NUMBER", card)
        c.say("agent", pick(rng, ["so i've got ", "let me read that back ", "that's ", "okay so "]),
              (rb, av.digits(groups)), pick(rng, [" is that right", " correct", "", " yeah"]))
        c.say("customer", pick(rng, ["yes", "that's it", "yeah correct", "yep"]))
        c.note += "; agent read-back labelled"
    if rng.random() < 0.6:
        y, m = rng.randrange(2025, 2033), rng.randrange(1, 13)
        e = c.val("EXPIRY", (y, m))
        c.say("agent", pick(rng, ["and the expiry", "expiry date", "and the expert date", "when does it expire"]))
        c.say("customer", pick(rng, ["", "it's ", "er "]), (e, spoken_expiry(v, y, m)))
    if rng.random() < 0.5:
        cv = rdig(rng, 3)
        k = c.val("CVV", cv)
        c.say("agent", pick(rng, ["and the last three on the back", "security code on the back please",
                                  "the three digit security cold", "and the cvv"]))
        c.say("customer", pick(rng, ["", "it's ", "um "]), (k, v.digits([cv])))
    return c


def pos_asr_card_oneturn(rng):
    ind = pick(rng, IND)
    st = asr_style(rng)
    c = Case("positive", "ASR: card in one turn with fillers, aside and/or correction (%s)" % ind, st)
    v = Voice(rng, uk=rng.random() < 0.6)
    v.fill = max(v.fill, 0.2)
    card = gen_card(rng)
    groups = card_groups(card, rng)
    g = c.val("CARD_NUMBER", card)
    c.say("agent", pick(rng, CARD_ASK))
    mode = rng.choice(["aside", "correct", "plain", "merge"])
    if mode == "aside":
        k = rng.randrange(1, len(groups))
        aside = pick(rng, [" hang on the dog's barking ", " sorry let me get my glasses ",
                           " wait it's worn off a bit here ", " hold on hold on ", " one sec kids are shouting "])
        c.say("customer", pick(rng, CARD_LEAD), (g, v.digits(groups[:k])), aside, (g, v.digits(groups[k:])))
        c.note = "ASR: card with an aside in the middle of the reading (%s)" % ind
    elif mode == "correct":
        wrong = groups[0][:-1] + str((int(groups[0][-1]) + rng.randrange(1, 9)) % 10)
        f = c.val("CARD_NUMBER", wrong, fragment="any")
        c.say("customer", pick(rng, CARD_LEAD), (f, v.group(wrong)),
              pick(rng, [" no sorry ", " no wait ", " sorry scratch that ", " er no let me start again "]),
              (g, v.digits(groups)))
        c.note = "ASR: card with a restarted reading; false start labelled as its own span (%s)" % ind
    elif mode == "merge":
        txt = v.digits(groups)
        # recogniser merges two number words with no space
        words = txt.split(" ")
        idx = [i for i in range(len(words) - 1) if words[i] in UNITS and words[i + 1] in UNITS
               and words[i] not in ("o", "oh", "for", "to", "too") and words[i + 1] not in ("o", "to", "too")]
        if idx:
            i = rng.choice(idx)
            words[i:i + 2] = [words[i] + words[i + 1]]
            txt = " ".join(words)
        c.say("customer", pick(rng, CARD_LEAD), (g, txt), pick(rng, ["", " that's it", " and that's the lot"]))
        c.note = "ASR: card with recogniser-merged number words (%s)" % ind
    else:
        c.say("customer", pick(rng, CARD_LEAD), (g, v.digits(groups)))
    if rng.random() < 0.4:
        g4 = c.val("CARD_NUMBER", card[-4:], fragment=True)
        c.say("agent", pick(rng, ["lovely so that's the card ending ", "thanks card ending in "]),
              (g4, Voice(rng).group(card[-4:])))
        c.note += "; last four read back after full card is labelled"
    c.say("agent", pick(rng, ["and your balance today is %s pounds" % two_word(rng.randrange(21, 99)),
                              "that's going through now", "the payment's authorised"]))
    return c


def pos_ssn(rng):
    ind = pick(rng, ["banking", "healthcare", "insurance", "government", "telecom"])
    ssn = gen_ssn(rng)
    grp = [ssn[:3], ssn[3:5], ssn[5:]]
    if rng.random() < 0.4:
        c = Case("positive", "typed: US SSN (%s)" % ind, "chat")
        g = c.val("SSN", ssn)
        fmt = rng.choice(["-".join(grp), " ".join(grp), ssn, "%s-%s%s" % tuple(grp), ".".join(grp)])
        c.say("agent", "For verification please confirm your Social Security number.")
        c.say("customer", pick(rng, ["ssn: ", "SSN is ", "its ", "social - ", "sure ", "ss# "]), (g, fmt),
              pick(rng, ["", " thanks", ". also my claim no is CLM-%s" % rdig(rng, 7)]))
        return c
    st = asr_style(rng)
    c = Case("positive", "ASR: US SSN spoken (%s)" % ind, st)
    v = Voice(rng, uk=False)
    g = c.val("SSN", ssn)
    c.say("agent", pick(rng, ["can i get your social", "and the last nine of your social security",
                              "what's your social security number", "i'll need your so shall security number"]))
    mode = rng.random()
    if mode < 0.4:
        c.say("customer", pick(rng, ["", "yeah ", "sure it's "]), (g, v.group(grp[0])))
        c.say("agent", pick(rng, BACKCH))
        c.say("customer", (g, v.group(grp[1])))
        c.say("agent", pick(rng, BACKCH))
        c.say("customer", pick(rng, ["", "and ", "um "]), (g, v.group(grp[2])))
        c.note = "ASR: SSN split over three customer turns (%s)" % ind
    else:
        c.say("customer", pick(rng, ["", "yeah ", "sure it's ", "okay "]), (g, v.digits(grp)))
    if rng.random() < 0.45:
        r = c.val("SSN", ssn)
        c.say("agent", "so that's ", (r, Voice(rng, uk=False).digits(grp, fill=False)))
        c.say("customer", "correct")
        c.note += "; read-back labelled"
    return c


def pos_ni(rng):
    ind = pick(rng, ["government", "banking", "utilities", "insurance", "healthcare"])
    ni = gen_ni(rng)
    if rng.random() < 0.35:
        c = Case("positive", "typed: UK NI number (%s)" % ind, "chat")
        g = c.val("NI_NUMBER", ni)
        fmt = rng.choice([ni, "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]),
                          ni.lower(), "%s%s %s" % (ni[:2], ni[2:8], ni[8]), ni[:2] + " " + ni[2:8] + " " + ni[8],
                          ni[:2].lower() + ni[2:]])
        c.say("customer", pick(rng, ["NI no: ", "my national insurance number is ", "NINO ", "ni number - "]),
              (g, fmt), pick(rng, ["", ". ref 44123", " thanks", "."]))
        c.say("agent", "Thank you, that's matched to your record.")
        return c
    st = asr_style(rng)
    c = Case("positive", "ASR: UK NI number spoken with letters/NATO/homophones (%s)" % ind, st)
    v = Voice(rng, uk=True)
    g = c.val("NI_NUMBER", ni)
    c.say("agent", pick(rng, ["can i take your national insurance number",
                              "and your nationally insurance number please", "what's your n i number"]))
    if rng.random() < 0.4:
        c.say("customer", pick(rng, ["it's ", "yeah ", ""]), (g, v.alnum(ni[:2], 0.6) + " " + v.group(ni[2:4])))
        c.say("agent", pick(rng, BACKCH))
        c.say("customer", (g, v.digits([ni[4:6], ni[6:8]]) + " " + v.letter(ni[8], 0.5)))
        c.note = "ASR: NI number split over customer turns (%s)" % ind
    else:
        c.say("customer", pick(rng, ["it's ", "yeah it's ", "er ", ""]),
              (g, v.alnum(ni[:2], 0.5) + " " + v.digits([ni[2:4], ni[4:6], ni[6:8]]) + " " + v.letter(ni[8], 0.4)))
    if rng.random() < 0.4:
        r = c.val("NI_NUMBER", ni)
        av = Voice(rng)
        av.fill = 0
        c.say("agent", "thank you so ", (r, av.alnum(ni, 0.3)))
        c.note += "; read-back labelled"
    return c


def pos_bank(rng):
    ind = pick(rng, ["banking", "utilities", "telecom", "insurance", "government"])
    sc, acct = rdig(rng, 6), rdig(rng, 8)
    if rng.random() < 0.4:
        c = Case("positive", "typed: UK sort code and account number for direct debit (%s)" % ind, "chat")
        s, a = c.val("SORT_CODE", sc), c.val("BANK_ACCOUNT", acct)
        c.say("customer", pick(rng, ["sort code ", "s/c: ", "Sort: ", "sortcode "]),
              (s, rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (sc[:2], sc[2:4], sc[4:])),
              pick(rng, [" acct no: ", ", account ", " a/c ", " acc# "]),
              (a, rng.choice([acct, acct[:4] + " " + acct[4:]])),
              pick(rng, ["", " - want DD on the 1st", ". monthly amount \u00a345"]))
        return c
    st = asr_style(rng)
    c = Case("positive", "ASR: sort code and account number spoken (%s)" % ind, st)
    v = Voice(rng, uk=True)
    s, a = c.val("SORT_CODE", sc), c.val("BANK_ACCOUNT", acct)
    c.say("agent", pick(rng, ["what's the sort code", "can i have the sort cold please", "and the sort code for the account"]))
    c.say("customer", pick(rng, ["it's ", "", "er "]), (s, v.digits([sc[:2], sc[2:4], sc[4:]])))
    c.say("agent", pick(rng, ["and the account number", "and the eight digit account number", "account number"]))
    if rng.random() < 0.5:
        c.say("customer", (a, v.group(acct[:4])))
        c.say("agent", pick(rng, BACKCH))
        c.say("customer", (a, v.group(acct[4:])))
    else:
        c.say("customer", pick(rng, ["yeah ", "", "it's "]), (a, v.digits([acct[:4], acct[4:]])))
    if rng.random() < 0.3:
        r = c.val("SORT_CODE", sc)
        c.say("agent", "so sort code ", (r, Voice(rng).digits([sc[:2], sc[2:4], sc[4:]], False)),
              " and that's with %s" % pick(rng, ["barclays", "lloyds", "nationwide"]))
    return c


def pos_us_bank(rng):
    c = Case("positive", "US bank account number typed/spoken with routing context", pick(rng, ["chat", "asr"]))
    acct = rdig(rng, rng.choice([10, 11, 12]))
    a = c.val("BANK_ACCOUNT", acct)
    if c.style == "chat":
        c.say("customer", "checking acct: ", (a, acct), pick(rng, [" (routing on file)", "", " pls update autopay"]))
    else:
        v = Voice(rng, uk=False)
        c.say("agent", "and the checking account number")
        gs = [acct[:3], acct[3:6], acct[6:]]
        c.say("customer", pick(rng, ["it's ", "okay ", ""]), (a, v.digits(gs)))
    return c


def iban_groups(ib):
    return [ib[i:i + 4] for i in range(0, len(ib), 4)]


def pos_iban(rng):
    ib = gen_iban(rng)
    ind = pick(rng, ["banking", "travel", "utilities", "retail", "insurance"])
    if rng.random() < 0.5:
        c = Case("positive", "typed: IBAN (%s)" % ind, "chat")
        g = c.val("IBAN", ib)
        fmt = rng.choice([" ".join(iban_groups(ib)), ib, ib.lower(), " ".join(iban_groups(ib)).lower(),
                          "-".join(iban_groups(ib))])
        c.say("customer", pick(rng, ["refund to IBAN ", "iban: ", "My IBAN is ", "pls pay into "]), (g, fmt),
              pick(rng, ["", " BIC on file", ". thanks!", " (joint account)"]))
        c.say("agent", "Thanks, the refund of \u20ac%d will take 3-5 working days." % rng.randrange(20, 500))
        return c
    st = asr_style(rng)
    c = Case("positive", "ASR: IBAN spoken in chunks with NATO letters (%s)" % ind, st)
    v = Voice(rng, uk=True)
    g = c.val("IBAN", ib)
    c.say("agent", pick(rng, ["can you give me the iban", "what's the eye ban please", "the international account number"]))
    chunks = iban_groups(ib)
    k = rng.choice([2, 3])
    parts = [chunks[i:i + k] for i in range(0, len(chunks), k)]
    for i, p in enumerate(parts):
        c.say("customer", pick(rng, ["it's ", "so "]) if i == 0 else pick(rng, FILL),
              (g, " ".join(v.alnum(x, 0.5) for x in p)))
        if i < len(parts) - 1:
            c.say("agent", pick(rng, BACKCH))
    return c


def gen_phone(rng):
    k = rng.choice(["uk_mob", "uk_mob_intl", "uk_land", "us", "us_intl", "ie", "ie_intl", "fr", "de"])
    if k == "uk_mob":
        d = "07" + rdig(rng, 9)
        return d, [d[:5], d[5:8], d[8:]], ["%s %s" % (d[:5], d[5:]), d, "%s-%s-%s" % (d[:5], d[5:8], d[8:])]
    if k == "uk_mob_intl":
        d = "447" + rdig(rng, 9)
        return d, [d[:2], d[2:6], d[6:9], d[9:]], ["+%s %s %s" % (d[:2], d[2:6], d[6:]), "+" + d,
                                                   "+44 (0)%s %s" % (d[2:6], d[6:]), "0044 %s %s" % (d[2:6], d[6:])]
    if k == "uk_land":
        d = "020" + rdig(rng, 8)
        return d, [d[:3], d[3:7], d[7:]], ["%s %s %s" % (d[:3], d[3:7], d[7:]), "(%s) %s %s" % (d[:3], d[3:7], d[7:])]
    if k in ("us", "us_intl"):
        d = str(rng.randrange(201, 990)) + str(rng.randrange(200, 999)) + rdig(rng, 4)
        if k == "us":
            return d, [d[:3], d[3:6], d[6:]], ["(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]),
                                               "%s.%s.%s" % (d[:3], d[3:6], d[6:])]
        d = "1" + d
        return d, [d[:1], d[1:4], d[4:7], d[7:]], ["+1 %s %s %s" % (d[1:4], d[4:7], d[7:]), "+1-%s-%s-%s" % (d[1:4], d[4:7], d[7:])]
    if k == "ie":
        d = "08" + str(rng.choice([3, 5, 6, 7, 9])) + rdig(rng, 7)
        return d, [d[:3], d[3:6], d[6:]], ["%s %s %s" % (d[:3], d[3:6], d[6:]), d]
    if k == "ie_intl":
        d = "3538" + str(rng.choice([3, 5, 6, 7, 9])) + rdig(rng, 7)
        return d, [d[:3], d[3:5], d[5:8], d[8:]], ["+353 %s %s %s" % (d[3:5], d[5:8], d[8:]), "00353%s" % d[3:]]
    if k == "fr":
        d = "336" + rdig(rng, 8)
        return d, [d[:2], d[2:3], d[3:5], d[5:7], d[7:9], d[9:]], ["+33 %s %s %s %s %s" % (d[2], d[3:5], d[5:7], d[7:9], d[9:])]
    d = "4930" + rdig(rng, 8)
    return d, [d[:2], d[2:4], d[4:8], d[8:]], ["+49 30 %s" % d[4:], "+49 (0)30 %s %s" % (d[4:8], d[8:])]


def pos_phone(rng):
    ind = pick(rng, IND)
    d, groups, typed = gen_phone(rng)
    if rng.random() < 0.45:
        c = Case("positive", "typed: phone number (%s)" % ind, "chat")
        t = rng.choice(typed)
        g = c.val("PHONE", normalise(t))
        # span starts at the first digit per convention; a leading '+' or '(' stays outside
        pre = t[0] if t[0] in "+(" else ""
        c.say("customer", pick(rng, ["best number to reach me: ", "tel ", "mob: ", "call me on ", "Phone # "]) + pre,
              (g, t[len(pre):]),
              pick(rng, [" after 6pm", "", " (mobile)", ". ticket #%s" % rdig(rng, 8)]))
        c.say("agent", "Thanks, we'll call between 9am and 5pm.")
        return c
    st = asr_style(rng)
    c = Case("positive", "ASR: phone number spoken (%s)" % ind, st)
    v = Voice(rng, uk=True)
    g = c.val("PHONE", d)
    c.say("agent", pick(rng, ["what's the best contact number", "and a phone number we can reach you on",
                              "can i grab a mobile number", "best number for a call back"]))
    intl = d[:2] in ("44", "35", "33", "49") or (d[0] == "1" and len(d) == 11)
    lead = "plus " if intl and rng.random() < 0.6 else ""
    if intl and lead == "" and rng.random() < 0.5:
        lead = v.unit("0") + " " + v.unit("0") + " "
        c.groups[g]["canon"] = "00" + d
    if rng.random() < 0.35 and len(groups) >= 3:
        c.say("customer", pick(rng, ["it's ", "", "yeah "]), (g, lead + v.digits(groups[:2])))
        c.say("agent", pick(rng, BACKCH))
        c.say("customer", (g, v.digits(groups[2:])))
    else:
        c.say("customer", pick(rng, ["it's ", "", "yeah it's ", "my mobile is "]), (g, lead + v.digits(groups)))
    if rng.random() < 0.4:
        r = c.val("PHONE", ("00" + d) if c.groups[g]["canon"].startswith("00") else d)
        av = Voice(rng)
        av.fill = 0
        c.say("agent", "let me just repeat that ", (r, (lead if lead else "") + av.digits(groups)))
    return c


def make_email(rng):
    f, l = pick(rng, FIRST), pick(rng, LAST)
    style = rng.choice(["f.l", "fl", "f_l", "fl##", "f.l##", "il"])
    num = str(rng.randrange(1, 99))
    local = {"f.l": f + "." + l, "fl": f + l, "f_l": f + "_" + l, "fl##": f + l + num,
             "f.l##": f + "." + l + num, "il": f[0] + l}[style]
    return local, pick(rng, DOMAINS)


def spoken_email(rng, local, dom, v):
    parts = []
    for piece in re.findall(r"[a-z]+|\d+|[._]", local):
        if piece == ".":
            parts.append("dot")
        elif piece == "_":
            parts.append("underscore")
        elif piece.isdigit():
            parts.append(" ".join(UNIT_W[int(x)] for x in piece))
        elif len(piece) == 1:
            parts.append(v.letter(piece, 0.7) if piece in NATO_BY_LETTER else piece)
        elif rng.random() < 0.25:
            parts.append(piece + " " + " ".join(piece))  # says it then spells it
            parts[-1] = " ".join(piece)
        else:
            parts.append(piece)
    parts.append("at")
    dparts = dom.split(".")
    first = dparts[0]
    if first in ("gmail", "hotmail", "btinternet", "icloud") and rng.random() < 0.5:
        first = {"gmail": "g mail", "hotmail": "hot mail", "btinternet": "bt internet", "icloud": "i cloud"}[first]
    parts.append(first)
    for p in dparts[1:]:
        parts += ["dot", p]
    return " ".join(parts)


def pos_email(rng):
    ind = pick(rng, IND)
    local, dom = make_email(rng)
    canon = local + "@" + dom
    if rng.random() < 0.4:
        c = Case("positive", "typed: email address (%s)" % ind, "chat")
        g = c.val("EMAIL", canon)
        t = rng.choice([canon, canon.title() if rng.random() < 0.3 else canon, local.upper() + "@" + dom])
        c.say("customer", pick(rng, ["email: ", "send it to ", "my e-mail is ", "pls use "]), (g, t),
              pick(rng, ["", " not the old one", ", thx", ". order #%s" % rdig(rng, 9)]))
        return c
    st = asr_style(rng)
    c = Case("positive", "ASR: email spelled out ('dot', 'at', NATO) (%s)" % ind, st)
    v = Voice(rng)
    g = c.val("EMAIL", canon)
    c.say("agent", pick(rng, ["and an email address for the confirmation", "what's your email", "can i take an e mail address"]))
    sp = spoken_email(rng, local, dom, v)
    if rng.random() < 0.35:
        a, b = sp.split(" at ", 1)
        c.say("customer", pick(rng, ["it's ", "yeah it's ", ""]), (g, a))
        c.say("agent", pick(rng, BACKCH))
        c.say("customer", (g, "at " + b))
        c.note = "ASR: email split across turns (%s)" % ind
    else:
        c.say("customer", pick(rng, ["it's ", "yeah it's ", "", "so it's "]), (g, sp),
              pick(rng, ["", " all lower case", " all one word"]))
    return c


def pos_dob(rng):
    ind = pick(rng, IND)
    y, m, d = gen_date(rng, 1935, 2006)
    if rng.random() < 0.4:
        c = Case("positive", "typed: date of birth (%s)" % ind, "chat")
        g = c.val("DOB", (y, m, d))
        c.say("customer", pick(rng, ["dob ", "DOB: ", "born ", "date of birth is "]), (g, typed_dob(rng, y, m, d)),
              pick(rng, ["", ", account opened 2019", " - I'm the account holder"]))
        return c
    st = asr_style(rng)
    c = Case("positive", "ASR: date of birth spoken (%s)" % ind, st)
    v = Voice(rng)
    g = c.val("DOB", (y, m, d))
    c.say("agent", pick(rng, ["can you confirm your date of birth", "and your data birth please", "what's your d o b"]))
    c.say("customer", pick(rng, ["it's ", "yeah ", "", "er "]), (g, spoken_dob(v, y, m, d)))
    if rng.random() < 0.3:
        c.say("agent", "and that makes you %s is that right" % two_word(2025 - y if 2025 - y < 100 else 99))
        c.say("customer", "yeah")
    return c


def address_text(rng, us=False):
    num = rng.randrange(1, 240)
    street = pick(rng, US_STREETS if us else STREETS)
    flat = None
    if rng.random() < 0.3:
        flat = rng.choice(["flat %d" % rng.randrange(1, 30), "apt %d%s" % (rng.randrange(1, 20), rng.choice(["", "b"])),
                           "flat %s" % rng.choice(["2a", "3", "11"])])
    return flat, num, street


def pos_address(rng):
    us = rng.random() < 0.3
    flat, num, street = address_text(rng, us)
    town = pick(rng, US_TOWNS if us else TOWNS)
    ind = pick(rng, IND)
    if rng.random() < 0.45:
        c = Case("positive", "typed: address with separate town and postcode/ZIP (%s)" % ind, "chat")
        addr = ((flat.title() + ", ") if flat else "") + "%d %s" % (num, street.title())
        a = c.val("ADDRESS", addr)
        if us:
            z, z4 = gen_zip(rng)
            pc = z + ("-" + z4 if z4 else "")
            p = c.val("POSTCODE", z + (z4 or ""))
            c.say("customer", pick(rng, ["new address: ", "ship to ", "I've moved to "]), (a, addr),
                  ", %s, %s " % (town.title(), rng.choice(["TX", "OH", "CA", "OR"])), (p, pc))
        else:
            o, i = gen_postcode_uk(rng)
            pc = rng.choice([o + " " + i, o + i, (o + " " + i).lower()])
            p = c.val("POSTCODE", o + i)
            c.say("customer", pick(rng, ["new address: ", "deliver to ", "address is "]), (a, addr),
                  ", %s, " % town.title(), (p, pc))
        c.say("agent", "Thanks, updated. Your next bill of \u00a3%d.%02d will go there." % (rng.randrange(10, 200), rng.randrange(100)))
        return c
    st = asr_style(rng)
    c = Case("positive", "ASR: address and postcode spoken, town outside spans (%s)" % ind, st)
    v = Voice(rng, uk=not us)
    numw = v.group(str(num)) if rng.random() < 0.5 else (two_word(num) if 10 <= num <= 99 and num % 10 else str(num))
    addr = ((flat + " ") if flat else "") + numw + " " + street
    a = c.val("ADDRESS", addr)
    c.say("agent", pick(rng, ["and the first line of the address", "can you confirm the address", "what's the address and post code"]))
    if us:
        z, z4 = gen_zip(rng)
        p = c.val("POSTCODE", z + (z4 or ""))
        c.say("customer", pick(rng, ["it's ", "", "yeah it's "]), (a, addr), " in %s " % town, (p, v.digits([z] + ([z4] if z4 else []))))
    else:
        o, i = gen_postcode_uk(rng)
        p = c.val("POSTCODE", o + i)
        c.say("customer", pick(rng, ["it's ", "", "yeah it's "]), (a, addr), pick(rng, [" in %s" % town, " %s" % town, " %s yeah" % town]))
        c.say("agent", pick(rng, ["and the post code", "and the posts code", "postcode please"]))
        if rng.random() < 0.4:
            c.say("customer", (p, v.alnum(o, 0.4)))
            c.say("agent", pick(rng, BACKCH))
            c.say("customer", (p, v.alnum(i, 0.4)))
        else:
            c.say("customer", pick(rng, ["it's ", "", "er "]), (p, v.alnum(o, 0.4) + " " + v.alnum(i, 0.4)))
    return c


def pos_verify_combo(rng):
    """Multi-item ID&V in one call, plus distractor non-PII numbers."""
    ind = pick(rng, IND)
    st = asr_style(rng)
    c = Case("positive", "ASR: ID&V combo (DOB, postcode, phone) with non-PII numbers nearby (%s)" % ind, st)
    v = Voice(rng)
    y, m, d = gen_date(rng, 1940, 2005)
    g = c.val("DOB", (y, m, d))
    c.say("agent", INDUSTRIES[ind][0] + " my name's %s can i take your date of birth" % pick(rng, FIRST))
    c.say("customer", (g, spoken_dob(v, y, m, d)))
    o, i = gen_postcode_uk(rng)
    p = c.val("POSTCODE", o + i)
    c.say("agent", "and the postcode")
    c.say("customer", (p, v.alnum(o + i, 0.3)))
    ph, groups, _ = gen_phone(rng)
    q = c.val("PHONE", ph)
    c.say("agent", "and the number ending %s is that still the best one" % v.digits([ph[-3:]]))
    c.say("customer", "no it's changed it's ", (q, ("plus " if ph[:2] in ("44", "35", "33", "49") else "") + v.digits(groups)),
          " now")
    c.say("agent", "lovely your balance is %s pounds %s and the reference is %s" % (
        two_word(rng.randrange(21, 99)), two_word(rng.randrange(21, 99)), v.digits([rdig(rng, 4), rdig(rng, 4)])))
    return c


POS_SCEN = [(pos_chat_card, 14), (pos_asr_card_split, 22), (pos_asr_card_oneturn, 20), (pos_ssn, 30),
            (pos_ni, 30), (pos_bank, 14), (pos_us_bank, 4), (pos_iban, 14), (pos_phone, 16),
            (pos_email, 14), (pos_dob, 12), (pos_address, 14), (pos_verify_combo, 8)]


# --------------------------------------------------------------------------
# negative scenarios


def neg_cases(rng):
    out = []

    def add(note, *turns, style="asr"):
        c = Case("negative", note, style)
        for sp, t in turns:
            c.say(sp, t)
        out.append(c)

    for _ in range(110):
        v = Voice(rng)
        k = rng.randrange(24)
        ind = pick(rng, IND)
        if k == 0:
            card = gen_card(rng)
            add("order number that is 16 digits and Luhn-valid, labelled as order number",
                ("customer", "my order number is %s" % v.digits(card_groups(card, rng))),
                ("agent", "thanks i've found order %s placed on the %s of %s" % (" ".join(card_groups(card, rng)), ORD[rng.randrange(1, 29)], pick(rng, MONTHS))))
        elif k == 1:
            l4 = rdig(rng, 4)
            add("card last-four mention only (no full card in case)",
                ("agent", "is that the %s card ending %s" % (pick(rng, ["visa", "debit", "mastercard"]), v.group(l4))),
                ("customer", "yeah the one ending in %s" % rng.choice([l4, v.group(l4)])))
        elif k == 2:
            add("balance, amounts and payment date",
                ("agent", "your outstanding balance is %s pounds and %s pence" % (two_word(rng.randrange(21, 99)), two_word(rng.randrange(21, 99)))),
                ("customer", "can i pay %s hundred now and the rest on the %s" % (UNIT_W[rng.randrange(1, 10)], ORD[rng.randrange(1, 29)])),
                ("agent", "yes the next payment of \u00a3%d.%02d is due %d/%02d/2026" % (rng.randrange(10, 999), rng.randrange(100), rng.randrange(1, 29), rng.randrange(1, 13))))
        elif k == 3:
            ref = rdig(rng, 9)
            add("reference number spoken with digit grouping like an SSN",
                ("agent", "your reference number is %s" % v.digits([ref[:3], ref[3:5], ref[5:]])),
                ("customer", "so reference %s" % "-".join([ref[:3], ref[3:5], ref[5:]])), style="asr_punct")
        elif k == 4:
            mr = rdig(rng, 5)
            add("meter reading and tariff numbers (utilities)",
                ("agent", "can i take a meter reading"),
                ("customer", "it says %s and then a red %s" % (v.digits([mr]), UNIT_W[rng.randrange(10)])),
                ("agent", "thanks that's %s kilowatt hours at %s pence per unit" % (two_word(rng.randrange(21, 99)), two_word(rng.randrange(21, 40)))))
        elif k == 5:
            add("flight, gate, seat numbers (travel)",
                ("customer", "i'm on flight %s %s departing gate %s seat %d%s" % (
                    pick(rng, ["b a", "e i", "f r", "u a"]), v.digits([rdig(rng, 3)]), two_word(rng.randrange(21, 60)), rng.randrange(1, 40), rng.choice("ABCDEF").lower())),
                ("agent", "and your booking reference is %s" % "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6))), style="asr_punct")
        elif k == 6:
            add("times, opening hours, durations",
                ("customer", "what time are you open till"),
                ("agent", "we're open eight a m till eight p m monday to friday and %s till %s on saturday" % (UNIT_W[rng.randrange(7, 10)], UNIT_W[rng.randrange(1, 6)])),
                ("customer", "i've been on hold for %s minutes" % two_word(rng.randrange(21, 59))))
        elif k == 7:
            t = rdig(rng, 12)
            add("tracking number, long digit string (retail)",
                ("customer", "tracking no. %s" % t), ("agent", "Thanks - parcel %s is out for delivery, ETA 2-4pm." % t), style="chat")
        elif k == 8:
            pol = rdig(rng, 8)
            add("policy number spoken with NATO letter prefix (insurance)",
                ("agent", "can i take the policy number"),
                ("customer", "policy number %s %s" % (v.alnum(rng.choice(["PX", "HM", "MT"]), 0.6), v.digits([pol[:4], pol[4:]]))),
                ("agent", "thank you policy %s" % pol))
        elif k == 9:
            add("ages, temperatures and percentages (healthcare billing)",
                ("customer", "my son's %s and he had a temperature of thirty eight point %s" % (UNIT_W[rng.randrange(2, 10)], UNIT_W[rng.randrange(1, 9)])),
                ("agent", "okay the insurer covers %s percent of the bill so you owe %s dollars" % (two_word(rng.randrange(21, 90)), two_word(rng.randrange(21, 99)))))
        elif k == 10:
            s = rdig(rng, 10)
            add("serial and model numbers (telecom)",
                ("customer", "the router serial is %s model %s" % (v.digits([s[:5], s[5:]]), "TG%d" % rng.randrange(100, 999))),
                ("agent", "thanks serial number %s noted" % s))
        elif k == 11:
            add("road names and bus routes",
                ("customer", "i was stuck on the %s near junction %s then the %s" % (pick(rng, ["m25", "a40", "m6", "n7", "i 95", "route sixty six"]), two_word(rng.randrange(11, 30)), pick(rng, ["a road", "b4009", "m50"]))),
                ("agent", "sorry to hear that, the delivery will be re-booked"))
        elif k == 12:
            inv = rdig(rng, 10)
            add("invoice number read in 4-4-2 groups like a card reading",
                ("agent", "the invoice number is %s" % v.digits([inv[:4], inv[4:8], inv[8:]])),
                ("customer", "invoice %s got it" % inv), style="asr_punct")
        elif k == 13:
            add("contract and appointment dates, not dates of birth",
                ("agent", "your contract started on the %s of %s %s and ends %s" % (ORD[rng.randrange(1, 29)], pick(rng, MONTHS), year_words(rng.randrange(2019, 2025)), pick(rng, ["next march", "in twenty twenty seven"]))),
                ("customer", "and the engineer is booked for %s %d %s at %d" % (pick(rng, ["monday", "friday"]), rng.randrange(1, 29), pick(rng, MONTHS).title(), rng.randrange(8, 12))))
        elif k == 14:
            tk = rdig(rng, 7)
            add("ticket number typed with hash and year",
                ("customer", "re ticket #%s opened %d/%d/2025 still not fixed after %d days" % (tk, rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(2, 30))),
                ("agent", "Apologies, escalating ticket %s to tier 2 now." % tk), style="chat")
        elif k == 15:
            add("counts and quantities",
                ("customer", "i ordered %s boxes but only %s turned up" % (two_word(rng.randrange(21, 99)), UNIT_W[rng.randrange(2, 10)])),
                ("agent", "i'll send the other %s out with a %s percent discount" % (two_word(rng.randrange(11, 19)) if False else TEEN_W[rng.randrange(0, 10)], two_word(rng.randrange(11, 30)))))
        elif k == 16:
            cl = rdig(rng, 9)
            add("claim number with SSN-like 3-2-4 format, labelled claim",
                ("customer", "claim no: %s-%s-%s" % (cl[:3], cl[3:5], cl[5:])), ("agent", "Thanks, claim %s-%s-%s is with the assessor." % (cl[:3], cl[3:5], cl[5:])), style="chat")
        elif k == 17:
            add("room numbers and hotel booking (travel)",
                ("customer", "i'm in room %s and it's freezing" % pick(rng, ["four hundred and twelve", "three oh seven", "twelve oh four", "two one six"])),
                ("agent", "i can move you to room %d on the %s floor" % (rng.randrange(100, 999), ORD[rng.randrange(2, 12)])))
        elif k == 18:
            add("years, and mileage",
                ("customer", "it's a %d car with %s thousand miles" % (rng.randrange(2005, 2024), two_word(rng.randrange(21, 99)))),
                ("agent", "and you've been with us since %s" % year_words(rng.randrange(1995, 2020))))
        elif k == 19:
            acc = rdig(rng, 8)
            add("customer account reference (utility account id) labelled as reference with letters",
                ("agent", "your customer reference is %s" % ("BW" + acc)),
                ("customer", "b w %s yeah i've got it" % v.digits([acc[:4], acc[4:]])))
        elif k == 20:
            pr = rdig(rng, 6)
            add("six-digit one-time passcode / order PIN that resembles a sort code",
                ("agent", "i've sent a six digit verification code"),
                ("customer", "the code is %s" % v.digits([pr[:2], pr[2:4], pr[4:]])), style="asr_punct")
        elif k == 21:
            add("price and percentage figures in chat",
                ("customer", "why did my bill go from \u00a3%d.%02d to \u00a3%d.%02d? that's a %d%% rise" % (rng.randrange(20, 60), rng.randrange(100), rng.randrange(60, 120), rng.randrange(100), rng.randrange(5, 40))),
                ("agent", "The price cap changed on 1 Oct; usage was %d kWh." % rng.randrange(100, 900)), style="chat")
        elif k == 22:
            l4 = rdig(rng, 4)
            add("noisy ASR last-four with homophones, no full card",
                ("agent", "which card would you like to use"),
                ("customer", "the one that ends %s" % v.digits([l4[:2], l4[2:]])),
                ("agent", "the debit card ending in %s yep" % l4))
        else:
            add("order number and amounts in e-mail style text",
                ("customer", "Hi, order ORD-%s (2 items, total $%d.%02d) arrived damaged. Case ref %s." % (rdig(rng, 8), rng.randrange(10, 300), rng.randrange(100), rdig(rng, 6))),
                ("agent", "Sorry about that! Refund of $%d.%02d issued, allow 5-10 business days." % (rng.randrange(10, 300), rng.randrange(100))), style="chat")
    return out


# --------------------------------------------------------------------------


def build():
    rng = random.Random(351241125)
    pos = []
    for fn, n in POS_SCEN:
        for _ in range(n):
            pos.append(fn(rng))
    rng.shuffle(pos)
    neg = neg_cases(rng)
    recs = []
    for i, c in enumerate(pos, 1):
        recs.append((c.record("h351-pos-%03d" % i), c))
    for i, c in enumerate(neg, 1):
        recs.append((c.record("h351-neg-%03d" % i), c))
    return recs


def serialise(recs):
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r, _ in recs)


def counts(recs):
    cnt = {t: 0 for t in TYPES}
    for r, _ in recs:
        for s in r["spans"]:
            cnt[s["type"]] += 1
    return cnt


def check(recs):
    data = serialise(recs)
    with open(OUT, encoding="utf-8") as fh:
        assert fh.read() == data, "cases.jsonl is not byte-identical to regenerated output"
    ids = [r["id"] for r, _ in recs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    npos = sum(r["kind"] == "positive" for r, _ in recs)
    nneg = sum(r["kind"] == "negative" for r, _ in recs)
    assert npos >= 200 and nneg >= 100, (npos, nneg)
    for r, c in recs:
        assert r["kind"] in ("positive", "negative")
        assert all(t["speaker"] in ("customer", "agent") for t in r["turns"])
        if r["kind"] == "negative":
            assert not r["spans"], r["id"]
        else:
            assert r["spans"], r["id"]
        last = {}
        for s in r["spans"]:
            assert s["type"] in TYPES
            txt = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            assert 0 <= a < b <= len(txt), (r["id"], s)
            assert txt[a].isalnum() and txt[b - 1].isalnum(), (r["id"], txt[a:b])
            assert a == 0 or not txt[a - 1].isalnum(), (r["id"], txt[a - 1:b])
            assert b == len(txt) or not txt[b].isalnum(), (r["id"], txt[a:b + 1])
            assert a >= last.get(s["turn"], 0), (r["id"], "overlap")
            last[s["turn"]] = b
        for g in c.groups:
            try:
                validate_group(g, g["texts"])
            except Exception as e:
                raise AssertionError("%s: %s %r -> %s" % (r["id"], g["type"], g["texts"], e))
    cnt = counts(recs)
    assert cnt["CARD_NUMBER"] >= 70 and cnt["SSN"] >= 30 and cnt["NI_NUMBER"] >= 30, cnt
    assert all(v >= 10 for v in cnt.values()), cnt
    return npos, nneg, cnt


def main():
    recs = build()
    if "--check" in sys.argv:
        npos, nneg, cnt = check(recs)
        print("OK: %d positive, %d negative cases; spans: %s" % (npos, nneg, cnt))
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(serialise(recs))
    npos = sum(r["kind"] == "positive" for r, _ in recs)
    print("wrote %d cases (%d positive) to %s" % (len(recs), npos, OUT))
    print(counts(recs))


if __name__ == "__main__":
    main()
