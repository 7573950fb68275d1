#!/usr/bin/env python3
"""Generate the pii_holdout514 held-out PII evaluation set (stdlib only).

Usage:  python scripts/make_pii_holdout514.py          # write cases.jsonl
        python scripts/make_pii_holdout514.py --check  # regenerate + verify
"""
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout514", "cases.jsonl")
R = random.Random(514241125)

# ---------------------------------------------------------------- vocab
UNITS = {"zero": 0, "oh": 0, "o": 0, "nought": 0, "one": 1, "two": 2, "three": 3,
         "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
HOMO = {"to": 2, "too": 2, "for": 4, "fore": 4, "ate": 8, "won": 1}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
         "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7,
        "eighty": 8, "ninety": 9}
FILLERS = {"um", "uh", "er", "erm", "ehm", "hmm", "ah"}
NATO = {"alpha": "a", "alfa": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e",
        "foxtrot": "f", "golf": "g", "hotel": "h", "india": "i", "juliet": "j", "juliett": "j",
        "kilo": "k", "lima": "l", "mike": "m", "november": "n", "oscar": "o", "papa": "p",
        "quebec": "q", "romeo": "r", "sierra": "s", "tango": "t", "uniform": "u",
        "victor": "v", "whiskey": "w", "whisky": "w", "xray": "x", "yankee": "y", "zulu": "z"}
LETTER_NAMES = {"ay": "a", "hey": "a", "eh": "a", "bee": "b", "be": "b", "see": "c", "sea": "c",
                "dee": "d", "ee": "e", "ef": "f", "eff": "f", "gee": "g", "aitch": "h",
                "haitch": "h", "eye": "i", "jay": "j", "kay": "k", "el": "l", "elle": "l",
                "em": "m", "en": "n", "pee": "p", "pea": "p", "cue": "q", "queue": "q",
                "are": "r", "ar": "r", "ess": "s", "es": "s", "tee": "t", "tea": "t",
                "you": "u", "vee": "v", "ex": "x", "why": "y", "zed": "z", "zee": "z"}
SAY_LETTER = {}
for _k, _v in LETTER_NAMES.items():
    SAY_LETTER.setdefault(_v, []).append(_k)
SAY_LETTER["w"] = ["double you"]
NATO_OF = {}
for _k, _v in NATO.items():
    NATO_OF.setdefault(_v, []).append(_k)
WORD_OF = {0: ["oh", "zero", "nought", "o"], 1: ["one"], 2: ["two"], 3: ["three"], 4: ["four"],
           5: ["five"], 6: ["six"], 7: ["seven"], 8: ["eight"], 9: ["nine"]}
TEEN_W = {v: k for k, v in TEENS.items()}
TENS_W = {v: k for k, v in TENS.items()}
VOCAB = set(UNITS) | set(TEENS) | set(TENS) | {"double", "triple", "hundred", "thousand", "teen", "ty"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
MON_ABBR["sept"] = 9
ORD_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
             "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
             "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
             "twentieth": 20, "thirtieth": 30}
ORD_W = {v: k for k, v in ORD_UNITS.items()}


def segment(tok):
    """Split a run-together token into vocab words (exact DP)."""
    n = len(tok)
    best = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        if best[i] is None:
            continue
        for j in range(i + 1, n + 1):
            if tok[i:j] in VOCAB and best[j] is None:
                best[j] = best[i] + [tok[i:j]]
    return best[n]


def tokenize(text):
    t = text.lower().replace("'", "")
    return [x for x in re.split(r"[\s,;:\-/()+.!?]+", t) if x]


def unit_of(tok, homo=True):
    if tok in UNITS:
        return UNITS[tok]
    if homo and tok in HOMO:
        return HOMO[tok]
    return None


def normalize(text, alpha=False, homo=True):
    """Spoken/typed value -> canonical lower-case alnum string."""
    toks = tokenize(text)
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in FILLERS or t == "plus":
            i += 1
            continue
        # "b for bravo" / "s as in sugar"
        if alpha and (len(t) == 1 and t.isalpha() or t in LETTER_NAMES) and nxt in ("for", "as"):
            let = t if len(t) == 1 else LETTER_NAMES[t]
            k = i + 2
            if nxt == "as" and k < len(toks) and toks[k] == "in":
                k += 1
            if k < len(toks) and toks[k][0] == let:
                out.append(let)
                i = k + 1
                continue
        if t in ("double", "triple"):
            rep = 2 if t == "double" else 3
            if alpha and nxt == "you":
                out.append("w")
                i += 2
                continue
            u = unit_of(nxt, homo) if nxt else None
            if u is not None:
                out.append(str(u) * rep)
            elif alpha and nxt in LETTER_NAMES:
                out.append(LETTER_NAMES[nxt] * rep)
            elif alpha and nxt and len(nxt) == 1 and nxt.isalpha():
                out.append(nxt * rep)
            else:
                raise ValueError("bad double in %r" % text)
            i += 2
            continue
        if alpha and t in NATO:
            out.append(NATO[t])
            i += 1
            continue
        u = unit_of(t, homo)
        if u is not None and not (alpha and len(t) == 1 and t != "o"):
            if nxt == "hundred":
                i += 2
                if i < len(toks) and toks[i] == "and":
                    i += 1
                rest, i = _two(toks, i, homo)
                out.append(str(u) + (rest if rest is not None else "00"))
                continue
            if nxt == "thousand":
                i += 2
                if i < len(toks) and toks[i] == "and":
                    i += 1
                rest, i = _two(toks, i, homo)
                out.append(str(u) + "0" + (rest if rest is not None else "00"))
                continue
            if nxt == "teen":
                out.append(str(10 + u))
                i += 2
                continue
            if nxt == "ty":
                i += 2
                v = unit_of(toks[i], homo) if i < len(toks) else None
                if v:
                    out.append(str(u) + str(v))
                    i += 1
                else:
                    out.append(str(u) + "0")
                continue
            out.append(str(u))
            i += 1
            continue
        if t in TEENS or t in TENS:
            rest, i = _two(toks, i, homo)
            out.append(rest)
            continue
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if alpha and t in LETTER_NAMES:
            out.append(LETTER_NAMES[t])
            i += 1
            continue
        seg = segment(t)
        if seg and seg != [t]:
            toks[i:i + 1] = seg
            continue
        if alpha and t.isalnum():
            out.append(t)
            i += 1
            continue
        raise ValueError("cannot normalise token %r in %r" % (t, text))
    return "".join(out)


def _two(toks, i, homo):
    """Parse a two-digit spoken number at i; returns (str or None, new_i)."""
    if i >= len(toks):
        return None, i
    t = toks[i]
    if t in TEENS:
        return str(TEENS[t]), i + 1
    if t in TENS:
        v = unit_of(toks[i + 1], homo) if i + 1 < len(toks) else None
        if v and not (i + 2 < len(toks) and toks[i + 2] in ("teen", "ty")):
            return str(TENS[t]) + str(v), i + 2
        return str(TENS[t]) + "0", i + 1
    u = unit_of(t, homo)
    if u is not None:
        if i + 1 < len(toks) and toks[i + 1] == "teen":
            return str(10 + u), i + 2
        if i + 1 < len(toks) and toks[i + 1] == "ty":
            v = unit_of(toks[i + 2], homo) if i + 2 < len(toks) else None
            if v:
                return str(u) + str(v), i + 3
            return str(u) + "0", i + 2
        return "0" + str(u), i + 1
    return None, i


def norm_email(text):
    toks = text.lower().split()
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in FILLERS:
            pass
        elif t == "dot":
            out.append(".")
        elif t == "at":
            out.append("@")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif t in UNITS and t not in ("o", "oh") or t in TEENS or t in TENS:
            j = i
            while j < len(toks) and (toks[j] in UNITS or toks[j] in TEENS or toks[j] in TENS):
                j += 1
            out.append(normalize(" ".join(toks[i:j]), homo=False))
            i = j
            continue
        else:
            out.append(t)
        i += 1
    return "".join(out)


def date_items(text):
    t = text.lower().replace(",", " ")
    toks = [x for x in re.split(r"\s+", t) if x]
    items, run = [], []

    def flush():
        if run:
            items.append(("num", normalize(" ".join(run))))
            del run[:]
    i = 0
    while i < len(toks):
        tk = toks[i]
        if "/" in tk or "-" in tk or (tk.count(".") and tk.replace(".", "").isdigit()):
            flush()
            for p in re.split(r"[/.\-]", tk):
                if p:
                    items.append(("num", p))
            i += 1
            continue
        tk = tk.strip(".")
        m = re.match(r"^(\d{1,2})(st|nd|rd|th)$", tk)
        if tk in ("the", "of", "slash", "end", "born", "on") or tk in FILLERS:
            flush()
        elif m:
            flush()
            items.append(("ord", int(m.group(1))))
        elif tk in ORD_UNITS:
            flush()
            items.append(("ord", ORD_UNITS[tk]))
        elif tk in TENS and i + 1 < len(toks) and toks[i + 1] in ORD_UNITS and ORD_UNITS[toks[i + 1]] < 10:
            flush()
            items.append(("ord", TENS[tk] * 10 + ORD_UNITS[toks[i + 1]]))
            i += 1
        elif tk in MONTHS:
            flush()
            items.append(("mon", MONTHS.index(tk) + 1))
        elif tk[:4] in MON_ABBR or tk[:3] in MON_ABBR and len(tk) <= 4:
            flush()
            items.append(("mon", MON_ABBR.get(tk[:4], MON_ABBR.get(tk[:3]))))
        elif tk.isdigit():
            flush()
            items.append(("num", tk))
        else:
            run.append(tk)
        i += 1
    flush()
    return items


def yr_ok(cand, canon):
    return cand == canon or (cand < 100 and cand == canon % 100)


def dob_matches(text, canon):
    y, m, d = canon
    items = date_items(text)
    ords = [v for k, v in items if k == "ord"]
    mons = [v for k, v in items if k == "mon"]
    nums = [v for k, v in items if k == "num"]
    cands = []
    if ords and mons:
        cands.append((ords[0], mons[0], "".join(nums)))
    elif len(ords) == 2:
        cands.append((ords[0], ords[1], "".join(nums)))
    elif mons:
        if len(nums) == 2:
            cands.append((nums[0], mons[0], nums[1]))
        elif nums:
            s = nums[0]
            for k in (1, 2):
                cands.append((s[:k], mons[0], s[k:]))
    elif ords:
        s = "".join(nums)
        for k in (1, 2):
            cands.append((ords[0], s[:k], s[k:]))
    else:
        if len(nums) == 3:
            cands += [(nums[0], nums[1], nums[2]), (nums[1], nums[0], nums[2])]
        else:
            s = "".join(nums)
            for a in (1, 2):
                for b in (1, 2):
                    cands += [(s[:a], s[a:a + b], s[a + b:]), (s[a:a + b], s[:a], s[a + b:])]
    for cd, cm, cy in cands:
        try:
            if int(cd) == d and int(cm) == m and len(str(cy)) in (2, 4) and yr_ok(int(cy), y):
                return True
        except ValueError:
            pass
    return False


def expiry_matches(text, canon):
    m, y = canon
    items = date_items(text)
    mons = [v for k, v in items if k == "mon"]
    nums = [v for k, v in items if k == "num"]
    cands = []
    if mons:
        cands.append((mons[0], "".join(nums)))
    elif len(nums) == 2:
        cands.append((nums[0], nums[1]))
    else:
        s = "".join(nums)
        cands += [(s[:1], s[1:]), (s[:2], s[2:])]
    for cm, cy in cands:
        try:
            if int(cm) == m and len(str(cy)) in (2, 4) and yr_ok(int(cy), 2000 + y):
                return True
        except ValueError:
            pass
    return False


# ---------------------------------------------------------------- validators
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


def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c


def iban_ok(s):
    s = s.upper()
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


NI_BAD_FIRST = set("DFIQUV")
NI_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def ni_ok(s):
    s = s.upper()
    if not re.match(r"^[A-Z]{2}\d{6}[A-D]$", s):
        return False
    return (s[0] not in NI_BAD_FIRST and s[1] not in NI_BAD_FIRST and s[1] != "O"
            and s[:2] not in NI_BAD_PREFIX)


def ssn_ok(s):
    return (len(s) == 9 and s.isdigit() and s[:3] not in ("000", "666") and s[0] != "9"
            and s[3:5] != "00" and s[5:] != "0000")


UK_PC = re.compile(r"^[a-z]{1,2}\d[a-z\d]?\d[a-z]{2}$")


def value_ok(typ, v):
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "SSN":
        return ssn_ok(v)
    if typ == "NI_NUMBER":
        return ni_ok(v)
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 6 <= len(v) <= 12
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "IBAN":
        return re.match(r"^[a-z]{2}\d{2}[a-z0-9]{10,30}$", v) is not None and iban_ok(v)
    if typ == "PHONE":
        return v.isdigit() and 10 <= len(v) <= 13 and (v[0] == "0" or v[:2] in ("44", "35", "33", "49", "34", "31") or v[0] == "1" or len(v) == 10)
    if typ == "EMAIL":
        return re.match(r"^[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+$", v) is not None
    if typ == "POSTCODE":
        return bool(UK_PC.match(v)) or (v.isdigit() and len(v) in (5, 9))
    return True


# ---------------------------------------------------------------- speaking helpers
def pick(xs):
    return xs[R.randrange(len(xs))]


def zero_w():
    return pick(["oh", "oh", "o", "zero", "nought"])


def digit_w(d, homo=0.1):
    d = int(d)
    if d == 0:
        return zero_w()
    if R.random() < homo:
        alt = {2: ["to", "too"], 4: ["for"], 8: ["ate"], 1: ["won"]}.get(d)
        if alt:
            return pick(alt)
    return WORD_OF[d][0]


def say_single(g, homo=0.1):
    words = []
    i = 0
    while i < len(g):
        j = i
        while j < len(g) and g[j] == g[i]:
            j += 1
        run = j - i
        if run >= 3 and R.random() < 0.6:
            words.append("triple " + digit_w(g[i], 0))
            i += 3
            continue
        if run >= 2 and R.random() < 0.6:
            words.append("double " + digit_w(g[i], 0))
            i += 2
            continue
        words.append(digit_w(g[i], homo))
        i += 1
    return words


def say_pair(p):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return [zero_w(), digit_w(b, 0)] if b else ["double oh"]
    if a == 1:
        w = TEEN_W[10 + b]
        if w in ("fourteen", "sixteen", "seventeen", "nineteen") and R.random() < 0.2:
            w = w[:-4] + " teen"
        return [w]
    w = TENS_W[a]
    if w in ("sixty", "seventy", "ninety") and R.random() < 0.15:
        w = w[:-2] + " ty"
    return [w] if b == 0 else [w + " " + WORD_OF[b][0]]


def say_chunk(g, asr=True):
    opts = ["single", "single"]
    if len(g) % 2 == 0:
        opts += ["pairs", "pairs"]
    if len(g) == 3 and g[0] != "0":
        opts.append("hundred")
    if asr:
        opts.append("digits")
    m = pick(opts)
    if m == "digits":
        return [g]
    if m == "pairs":
        words = []
        for k in range(0, len(g), 2):
            words += say_pair(g[k:k + 2])
    elif m == "hundred":
        a, rest = int(g[0]), g[1:]
        words = [WORD_OF[a][0] + " hundred"]
        if rest != "00":
            if R.random() < 0.6:
                words.append("and")
            words += say_pair(rest) if rest[0] != "0" else [digit_w(rest[1], 0)]
    else:
        words = say_single(g)
    # occasionally run two number words together
    if len(words) >= 2 and R.random() < 0.12:
        k = R.randrange(len(words) - 1)
        if all(w in VOCAB for w in (words[k] + " " + words[k + 1]).split()) and " " not in words[k] + words[k + 1]:
            words[k:k + 2] = [words[k] + words[k + 1]]
    return words


def say_digits(s, groups=None, filler=0.25, asr=True):
    for _ in range(30):
        t = _say_digits(s, groups, filler, asr)
        if normalize(t) == s:
            return t
    return " ".join(WORD_OF[int(ch)][0] for ch in s)


def _say_digits(s, groups=None, filler=0.25, asr=True):
    if groups is None:
        groups = []
        n = len(s)
        while n > 0:
            k = min(n, pick([2, 3, 4, 4]))
            groups.append(k)
            n -= k
    out, p = [], 0
    for gi, k in enumerate(groups):
        g = s[p:p + k]
        p += k
        if gi and R.random() < filler:
            out.append(pick(["um", "uh", "er", "erm"]))
        out += say_chunk(g, asr)
    return " ".join(out)


def chunks(s, groups):
    out, p = [], 0
    for k in groups:
        out.append(s[p:p + k])
        p += k
    return out


def say_letter(c, style=None):
    c = c.lower()
    style = style or pick(["plain", "name", "name", "nato", "for"])
    if style == "plain":
        return c
    if style == "name":
        return pick(SAY_LETTER.get(c, [c]))
    nato = [k for k, v in NATO.items() if v == c]
    if style == "nato":
        return nato[0]
    word = pick({"s": ["sugar", "sierra"], "m": ["mother", "mike"], "n": ["nancy", "november"],
                 "p": ["peter", "papa"], "t": ["tommy", "tango"], "d": ["david", "delta"],
                 "b": ["bravo", "bertie"], "c": ["charlie"], "h": ["harry", "hotel"]}.get(c, nato[:1]))
    return c + pick([" for ", " for ", " as in "]) + word


def say_alnum(s, asr=True):
    for _ in range(30):
        t = _say_alnum(s, asr)
        if normalize(t, alpha=True) == s.lower():
            return t
    return " ".join(pick(NATO_OF[ch.lower()]) if ch.isalpha() else WORD_OF[int(ch)][0] for ch in s)


def _say_alnum(s, asr=True):
    """Speak a letters+digits string, digits in small runs."""
    out = []
    i = 0
    while i < len(s):
        if s[i].isalpha():
            if i + 1 < len(s) and s[i + 1] == s[i] and R.random() < 0.4:
                out.append("double " + s[i].lower())
                i += 2
                continue
            out.append(say_letter(s[i]))
            i += 1
        else:
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(say_digits(s[i:j], filler=0.1, asr=asr))
            i = j
    return " ".join(out)


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.meta = [], [], []
        self.groups = {}

    def group(self, typ, canon):
        gid = len(self.groups)
        self.groups[gid] = (typ, canon)
        return gid

    def turn(self, speaker, *segs):
        text, ti = "", len(self.turns)
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                val, typ, gid, role, exp = s
                st = len(text)
                text += val
                self.spans.append({"turn": ti, "start": st, "end": len(text), "type": typ})
                self.meta.append((gid, role, exp))
        self.turns.append({"speaker": speaker, "text": text})

    def to_json(self, cid):
        return {"id": cid, "kind": self.kind, "turns": self.turns, "spans": self.spans,
                "note": self.note}


def L(val, typ, gid, role="full", exp=None):
    return (val, typ, gid, role, exp)


def cap(s):
    return s[:1].upper() + s[1:]


BACK = ["mhm", "go on", "yep", "ok", "uh huh", "right", "yeah", "okay go ahead", "got that"]
AGENT_OK = ["thank you", "lovely, thanks", "perfect", "great, thank you", "thanks for that"]
HES = ["um", "uh", "er", "erm"]

BANKING = ["Halden Bank", "Northgate Savings", "First Harbour Credit Union", "Amberline Bank"]
ORGS = {"banking": BANKING, "telecom": ["Vireo Mobile", "Skylink Broadband"],
        "utilities": ["Brightwater Energy", "Cobalt Gas & Power"],
        "retail": ["Marlow & Finch", "ShopNest"], "insurance": ["Keystone Insurance", "Harbourside Cover"],
        "travel": ["Aerolinea Verde", "Coastline Rail"], "healthcare": ["St Brendan's Billing", "MediPay Billing"],
        "government": ["the benefits helpline", "the vehicle licensing office"]}


def org():
    ind = pick(sorted(ORGS))
    return ind, pick(ORGS[ind])


def mk_card(n=None):
    n = n or pick([16, 16, 16, 16, 15, 13, 19, 14, 18])
    pre = pick({16: ["4", "51", "53", "6011", "35"], 15: ["34", "37"], 13: ["4"], 19: ["4", "62"],
                14: ["36"], 18: ["62"]}[n])
    s = pre + "".join(str(R.randrange(10)) for _ in range(n - len(pre) - 1))
    if R.random() < 0.4:  # add repeated digits for doubles
        k = R.randrange(len(pre), n - 3)
        s = s[:k] + s[k] * 2 + s[k + 2:]
    return luhn_complete(s[:n - 1])


def card_groups(n):
    return {16: [4, 4, 4, 4], 15: [4, 6, 5], 13: [4, 3, 3, 3], 19: [4, 4, 4, 4, 3],
            14: [4, 6, 4], 18: [4, 4, 4, 6]}[n]


def typed_card(c):
    g = card_groups(len(c))
    style = R.randrange(5)
    if style == 0:
        return c
    if style == 1:
        return " ".join(chunks(c, g))
    if style == 2:
        return "-".join(chunks(c, g))
    if style == 3:
        return " ".join(chunks(c, [R.choice([2, 3, 5]) for _ in range(3)] + [len(c)]))[:len(c) + 3].strip()
    return ".".join(chunks(c, g))


def fix_typed_card(c):
    t = typed_card(c)
    if re.sub(r"\D", "", t) != c:
        t = " ".join(chunks(c, card_groups(len(c))))
    return t


# ---------------------------------------------------------------- positive templates
def p_card_chat():
    ind, o = org()
    c = Case("positive", "typed card number in chat (%s)" % ind)
    g = c.group("CARD_NUMBER", mk_card())
    card = c.groups[g][1]
    lead = pick(["card no: ", "Card number - ", "its ", "ok here: ", "cc# ", "the long number is ",
                 "CARD NUMBER ", "pan "])
    c.turn("agent", "Welcome to %s chat. To take the payment I'll need the card details please." % o)
    segs = [lead, L(fix_typed_card(card), "CARD_NUMBER", g, exp=card)]
    if R.random() < 0.6:
        m, y = R.randint(1, 12), R.randint(25, 31)
        ge = c.group("EXPIRY", (m, y))
        ex = pick(["%02d/%02d" % (m, y), "%d/%d" % (m, y), "%02d-20%02d" % (m, y), "%02d %02d" % (m, y),
                   "%s 20%02d" % (cap(MONTHS[m - 1][:3]), y)])
        segs += [pick([" exp ", ", expires ", " , valid thru ", " exp date "]), L(ex, "EXPIRY", ge, exp=(m, y))]
    if R.random() < 0.6:
        v = "".join(str(R.randrange(10)) for _ in range(4 if card.startswith("3") and len(card) == 15 else 3))
        gv = c.group("CVV", v)
        segs += [pick([" cvv ", " and the 3 digits on back r ", " sec code: ", " cvc "]), L(v, "CVV", gv, exp=v)]
    c.turn("customer", *segs)
    if R.random() < 0.5:
        c.turn("agent", "Thanks. Just to confirm, that's the card ending %s?" % card[-4:])
        c.turn("customer", pick(["yes", "yep thats it", "correct"]))
    else:
        c.turn("agent", pick(AGENT_OK) + ", processing that now.")
    return c


def p_card_asr_split():
    ind, o = org()
    c = Case("positive", "spoken card number split over turns with back-channels (%s)" % ind)
    card = mk_card(pick([16, 16, 16, 15]))
    g = c.group("CARD_NUMBER", card)
    c.turn("agent", "okay so whenever you're ready can i take the long number across the front of the card")
    parts = chunks(card, card_groups(len(card)))
    nparts = pick([2, 2, 3, len(parts)])
    nparts = min(nparts, len(parts))
    # merge chunks into nparts turns
    bounds = sorted(R.sample(range(1, len(parts)), nparts - 1))
    turns_parts, prev = [], 0
    for b in bounds + [len(parts)]:
        turns_parts.append("".join(parts[prev:b]))
        prev = b
    for k, tp in enumerate(turns_parts):
        lead = pick(["yeah it's ", "right it's ", "", "so ", "okay ", "erm "]) if k == 0 else pick(["", "then ", "and ", "", "uh "])
        tail = pick(["", "", " yeah", " okay"]) if k < len(turns_parts) - 1 else ""
        c.turn("customer", lead, L(say_digits(tp, [4] * (len(tp) // 4) + ([len(tp) % 4] if len(tp) % 4 else [])), "CARD_NUMBER", g, "part", tp), tail)
        if k < len(turns_parts) - 1:
            c.turn("agent", pick(BACK))
    if R.random() < 0.6:
        c.turn("agent", "let me read that back ", L(say_digits(card, card_groups(len(card)), filler=0, asr=False), "CARD_NUMBER", g, "full", card), " is that right")
        c.turn("customer", pick(["yes", "that's right", "yeah spot on"]))
    if R.random() < 0.5:
        m, y = R.randint(1, 12), R.randint(25, 31)
        ge = c.group("EXPIRY", (m, y))
        c.turn("agent", "and the expiry date")
        ex = pick([say_digits("%02d" % m, [2], asr=False) + " " + say_digits("%02d" % y, [2], asr=False),
                   MONTHS[m - 1] + " twenty " + WORD_OF[y - 20][0] if y < 30 else MONTHS[m - 1] + " twenty " + "thirty" if y == 30 else MONTHS[m - 1] + " twenty thirty one",
                   "%d %s" % (m, say_pair("%02d" % y)[0]),
                   say_digits("%02d" % m, [2], asr=False) + " slash " + say_digits("%02d" % y, [2], asr=False)])
        c.turn("customer", pick(["it's ", "", "expires ", "um "]), L(ex, "EXPIRY", ge, exp=(m, y)))
        if R.random() < 0.7:
            v = "".join(str(R.randrange(10)) for _ in range(3))
            gv = c.group("CVV", v)
            c.turn("agent", "and the three digit security code on the back")
            c.turn("customer", pick(["", "it's ", "that's "]), L(say_digits(v, [3], filler=0), "CVV", gv, exp=v))
    return c


def p_card_restart():
    c = Case("positive", "spoken card with restarted reading and aside")
    card = mk_card(16)
    g = c.group("CARD_NUMBER", card)
    cut = pick([4, 6, 8])
    c.turn("agent", "can i take the card number please")
    c.turn("customer", "yeah it's ", L(say_digits(card[:cut], [2] * (cut // 2), filler=0.3), "CARD_NUMBER", g, "prefix", card[:cut]),
           pick([" no wait sorry that's my old one hang on", " oh hang on let me start again", " sorry the light's bad let me start again"]))
    c.turn("agent", pick(["no problem take your time", "that's fine", "no worries"]))
    g4 = card_groups(16)
    first, rest = card[:8], card[8:]
    c.turn("customer", "right ", L(say_digits(first, [4, 4], filler=0.5), "CARD_NUMBER", g, "part", first),
           pick([" sorry the dog's barking ", " hold on ", " hang on my glasses "]),
           L(say_digits(rest, [4, 4], filler=0.5), "CARD_NUMBER", g, "part", rest))
    c.turn("agent", "thank you and can i just check the last four are ", L(say_digits(card[-4:], [4], filler=0, asr=False), "CARD_NUMBER", g, "prefix_tail", card[-4:]))
    c.turn("customer", "yes")
    return c


def p_card_email():
    c = Case("positive", "e-mail with card details typed with typo labels")
    card = mk_card(pick([16, 15, 19]))
    g = c.group("CARD_NUMBER", card)
    m, y = R.randint(1, 12), R.randint(25, 30)
    ge = c.group("EXPIRY", (m, y))
    c.turn("customer", pick(["Hi,\nPlease renew my subscription with ", "Hello, pls charge the outstanding invoice to "]),
           pick(["crd nmbr ", "card num. ", "Visa ", "my card "]), L(fix_typed_card(card), "CARD_NUMBER", g, exp=card),
           pick([" exp. ", " EXP: ", " expiry "]), L("%02d/%02d" % (m, y), "EXPIRY", ge, exp=(m, y)),
           pick([".\nThanks", "\nRegards", " cheers"]))
    c.turn("agent", "Thank you, the payment has been taken from the card ending %s." % card[-4:])
    return c


def mk_ssn():
    while True:
        s = "%03d%02d%04d" % (R.randint(1, 899), R.randint(1, 99), R.randint(1, 9999))
        if ssn_ok(s):
            return s


def p_ssn():
    ind, o = org()
    c = Case("positive", "US social security number (%s)" % ind)
    s = mk_ssn()
    g = c.group("SSN", s)
    mode = R.randrange(4)
    c.turn("agent", pick(["for verification can I get your social security number",
                          "I'll need the last... actually the full SSN on the account please",
                          "Please provide your social so we can locate the file."]))
    if mode == 0:
        t = pick(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])
        c.turn("customer", pick(["SSN: ", "ssn is ", "Social ", "soc sec # "]), L(t, "SSN", g, exp=s))
    elif mode == 1:
        c.turn("customer", pick(["sure it's ", "yeah ", "okay um it's "]), L(say_digits(s, [3, 2, 4], filler=0.4), "SSN", g, exp=s))
    else:
        c.turn("customer", pick(["okay ", "first part ", "it's "]), L(say_digits(s[:3], [3], filler=0), "SSN", g, "part", s[:3]))
        c.turn("agent", pick(BACK))
        c.turn("customer", L(say_digits(s[3:5], [2], filler=0), "SSN", g, "part", s[3:5]), pick([" then ", " and then ", " dash "]),
               L(say_digits(s[5:], [4], filler=0.2), "SSN", g, "part", s[5:]))
    if R.random() < 0.5:
        c.turn("agent", "so that's ", L(say_digits(s, [3, 2, 4], filler=0, asr=False), "SSN", g, "full", s), " correct")
        c.turn("customer", pick(["correct", "yes ma'am", "yep"]))
    return c


def mk_ni():
    while True:
        a = R.choice("ABCEGHJKLMNPRSTWXYZ")
        b = R.choice("ABCEGHJKLMNPRSTWXYZ")
        s = a + b + "".join(str(R.randrange(10)) for _ in range(6)) + R.choice("ABCD")
        if ni_ok(s):
            return s


def p_ni():
    ind, o = org()
    c = Case("positive", "UK National Insurance number (%s)" % ind)
    s = mk_ni()
    g = c.group("NI_NUMBER", s.lower())
    c.turn("agent", pick(["can you confirm your national insurance number for me",
                          "What's your NI number please?", "and your national insurance number"]))
    mode = R.randrange(5)
    if mode == 0:
        t = pick([s, s.lower(), "%s %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8]), s[:2] + " " + s[2:8] + " " + s[8]])
        c.turn("customer", pick(["NI: ", "ni no ", "its ", "NINO "]), L(t, "NI_NUMBER", g, exp=s.lower()))
    elif mode in (1, 2):
        c.turn("customer", pick(["yeah it's ", "um ", "right it's ", ""]), L(say_alnum(s), "NI_NUMBER", g, exp=s.lower()))
    else:
        c.turn("customer", pick(["it's ", "okay "]), L(say_alnum(s[:4]), "NI_NUMBER", g, "part", s[:4].lower()))
        c.turn("agent", pick(BACK))
        c.turn("customer", L(say_alnum(s[4:8]), "NI_NUMBER", g, "part", s[4:8].lower()), pick([" and the letter at the end is ", " then ", " and "]),
               L(say_letter(s[8], pick(["name", "nato", "for"])), "NI_NUMBER", g, "part", s[8].lower()))
    if R.random() < 0.5:
        c.turn("agent", "thanks so that's ", L(say_alnum(s, asr=False), "NI_NUMBER", g, "full", s.lower()))
        c.turn("customer", pick(["that's it", "yes", "yeah"]))
    return c


def p_bank():
    ind, o = org()
    c = Case("positive", "UK account number and sort code (%s)" % ind)
    acct = "".join(str(R.randrange(10)) for _ in range(8))
    sc = "".join(str(R.randrange(10)) for _ in range(6))
    ga, gs = c.group("BANK_ACCOUNT", acct), c.group("SORT_CODE", sc)
    if R.random() < 0.45:
        c.turn("agent", "Please send the account you'd like the refund paid into.")
        c.turn("customer", pick(["acct no: ", "Account number ", "A/C ", "acc "]), L(pick([acct, acct[:4] + " " + acct[4:]]), "BANK_ACCOUNT", ga, exp=acct),
               pick([", sort code ", " s/c ", " SC: ", " sortcode "]), L(pick(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE", gs, exp=sc))
    else:
        c.turn("agent", "and what's the sort code")
        c.turn("customer", pick(["", "it's ", "erm "]), L(say_digits(sc, [2, 2, 2], filler=0.3), "SORT_CODE", gs, exp=sc))
        c.turn("agent", "and the account number")
        c.turn("customer", pick(["", "it's ", "okay "]), L(say_digits(acct[:4], [4], filler=0), "BANK_ACCOUNT", ga, "part", acct[:4]))
        c.turn("agent", pick(BACK))
        c.turn("customer", L(say_digits(acct[4:], [4], filler=0), "BANK_ACCOUNT", ga, "part", acct[4:]))
        if R.random() < 0.5:
            c.turn("agent", "so sort code ", L(say_digits(sc, [2, 2, 2], filler=0, asr=False), "SORT_CODE", gs, "full", sc),
                   " account ", L(say_digits(acct, [4, 4], filler=0, asr=False), "BANK_ACCOUNT", ga, "full", acct))
    return c


def mk_iban():
    cc = pick(["GB", "IE", "DE", "NL", "FR", "ES"])
    if cc in ("GB", "IE"):
        bban = "".join(R.choice("ABCDEGHKLMNPRSTWXYZ") for _ in range(4)) + "".join(str(R.randrange(10)) for _ in range(14))
    elif cc == "NL":
        bban = "".join(R.choice("ABCDEGHKLMNPRSTWXYZ") for _ in range(4)) + "".join(str(R.randrange(10)) for _ in range(10))
    else:
        bban = "".join(str(R.randrange(10)) for _ in range({"DE": 18, "FR": 23, "ES": 20}[cc]))
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(ch, 36)) for ch in r)) % 97
    return cc + "%02d" % chk + bban


def p_iban():
    c = Case("positive", "IBAN for an international transfer")
    s = mk_iban()
    g = c.group("IBAN", s.lower())
    if R.random() < 0.5:
        t = pick([s, " ".join(s[i:i + 4] for i in range(0, len(s), 4)), s.lower()])
        c.turn("customer", pick(["IBAN: ", "iban ", "Please refund to IBAN ", "my iban is "]), L(t, "IBAN", g, exp=s.lower()),
               pick(["", " thx", ". BIC to follow"]))
    else:
        c.turn("agent", "can i take the iban please")
        half = 4 + 4 * R.randint(1, 3)
        c.turn("customer", pick(["yeah it's ", "okay ", ""]), L(say_alnum(s[:half]), "IBAN", g, "part", s[:half].lower()))
        c.turn("agent", pick(BACK))
        c.turn("customer", L(say_alnum(s[half:]), "IBAN", g, "part", s[half:].lower()))
    c.turn("agent", pick(AGENT_OK))
    return c


def mk_phone():
    k = R.randrange(6)
    if k == 0:
        return "07" + "".join(str(R.randrange(10)) for _ in range(9)), "uk_mob"
    if k == 1:
        return "447" + "".join(str(R.randrange(10)) for _ in range(9)), "uk_int"
    if k == 2:
        return "%d%02d%03d%04d" % (R.randint(2, 9), R.randint(0, 99), R.randint(200, 999), R.randint(0, 9999)), "us"
    if k == 3:
        return "1%d%02d%03d%04d" % (R.randint(2, 9), R.randint(0, 99), R.randint(200, 999), R.randint(0, 9999)), "us_int"
    if k == 4:
        return "08" + str(R.choice([3, 5, 6, 7])) + "".join(str(R.randrange(10)) for _ in range(7)), "ie"
    return "3538" + str(R.choice([3, 5, 7])) + "".join(str(R.randrange(10)) for _ in range(7)), "ie_int"


def typed_phone(p, kind):
    if kind == "uk_mob":
        return pick([p, p[:5] + " " + p[5:], p[:5] + " " + p[5:8] + " " + p[8:]])
    if kind == "uk_int":
        return pick(["+" + p, "+44 " + p[2:6] + " " + p[6:], "+44 (0)" + p[2:], "0044 " + p[2:]])
    if kind == "us":
        return pick(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]), "%s.%s.%s" % (p[:3], p[3:6], p[6:])])
    if kind == "us_int":
        return pick(["+1 %s %s %s" % (p[1:4], p[4:7], p[7:]), "+1-%s-%s-%s" % (p[1:4], p[4:7], p[7:])])
    if kind == "ie":
        return pick([p, p[:3] + " " + p[3:6] + " " + p[6:]])
    return pick(["+353 " + p[3:5] + " " + p[5:8] + " " + p[8:], "+" + p])


def phone_canon_from_text(t):
    d = re.sub(r"\D", "", t.replace("(0)", ""))
    if d.startswith("00"):
        d = d[2:]
    return d


def p_phone():
    ind, o = org()
    c = Case("positive", "phone number (%s)" % ind)
    p, kind = mk_phone()
    if R.random() < 0.45:
        t = typed_phone(p, kind)
        canon = phone_canon_from_text(t)
        g = c.group("PHONE", canon)
        pre = t[0] if t[0] in "(+" else ""
        c.turn("customer", pick(["Best number to reach me: ", "tel ", "mob: ", "call me back on ", "Phone - "]) + pre, L(t[len(pre):], "PHONE", g, exp=canon),
               pick(["", " after 5pm", ", thanks", " (mobile)"]))
        c.turn("agent", "Thanks, we'll call you back within 2 working days.")
    else:
        g = c.group("PHONE", p)
        c.turn("agent", "what's the best contact number for you")
        if kind.endswith("int"):
            cclen = {"uk_int": 2, "us_int": 1, "ie_int": 3}[kind]
            spoken = say_digits(p[:cclen], [cclen], filler=0) + " " + say_digits(p[cclen:], None, filler=0.2)
        else:
            grp = [5, 3, 3] if kind == "uk_mob" else [3, 3, 4]
            spoken = say_digits(p, grp, filler=0.3)
        if R.random() < 0.5:
            c.turn("customer", pick(["yeah it's ", "my mobile is ", "it's ", ""]) + ("plus " if kind.endswith("int") else ""), L(spoken, "PHONE", g, exp=p))
        else:
            c.turn("customer", pick(["it's ", "", "so "]), L(say_digits(p[:5], [5], filler=0), "PHONE", g, "part", p[:5]))
            c.turn("agent", pick(BACK))
            c.turn("customer", L(say_digits(p[5:], None, filler=0.2), "PHONE", g, "part", p[5:]))
        if R.random() < 0.5:
            c.turn("agent", "let me just repeat that ", L(say_digits(p, None, filler=0, asr=False), "PHONE", g, "full", p))
            c.turn("customer", "yep")
    return c


FIRST = ["john", "sarah", "priya", "liam", "aoife", "marek", "chloe", "dev", "kate", "sean", "maria", "tom"]
LAST = ["doe", "patel", "kowalski", "murphy", "smith", "nguyen", "byrne", "garcia", "okafor", "walsh"]
DOMAINS = [("gmail", "com"), ("hotmail", "co.uk"), ("yahoo", "com"), ("outlook", "ie"), ("btinternet", "com"),
           ("icloud", "com"), ("web", "de"), ("proton", "me")]


def p_email():
    ind, o = org()
    c = Case("positive", "e-mail address (%s)" % ind)
    f, l = pick(FIRST), pick(LAST)
    d, tld = pick(DOMAINS)
    sep = pick([".", "_", "", "."])
    num = pick(["", "", str(R.randint(70, 99)), str(R.randint(1, 9))])
    local = pick([f, f[0]]) + sep + l + num
    email = local + "@" + d + "." + tld
    g = c.group("EMAIL", email)
    if R.random() < 0.45:
        t = pick([email, email.capitalize(), local.upper() + "@" + d + "." + tld, email])
        c.turn("customer", pick(["email: ", "my email is ", "pls reply to ", "E-mail "]), L(t, "EMAIL", g, exp=email), pick(["", " thanks", ".", " ta"]))
    else:
        sayl = []
        for part in re.split(r"([._])", local):
            if part == ".":
                sayl.append("dot")
            elif part == "_":
                sayl.append("underscore")
            elif part.isdigit():
                sayl.append(say_pair(part)[0] if len(part) == 2 and part[0] != "0" else WORD_OF[int(part)][0] if len(part) == 1 else part)
            elif len(part) == 1:
                sayl.append(part)
            elif part:
                sayl.append(part if R.random() < 0.7 else " ".join(part))
        spoken = " ".join(sayl) + " at " + d + " dot " + tld.replace(".", " dot ")
        c.turn("agent", "and can i take an email address")
        c.turn("customer", pick(["yeah it's ", "sure it's ", "it's um ", ""]), L(spoken, "EMAIL", g, exp=email))
        if R.random() < 0.5:
            c.turn("agent", "so that's ", L(spoken.replace(" um", ""), "EMAIL", g, "full", email), " all lower case")
            c.turn("customer", "that's right")
    return c


def say_year(y, asr=True):
    if y == 2000:
        return "two thousand"
    if y >= 2000:
        return pick(["two thousand and " + (say_pair("%02d" % (y - 2000))[0] if y - 2000 >= 10 else WORD_OF[y - 2000][0]),
                     "twenty " + " ".join(say_pair("%02d" % (y - 2000)))])
    return " ".join(say_pair(str(y)[:2]) + say_pair(str(y)[2:]))


def p_dob():
    ind, o = org()
    c = Case("positive", "date of birth for ID&V (%s)" % ind)
    y, m, d = R.randint(1938, 2006), R.randint(1, 12), R.randint(1, 28)
    g = c.group("DOB", (y, m, d))
    us = R.random() < 0.35
    c.turn("agent", pick(["can you confirm your date of birth", "and your date of birth please", "For security, what is your DOB?"]))
    k = R.randrange(6)
    if k == 0:
        t = ("%02d/%02d/%d" % (m, d, y)) if us else pick(["%02d/%02d/%d" % (d, m, y), "%d.%d.%02d" % (d, m, y % 100), "%02d-%02d-%d" % (d, m, y)])
        if not us and d <= 12 and m != d:
            t = "%d %s %d" % (d, cap(MONTHS[m - 1][:3]), y)
    elif k == 1:
        t = "%s %d%s %d" % (cap(MONTHS[m - 1]), d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"), y)
    elif k == 2:
        ordw = ORD_W.get(d) or (TENS_W[d // 10] + " " + ORD_W[d % 10])
        t = pick(["the ", ""]) + ordw + " of " + MONTHS[m - 1] + " " + say_year(y)
    elif k == 3:
        ordw = ORD_W.get(d) or (TENS_W[d // 10] + " " + ORD_W[d % 10])
        t = MONTHS[m - 1] + " " + ordw + " " + say_year(y)
    elif k == 4:
        s = "%02d%02d%02d" % ((m, d, y % 100) if us else (d, m, y % 100))
        t = say_digits(s, [2, 2, 2], filler=0.3)
        if not us and d <= 12 and m != d:
            pass
        # avoid ambiguity by only using when day>12
        if d <= 12 and m != d:
            t = "%02d/%02d/%d" % ((m, d, y) if us else (d, m, y))
    else:
        ordw = ORD_W.get(d) or (TENS_W[d // 10] + " " + ORD_W[d % 10])
        t = "the " + ordw + " of the " + (ORD_W.get(m)) + " " + " ".join(say_pair(str(y)[2:]))
    if us and k in (0, 4) and d <= 12 and m != d:
        t = "%s %d, %d" % (cap(MONTHS[m - 1]), d, y)
    c.turn("customer", pick(["it's ", "", "yeah ", "born ", "um it's "]), L(t, "DOB", g, exp=(y, m, d)))
    if R.random() < 0.3:
        c.turn("agent", "thank you and that makes you %d, is that right" % (2025 - y))
        c.turn("customer", "yeah")
    else:
        c.turn("agent", pick(AGENT_OK))
    return c


STREETS = ["Acacia Avenue", "Mill Lane", "Church Road", "Station Road", "Kingsway", "Elm Street", "Maple Drive",
           "Victoria Terrace", "Harbour View", "Orchard Close", "Main Street", "Oak Crescent"]
TOWNS_UK = [("Leeds", "LS"), ("Bristol", "BS"), ("Manchester", "M"), ("Cardiff", "CF"), ("Glasgow", "G"), ("Norwich", "NR")]
TOWNS_US = ["Springfield", "Austin", "Columbus", "Portland", "Madison"]


def mk_pc(area):
    out = area + str(R.randint(1, 29))
    return out + str(R.randint(1, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")


def p_address():
    ind, o = org()
    c = Case("positive", "postal address with postcode/ZIP (%s)" % ind)
    house = R.randint(1, 240)
    us = R.random() < 0.35
    street = pick(STREETS)
    c.turn("agent", pick(["and can you confirm the first line of the address and the postcode", "What address should we send it to?"]))
    flat = R.random() < 0.25
    if us:
        z = "%05d" % R.randint(10000, 99950)
        gz = c.group("POSTCODE", z)
        street = street.replace("Close", "Court").replace("Terrace", "Boulevard")
        ga = c.group("ADDRESS", house)
        if R.random() < 0.5:
            c.turn("customer", L("%d %s" % (house, street), "ADDRESS", ga, exp=house), ", %s, %s " % (pick(TOWNS_US), pick(["TX", "OH", "OR", "WI"])), L(z, "POSTCODE", gz, exp=z))
        else:
            hs = say_digits(str(house), [len(str(house))], filler=0)
            c.turn("customer", L(hs + " " + street.lower(), "ADDRESS", ga, exp=house), " in " + pick(TOWNS_US).lower() + " zip code ",
                   L(say_digits(z, [5], filler=0.2), "POSTCODE", gz, exp=z))
    else:
        town, area = pick(TOWNS_UK)
        pc = mk_pc(area)
        gp = c.group("POSTCODE", pc.lower())
        ga = c.group("ADDRESS", house)
        if R.random() < 0.5:
            a = ("Flat %d, %d %s" % (R.randint(1, 12), house, street)) if flat else ("%d %s" % (house, street))
            c.turn("customer", L(a, "ADDRESS", ga, exp=house), ", %s, " % town, L(pick([pc[:-3] + " " + pc[-3:], pc, pc.lower()]), "POSTCODE", gp, exp=pc.lower()))
        else:
            hs = pick([str(house), say_digits(str(house), [len(str(house))], filler=0)])
            a = ("flat " + WORD_OF[R.randint(1, 9)][0] + " " + hs + " " + street.lower()) if flat else (hs + " " + street.lower())
            c.turn("customer", L(a, "ADDRESS", ga, exp=house), " " + town.lower())
            c.turn("agent", "and the postcode")
            c.turn("customer", pick(["it's ", "", "um "]), L(say_alnum(pc), "POSTCODE", gp, exp=pc.lower()))
            if R.random() < 0.5:
                c.turn("agent", "so that's ", L(say_alnum(pc, asr=False), "POSTCODE", gp, "full", pc.lower()))
                c.turn("customer", "yes")
    return c


def p_idv_combo():
    c = Case("positive", "identity check: DOB, postcode and phone in one call")
    y, m, d = R.randint(1950, 2004), R.randint(1, 12), R.randint(13, 28)
    gd = c.group("DOB", (y, m, d))
    pc = mk_pc(pick(["LS", "SW", "EH", "B", "N"]))
    gp = c.group("POSTCODE", pc.lower())
    p = "07" + "".join(str(R.randrange(10)) for _ in range(9))
    gph = c.group("PHONE", p)
    c.turn("agent", "before i can discuss the account i need to run through security date of birth first")
    c.turn("customer", "it's ", L(say_digits("%02d%02d%02d" % (d, m, y % 100), [2, 2, 2], filler=0.3), "DOB", gd, exp=(y, m, d)))
    c.turn("agent", "and the postcode")
    c.turn("customer", L(say_alnum(pc[:-3]), "POSTCODE", gp, "part", pc[:-3].lower()), pick([" uh ", " "]), L(say_alnum(pc[-3:]), "POSTCODE", gp, "part", pc[-3:].lower()))
    c.turn("agent", "and the mobile number we have on file")
    c.turn("customer", L(say_digits(p, [5, 6], filler=0.3), "PHONE", gph, exp=p))
    c.turn("agent", "brilliant you're through security")
    return c


# ---------------------------------------------------------------- negative templates
def rnd_digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def n_order_spoken():
    c = Case("negative", "order/reference number read in groups like a card")
    lab = pick(["order number", "reference number", "ticket number", "claim reference", "tracking number", "invoice number"])
    n = rnd_digits(pick([12, 14, 16, 10]))
    c.turn("agent", "can i take the %s please" % lab)
    c.turn("customer", "yeah the %s is %s" % (lab, say_digits(n, None, filler=0.2)))
    c.turn("agent", "thank you i've found that %s" % lab)
    return c


def n_order_typed():
    c = Case("negative", "long typed reference with label")
    lab = pick(["Order #", "Ref: ", "Invoice no. ", "Tracking: ", "Policy number ", "Serial no ", "Case ID "])
    n = rnd_digits(pick([9, 11, 13, 16, 18]))
    if lab.startswith("Tracking"):
        n = "1Z" + n
    c.turn("customer", "%s%s - still not arrived, can you check?" % (lab, n))
    c.turn("agent", "Sorry about that. %s%s shows as dispatched on the %d%s." % (lab, n, R.randint(4, 9), "th"))
    return c


def n_last4():
    c = Case("negative", "card last-four only")
    l4 = rnd_digits(4)
    c.turn("agent", "which card would you like to use")
    c.turn("customer", pick(["the one ending %s" % l4, "my visa ending in %s" % say_digits(l4, [4], filler=0),
                             "card ending %s please" % l4, "the debit card, last four %s" % say_digits(l4, [2, 2], filler=0)]))
    c.turn("agent", "lovely the card ending %s it is" % l4)
    return c


def n_amounts():
    c = Case("negative", "balances, amounts and percentages")
    a = R.randint(100, 9999)
    c.turn("customer", "why is my bill %s pounds %s this month" % (say_digits(str(a), [len(str(a))], filler=0) if R.random() < 0.5 else str(a), pick(["forty one", "eleven", "ninety nine"])))
    c.turn("agent", "your balance is £%d.%02d and the rate went up %d.%d%% in april" % (a, R.randint(0, 99), R.randint(1, 9), R.randint(0, 9)))
    return c


def n_times():
    c = Case("negative", "times, opening hours, durations")
    c.turn("agent", "we're open %d till %d monday to friday and %d%s on saturdays" % (R.randint(7, 9), R.randint(17, 20), R.randint(9, 10), "am to 4pm"))
    c.turn("customer", "i've been on hold for %s minutes and called at %s" % (pick(["forty five", "twenty", "ninety"]), pick(["ten fifteen", "half two", "14:35", "oh nine hundred"])))
    return c


def n_meter():
    c = Case("negative", "meter reading and meter serial")
    r = rnd_digits(pick([5, 6]))
    c.turn("agent", "can i get the meter reading please")
    c.turn("customer", "the reading is %s and the meter serial is %s" % (say_digits(r, None, filler=0.2), pick(["K", "E", "S"]) + rnd_digits(8)))
    c.turn("agent", "thanks that's a reading of %s" % r)
    return c


def n_travel():
    c = Case("negative", "flight, gate, seat, room numbers")
    f = pick(["BA", "EI", "FR", "AA", "LH"]) + str(R.randint(100, 9999))
    c.turn("customer", "i'm on flight %s from gate %s seat %d%s and my hotel room is %d" % (f, pick(["B", "A", "C"]) + str(R.randint(1, 60)), R.randint(1, 40), pick("ACDF"), R.randint(100, 1299)))
    c.turn("agent", "thanks, the booking reference is %s" % "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)))
    return c


def n_dates():
    c = Case("negative", "appointment and payment dates, years")
    d, m = R.randint(1, 28), R.randint(1, 12)
    c.turn("agent", "your next payment is due on the %d%s of %s and the contract ends in %d" % (d, "th", MONTHS[m - 1], R.randint(2025, 2029)))
    c.turn("customer", "can we move the engineer appointment to %s the %s" % (pick(["tuesday", "friday"]), pick(["twenty first", "third", "fourteenth"])))
    return c


def n_roads():
    c = Case("negative", "road names and directions")
    c.turn("customer", "i broke down on the %s near junction %d heading to the %s" % (pick(["M25", "A40", "N7", "I-95", "Route 66", "M50"]), R.randint(1, 30), pick(["A303", "M4", "N11"])))
    c.turn("agent", "we'll have someone with you within %d minutes" % R.randint(30, 90))
    return c


def n_model_serial():
    c = Case("negative", "model/serial numbers that look like NI or postcodes")
    s = mk_ni()
    c.turn("customer", "the router model is %s and the serial number is %s" % (pick(["SH2", "HG612", "TG789"]), pick([s, rnd_digits(12)])))
    c.turn("agent", "thanks, serial %s is under warranty until %d" % (s, R.randint(2025, 2028)))
    return c


def n_policy_spoken():
    c = Case("negative", "policy number with letters spoken like NI/IBAN")
    pol = pick(["HX", "PL", "KM"]) + rnd_digits(8)
    c.turn("agent", "what's the policy number")
    c.turn("customer", "policy number %s" % say_alnum(pol))
    c.turn("agent", "and how old is the vehicle")
    c.turn("customer", "about %s years and it's done %s miles" % (pick(["six", "eleven", "twelve"]), pick(["forty two thousand", "eighty thousand five hundred"])))
    return c


def n_counts_ages():
    c = Case("negative", "ages, counts, temperatures")
    c.turn("customer", "my mum is %s and the heating's only getting to %d degrees, we've had %d engineers out" % (pick(["eighty four", "ninety one", "sixty seven"]), R.randint(12, 18), R.randint(2, 5)))
    c.turn("agent", "i'm sorry to hear that, i've raised a priority ticket %s" % rnd_digits(8))
    return c


NEG = [n_order_spoken, n_order_typed, n_last4, n_amounts, n_times, n_meter, n_travel, n_dates, n_roads,
       n_model_serial, n_policy_spoken, n_counts_ages]

POS_PLAN = ([p_card_chat] * 20 + [p_card_asr_split] * 26 + [p_card_restart] * 8 + [p_card_email] * 8 +
            [p_ssn] * 30 + [p_ni] * 30 + [p_bank] * 13 + [p_iban] * 13 + [p_phone] * 16 + [p_email] * 14 +
            [p_dob] * 14 + [p_address] * 14 + [p_idv_combo] * 6)


def build():
    R.seed(514241125)
    cases = []
    for i, f in enumerate(POS_PLAN):
        cases.append(("h514-pos-%03d" % (i + 1), f()))
    for i in range(110):
        cases.append(("h514-neg-%03d" % (i + 1), NEG[i % len(NEG)]()))
    return cases


def render(cases):
    return "".join(json.dumps(c.to_json(cid), ensure_ascii=False) + "\n" for cid, c in cases)


# ---------------------------------------------------------------- checking
def check_span_value(typ, text, exp):
    if typ == "DOB":
        return dob_matches(text, exp)
    if typ == "EXPIRY":
        return expiry_matches(text, exp)
    if typ == "ADDRESS":
        return bool(re.search(r"\b(road|street|lane|avenue|drive|close|terrace|view|kingsway|crescent|court|boulevard)\b", text.lower())) \
            and str(exp) in normalize(re.sub(r"(?i)[a-z]+ (road|street|lane|avenue|drive|close|terrace|view|crescent|court|boulevard)|kingsway|elm|flat|maple|oak|acacia|church|station|mill|main|victoria|harbour|orchard", " ", text))
    if typ == "EMAIL":
        return norm_email(text) == exp
    if typ == "PHONE":
        got = normalize(text) if re.search(r"[a-z]", text.replace("(0)", "")) else phone_canon_from_text(text)
        return got == exp
    alpha = typ in ("NI_NUMBER", "POSTCODE", "IBAN")
    return normalize(text, alpha=alpha) == exp


def check(cases, content):
    errs = []
    counts = {}
    seen = set()
    npos = nneg = 0
    for cid, c in cases:
        if cid in seen:
            errs.append("dup id " + cid)
        seen.add(cid)
        if c.kind == "positive":
            npos += 1
            if not c.spans:
                errs.append(cid + ": positive without spans")
        else:
            nneg += 1
            if c.spans:
                errs.append(cid + ": negative with spans")
        for t in c.turns:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(cid + ": bad speaker")
        byturn = {}
        parts = {}
        for sp, (gid, role, exp) in zip(c.spans, c.meta):
            txt = c.turns[sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(txt)):
                errs.append("%s: offsets out of range" % cid)
                continue
            val = txt[s:e]
            if not (val[0].isalnum() and val[-1].isalnum()):
                errs.append("%s: span %r not trimmed" % (cid, val))
            if (s > 0 and txt[s - 1].isalnum()) or (e < len(txt) and txt[e].isalnum()):
                errs.append("%s: span %r not on word boundary" % (cid, val))
            byturn.setdefault(sp["turn"], []).append((s, e))
            counts[sp["type"]] = counts.get(sp["type"], 0) + 1
            typ, canon = c.groups[gid]
            if typ != sp["type"]:
                errs.append(cid + ": type mismatch")
            try:
                ok = check_span_value(typ, val, exp)
            except ValueError as ex:
                ok = False
                errs.append("%s: %s" % (cid, ex))
            if not ok:
                errs.append("%s: %s span %r does not normalise to %r" % (cid, typ, val, exp))
            if role == "part":
                parts.setdefault(gid, []).append(exp)
            elif role == "prefix" and not str(canon).startswith(exp):
                errs.append(cid + ": prefix mismatch")
            elif role == "prefix_tail" and not str(canon).endswith(exp):
                errs.append(cid + ": tail mismatch")
            elif role == "full" and exp != canon:
                errs.append(cid + ": full value mismatch")
        for gid, ps in parts.items():
            if "".join(ps) != c.groups[gid][1]:
                errs.append("%s: parts %r do not join to %r" % (cid, ps, c.groups[gid][1]))
        for gid, (typ, canon) in c.groups.items():
            if typ in ("DOB", "EXPIRY", "ADDRESS"):
                if typ == "DOB" and not (1 <= canon[1] <= 12 and 1 <= canon[2] <= 31):
                    errs.append(cid + ": bad DOB")
                if typ == "EXPIRY" and not (1 <= canon[0] <= 12):
                    errs.append(cid + ": bad expiry")
                continue
            if not value_ok(typ, canon):
                errs.append("%s: invalid %s value %r" % (cid, typ, canon))
        for ivs in byturn.values():
            ivs.sort()
            for a, b in zip(ivs, ivs[1:]):
                if b[0] < a[1]:
                    errs.append(cid + ": overlapping spans")
    if os.path.exists(OUT):
        with open(OUT, encoding="utf-8") as fh:
            if fh.read() != content:
                errs.append("cases.jsonl is not byte-identical to regenerated output")
    else:
        errs.append("cases.jsonl missing")
    return errs, counts, npos, nneg


def main():
    cases = build()
    content = render(cases)
    if "--check" in sys.argv:
        errs, counts, npos, nneg = check(cases, content)
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in ("CVV", "EXPIRY", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"):
            need[t] = 10
        for t, n in need.items():
            if counts.get(t, 0) < n:
                errs.append("too few %s spans: %d < %d" % (t, counts.get(t, 0), n))
        if npos < 200 or nneg < 100:
            errs.append("too few cases")
        print("positive=%d negative=%d" % (npos, nneg))
        for t in sorted(counts):
            print("  %-13s %d" % (t, counts[t]))
        for e in errs[:50]:
            print("ERROR:", e)
        print("%d errors" % len(errs))
        sys.exit(1 if errs else 0)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(content)
    print("wrote %d cases to %s" % (len(cases), OUT))


if __name__ == "__main__":
    main()
