#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h201 (ASR/Whisper-style calls + chats).

Usage: python scripts/make_pii_holdout201.py [--check]
Standard library only. Deterministic: one random.Random(201241125).
"""
import json, os, re, sys, random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout201")
SEED = 201241125
R = random.Random(SEED)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- value generators
def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9: n -= 9
        s += n
    return s % 10 == 0

def gen_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa": body, ln = "4" + "".join(R.choice("0123456789") for _ in range(5)), 16
    elif kind == "mc": body, ln = "5" + R.choice("12345") + "".join(R.choice("0123456789") for _ in range(4)), 16
    elif kind == "amex": body, ln = "3" + R.choice("47") + "".join(R.choice("0123456789") for _ in range(4)), 15
    else: body, ln = "6011" + "".join(R.choice("0123456789") for _ in range(2)), 16
    # inject some repeats so double/triple readings occur
    while len(body) < ln - 1:
        c = R.choice("0123456789")
        body += c * R.choice([1, 1, 1, 2, 3])
    body = body[:ln - 1]
    for c in "0123456789":
        if luhn_ok(body + c): return body + c

def gen_digits(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0": s = R.choice("123456789") + s[1:]
    return s

def gen_ssn():
    a = R.randint(1, 665)
    if a == 666: a = 667
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))

NI_A = "ABCEGHJKLMNPRSTWXYZ"
NI_B = "ABCEGHJKLMNPRSTWXYZ"
def gen_ni():
    while True:
        p = R.choice(NI_A) + R.choice(NI_B)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"): break
    return p + gen_digits(6) + R.choice("ABCD")

def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)

def iban_valid(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s): return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1

def gen_iban():
    c = R.choice(["GB", "GB", "IE", "IE", "DE", "NL", "ES", "FR"])
    if c == "GB": bban = R.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + gen_digits(14)
    elif c == "IE": bban = R.choice(["AIBK", "BOFI", "IPBS"]) + gen_digits(14)
    elif c == "DE": bban = gen_digits(18)
    elif c == "NL": bban = R.choice(["ABNA", "INGB", "RABO"]) + gen_digits(10)
    elif c == "ES": bban = gen_digits(20)
    else: bban = gen_digits(23)
    return c + iban_check(c, bban) + bban

UK_AREAS = ["SW", "SE", "NW", "M", "B", "LS", "EH", "G", "CF", "BT", "E", "N", "W", "BS", "L", "NG", "CR", "KT", "RG", "PR"]
IN_LET = "ABDEFGHJLNPQRSTUWXYZ"
def gen_uk_pc():
    a = R.choice(UK_AREAS)
    out = a + str(R.randint(1, 19 if len(a) == 1 else 9))
    if R.random() < 0.15 and len(out) == len(a) + 1: out += R.choice("ABEHJKMNPRW")
    return out + " " + str(R.randint(1, 9)) + R.choice(IN_LET) + R.choice(IN_LET)

def gen_zip():
    z = gen_digits(5, True)
    return z + ("-" + gen_digits(4) if R.random() < 0.3 else "")

FIRST = ["james", "sarah", "aoife", "liam", "priya", "tom", "megan", "daniel", "niamh", "kevin", "olga", "marco", "hannah", "ahmed", "chloe", "sean"]
LAST = ["okafor", "murphy", "smith", "patel", "byrne", "kowalski", "jones", "reilly", "nguyen", "walsh", "garcia", "brennan", "hughes", "fischer"]
DOMS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "eircom.net", "icloud.com", "btinternet.com", "aol.com", "web.de"]
def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    pat = R.choice(["f.l", "fl", "f_l", "fl##", "f.l##", "il"])
    if pat == "f.l": u = f + "." + l
    elif pat == "fl": u = f + l
    elif pat == "f_l": u = f + "_" + l
    elif pat == "fl##": u = f + l + str(R.randint(10, 99))
    elif pat == "f.l##": u = f + "." + l + str(R.randint(70, 99))
    else: u = f[0] + l
    return u, R.choice(DOMS)

STREETS = ["acacia", "mill", "church", "station", "park", "victoria", "oak", "maple", "kings", "elm", "castle", "harbour", "willow", "main", "hill", "orchard", "brookfield", "clarence"]
STYPES = ["street", "road", "avenue", "lane", "drive", "close", "crescent", "way", "terrace", "grove", "court", "place", "boulevard"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]

# ---------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
HOMO = {"two": ["to", "too"], "four": ["for"], "eight": ["ate"], "one": ["won"]}
ZEROS_UK = ["oh", "o", "nought", "zero", "oh"]
ZEROS_US = ["oh", "zero", "o", "oh"]

def unit_word(c, uk, homo=0.0):
    if c == "0": return R.choice(ZEROS_UK if uk else ZEROS_US)
    w = UNITS[int(c)]
    if w in HOMO and R.random() < homo: return R.choice(HOMO[w])
    return w

def pair_words(p, uk=True):
    n = int(p)
    if p[0] == "0": return unit_word("0", uk) + " " + unit_word(p[1], uk)
    if n < 10: return UNITS[n]
    if n < 20: return TEENS[n - 10]
    t = TENS[n // 10]
    if n % 10 == 0: return t
    return t + R.choice([" ", " ", "-"]) + UNITS[n % 10]

def say_digits(d, uk=True, style=None, homo=0.08):
    """Render a digit string as an ASR transcript might (words, doubles, pairs, numerals)."""
    style = style or R.choice(["words", "words", "doubles", "pairs", "itn", "mixed"])
    if style == "words":
        return " ".join(unit_word(c, uk, homo) for c in d)
    if style == "doubles":
        out, i = [], 0
        while i < len(d):
            j = i
            while j < len(d) and d[j] == d[i]: j += 1
            run = j - i
            if run >= 3 and R.random() < 0.8:
                out.append("triple " + unit_word(d[i], uk)); i += 3
            elif run >= 2:
                out.append("double " + unit_word(d[i], uk)); i += 2
            else:
                out.append(unit_word(d[i], uk, homo)); i += 1
        return " ".join(out)
    if style == "pairs":
        out, i = [], 0
        while i < len(d):
            if len(d) - i >= 2 and R.random() < 0.7 and not (d[i + 1] == "0" and d[i] not in "01"):
                out.append(pair_words(d[i:i + 2], uk)); i += 2
            else:
                out.append(unit_word(d[i], uk)); i += 1
        return " ".join(out)
    if style == "itn":  # whisper numeral chunks, occasionally words in between
        out, i = [], 0
        while i < len(d):
            k = R.choice([2, 3, 4, 4])
            ch = d[i:i + k]; i += k
            out.append(ch if R.random() < 0.75 else " ".join(unit_word(c, uk) for c in ch))
        sep = R.choice([" ", " ", ", ", "-"])
        return sep.join(out)
    # mixed: chunk-wise choose style, some capitalised
    out, i = [], 0
    while i < len(d):
        k = R.choice([3, 4])
        ch = d[i:i + k]; i += k
        out.append(say_digits(ch, uk, R.choice(["words", "doubles", "pairs", "num"]) if True else None, homo) if True else ch)
    s = R.choice([" ", ", ", ". "]).join(out)
    return s

_orig_say = say_digits
def say_digits(d, uk=True, style=None, homo=0.08):  # noqa: F811  (adds 'num' style)
    if style == "num": return d
    return _orig_say(d, uk, style, homo)

def cap(s):
    return s[:1].upper() + s[1:] if s else s

def chunks(d, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(d[i:i + k]); i += k
    if i < len(d): out.append(d[i:])
    return [c for c in out if c]

NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot", "G": "golf",
        "H": "hotel", "I": "india", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike", "N": "november",
        "O": "oscar", "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango", "U": "uniform",
        "V": "victor", "W": "whiskey", "X": "xray", "Y": "yankee", "Z": "zulu"}
LET_HOMO = {"B": "bee", "C": "see", "J": "jay", "K": "kay", "P": "pee", "T": "tee", "Y": "why", "R": "are", "Z": "zed", "G": "gee", "H": "aitch", "X": "ex", "M": "em", "N": "en", "S": "ess", "L": "el"}
FOR_WORDS = {"A": "apple", "B": "boy", "C": "cat", "D": "dog", "E": "edward", "H": "harry", "J": "john", "M": "mother", "N": "nancy", "P": "peter", "R": "robert", "S": "sugar", "T": "tommy", "W": "william"}

def say_letter(c, mode=None):
    mode = mode or R.choice(["plain", "plain", "plain", "nato", "homo", "for"])
    if c == "O": return "o for oscar"
    if mode == "nato": return c.lower() + " for " + NATO[c]
    if mode == "for" and c in FOR_WORDS: return c.lower() + " for " + FOR_WORDS[c]
    if mode == "homo" and c in LET_HOMO: return LET_HOMO[c]
    if mode == "upper": return c
    return c.lower()

def say_alnum(s, uk=True):
    out, i = [], 0
    mode = R.choice(["plain", "plain", "nato", "homo", "upper"])
    while i < len(s):
        c = s[i]
        if c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit(): j += 1
            out.append(say_digits(s[i:j], uk, R.choice(["words", "words", "pairs", "doubles", "num"]), 0.0))
            i = j
        elif c == " ":
            i += 1
        else:
            if i + 1 < len(s) and s[i + 1] == c and mode in ("plain", "upper") and R.random() < 0.6:
                out.append("double " + say_letter(c, mode)); i += 2
            else:
                out.append(say_letter(c, mode)); i += 1
    return " ".join(out)

# ---------------------------------------------------------------- normaliser (for --check)
W2D = {w: str(i) for i, w in enumerate(UNITS)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "naught": "0", "to": "2", "too": "2", "for": "4", "ate": "8", "won": "1"})
T2D = {w: str(10 + i) for i, w in enumerate(TEENS)}
TN2D = {w: i for i, w in enumerate(TENS) if w}
FILL = {"um", "uh", "er", "erm", "ah", "dash", "hyphen", "space", "and", "sorry", "plus", "slash"}
LH_REV = {v: k for k, v in LET_HOMO.items()}

def normalise(text, letters=False):
    otoks = [t for t in re.split(r"[^A-Za-z0-9]+", text) if t]
    toks = [t.lower() for t in otoks]
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if letters and len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(toks) and toks[i + 2] not in W2D:
            out.append(t.upper()); i += 3; continue
        if t in ("double", "triple"):
            if nxt is None: return None
            n = 2 if t == "double" else 3
            if letters and len(nxt) == 1 and nxt.isalpha() and nxt not in ("o",):
                x = nxt.upper()
            elif nxt in W2D: x = W2D[nxt]
            elif nxt.isdigit() and len(nxt) == 1: x = nxt
            elif letters and nxt in LH_REV: x = LH_REV[nxt]
            else: return None
            out.append(x * n); i += 2; continue
        if t in W2D:
            if nxt == "hundred":
                rest = "00"; j = i + 2
                if j < len(toks) and toks[j] == "and": j += 1
                if j < len(toks) and toks[j] in TN2D:
                    v = TN2D[toks[j]] * 10; j += 1
                    if j < len(toks) and toks[j] in W2D and W2D[toks[j]] != "0": v += int(W2D[toks[j]]); j += 1
                    rest = "%02d" % v
                elif j < len(toks) and toks[j] in T2D: rest = T2D[toks[j]]; j += 1
                out.append(W2D[t] + rest); i = j; continue
            out.append(W2D[t]); i += 1; continue
        if t in T2D:
            if nxt == "hundred": out.append(T2D[t] + "00"); i += 2; continue
            out.append(T2D[t]); i += 1; continue
        if t in TN2D:
            v = TN2D[t] * 10
            if nxt in W2D and W2D[nxt] != "0" and nxt not in ("to", "too", "for", "ate", "won"):
                out.append(str(v + int(W2D[nxt]))); i += 2; continue
            out.append(str(v)); i += 1; continue
        if t.isdigit(): out.append(t); i += 1; continue
        if t in FILL: i += 1; continue
        if letters:
            if len(t) == 1: out.append(t.upper()); i += 1; continue
            if otoks[i].isupper() and 2 <= len(t) <= 4: out.append(t.upper()); i += 1; continue
            if t in LH_REV: out.append(LH_REV[t]); i += 1; continue
            if re.fullmatch(r"[a-z0-9]+", t) and re.search(r"\d", t): out.append(t.upper()); i += 1; continue
            if re.fullmatch(r"[a-z]{2,4}", t):
                out.append(t.upper()); i += 1; continue
        return None
    return "".join(out)

def norm_email(text):
    s = text.lower()
    s = re.sub(r"\s*\b(dot)\b\s*", ".", s)
    s = re.sub(r"\s*\b(at)\b\s*", "@", s)
    s = re.sub(r"\s*\b(underscore)\b\s*", "_", s)
    s = re.sub(r"\s+", "", s)
    return s

ZIP_RE = re.compile(r"\d{5}(\d{4})?")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")

def validate(typ, value, text):
    """value: canonical generator value; text: concatenation of span texts for this entity."""
    if typ == "EMAIL":
        return norm_email(text) == value and re.fullmatch(r"[a-z0-9._]+@[a-z0-9.]+\.[a-z]{2,}", value) is not None
    if typ in ("ADDRESS",):
        return bool(re.search(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b", text.lower())) and \
            bool(re.search(r"\b(" + "|".join(STYPES) + r")\b", text.lower()))
    if typ in ("DOB", "EXPIRY"):
        low = text.lower()
        has_m = any(m in low for m in MONTHS) or any(m[:3] in low for m in MONTHS)
        n = normalise(re.sub(r"(st|nd|rd|th)\b", "", low)) if not has_m else "x"
        if typ == "DOB":
            return has_m and bool(re.search(r"\d{4}|nineteen|twenty|two thousand|\d{2}", low)) or (n is not None and len(n) in (6, 8))
        return has_m or (n is not None and len(n) in (3, 4, 6))
    letters = typ in ("NI_NUMBER", "POSTCODE", "IBAN")
    n = normalise(text, letters)
    if n is None: return False
    if n != value.replace(" ", "").replace("-", "").upper(): return False
    if typ == "CARD_NUMBER": return 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV": return len(n) in (3, 4)
    if typ == "SSN": return len(n) == 9
    if typ == "NI_NUMBER": return NI_RE.fullmatch(n) is not None
    if typ == "BANK_ACCOUNT": return n.isdigit() and 6 <= len(n) <= 12
    if typ == "SORT_CODE": return n.isdigit() and len(n) == 6
    if typ == "IBAN": return iban_valid(n)
    if typ == "PHONE": return n.isdigit() and 9 <= len(n) <= 13
    if typ == "POSTCODE": return UKPC_RE.fullmatch(n) is not None or ZIP_RE.fullmatch(n) is not None
    return False

# ---------------------------------------------------------------- case building
class Case:
    def __init__(self, kind, note):
        self.kind, self.note, self.turns, self.spans, self.ents = kind, note, [], [], {}
        self._n = 0

    def ent(self, typ, value, partial=False):
        self._n += 1
        self.ents[self._n] = (typ, value, partial)
        return self._n

    def t(self, speaker, *segs):
        """segs: plain strings or (text, eid) tuples; eid from ent()."""
        text, ti = "", len(self.turns)
        for sg in segs:
            if isinstance(sg, tuple):
                st, eid = sg
                typ = self.ents[eid][0]
                self.spans.append({"turn": ti, "start": len(text), "end": len(text) + len(st), "type": typ, "_e": eid})
                text += st
            else:
                text += sg
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs): return self.t("agent", *segs)
    def c(self, *segs): return self.t("customer", *segs)

    def record(self, cid):
        return {"id": cid, "kind": self.kind, "turns": self.turns,
                "spans": [{k: v for k, v in s.items() if k != "_e"} for s in self.spans], "note": self.note}

def pick(*xs): return R.choice(xs)
BACK = ["mhm", "okay", "okay go on", "yep", "uh huh", "right", "Mm-hmm.", "Okay.", "yes", "got that", "go ahead"]
FILLERS = ["um", "uh", "er", "erm"]
UKC = ["UK", "Ireland"]

def split_reading(d, parts):
    n = len(d)
    if parts == 4 and n == 16: return chunks(d, [4, 4, 4, 4])
    if parts == 4 and n == 15: return chunks(d, [4, 6, 5])
    if parts == 3: k = n // 3; return chunks(d, [k, k, n - 2 * k])
    return chunks(d, [n // 2, n - n // 2])

def maybe_fill(reading, p=0.25):
    """insert a filler word inside a multi-word reading (stays inside the span)."""
    ws = reading.split(" ")
    if len(ws) > 3 and R.random() < p:
        k = R.randint(1, len(ws) - 2)
        if ws[k - 1].lower().strip(",.") in TENS or "-" in ws[k - 1] or ws[k - 1].lower() in ("double", "triple", "for") or ws[k].lower() == "for": return " ".join(ws)
        ws.insert(k, R.choice(FILLERS))
    return " ".join(ws)

def whisperize(reading):
    r = reading
    if R.random() < 0.3: r = cap(r)
    return r

def card_reading(d, uk):
    st = R.choice(["words", "doubles", "pairs", "itn", "itn", "mixed", "mixed"])
    if st == "itn" and R.random() < 0.3:
        g = [4, 4, 4, 4] if len(d) == 16 else [4, 6, 5]
        return R.choice([" ", "-", ", "]).join(chunks(d, g))
    return whisperize(maybe_fill(say_digits(d, uk, st)))

INDS = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing", "government services"]

# ---------------- positives
def p_card_call_one():
    uk = R.random() < 0.5; d = gen_card(); c = Case("positive", "")
    e = c.ent("CARD_NUMBER", d)
    ind = R.choice(INDS)
    c.a(pick("and the long card number please", "Can I take the sixteen digit number on the front?", "go ahead with the card number when you're ready", "What's the card number?"))
    pre = pick("yeah it's ", "Yeah, it's ", "okay so ", "it is ", "right um ", "So it's ")
    post = pick("", ".", " is that right", " and I want to pay the $40 off", " yeah", "... got it?")
    c.c(pre, (card_reading(d, uk), e), post)
    c.note = "call/%s: card read in one turn, whisper mixed numerals/words (%s)" % (ind, "UK" if uk else "US")
    return c

def p_card_call_split():
    uk = R.random() < 0.5; d = gen_card(); c = Case("positive", "")
    e = c.ent("CARD_NUMBER", d)
    parts = split_reading(d, R.choice([2, 3, 4, 4]))
    c.a(pick("okay and the card number", "Go ahead with the card number.", "whenever you're ready the long number"))
    for i, p in enumerate(parts):
        r = card_reading(p, uk) if len(p) > 2 else say_digits(p, uk, "words")
        c.c(pick("", "", "right ", "Okay, ", "it's ", "um ") if i == 0 else pick("", "", "and then ", "then "), (r, e), pick("", "", ".", " um", ","))
        if i < len(parts) - 1: c.a(pick(*BACK))
    c.note = "call/%s: card split over %d customer turns with agent back-channels" % (R.choice(INDS), len(parts))
    return c

def p_card_chat():
    d = gen_card(); c = Case("positive", "")
    e = c.ent("CARD_NUMBER", d)
    g = [4, 4, 4, 4] if len(d) == 16 else [4, 6, 5]
    f = R.choice(["sp", "dash", "none", "dot", "odd"])
    if f == "sp": v = " ".join(chunks(d, g))
    elif f == "dash": v = "-".join(chunks(d, g))
    elif f == "none": v = d
    elif f == "dot": v = ".".join(chunks(d, g))
    else: v = " ".join(chunks(d, [R.randint(3, 5), R.randint(3, 6), R.randint(3, 5)]))
    c.a(pick("Hi, you're chatting with Dee. How can I help?", "Please provide the card you'd like to use for this payment."))
    c.c(pick("hi want to pay my bill of £62.10, card is ", "card no: ", "Use this one pls ", "ok its "), (v, e), pick("", " thanks", " ta", ". Exp on the back"))
    c.note = "chat/%s: card typed with '%s' grouping and an amount nearby" % (R.choice(["retail", "telecom", "utilities"]), f)
    return c

def p_card_correction():
    uk = R.random() < 0.5; d = gen_card(); c = Case("positive", "")
    e = c.ent("CARD_NUMBER", d)
    wrong = d[:4] + str((int(d[4]) + 3) % 10) + d[5:8]
    ep = c.ent("CARD_NUMBER", wrong, partial=True)
    c.a("can I take the card number")
    c.c(pick("yeah ", "Yes, "), (say_digits(wrong, uk, R.choice(["words", "itn"])), ep), pick(" no sorry wait let me start again ", " oh sorry I've read that wrong, it's "),
        (card_reading(d, uk), e))
    c.note = "call/%s: self-correction, wrong partial reading then full card (both labelled)" % R.choice(INDS)
    return c

def p_card_readback():
    uk = R.random() < 0.5; d = gen_card(); c = Case("positive", "")
    e1 = c.ent("CARD_NUMBER", d); e2 = c.ent("CARD_NUMBER", d)
    c.a("and the card number please")
    c.c((card_reading(d, uk), e1))
    c.a(pick("let me just read that back ", "So that's ", "okay I have "), (" ".join(say_digits(x, uk, "words") for x in chunks(d, [4, 4, 4, 4])), e2), pick(" is that correct", ". Correct?", ""))
    c.c(pick("yes that's right", "Yep.", "correct"))
    c.note = "call/%s: agent reads the card back digit by digit" % R.choice(INDS)
    return c

def expiry_forms(uk, chat=False):
    m = R.randint(1, 12); y = R.randint(25, 31)
    if chat:
        v = R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%s %d" % (cap(MONTHS[m - 1][:3]), 2000 + y)])
    else:
        v = R.choice(["%s %s" % (pair_words("%02d" % m, uk), pair_words(str(y), uk)),
                      "%02d/%02d" % (m, y), "%s twenty %s" % (MONTHS[m - 1], pair_words(str(y), uk)),
                      "%s %d" % (cap(MONTHS[m - 1]), 2000 + y), "%s slash %s" % (UNITS[m] if m < 10 else pair_words(str(m), uk), pair_words(str(y), uk))])
    return v

def p_card_full():
    uk = R.random() < 0.5; d = gen_card(); c = Case("positive", "")
    e = c.ent("CARD_NUMBER", d)
    cv = gen_digits(4 if d[0] == "3" else 3)
    ex = expiry_forms(uk)
    ee = c.ent("EXPIRY", ex); ec = c.ent("CVV", cv)
    c.a("okay what's the card number")
    c.c((card_reading(d, uk), e))
    c.a(pick("and the expiry date", "And when does it expire?", "expiry"))
    c.c(pick("", "it's ", "Expires ", "um "), (ex, ee))
    c.a(pick("and the three digits on the back" if d[0] != "3" else "and the four digits on the front", "And the security code?", "last thing the CVV please"))
    c.c(pick("", "it's ", "that's "), (say_digits(cv, uk, R.choice(["words", "num", "pairs", "doubles"])), ec), pick("", ".", " and that's $120 I'm paying yeah"))
    c.note = "call/%s: card, expiry and security code over several turns" % R.choice(INDS)
    return c

def p_exp_cvv_oneturn():
    uk = R.random() < 0.5; c = Case("positive", "")
    cv = gen_digits(3); ex = expiry_forms(uk)
    ee = c.ent("EXPIRY", ex); ec = c.ent("CVV", cv)
    c.a("and the expiry and the security code on the back")
    c.c(pick("expiry is ", "Expiry's "), (ex, ee), pick(" and the code is ", ", security code ", " and then the three digits are "), (say_digits(cv, uk, R.choice(["words", "num", "doubles"])), ec))
    c.note = "call/%s: expiry and CVV together in one turn" % R.choice(INDS)
    return c

def p_chat_exp_cvv():
    c = Case("positive", ""); cv = gen_digits(3); ex = expiry_forms(True, chat=True)
    ee = c.ent("EXPIRY", ex); ec = c.ent("CVV", cv)
    c.a("Thanks. Could you confirm the expiry and the 3-digit security code?")
    c.c(pick("exp ", "expiry ", "Expires "), (ex, ee), pick(" cvv ", ", code ", " / sec code "), (cv, ec))
    c.note = "chat/retail: expiry and CVV typed in one message"
    return c

def ssn_reading(s):
    st = R.random()
    if st < 0.25: return "%s-%s-%s" % (s[:3], s[3:5], s[5:])
    if st < 0.45: return "%s %s %s" % (say_digits(s[:3], False, "words"), pair_words(s[3:5], False), say_digits(s[5:], False, R.choice(["words", "pairs", "doubles"])))
    if st < 0.6: return "%s %s %s" % (s[:3], s[3:5], s[5:])
    if st < 0.75: return cap(say_digits(s[:3], False, "words")) + ", " + s[3:5] + ", " + say_digits(s[5:], False, "words")
    return maybe_fill(say_digits(s, False, R.choice(["words", "doubles", "mixed"])))

def p_ssn_call():
    s = gen_ssn(); c = Case("positive", "")
    e = c.ent("SSN", s)
    c.a(pick("for verification can I get your social security number", "Can I have your Social Security number, please?", "and the social"))
    c.c(pick("sure it's ", "Yeah, it's ", "uh ", "Social is ", "okay "), (ssn_reading(s), e), pick("", ".", " and I'm calling about the $1,200 refund", " yeah"))
    c.note = "call/%s: US SSN in one turn, ASR formatting" % R.choice(["government services", "banking", "healthcare billing", "insurance"])
    return c

def p_ssn_split():
    s = gen_ssn(); c = Case("positive", "")
    e = c.ent("SSN", s)
    c.a("what's your social security number")
    parts = [s[:3], s[3:5], s[5:]]
    for i, p in enumerate(parts):
        r = say_digits(p, False, R.choice(["words", "pairs", "num"]))
        c.c(pick("it's ", "") if i == 0 else "", (r, e))
        if i < 2: c.a(pick(*BACK))
    c.note = "call/%s: SSN split 3-2-4 across turns with back-channels" % R.choice(["government services", "banking", "healthcare billing"])
    return c

def p_ssn_chat():
    s = gen_ssn(); c = Case("positive", "")
    e = c.ent("SSN", s)
    v = R.choice(["%s-%s-%s" % (s[:3], s[3:5], s[5:]), s, "%s %s %s" % (s[:3], s[3:5], s[5:]), "%s.%s.%s" % (s[:3], s[3:5], s[5:])])
    c.c(pick("my ssn is ", "SSN: ", "ss# ", "here's my social "), (v, e), pick("", " and my claim # is 4471823", " thx"))
    c.note = "chat/insurance: SSN typed, with a claim number nearby"
    return c

def p_ssn_readback():
    s = gen_ssn(); c = Case("positive", "")
    e1 = c.ent("SSN", s); e2 = c.ent("SSN", s)
    c.c(pick("my social is ", "it's "), (ssn_reading(s), e1))
    c.a(pick("okay I have ", "So that's "), ("%s %s %s" % (say_digits(s[:3], False, "words"), say_digits(s[3:5], False, "words"), say_digits(s[5:], False, "words")), e2), pick(" correct", "?"))
    c.c("that's it")
    c.note = "call/banking: SSN given then agent read-back"
    return c

def ni_reading(n):
    st = R.random()
    if st < 0.2: return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if st < 0.3: return n
    if st < 0.55:
        return maybe_fill(say_letter(n[0]) + " " + say_letter(n[1]) + " " + say_digits(n[2:8], True, R.choice(["words", "pairs", "doubles", "num"])) + " " + say_letter(n[8]))
    if st < 0.7:
        return "%s. %s. %s %s %s %s." % (n[0], n[1], n[2:4], n[4:6], n[6:8], n[8]) if False else "%s %s %s %s %s %s" % (n[0], n[1], n[2:4], n[4:6], n[6:8], n[8])
    return say_alnum(n)

def p_ni_call():
    n = gen_ni(); c = Case("positive", "")
    e = c.ent("NI_NUMBER", n)
    c.a(pick("can I take your national insurance number please", "And your National Insurance number?", "what's your N I number"))
    c.c(pick("yeah it's ", "Yes, it's ", "uh ", "It's ", "hang on ", ""), (ni_reading(n), e), pick("", ".", " I think", " and I'm 43 if that helps"))
    c.note = "call/%s: UK NI number in one turn" % R.choice(["government services", "banking", "insurance", "utilities"])
    return c

def p_ni_split():
    n = gen_ni(); c = Case("positive", "")
    e = c.ent("NI_NUMBER", n)
    c.a("national insurance number please")
    c.c(pick("okay it's ", "", "right "), (say_letter(n[0]) + " " + say_letter(n[1]), e))
    c.a(pick(*BACK))
    c.c((say_digits(n[2:8], True, R.choice(["words", "pairs", "num", "doubles"])), e))
    c.a(pick("and the letter at the end", "and the last letter", "mhm"))
    c.c(pick("", "it's ", "that's "), (say_letter(n[8], R.choice(["plain", "nato", "upper"])), e))
    c.note = "call/government services: NI prefix, digits and suffix letter in three turns"
    return c

def p_ni_chat():
    n = gen_ni(); c = Case("positive", "")
    e = c.ent("NI_NUMBER", n)
    v = R.choice([n, n.lower(), "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), "%s %s %s" % (n[:2], n[2:8], n[8])])
    c.c(pick("NI no ", "my ni number is ", "National Insurance: ", "ni "), (v, e), pick("", " - tax year 2024/25", " thanks"))
    c.note = "chat/government services: NI number typed with varied case/separators"
    return c

def p_ni_corr():
    n = gen_ni(); c = Case("positive", "")
    e = c.ent("NI_NUMBER", n)
    c.a("and your NI number")
    c.c(pick("it's ", ""), (say_letter(n[0]) + " " + say_letter(n[1]) + " " + say_digits(n[2:5], True, "words"), e), " no wait ", (say_digits(n[5:8], True, "words") + " " + say_letter(n[8]), e))
    c.note = "call/insurance: NI number with a hesitation break in the middle (one value, two spans)"
    return c

def p_bank():
    uk = R.random() < 0.6; c = Case("positive", "")
    acc = gen_digits(8) if uk else gen_digits(R.choice([10, 12]))
    ea = c.ent("BANK_ACCOUNT", acc)
    if uk:
        sc = gen_digits(6); es = c.ent("SORT_CODE", sc)
        c.a(pick("can I take the sort code and account number", "What's the sort code?"))
        scr = R.choice(["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), say_digits(sc, True, R.choice(["words", "pairs", "num", "doubles"])), "%s %s %s" % (sc[:2], sc[2:4], sc[4:])])
        c.c(pick("sort code is ", "it's ", "Sort code, "), (scr, es))
        c.a(pick("and the account number", "Lovely, and the account number?"))
        c.c(pick("", "account number ", "it's "), (maybe_fill(say_digits(acc, True)), ea), pick("", ".", " and I want the £250 refunded there"))
        c.note = "call/banking: UK sort code and 8-digit account number"
    else:
        c.a("and the checking account number for the autopay")
        c.c(pick("it's ", "Sure. It's "), (maybe_fill(say_digits(acc, False)), ea), pick("", ".", " the routing I'll have to find"))
        c.note = "call/utilities: US account number for autopay"
    return c

def p_bank_chat():
    c = Case("positive", ""); sc = gen_digits(6); acc = gen_digits(8)
    es = c.ent("SORT_CODE", sc); ea = c.ent("BANK_ACCOUNT", acc)
    c.c(pick("refund to s/c ", "sort code ", "Please send the refund to sort "), ("%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]) if R.random() < 0.6 else sc, es),
        pick(" acc ", " a/c no ", ", account "), (acc, ea), pick("", " thanks", ". Ref 88213"))
    c.note = "chat/retail: sort code and account number typed together"
    return c

def p_iban_chat():
    i = gen_iban(); c = Case("positive", "")
    e = c.ent("IBAN", i)
    v = R.choice([" ".join(chunks(i, [4] * 9)), i, i.lower(), " ".join(chunks(i, [4] * 9)).lower()])
    c.c(pick("IBAN: ", "my iban is ", "pls refund to ", "Can you pay it into "), (v, e), pick("", " thanks", " (joint account)"))
    c.note = "chat/travel: IBAN typed (%s)" % i[:2]
    return c

def p_iban_call():
    i = gen_iban(); c = Case("positive", "")
    e = c.ent("IBAN", i)
    c.a(pick("and the IBAN for the refund", "can you read me the iban"))
    gs = chunks(i, [4] * 9)
    k = R.choice([1, 2, 3])
    idx = sorted(R.sample(range(1, len(gs)), k))
    parts, prev = [], 0
    for j in idx + [len(gs)]:
        parts.append("".join(gs[prev:j])); prev = j
    for j, p in enumerate(parts):
        c.c(pick("it's ", "") if j == 0 else "", (say_alnum(p, i[:2] in ("GB", "IE")), e))
        if j < len(parts) - 1: c.a(pick(*BACK))
    c.note = "call/%s: IBAN (%s) spoken in %d chunks" % (R.choice(["travel", "banking", "insurance"]), i[:2], len(parts))
    return c

def gen_phone():
    k = R.choice(["ukm", "ukl", "us", "ie", "intl_uk", "de", "fr"])
    if k == "ukm": return "07" + gen_digits(9), True, k
    if k == "ukl": return "020" + R.choice("378") + gen_digits(7), True, k
    if k == "us": return R.choice("23456789") + gen_digits(2) + R.choice("23456789") + gen_digits(6), False, k
    if k == "ie": return "08" + R.choice("3567") + gen_digits(7), True, k
    if k == "intl_uk": return "447" + gen_digits(9), True, k
    if k == "de": return "4930" + gen_digits(8), True, k
    return "336" + gen_digits(8), True, k

PGROUPS = {"us": [3, 3, 4], "ukm": [5, 6], "ukl": [3, 4, 4], "ie": [3, 3, 4], "intl_uk": [2, 4, 6], "de": [2, 2, 4, 4], "fr": [2, 1, 2, 2, 2, 2]}

def phone_chat(p, k):
    if k == "us": return R.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]), "%s.%s.%s" % (p[:3], p[3:6], p[6:]), p])
    if k in ("intl_uk", "de", "fr"):
        g = chunks(p, PGROUPS[k])
        return R.choice(["+" + " ".join(g), "+" + p, "+" + g[0] + " " + "".join(g[1:])])
    return R.choice([" ".join(chunks(p, PGROUPS[k])), p])

def phone_call(p, k):
    uk = k != "us"
    pre = ""
    if k in ("intl_uk", "de", "fr"):
        pre = R.choice(["plus ", "Plus ", "+"]); body = p
    else: body = p
    if R.random() < 0.3:
        r = " ".join(say_digits(x, uk, "num") for x in chunks(body, PGROUPS[k]))
    else:
        gs = chunks(body, PGROUPS[k] if R.random() < 0.6 else [R.choice([2, 3, 4, 5])] + [3] * 4)
        r = R.choice([" ", ", ", " ", " ... "]).join(say_digits(g, uk, R.choice(["words", "doubles", "pairs", "num", "words"])) for g in gs)
        r = maybe_fill(r)
    if pre == "+":
        return "+" + r if r[0].isdigit() else "plus " + r
    return pre + r

def p_phone_call():
    p, uk, k = gen_phone(); c = Case("positive", "")
    e = c.ent("PHONE", p)
    c.a(pick("best number to reach you on", "What's a good callback number?", "and a contact number please"))
    c.c(pick("yeah it's ", "It's ", "my mobile is ", "um ", "Sure, "), (phone_call(p, k), e), pick("", ".", " any time after 5:30", " yeah"))
    c.note = "call/%s: phone number (%s) spoken, ASR mix of numerals and words" % (R.choice(INDS), k)
    return c

def p_phone_chat():
    p, uk, k = gen_phone(); c = Case("positive", "")
    e = c.ent("PHONE", p)
    c.c(pick("pls call me back on ", "mob: ", "my number is ", "Tel "), (phone_chat(p, k), e), pick("", " after 6pm", " thanks"))
    c.note = "chat/%s: phone number (%s) typed" % (R.choice(INDS), k)
    return c

def p_phone_split():
    p, uk, k = gen_phone(); c = Case("positive", "")
    if k in ("intl_uk", "de", "fr"): p, k = "07" + gen_digits(9), "ukm"
    e = c.ent("PHONE", p)
    c.a("and a phone number")
    a, b = p[:5], p[5:]
    c.c(pick("", "it's "), (say_digits(a, k != "us", R.choice(["words", "num"])), e))
    c.a(pick(*BACK))
    c.c((say_digits(b, k != "us", R.choice(["words", "pairs", "doubles"])), e), pick("", " yeah"))
    c.note = "call/telecom: phone split across two turns"
    return c

def say_email(u, dmn):
    st = R.random()
    if st < 0.25: return u + "@" + dmn
    def part(x):
        x = x.replace(".", " dot ").replace("_", " underscore ")
        return x
    if st < 0.5:
        dd = part(dmn)
        if R.random() < 0.5: dd = dd.replace("gmail", "g mail").replace("hotmail", "hot mail").replace("icloud", "i cloud").replace("outlook", "out look")
        return part(u) + R.choice([" at ", " At ", " at "]) + dd
    if st < 0.7:
        return cap(part(u)) + " at " + cap(dmn)
    if st < 0.85:
        return part(u) + "@" + part(dmn)
    # spelled first name initial + surname letters
    return " ".join(u.replace(".", " dot ").replace("_", " underscore ").split()) + " at " + part(dmn)

def p_email_call():
    u, dmn = gen_email(); c = Case("positive", "")
    e = c.ent("EMAIL", u + "@" + dmn)
    c.a(pick("what email should I send the confirmation to", "And your email address?", "and the email on the account"))
    c.c(pick("it's ", "yeah it's ", "Sure, it's "), (say_email(u, dmn), e), pick("", ".", " all lower case", " and it was sent on the 3rd"))
    c.note = "call/%s: email spoken with dot/at, ASR formatting" % R.choice(INDS)
    return c

def p_email_chat():
    u, dmn = gen_email(); c = Case("positive", "")
    v = u + "@" + dmn
    e = c.ent("EMAIL", v)
    vv = R.choice([v, v, cap(v), v.upper() if R.random() < 0.2 else v])
    c.c(pick("email is ", "pls send the invoice to ", "contact: ", "my email "), (vv, e), pick("", " thanks", ". Order #55102"))
    c.note = "chat/retail: email typed"
    return c

def dob_forms(uk, chat=False):
    d = R.randint(1, 28); m = R.randint(1, 12); y = R.randint(1938, 2005)
    ords = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth"}
    def ordw(n):
        if n in ords: return ords[n]
        if n < 20: return (TEENS[n - 10] if n >= 10 else UNITS[n]) + "th"
        t = TENS[n // 10]
        return (t[:-1] + "ieth") if n % 10 == 0 else t + " " + ords.get(n % 10, UNITS[n % 10] + "th")
    def yw(y):
        return pair_words(str(y)[:2], uk) + " " + pair_words(str(y)[2:], uk) if y < 2000 else "two thousand and " + UNITS[y - 2000] if y < 2010 else "twenty " + pair_words(str(y)[2:], uk)
    sfx = lambda n: "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    if chat:
        return R.choice(["%02d/%02d/%d" % (d, m, y) if uk else "%02d/%02d/%d" % (m, d, y), "%d %s %d" % (d, cap(MONTHS[m - 1]), y), "%d-%02d-%02d" % (y, m, d), "%d%s %s %d" % (d, sfx(d), MONTHS[m - 1][:3], y)])
    return R.choice(["%s of %s %s" % (ordw(d), MONTHS[m - 1], yw(y)), "%s %d%s, %d" % (cap(MONTHS[m - 1]), d, sfx(d), y),
                     "%d%s of %s %d" % (d, sfx(d), cap(MONTHS[m - 1]), y), "%s %s %s" % (ordw(d), MONTHS[m - 1], yw(y)),
                     "%s %s %s" % (pair_words("%02d" % d, uk), pair_words("%02d" % m, uk), pair_words(str(y)[2:], uk)),
                     "%s %s %s" % (MONTHS[m - 1], ordw(d), yw(y))])

def p_dob_call():
    uk = R.random() < 0.5; c = Case("positive", ""); v = dob_forms(uk)
    e = c.ent("DOB", v)
    c.a(pick("and can you confirm your date of birth", "What's your date of birth?", "and the D O B"))
    c.c(pick("it's the ", "yeah ", "", "It's ", "uh "), (v, e), pick("", ".", " so I'm 41 now", " yeah"))
    c.note = "call/%s: date of birth spoken" % R.choice(INDS)
    return c

def p_dob_chat():
    uk = R.random() < 0.5; c = Case("positive", ""); v = dob_forms(uk, True)
    e = c.ent("DOB", v)
    c.c(pick("dob ", "DOB: ", "date of birth is ", "born "), (v, e), pick("", " and my appt is on the 12th", " thx"))
    c.note = "chat/healthcare billing: date of birth typed"
    return c

def pc_call(pc):
    if re.fullmatch(r"[\d-]+", pc):
        return R.choice([pc, say_digits(pc.replace("-", ""), False, R.choice(["words", "pairs"]))])
    return R.choice([pc, say_alnum(pc), say_alnum(pc), pc.replace(" ", "")])

def gen_addr(uk):
    n = R.randint(1, 240) if uk else R.randint(100, 9899)
    st = cap(R.choice(STREETS)) + " " + cap(R.choice(STYPES))
    return n, st

def addr_text(n, st, spoken, uk=True):
    if not spoken or R.random() < 0.4:
        s = "%d %s" % (n, st)
    else:
        s = "%s %s" % (pair_words(str(n), uk) if n < 100 else say_digits(str(n), uk, R.choice(["words", "words", "pairs"])), st.lower())
    if R.random() < 0.2: s = R.choice(["flat %d, " % R.randint(1, 30), "Apt %d%s, " % (R.randint(1, 30), R.choice("AB")), "unit %d, " % R.randint(1, 9)]) + s
    return s

def p_addr_call():
    uk = R.random() < 0.6; c = Case("positive", "")
    n, st = gen_addr(uk); a = addr_text(n, st, True, uk)
    pc = gen_uk_pc() if uk else gen_zip()
    ea = c.ent("ADDRESS", a); ep = c.ent("POSTCODE", pc.replace(" ", "").replace("-", ""))
    c.a(pick("can you confirm the first line of the address and the postcode" if uk else "can you confirm the street address and zip code"))
    town = R.choice(["Leeds", "Croydon", "Belfast", "Swindon"]) if uk else R.choice(["Austin", "Dayton", "Tampa"])
    c.c(pick("yeah it's ", "It's ", ""), (a, ea), pick(", ", " ", " in "), town, pick(" and the postcode is ", ", ", " postcode ") if uk else pick(" zip ", ", ", " and the zip is "), (pc_call(pc), ep))
    c.note = "call/%s: street address plus %s" % (R.choice(["utilities", "retail", "insurance", "telecom"]), "UK postcode" if uk else "US ZIP")
    return c

def p_addr_chat():
    uk = R.random() < 0.6; c = Case("positive", "")
    n, st = gen_addr(uk); a = addr_text(n, st, False)
    pc = gen_uk_pc() if uk else gen_zip()
    if uk and R.random() < 0.3: pc = pc.replace(" ", "")
    if uk and R.random() < 0.3: pc = pc.lower()
    ea = c.ent("ADDRESS", a); ep = c.ent("POSTCODE", pc.replace(" ", "").replace("-", "").upper())
    c.c(pick("new address is ", "deliver to ", "Moved to "), (a, ea), ", ", R.choice(["Bristol", "Reading", "Leeds"] if uk else ["Chicago", "Denver", "Boise"]), pick(" ", ", "), (pc, ep), pick("", " from the 1st of next month", " thanks"))
    c.note = "chat/retail: typed address with postcode/zip"
    return c

def p_pc_only():
    uk = R.random() < 0.7; c = Case("positive", "")
    pc = gen_uk_pc() if uk else gen_zip()
    ep = c.ent("POSTCODE", pc.replace(" ", "").replace("-", ""))
    c.a(pick("and what's the postcode there", "Can I just take the postcode for security?") if uk else "and the zip code on file")
    c.c(pick("it's ", "", "um "), (pc_call(pc), ep), pick("", ".", " yeah"))
    c.note = "call/%s: postcode alone, spelled or ITN" % R.choice(["utilities", "telecom", "insurance"])
    return c

def p_combo_verify():
    c = Case("positive", ""); uk = True
    n = gen_ni(); en = c.ent("NI_NUMBER", n)
    v = dob_forms(uk); ed = c.ent("DOB", v)
    c.a("for security can I take your date of birth and NI number")
    c.c(pick("", "yeah "), (v, ed), pick(" and the NI is ", " and national insurance ", ". N I number "), (ni_reading(n), en))
    c.note = "call/government services: DOB and NI number in one turn"
    return c

def p_combo_us():
    c = Case("positive", ""); s = gen_ssn(); es = c.ent("SSN", s)
    v = dob_forms(False); ed = c.ent("DOB", v)
    c.a("I'll need your date of birth and social")
    c.c(pick("okay ", "Sure. "), (v, ed), pick(" and my social is ", ", social ", " and "), (ssn_reading(s), es), pick("", " and the bill is $84.50"))
    c.note = "call/healthcare billing: DOB and SSN in one turn, an amount after"
    return c

def p_ni_twice():
    n = gen_ni(); c = Case("positive", "")
    e1 = c.ent("NI_NUMBER", n); e2 = c.ent("NI_NUMBER", n)
    c.c("my NI number is ", (ni_reading(n), e1))
    c.a("sorry the line broke up could you repeat that")
    c.c(pick("yeah ", "", "sure "), (ni_reading(n), e2))
    c.note = "call/banking: NI number repeated after a bad line"
    return c

def whisper_digits(d, uk):
    """Whisper quirks: comma-separated capitalised words, 'double 7', numeral chunks, odd full stops."""
    out, i = [], 0
    while i < len(d):
        if i + 1 < len(d) and d[i] == d[i + 1] and R.random() < 0.6:
            out.append(R.choice(["double %s" % d[i], "Double %s" % unit_word(d[i], uk), "double-%s" % unit_word(d[i], uk)])); i += 2
        elif R.random() < 0.3 and len(d) - i >= 4:
            out.append(d[i:i + 4]); i += 4
        else:
            out.append(cap(unit_word(d[i], uk, 0.2)) if R.random() < 0.5 else unit_word(d[i], uk, 0.2)); i += 1
    sep = R.choice([", ", ". ", " - ", ", "])
    return sep.join(out)

def p_whisper_card():
    uk = R.random() < 0.5; d = gen_card(); c = Case("positive", "")
    e = c.ent("CARD_NUMBER", d)
    c.a(pick("Okay, and the card number?", "Go ahead."))
    c.c(pick("Yes, it's ", "It's ", "Okay. "), (whisper_digits(d, uk), e), pick(".", "...", ". That's the one ending in the 2:30 charge, yeah.", ". And I'm paying $40."))
    c.note = "call/%s: whisper-style card: commas, capitalised words, 'double 7', numeral chunks, homophones" % R.choice(INDS)
    return c

def p_whisper_ssn():
    s = gen_ssn(); c = Case("positive", "")
    e = c.ent("SSN", s)
    v = R.choice(["%s-%s-%s %s" % (s[:3], s[3:5], s[5:7], s[7:]), "%s, %s, %s" % (s[:3], s[3:5], s[5:]), whisper_digits(s, False), "%s %s-%s" % (s[:3], s[3:5], s[5:]), "%s%s %s" % (s[:3], s[3:5], s[5:])])
    c.a("Can you verify the Social for me?")
    c.c(pick("Yeah, it's ", "Sure. It's ", "Okay. "), (v, e), pick(".", "...", ". Sorry, I'm driving."))
    c.note = "call/%s: whisper-style SSN with odd ITN grouping/punctuation" % R.choice(["banking", "government services", "insurance"])
    return c

def p_whisper_ni():
    n = gen_ni(); c = Case("positive", "")
    e = c.ent("NI_NUMBER", n)
    v = R.choice(["%s.%s. %s %s %s %s" % (n[0], n[1], n[2:4], n[4:6], n[6:8], n[8]), "%s %s %s %s" % (n[:2], n[2:5], n[5:8], n[8]),
                  "%s%s %s %s" % (n[0], n[1].lower(), whisper_digits(n[2:8], True), n[8]), "%s for %s, %s for %s, %s, %s" % (n[0], cap(NATO[n[0]]), n[1], cap(NATO[n[1]]), whisper_digits(n[2:8], True), n[8])])
    c.a("And your National Insurance number, please.")
    c.c(pick("Yeah, it's ", "It's ", "Okay, it's "), (v, e), pick(".", "...", ". I've got it here on a payslip from May."))
    c.note = "call/government services: whisper-style NI number with odd full stops and case"
    return c

POS = [(p_card_call_one, 12), (p_card_call_split, 8), (p_card_chat, 6), (p_card_correction, 4), (p_card_readback, 4), (p_card_full, 10),
       (p_exp_cvv_oneturn, 5), (p_chat_exp_cvv, 4),
       (p_ssn_call, 12), (p_ssn_split, 4), (p_ssn_chat, 6), (p_ssn_readback, 3), (p_combo_us, 5),
       (p_ni_call, 12), (p_ni_split, 4), (p_ni_chat, 6), (p_ni_corr, 3), (p_combo_verify, 5), (p_ni_twice, 3),
       (p_bank, 12), (p_bank_chat, 7), (p_iban_chat, 6), (p_iban_call, 8),
       (p_phone_call, 10), (p_phone_chat, 5), (p_phone_split, 4), (p_email_call, 12), (p_email_chat, 6),
       (p_dob_call, 8), (p_dob_chat, 5), (p_addr_call, 10), (p_addr_chat, 7), (p_pc_only, 6),
       (p_whisper_card, 8), (p_whisper_ssn, 6), (p_whisper_ni, 6)]

# ---------------- negatives
def say_num(n, uk=True):
    """spoken cardinal up to 9999 (ASR words)."""
    if n < 10: return UNITS[n]
    if n < 100: return pair_words("%02d" % n, uk)
    if n < 1000:
        h, r = divmod(n, 100)
        return UNITS[h] + " hundred" + ("" if r == 0 else (" and " if uk else " ") + say_num(r, uk))
    th, r = divmod(n, 1000)
    return say_num(th, uk) + " thousand" + ("" if r == 0 else (" and " if (uk and r < 100) else " ") + say_num(r, uk))

def money(uk):
    a = R.randint(5, 2500); p = R.randint(0, 99)
    return R.choice(["£%d.%02d" % (a, p) if uk else "$%d.%02d" % (a, p), "%s pounds %s" % (say_num(a), say_num(p)) if uk else "%s dollars and %s cents" % (say_num(a, False), say_num(p, False)),
                     "£%s" % format(a * 10, ",") if uk else "$%s" % format(a * 10, ","), "%d euro" % a])

NEG = []
def neg(f): NEG.append(f); return f

@neg
def n_balance():
    uk = R.random() < 0.5; c = Case("negative", "")
    c.a(pick("so your current balance is ", "Your outstanding balance is ", "the balance on the account stands at "), money(uk), pick("", ".", " and the minimum payment is " + money(uk)))
    c.c(pick("okay can I pay half of that today", "Right, and when's that due?", "ok thanks"))
    c.note = "call/banking: balances and payment amounts"; return c

@neg
def n_ref():
    c = Case("negative", ""); kw = R.choice(["order number", "ticket number", "claim number", "reference number", "invoice number", "case number"])
    r = gen_digits(R.choice([6, 7, 8, 9, 10]), True)
    c.a("have you got the " + kw.split()[0] + " number or a reference")
    c.c(pick("yeah the ", "Yes, the ", "it's "), kw, pick(" is ", " ", ", "), R.choice([r, say_digits(r, True, R.choice(["words", "pairs", "doubles"])), " ".join(chunks(r, [3, 3, 4]))]))
    c.a(pick("thank you I've got that up", "Okay, one moment.", "lovely I can see it"))
    c.note = "call/retail: %s (%d digits) with its reference word" % (kw, len(r)); return c

@neg
def n_ref_chat():
    c = Case("negative", ""); kw = R.choice(["Order #", "order no. ", "Ticket ", "INV-", "Claim ref ", "booking ref "])
    r = gen_digits(R.choice([5, 7, 8, 10]), True)
    c.c(pick("hi where is my parcel? ", "Hi, chasing up ", "Hello - "), kw, r, pick(" placed on 03/11", ", it's been 10 days", " thanks"))
    c.a(pick("Thanks, I can see that order was dispatched on 21 November.", "Let me check that for you, it'll take about 2 minutes."))
    c.note = "chat/retail: typed reference number with date/duration"; return c

@neg
def n_time():
    c = Case("negative", "")
    h, m = R.randint(1, 11), R.choice([0, 15, 30, 45])
    t = R.choice(["%d:%02d" % (h, m), "%d:%02d p.m." % (h, m), "%s %s" % (say_num(h), say_num(m) if m else "o'clock"), "half %s" % say_num(h)])
    c.a(pick("the engineer can come on ", "We've got a slot on "), R.choice(["Tuesday", "the 14th", "Friday the 3rd", "March 12th"]), " at ", t)
    c.c(pick("yeah that works", "Can it be after " + "%d:%02d" % (h + 1, m) + "?", "fine"))
    c.note = "call/utilities: appointment date and time"; return c

@neg
def n_flight():
    c = Case("negative", "")
    fn = R.choice(["BA", "EI", "FR", "UA", "LH", "AA"]) + str(R.randint(100, 9999))
    c.c(pick("I'm on flight ", "my flight is ", "It's flight "), R.choice([fn, fn[:2] + " " + say_digits(fn[2:], True, "pairs"), " ".join(fn[:2]) + " " + fn[2:]]), pick(" on the 12th", " departing 6:45", " out of gate 23"))
    c.a(pick("and how many bags are you checking", "That's departing from terminal 5 at 18:40.", "thanks and it's 2 passengers"))
    c.c(pick("two bags 23 kilos each", "just the one", "three"))
    c.note = "call/travel: flight number, gate, weights"; return c

@neg
def n_room():
    c = Case("negative", "")
    c.c(pick("I'm in room ", "Room "), str(R.randint(101, 1450)), pick(" and the heating's broken it's 14 degrees in here", " checking out on the 22nd", " for 3 nights"))
    c.a(pick("I'm sorry about that, I'll send someone up in 20 minutes.", "okay I've noted that"))
    c.note = "call/travel: hotel room number, temperature, durations"; return c

@neg
def n_meter():
    c = Case("negative", "")
    r = gen_digits(R.choice([5, 6]), True)
    c.a("can you read me the meter reading")
    c.c(pick("yeah it's ", "it says ", "Okay, so it's "), R.choice([r, say_digits(r, True, R.choice(["words", "pairs"])), r[:-1] + "." + r[-1]]), pick("", " on the electric", ", the gas one is " + gen_digits(5, True)))
    c.a(pick("thank you that's been submitted for the 1st of the month", "Great, that's lower than your estimate of 12,400."))
    c.note = "call/utilities: meter readings"; return c

@neg
def n_model():
    c = Case("negative", "")
    m = R.choice(["WM" + str(R.randint(1000, 9999)), "iPhone 15 Pro", "Galaxy S24", "KX-" + str(R.randint(100, 999)), "model 7" + gen_digits(3)])
    c.c(pick("it's the ", "I've got the ", "the model is "), m, pick(" and it stopped working after 3 weeks", " bought it for $899", " 256 gig"))
    c.a(pick("Okay, that's still under the 2 year warranty.", "right and is it the 128 or the 256"))
    c.note = "call/retail: model numbers, storage sizes, prices"; return c

@neg
def n_appt_date():
    c = Case("negative", "")
    d = R.randint(1, 28); m = R.choice(MONTHS)
    c.a(pick("your next appointment is on ", "The payment will be taken on ", "Your contract started on "), R.choice(["the %s of %s" % (say_num(d), m), "%s %d" % (cap(m), d), "%02d/%02d/2025" % (d, R.randint(1, 12)), "%s %dth 2026" % (cap(m), R.randint(4, 20))]))
    c.c(pick("okay and how long is that for", "Perfect.", "and that's the 24 month one yeah"))
    c.note = "call/healthcare billing: appointment/payment/contract dates (not birth dates)"; return c

@neg
def n_age():
    c = Case("negative", "")
    c.c(pick("I'm ", "My dad's ", "she's "), say_num(R.randint(18, 95)) if R.random() < 0.5 else str(R.randint(18, 95)), pick(" and he's been with you for 12 years", " years old and I've never had this problem", " so I get the over-60s discount right"))
    c.a(pick("Yes, that's 15% off.", "let me check that for you", "Okay."))
    c.note = "call/insurance: ages, tenures and percentages"; return c

@neg
def n_speed():
    c = Case("negative", "")
    c.c(pick("I'm paying for ", "the package says "), R.choice(["500 meg", "nine hundred megabits", "a hundred and fifty meg", "1 gig"]), pick(" but I'm getting like ", " and the speed test says "), R.choice(["12", "forty two", "3.5", "eighty"]), pick(" megs", " Mbps", ""))
    c.a(pick("That's well under the minimum guaranteed 250.", "Okay I'll run a line test, that takes about 4 minutes."))
    c.note = "call/telecom: broadband speeds and durations"; return c

@neg
def n_years():
    c = Case("negative", "")
    y = R.randint(1995, 2024)
    c.c(pick("I've been a customer since ", "we moved in in ", "the car's from "), R.choice([str(y), say_num(y) if y >= 2000 else pair_words(str(y)[:2]) + " " + pair_words(str(y)[2:])]), pick("", " and never missed a payment", " Ford Fiesta 1.2 litre"))
    c.a(pick("Thank you for your loyalty.", "okay and roughly how many miles a year", "Great."))
    c.c(pick("about 8000", "around twelve thousand", "10k maybe"))
    c.note = "call/insurance: years, mileage counts"; return c

@neg
def n_percent():
    c = Case("negative", "")
    c.a(pick("the rate goes up by ", "You'll get ", "the APR is "), R.choice(["3.9%", "four point nine percent", "12 percent", "22.9% APR"]), pick(" from April", " on the new plan", ""))
    c.c(pick("that's a lot", "And what's that per month?", "okay"))
    c.a(pick("It works out at about £14 a month.", "roughly 30 dollars a month"))
    c.note = "call/banking: percentages and monthly amounts"; return c

@neg
def n_quantity():
    c = Case("negative", "")
    c.c(pick("I ordered ", "can I get "), R.choice(["twelve", "24", "six", "three hundred"]), pick(" boxes", " units", " of the 500ml bottles"), pick(" and only got ", " but only got ", " yet received "), R.choice(["eight", "10", "two"]))
    c.a(pick("I'm sorry, I'll send the remaining ones out within 3 to 5 working days.", "okay so you're missing four"))
    c.note = "chat/retail: quantities and delivery durations"; return c

@neg
def n_duration():
    c = Case("negative", "")
    c.c(pick("I've been on hold for ", "it's been "), R.choice(["forty five minutes", "45 minutes", "an hour and 20 minutes", "two weeks", "3 days"]), pick(" and this is the 4th time I've called", "", " seriously"))
    c.a(pick("I'm really sorry about the wait, I'll apply a £10 credit.", "Apologies, we've had high call volumes since 8am."))
    c.note = "call/telecom: durations, counts and a credit amount"; return c

@neg
def n_temp():
    c = Case("negative", "")
    c.c(pick("the boiler is set to ", "the thermostat says "), R.choice(["21 degrees", "sixty five", "19.5", "70 Fahrenheit"]), pick(" but the radiators are cold", " and the pressure is 1.2 bar"))
    c.a(pick("Okay, an engineer can be there between 8 and 12 tomorrow.", "is the pressure gauge between one and one point five"))
    c.note = "call/utilities: temperatures, pressures, time windows"; return c

@neg
def n_bill_breakdown():
    uk = R.random() < 0.5; c = Case("negative", "")
    c.a(pick("so this month's bill is ", "The bill comes to "), money(uk), pick(" that's ", ", which is "), money(uk), " for the line rental and ", money(uk), " for calls")
    c.c(pick("why is it so high, last month was ", "it was only "), money(uk))
    c.note = "call/telecom: several money amounts"; return c

@neg
def n_claim_chat():
    c = Case("negative", "")
    c.c(pick("Hi my claim ", "claim no "), gen_digits(8, True), pick(" was submitted on 2 Oct for ", " - amount claimed "), pick("£1,450.00", "$320", "€89.99"), pick(", any update?", ". 3rd time asking"))
    c.a(pick("Thanks, your claim is being reviewed and should be settled within 10 working days.", "I can see it, it's at stage 2 of 4."))
    c.note = "chat/insurance: claim number with date and amount"; return c

@neg
def n_pin_steps():
    c = Case("negative", "")
    c.a(pick("okay press option ", "Go to settings and choose option "), R.choice(["3", "four", "two"]), pick(" then option 1", " and then hold for 10 seconds", " then restart it"))
    c.c(pick("done it's showing 100%", "okay it says step 2 of 5", "right it's flashing orange twice"))
    c.note = "call/telecom: menu options, steps, percentages"; return c

@neg
def n_version():
    c = Case("negative", "")
    c.c("the app is on version ", R.choice(["4.12.1", "3.0.7", "twelve point two"]), pick(" and my phone is on iOS 17", " on an Android 14"), pick(" and it crashes after 30 seconds", ""))
    c.a(pick("Thanks, the latest is 4.13, please update and try again.", "okay can you clear the cache"))
    c.note = "chat/banking: software versions and durations"; return c

@neg
def n_ticket_spoken():
    c = Case("negative", "")
    r = gen_digits(7, True)
    c.a("could you give me the booking reference")
    c.c(pick("yes the ", "", "Yeah, the "), "booking reference ", pick("is ", ""), say_digits(r, True, R.choice(["words", "doubles", "pairs"])))
    c.a(pick("thanks I've got your booking for 2 adults and 1 child", "lovely that's the 7 night stay"))
    c.note = "call/travel: booking reference said with its reference word, party size"; return c

@neg
def n_store_hours():
    c = Case("negative", "")
    c.c(pick("what time do you close today", "are you open on sunday"))
    c.a(pick("We're open 9 till 5:30 Monday to Saturday and 10 to 4 on Sundays.", "we close at eight pm tonight and open at seven tomorrow"))
    c.note = "chat/retail: opening hours"; return c

@neg
def n_installments():
    c = Case("negative", "")
    c.a("I can set up a payment plan of ", R.choice(["12", "six", "24"]), " instalments of ", money(R.random() < 0.5), pick(" starting on the 1st", " from next month"))
    c.c(pick("can we do 18 instead", "yeah let's do that", "and what if I miss one"))
    c.note = "call/banking: instalment counts, amounts, start date"; return c

@neg
def n_score_distance():
    c = Case("negative", "")
    c.c(pick("the delivery van was ", "the store is "), R.choice(["2 miles", "fifteen minutes", "300 metres", "half a mile"]), pick(" away and still late", " from me"))
    c.a(pick("Sorry, the driver had 42 drops today.", "I'll rate that 1 out of 5 on your behalf then?"))
    c.note = "chat/retail: distances and counts"; return c

NEGW = [1] * len(NEG)

# ---------------------------------------------------------------- build / check
def build():
    global R
    R = random.Random(SEED)
    cases, problems = [], []
    plan = []
    for f, n in POS: plan += [f] * n
    R.shuffle(plan)
    k = 0
    for f in plan:
        k += 1
        c = f(); cases.append((("h201-pos-%03d" % k), c))
    nplan = []
    for f in NEG: nplan += [f] * 5
    R.shuffle(nplan)
    for j, f in enumerate(nplan, 1):
        c = f(); cases.append((("h201-neg-%03d" % j), c))
    return cases

def check_case(cid, c, problems):
    wb = lambda ch: ch.isalnum()
    spans = c.spans
    for s in spans:
        if not (0 <= s["turn"] < len(c.turns)):
            problems.append("%s: turn out of range" % cid); continue
        t = c.turns[s["turn"]]["text"]
        st, en = s["start"], s["end"]
        if not (0 <= st < en <= len(t)):
            problems.append("%s: offsets out of range" % cid); continue
        if not ((wb(t[st]) or t[st] in "+(") and wb(t[en - 1])) or (st > 0 and wb(t[st - 1])) or (en < len(t) and wb(t[en])):
            problems.append("%s: span not on word boundary %r" % (cid, t[max(0, st - 1):en + 1]))
        if s["type"] not in TYPES: problems.append("%s: bad type" % cid)
    by_turn = {}
    for s in spans: by_turn.setdefault(s["turn"], []).append(s)
    for ti, ss in by_turn.items():
        ss = sorted(ss, key=lambda x: x["start"])
        for a, b in zip(ss, ss[1:]):
            if a["end"] > b["start"]: problems.append("%s: overlapping spans" % cid)
    if c.kind == "negative" and spans: problems.append("%s: negative with spans" % cid)
    if c.kind == "positive" and not spans: problems.append("%s: positive without spans" % cid)
    for eid, (typ, value, partial) in c.ents.items():
        mine = [s for s in spans if s["_e"] == eid]
        texts = [c.turns[s["turn"]]["text"][s["start"]:s["end"]] for s in mine]
        if partial:
            n = normalise(" ".join(texts))
            if not n or not n.isdigit(): problems.append("%s: partial %s does not parse: %r" % (cid, typ, texts))
            continue
        if typ in ("EMAIL", "ADDRESS", "DOB", "EXPIRY"):
            ok = validate(typ, value, " ".join(texts))
        else:
            parts = [normalise(x, typ in ("NI_NUMBER", "POSTCODE", "IBAN")) for x in texts]
            ok = None not in parts and validate(typ, value, " ".join(texts)) if len(texts) == 1 else None not in parts
            if ok and len(texts) > 1:
                joined = "".join(parts)
                ok = joined == value.replace(" ", "").replace("-", "").upper() and validate(typ, joined if typ not in ("IBAN",) else joined, joined if typ not in ("EMAIL",) else joined)
        if not ok: problems.append("%s: %s value fails validation: %r (expected %s)" % (cid, typ, texts, value))

def render(cases):
    return "".join(json.dumps(c.record(cid), ensure_ascii=False) + "\n" for cid, c in cases)

def counts(cases):
    cnt = {t: 0 for t in TYPES}
    for _, c in cases:
        for s in c.spans: cnt[s["type"]] += 1
    return cnt

def readme(cases):
    cnt = counts(cases)
    npos = sum(1 for _, c in cases if c.kind == "positive"); nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# PII hold-out set h201 (ASR / Whisper-style emphasis)

**Never use this set for tuning.** It is a held-out evaluation set; do not adjust redaction rules,
thresholds or patterns by looking at its cases or failures.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the redaction code,
its tests, its docs, the benchmark script or any other PII fixture; the only existing data consulted
was a three-line example of the JSONL format. All cases are generated by
`scripts/make_pii_holdout201.py` from template functions with a single `random.Random(%d)`;
every turn is assembled from plain-text segments and (value, TYPE) segments so offsets are computed,
never typed by hand. `python scripts/make_pii_holdout201.py --check` regenerates the data, verifies
the file is byte-identical, ids are unique, spans are in range, on word boundaries and non-overlapping,
and validates every labelled value after normalising spoken forms (Luhn for cards, mod-97 for IBANs,
NI format, 9 digits for SSN, 6 for sort codes, digit counts for CVV/phone/account, postcode shapes).

Emphasis: phone calls as a speech recogniser such as Whisper writes them: inverse text normalisation
that turns some digit groups into numerals while others stay words in the same reading (`4111 1111 one one
one one`), odd capitalisation and commas, fillers inside readings, digit homophones (`to`/`too`, `for`,
`ate`, `won`), `oh`/`o`/`nought`/`zero`, `double`/`triple`, pair readings (`forty one`), `nine hundred`,
letters as `b for bravo` / `see` / `jay` / `double a`, e-mails with `dot`/`at`/`underscore`, values split
over several customer turns with agent back-channels, self-corrections and agent read-backs; plus typed chat.

## Annotation conventions

* A span covers the value only: from the first to the last word/character of the value itself, including
  separators, fillers (`um`, `uh`) or connective words (`double`, `for bravo`, `dot`, `at`, `of`)
  that occur inside the reading. Lead-ins (`it's`, `my number is`, `the`) and trailing punctuation are outside.
* A value split across turns is labelled as one span per turn, each with the value's type.
* Self-corrections: the abandoned partial reading is labelled too (same type), as it is still a partial
  card number; the corrected reading is labelled in full.
* Agent read-backs of a value are labelled like the customer's reading.
* ADDRESS = house/flat number + street name + street type (a flat/apartment/unit prefix is included);
  town is not labelled; the postcode/ZIP is a separate POSTCODE span.
* DOB = the date itself (`fourteenth of march nineteen eighty seven`, `03/14/1987`).
* EXPIRY = month and year as said; CVV = only the digits.
* PHONE includes a leading `+` / `plus` and country code when said (a span may start with `+` or `(`).
* ASR mis-hearings inside a reading (digit homophones `to`/`for`/`ate`/`won`, letter homophones `bee`/`see`/`jay`)
  are part of the value and inside the span; the span is still labelled with the intended type.
* Several values in one turn get separate spans; connecting words (`and the code is`) are outside.
* Negatives have no spans; they contain money, times, durations, counts, years, percentages, non-birth dates,
  reference/order/claim/booking numbers said with their reference word (up to 10 digits), flight numbers,
  room numbers, model numbers, meter readings, speeds, temperatures, ages and balances. Anything redacted
  in a negative case is a failure.

## Counts

Positive cases: %d. Negative cases: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)

def main():
    check = "--check" in sys.argv[1:]
    cases = build()
    problems = []
    ids = [cid for cid, _ in cases]
    if len(set(ids)) != len(ids): problems.append("duplicate ids")
    for cid, c in cases: check_case(cid, c, problems)
    data = render(cases); rd = readme(cases)
    cnt = counts(cases)
    npos = sum(1 for _, c in cases if c.kind == "positive"); nneg = len(cases) - npos
    if npos < 170: problems.append("too few positives %d" % npos)
    if nneg < 100: problems.append("too few negatives %d" % nneg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need: problems.append("type %s has %d spans < %d" % (t, cnt[t], need))
    fx = os.path.join(OUTDIR, "cases.jsonl"); rp = os.path.join(OUTDIR, "README.md")
    if check:
        for path, want in ((fx, data), (rp, rd)):
            try:
                got = open(path, encoding="utf-8").read()
            except OSError:
                got = None
            if got != want: problems.append("%s differs from regenerated output" % os.path.relpath(path, ROOT))
        # re-parse file independently
        try:
            for line in open(fx, encoding="utf-8"):
                o = json.loads(line)
                for s in o["spans"]:
                    t = o["turns"][s["turn"]]["text"]
                    assert 0 <= s["start"] < s["end"] <= len(t)
        except Exception as ex:  # noqa
            problems.append("file parse problem: %r" % ex)
    else:
        os.makedirs(OUTDIR, exist_ok=True)
        with open(fx, "w", encoding="utf-8", newline="\n") as f: f.write(data)
        with open(rp, "w", encoding="utf-8", newline="\n") as f: f.write(rd)
    print("cases: %d positive, %d negative" % (npos, nneg))
    for t in TYPES: print("  %-13s %d" % (t, cnt[t]))
    for p in problems[:80]: print("PROBLEM:", p)
    if problems:
        print("%d problem(s)" % len(problems)); sys.exit(1)
    print("OK" + (" (--check passed)" if check else " (written)"))

if __name__ == "__main__":
    main()
