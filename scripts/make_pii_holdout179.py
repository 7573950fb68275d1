#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h179.

Written by an AI helper acting as an independent author (it did not see the
redaction code). Standard library only. Deterministic: one seeded RNG.

Usage:
    python scripts/make_pii_holdout179.py          # write fixture + README
    python scripts/make_pii_holdout179.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys

SEED = 179241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout179")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ----------------------------------------------------------------- values
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19"])
    if kind == "visa":
        body, ln = "4" + rdig(1), 16
    elif kind == "visa19":
        body, ln = "4" + rdig(1), 19
    elif kind == "mc":
        body, ln = str(R.randint(51, 55)), 16
    elif kind == "amex":
        body, ln = R.choice(["34", "37"]), 15
    else:
        body, ln = "6011", 16
    body += rdig(ln - 1 - len(body))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def ssn():
    a = R.randint(1, 665)
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def ni():
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = R.choice(first) + R.choice(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdig(6) + R.choice("ABCD")


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def iban():
    cc = R.choice(["GB", "IE", "DE", "NL", "GB", "IE", "FR", "ES"])
    L = lambda n: "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + rdig(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + rdig(14)
    elif cc == "DE":
        bban = rdig(18)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + rdig(10)
    elif cc == "FR":
        bban = rdig(23)
    else:
        bban = rdig(20)
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def sortcode():
    return str(R.randint(10, 99)) + rdig(4)


def account(n=8):
    return str(R.randint(1, 9)) + rdig(n - 1)


def uk_postcode():
    A = "ABCDEFGHJKLMNOPRSTUWYZ"
    shape = R.choice(["A9", "A99", "AA9", "AA99", "A9A", "AA9A"])
    out = ""
    for ch in shape:
        out += R.choice(A) if ch == "A" else R.choice("123456789")
    return out + " " + R.choice("0123456789") + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")


def zipcode():
    return "%05d" % R.randint(1001, 99950)


FIRST = ["john", "sarah", "priya", "liam", "aoife", "marek", "chloe", "dev", "niamh", "tom",
         "fatima", "oisin", "grace", "luca", "emma", "kofi", "hannah", "sean", "mei", "raj"]
LAST = ["doe", "murphy", "kowalski", "patel", "obrien", "smith", "nguyen", "walsh", "garcia",
        "byrne", "okafor", "hughes", "rossi", "kelly", "brennan", "taylor", "dubois", "lee"]
DOMS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com", "eircom.net",
        "btinternet.com", "aol.com", "gmx.de", "proton.me"]
STREETS = ["acacia avenue", "maple street", "church road", "station road", "elm grove",
           "park lane", "high street", "oak drive", "mill lane", "victoria road", "cedar court",
           "kingsway", "orchard close", "lakeview drive", "pine street", "main street"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]

# ----------------------------------------------------------------- spoken
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def pair_words(p):
    a, b = int(p[0]), int(p[1])
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + UNITS[b]


def say_digits(d, zero=None, multi=True, pairs=False):
    zero = zero or R.choice(["zero", "oh", "o", "nought", "oh"])
    words = []
    i = 0
    while i < len(d):
        if pairs and i + 1 < len(d) and d[i] != "0" and not (d[i] != "1" and d[i + 1] == "0") and R.random() < 0.7:
            words.append(pair_words(d[i:i + 2]))
            i += 2
            continue
        ch = d[i]
        w = zero if ch == "0" else UNITS[int(ch)]
        run = 1
        while i + run < len(d) and d[i + run] == ch and run < 3:
            run += 1
        if multi and run == 3 and R.random() < 0.6:
            words.append("triple " + w)
            i += 3
        elif multi and run >= 2 and R.random() < 0.6:
            words.append("double " + w)
            i += 2
        else:
            words.append(w)
            i += 1
    return " ".join(words)


NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "o": "oscar", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "w": "whiskey", "x": "xray", "y": "yankee", "z": "zulu"}
HOMO = {"b": "bee", "c": "see", "t": "tea", "y": "why", "r": "are", "j": "jay", "k": "kay",
        "p": "pee", "q": "queue", "e": "e", "a": "a"}


def say_letter(ch, mode):
    ch = ch.lower()
    if mode == "nato" and ch in NATO:
        return ch + R.choice([" for ", " as in "]) + NATO[ch]
    if mode == "homo" and ch in HOMO and R.random() < 0.5:
        return HOMO[ch]
    return ch


def say_alnum(s, mode="plain", zero=None):
    out = []
    buf = ""
    for ch in s.replace(" ", ""):
        if ch.isdigit():
            buf += ch
        else:
            if buf:
                out.append(say_digits(buf, zero, multi=False))
                buf = ""
            out.append(say_letter(ch, mode))
    if buf:
        out.append(say_digits(buf, zero, multi=False))
    return " ".join(out)


def say_email(local, dom):
    parts = []
    for piece in re.split(r"([._0-9]+)", local):
        if not piece:
            continue
        if piece == ".":
            parts.append("dot")
        elif piece == "_":
            parts.append("underscore")
        elif piece[0].isdigit():
            parts.append(say_digits(piece, multi=False, pairs=len(piece) == 2))
        else:
            parts.append(piece if len(piece) > 1 else piece)
    return " ".join(parts) + " at " + dom.replace(".", " dot ")


# ----------------------------------------------------------------- normaliser
WORDNUM = {w: str(i) for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "zero": "0"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENNUM = {w: str(i) for i, w in enumerate(TENS) if w}
FILLERS = {"um", "uh", "er", "erm", "like", "and", "sorry", "the", "its", "it", "s", "is", "then", "plus", "slash"}
LFILLERS = {"um", "uh", "erm"}
HOMO_REV = {v: k for k, v in HOMO.items() if v != k}


def normalise(text, letters_ok=False):
    """Spoken or typed span text -> compact upper-case alnum string."""
    toks = re.findall(r"[A-Za-z]+|[0-9]+", text)
    out = []
    i = 0
    mult = 1
    while i < len(toks):
        t = toks[i]
        lt = t.lower()
        if t.isdigit():
            out.append(t * mult); mult = 1
        elif lt == "double":
            mult = 2
        elif lt == "triple":
            mult = 3
        elif lt in ("for", "as") :
            # "b for bravo" / "b as in bravo"
            i += 1
            if i < len(toks) and toks[i].lower() == "in":
                i += 1
        elif lt in TENNUM:
            if i + 1 < len(toks) and toks[i + 1].lower() in WORDNUM and toks[i + 1].lower() not in ("oh", "o", "nought", "zero"):
                out.append(TENNUM[lt] + WORDNUM[toks[i + 1].lower()])
                i += 1
            else:
                out.append(TENNUM[lt] + "0")
        elif lt in TEENNUM:
            out.append(TEENNUM[lt])
        elif letters_ok and lt == "o":
            out.append("O" * mult); mult = 1
        elif lt in WORDNUM:
            out.append(WORDNUM[lt] * mult); mult = 1
        elif lt in (LFILLERS if letters_ok else FILLERS):
            pass
        elif letters_ok and lt in HOMO_REV:
            out.append(HOMO_REV[lt].upper())
        else:
            out.append(t.upper() if (letters_ok or len(t) == 1) else "<" + t + ">")
        i += 1
    return "".join(out)


def norm_letters(text):
    # NI / postcode / IBAN: letters spelled; "o" would be zero only in digit slots
    return normalise(text, letters_ok=True)


UK_PC = re.compile(r"^(?:[A-Z]{1,2}[0-9][0-9A-Z]?)[0-9][A-Z]{2}$")
STREET_WORDS = ("avenue", "street", "st", "road", "rd", "grove", "lane", "drive", "court",
                "kingsway", "close", "ave", "dr", "ln", "way", "place", "terrace")


def validate(typ, texts):
    joined = " ".join(texts)
    if typ in ("NI_NUMBER", "POSTCODE", "IBAN"):
        n = norm_letters(joined)
    else:
        n = normalise(joined)
    if typ == "CARD_NUMBER":
        return bool(re.fullmatch(r"\d{13,19}", n)) and luhn_ok(n), n
    if typ == "CVV":
        return bool(re.fullmatch(r"\d{3,4}", n)), n
    if typ == "EXPIRY":
        ok = bool(re.fullmatch(r"\d{3,6}", n)) or any(m in joined.lower() for m in MONTHS) \
            or bool(re.search(r"(jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)", joined.lower()))
        return ok, n
    if typ == "SSN":
        return bool(re.fullmatch(r"\d{9}", n)), n
    if typ == "NI_NUMBER":
        n2 = n[:2] + n[2:8].replace("O", "0") + n[8:]
        return bool(re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", n2)), n2
    if typ == "BANK_ACCOUNT":
        return bool(re.fullmatch(r"\d{8,12}", n)), n
    if typ == "SORT_CODE":
        return bool(re.fullmatch(r"\d{6}", n)), n
    if typ == "IBAN":
        n2 = n[:2] + n[2:4].replace("O", "0") + n[4:]
        return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", n2)) and iban_ok(n2), n2
    if typ == "PHONE":
        if n.startswith("00"):
            n = n[2:]
        return bool(re.fullmatch(r"\d{10,13}", n)), n
    if typ == "EMAIL":
        low = joined.lower()
        ok = ("@" in low and "." in low) or (re.search(r"[\s\[(]at[\s\])]", low) is not None and re.search(r"(\bdot\b|\s\.\s)", low) is not None)
        return ok, low
    if typ == "DOB":
        low = joined.lower()
        ok = bool(re.search(r"\d", n)) or any(m in low for m in MONTHS) or bool(re.search(r"\d", low))
        return ok, n
    if typ == "POSTCODE":
        n2 = n
        if not UK_PC.match(n2):
            n3 = n2[:-3].replace("O", "0")[:1] + n2[1:-3].replace("O", "0") + n2[-3:] if len(n2) > 3 else n2
            n2 = n3 if UK_PC.match(n3) else n2
        ok = bool(UK_PC.match(n2)) or bool(re.fullmatch(r"\d{5}(\d{4})?", n2))
        return ok, n2
    if typ == "ADDRESS":
        low = joined.lower()
        first = re.findall(r"[a-z]+|\d+", low)
        numeric_start = bool(first) and (first[0].isdigit() or first[0] in WORDNUM or first[0] in TEENNUM or first[0] in TENNUM)
        return numeric_start and any(re.search(r"\b" + w + r"\b", low) for w in STREET_WORDS), low
    return False, n


# ----------------------------------------------------------------- builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.groups = {}
        self._g = 0

    def t(self, speaker, *segs):
        idx = len(self.turns)
        text = ""
        for s in segs:
            if isinstance(s, str):
                text += s
                continue
            val, typ = s[0], s[1]
            gid = s[2] if len(s) > 2 else None
            if gid is None:
                self._g += 1
                gid = "_auto%d" % self._g
            start = len(text)
            text += val
            self.spans.append({"turn": idx, "start": start, "end": len(text), "type": typ})
            self.groups.setdefault(gid, [typ, []])[1].append((idx, start, len(text)))
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)


def P(v, typ, gid=None):
    return (v, typ, gid)


def ch(*xs):
    return R.choice(xs)


def group_typed(d, sizes, sep):
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s]); i += s
    if i < len(d):
        out.append(d[i:])
    return sep.join(out)


def typed_card(d):
    sep = ch(" ", " ", "-", "", ".", "  ", " - ")
    if len(d) == 15:
        return group_typed(d, [4, 6, 5], sep)
    if len(d) == 19:
        return group_typed(d, [4, 4, 4, 4, 3], sep)
    return group_typed(d, [4, 4, 4, 4], sep)


def split_n(d, k):
    # split digit string into k near-equal chunks
    size = -(-len(d) // k)
    return [d[i:i + size] for i in range(0, len(d), size)]


EMO = ["🙂", "🙏", "😅", "👍", "😬", "🤞", ":)", ":/", "lol", "x"]
TYPO = {"card": ["card", "crad", "card"], "number": ["number", "numbr", "nummber", "no."],
        "please": ["please", "pls", "plz", "pleasee"], "thanks": ["thanks", "thx", "thnks", "ty"],
        "account": ["account", "acount", "acc", "a/c"], "email": ["email", "emial", "e-mail", "mail"]}


def w(k):
    return R.choice(TYPO[k])


CHAT = ["web chat", "SMS", "email", "social DM", "web chat", "app chat", "WhatsApp"]
IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
       "government services"]


def chan():
    return R.choice(CHAT)


def ind():
    return R.choice(IND)


# ----------------------------------------------------------------- positive templates (typed)
def p_card_typed():
    d = card()
    c = Case("positive", "%s/%s: card typed in one message with messy separators" % (chan(), ind()))
    c.a(ch("Hi! How can I help today?", "Hello, you're chatting with Amy.", "Hi there, thanks for waiting"))
    c.c(ch("hi i want to pay the £", "hey need to settle my bill of $", "pay off the ") + str(R.randint(12, 480)) + ".%02d " % R.randint(0, 99) + ch("now ", "today ", "") + w("please") + " " + ch("", EMO[R.randint(0, 9)]))
    c.a("Sure, what's the long " + w("card") + " number?")
    c.c(ch("its ", "", "ok ", "Card: ", "kk "), P(typed_card(d), "CARD_NUMBER"), ch("", " " + R.choice(EMO), " thx", " (visa)"))
    return c


def p_card_split_typed():
    d = card()
    parts = split_n(d, R.choice([2, 3, 4]))
    c = Case("positive", "%s/%s: card typed across %d messages with agent acks" % (chan(), ind(), len(parts)))
    c.a("Please send the card number when you're ready")
    for i, p in enumerate(parts):
        c.c(ch("", "", "then ", "...") , P(p, "CARD_NUMBER", "g"), ch("", "", " ...", " -", " wait"))
        if i < len(parts) - 1:
            c.a(ch("ok", "mhm", "got that, go on", "👍", "yep"))
    c.a("Thanks, and the expiry date and 3 digits on the back?")
    e = "%02d/%02d" % (R.randint(1, 12), R.randint(26, 31))
    cv = rdig(3)
    c.c(ch("exp ", "expires ", "EXP: ", "exp date "), P(e, "EXPIRY"), ch(" cvv ", " and code is ", " sec code ", ", cvc "), P(cv, "CVV"))
    return c


def p_card_full_oneline():
    d = card()
    mm, yy = R.randint(1, 12), R.randint(25, 32)
    e = ch("%02d/%02d" % (mm, yy), "%02d-20%02d" % (mm, yy), "%d/%d" % (mm, yy), "%02d%02d" % (mm, yy))
    cv = rdig(4 if len(d) == 15 else 3)
    c = Case("positive", "%s/%s: card, expiry and security code in one pasted line" % (chan(), ind()))
    c.a("To take the payment I need the card details.")
    c.c(P(typed_card(d), "CARD_NUMBER"), ch(" exp ", " | ", ", expiry ", " ~ exp: "), P(e, "EXPIRY"),
        ch(" cvv ", " | ", ", code ", " secuirty code "), P(cv, "CVV"), ch("", " thanks", " 🙏"))
    return c


def typed_ssn(s):
    return ch(s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s,
              s[:3] + "." + s[3:5] + "." + s[5:], s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " - " + s[3:5] + " - " + s[5:])


def p_ssn_typed():
    s = ssn()
    c = Case("positive", "%s/%s: US SSN typed with varied separators" % (chan(), ch("banking", "insurance", "healthcare billing", "government services")))
    c.a(ch("For verification can you confirm your social security number?", "I'll need your SSN to pull up the file"))
    c.c(ch("sure its ", "ssn: ", "SSN is ", "ok ", "my social is "), P(typed_ssn(s), "SSN"), ch("", " " + R.choice(EMO), " and im calling about claim #" + str(R.randint(100000, 999999))))
    return c


def p_ssn_split_typed():
    s = ssn()
    c = Case("positive", "%s/%s: SSN split over two messages" % (chan(), ch("banking", "insurance", "government services")))
    c.a("What's your social security number please?")
    a, b = (s[:5], s[5:]) if R.random() < 0.5 else (s[:3], s[3:])
    if len(a) == 5 and R.random() < 0.5:
        a = a[:3] + "-" + a[2 + 1:]
    c.c(P(a, "SSN", "g"), ch("-", "", " ..."))
    c.a(ch("go on", "ok", "and the rest?"))
    c.c(P(b, "SSN", "g"))
    return c


def typed_ni(n):
    st = R.randint(0, 5)
    if st == 0:
        return n
    if st == 1:
        return n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8]
    if st == 2:
        return n.lower()
    if st == 3:
        return (n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8]).lower()
    if st == 4:
        return n[:2] + "-" + n[2:4] + "-" + n[4:6] + "-" + n[6:8] + "-" + n[8]
    return n[0] + n[1].lower() + n[2:8] + n[8].lower()


def p_ni_typed():
    n = ni()
    c = Case("positive", "%s/%s: UK NI number typed, case and spacing varied" % (chan(), ch("government services", "banking", "insurance", "utilities")))
    c.a(ch("Can you give me your National Insurance number?", "What's your NI number pls?", "I need your NINO to continue"))
    c.c(ch("yeah ", "its ", "NI no: ", "ni ", "", "ok so "), P(typed_ni(n), "NI_NUMBER"), ch("", " cheers", " " + R.choice(EMO), " (copied from my payslip)"))
    return c


def p_ni_split_typed():
    n = ni()
    c = Case("positive", "%s/%s: NI number split across messages" % (chan(), ch("government services", "banking")))
    c.a("and your national insurance number?")
    k = R.choice([4, 6])
    c.c(P(n[:k] if R.random() < .5 else n[:k].lower(), "NI_NUMBER", "g"))
    c.a(ch("mhm", "ok", "yep"))
    c.c(P(n[k:], "NI_NUMBER", "g"), ch("", " sorry phone died", " thats it"))
    return c


def p_bank_typed():
    sc = sortcode(); acc = account(8)
    scs = ch(sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:], sc[:2] + "/" + sc[2:4] + "/" + sc[4:])
    c = Case("positive", "%s/%s: UK sort code and account number typed together" % (chan(), ch("banking", "utilities", "insurance")))
    c.a("For the direct debit I'll need the sort code and account number.")
    c.c(ch("sort code ", "s/c ", "sortcode: ", "Sort "), P(scs, "SORT_CODE"), ch(" acc ", " account no ", ", a/c ", " and acount number "), P(acc, "BANK_ACCOUNT"), ch("", " monthly payment is £" + str(R.randint(20, 90)), " 👍"))
    return c


def p_bank_us_typed():
    acc = account(R.choice([9, 10, 11, 12]))
    c = Case("positive", "%s/%s: US account number typed, with amount nearby" % (chan(), ch("banking", "utilities", "healthcare billing")))
    c.a("What's the checking account number for the autopay?")
    c.c(ch("acct ", "account # ", "checking is ", ""), P(acc, "BANK_ACCOUNT"), ", the payment is $" + str(R.randint(40, 900)) + ".%02d" % R.randint(0, 99))
    return c


def typed_iban(s):
    st = R.randint(0, 3)
    grp = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if st == 0:
        return grp
    if st == 1:
        return s
    if st == 2:
        return grp.lower()
    return s.lower()


def p_iban_typed():
    s = iban()
    c = Case("positive", "%s/%s: IBAN typed (grouping/case varied)" % (chan(), ch("banking", "travel", "insurance", "retail")))
    c.a(ch("Please send the IBAN for the refund.", "Which IBAN should we refund to?"))
    c.c(ch("IBAN: ", "iban ", "here u go ", "it's "), P(typed_iban(s), "IBAN"), ch("", " thx", " " + R.choice(EMO), " refund of €" + str(R.randint(30, 600))))
    return c


def phone_val():
    k = R.choice(["ukm", "ukm", "us", "ie", "uk_intl", "us_intl", "ie_intl", "uklandline"])
    if k == "ukm":
        d = "07" + str(R.randint(4, 9)) + rdig(8)
        t = ch(d[:5] + " " + d[5:], d, d[:5] + "-" + d[5:8] + "-" + d[8:], d[:4] + " " + d[4:7] + " " + d[7:])
    elif k == "uk_intl":
        d = "447" + str(R.randint(4, 9)) + rdig(8)
        t = ch("+" + d[:2] + " " + d[2:6] + " " + d[6:], "+" + d, "0044 " + d[2:6] + " " + d[6:], "+44 (0)" + d[2:6] + " " + d[6:])
    elif k == "uklandline":
        d = "0" + ch("113", "161", "121", "117", "131") + rdig(7)
        t = ch("(" + d[:4] + ") " + d[4:7] + " " + d[7:], d[:4] + " " + d[4:], d)
    elif k == "us":
        d = str(R.randint(201, 989)) + str(R.randint(200, 999)) + rdig(4)
        t = ch("(" + d[:3] + ") " + d[3:6] + "-" + d[6:], d[:3] + "-" + d[3:6] + "-" + d[6:], d[:3] + "." + d[3:6] + "." + d[6:], d)
    elif k == "us_intl":
        d = "1" + str(R.randint(201, 989)) + str(R.randint(200, 999)) + rdig(4)
        t = ch("+1 " + d[1:4] + " " + d[4:7] + " " + d[7:], "+1-" + d[1:4] + "-" + d[4:7] + "-" + d[7:], "1 (" + d[1:4] + ") " + d[4:7] + "-" + d[7:])
    elif k == "ie":
        d = "08" + str(R.choice([3, 5, 6, 7, 9])) + rdig(7)
        t = ch(d[:3] + " " + d[3:6] + " " + d[6:], d, d[:3] + "-" + d[3:])
    else:
        d = "3538" + str(R.choice([3, 5, 6, 7, 9])) + rdig(7)
        t = ch("+353 " + d[3:5] + " " + d[5:8] + " " + d[8:], "+353" + d[3:], "00353 " + d[3:5] + " " + d[5:])
    return d, t


def p_phone_typed():
    d, t = phone_val()
    c = Case("positive", "%s/%s: phone number typed in a national/international form" % (chan(), ind()))
    c.a(ch("What's the best number to reach you on?", "Can I get a contact number?"))
    c.c(ch("", "call me on ", "mob: ", "my numbr is ", "text me at ", "tel "), P(t, "PHONE"), ch("", " after 5pm", " anytime before 6", " " + R.choice(EMO), " ta"))
    return c


def email_val():
    f, l = R.choice(FIRST), R.choice(LAST)
    local = ch(f + "." + l, f + l + rdig(2), f[0] + "." + l, f + "_" + l, l + f[0] + rdig(2), f + "." + l + rdig(2))
    return local, R.choice(DOMS)


def p_email_typed():
    local, dom = email_val()
    e = local + "@" + dom
    e = ch(e, e, e.upper() if R.random() < .2 else e.capitalize(), e)
    c = Case("positive", "%s/%s: email typed, case varied, punctuation touching" % (chan(), ind()))
    c.a("Which " + w("email") + " should the receipt go to?")
    c.c(ch("send it to ", "", "pls use ", "its "), P(e, "EMAIL"), ch("", ".", " !!", " " + R.choice(EMO), ", thx"))
    return c


def p_email_obf_typed():
    local, dom = email_val()
    e = local.replace(".", " dot ") + ch(" at ", " [at] ", " (at) ") + dom.replace(".", ch(" dot ", " [dot] ", " . "))
    c = Case("positive", "%s/%s: email typed with at/dot obfuscation" % (ch("social DM", "web chat", "SMS"), ind()))
    c.a("What's your email address?")
    c.c(ch("its ", "", "email is "), P(e, "EMAIL"), ch("", " (dont want bots lol)", " " + R.choice(EMO)))
    return c


def dob_val():
    y, m, d = R.randint(1938, 2004), R.randint(1, 12), R.randint(1, 28)
    return y, m, d


def ordsuf(d):
    return "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def p_dob_typed():
    y, m, d = dob_val()
    t = ch("%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d), "%d%s %s %d" % (d, ordsuf(d), MONTHS[m - 1].capitalize(), y),
           "%s %d %d" % (MONTHS[m - 1][:3], d, y), "%02d.%02d.%02d" % (d, m, y % 100), "%d %s %d" % (d, MONTHS[m - 1], y))
    c = Case("positive", "%s/%s: date of birth typed, with a non-DOB date nearby" % (chan(), ind()))
    c.a(ch("Can you confirm your date of birth?", "For security, DOB please"))
    c.c(ch("dob ", "born ", "its ", "D.O.B: ", ""), P(t, "DOB"), ch("", " and the appointment was on the %d%s" % (R.randint(1, 28), "th"), " " + R.choice(EMO)))
    return c


def addr_val(us=None):
    us = R.random() < 0.4 if us is None else us
    num = str(R.randint(1, 9999 if us else 240))
    st = R.choice(STREETS)
    return num, st, us


def p_address_typed():
    num, st, us = addr_val()
    if us:
        street = num + " " + st.title().replace("Street", ch("Street", "St")).replace("Avenue", ch("Ave", "Avenue"))
        pc = zipcode()
        c = Case("positive", "%s/%s: US street address and ZIP typed" % (chan(), ind()))
        c.a("What's the billing address?")
        c.c(P(street, "ADDRESS"), ch(", ", " ", " apt %d, " % R.randint(1, 40)), ch("Dayton OH ", "Austin, TX ", "Columbus OH ", "Tampa FL "), P(pc, "POSTCODE"))
    else:
        street = num + " " + ch(st, st.title(), st.upper())
        pc = uk_postcode()
        pcs = ch(pc, pc.lower(), pc.replace(" ", ""), pc)
        c = Case("positive", "%s/%s: UK street address and postcode typed" % (chan(), ind()))
        c.a("Can I take the full address please?")
        c.c(P(street, "ADDRESS"), ch(", ", " ", "\n"), ch("Leeds ", "Bristol, ", "Manchester ", "Cardiff "), P(pcs, "POSTCODE"), ch("", " " + R.choice(EMO)))
    return c


def p_postcode_only_typed():
    uk = R.random() < 0.6
    pc = uk_postcode() if uk else zipcode()
    if uk:
        pc = ch(pc, pc.lower(), pc.replace(" ", ""))
    c = Case("positive", "%s/%s: postcode alone typed for verification" % (chan(), ind()))
    c.a(ch("And the postcode on the account?", "What's your zip code?"))
    c.c(ch("", "its ", "postcode ", "zip "), P(pc, "POSTCODE"), ch("", " i think", " " + R.choice(EMO)))
    return c


def p_email_body():
    f, l = R.choice(FIRST), R.choice(LAST)
    num, st, _ = addr_val(False)
    pc = uk_postcode()
    d, t = phone_val()
    local, dom = email_val()
    acc = account(8)
    c = Case("positive", "email/%s: email body with a signature block holding several PII values" % ind())
    c.c("Dear Sir/Madam,\n\nI am writing about reference REF-" + str(R.randint(10000, 99999)) + " which was due on " + str(R.randint(1, 28)) + " March. Please update my " + w("account") + " ",
        P(acc, "BANK_ACCOUNT"), " as discussed.\n\nKind regards,\n" + f.title() + " " + l.title() + "\n", P(num + " " + st.title(), "ADDRESS"), "\nYork\n", P(pc, "POSTCODE"), "\nTel: ", P(t, "PHONE"), "\n", P(local + "@" + dom, "EMAIL"))
    return c


def p_mixed_dm():
    n = ni(); y, m, d = dob_val()
    c = Case("positive", "social DM/government services: NI and DOB in one message with chit-chat")
    c.a("Hi, to look into your claim I need your NI number and date of birth")
    c.c(ch("hiya ", "hey "), R.choice(EMO), " ni is ", P(typed_ni(n), "NI_NUMBER"), " n dob ", P("%02d/%02d/%d" % (d, m, y), "DOB"), ". been waiting " + str(R.randint(2, 9)) + " weeks!!")
    return c


def p_ssn_dob_typed():
    s = ssn(); y, m, d = dob_val()
    c = Case("positive", "%s/%s: SSN and DOB typed together" % (chan(), ch("insurance", "healthcare billing", "banking")))
    c.a("Please verify with SSN and date of birth.")
    c.c(ch("SSN ", "ss# ", "social "), P(typed_ssn(s), "SSN"), ch(" dob ", ", DOB: ", " / born "), P("%d/%d/%d" % (m, d, y), "DOB"))
    return c


def p_ni_readback_typed():
    n = ni()
    c = Case("positive", "%s/%s: agent reads NI back in chat after customer typo correction" % (chan(), ch("government services", "banking")))
    bad = n[:2] + n[2:7] + str((int(n[7]) + 1) % 10) + n[8]
    c.c("my ni is ", P(bad, "NI_NUMBER"))
    c.c(ch("oops ", "sorry typo ", "wait no "), P(typed_ni(n), "NI_NUMBER"))
    c.a("No problem, so that's ", P(n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8], "NI_NUMBER"), ", correct?")
    c.c("yes")
    return c


def p_card_readback_typed():
    d = card()
    c = Case("positive", "%s/%s: card typed then last four echoed by agent is NOT full number; full card labelled" % (chan(), ind()))
    c.a("Please type the card number")
    c.c(P(typed_card(d), "CARD_NUMBER"))
    c.a("Thanks, card ending " + d[-4:] + " has been charged £" + str(R.randint(5, 200)) + ".00")
    return c


# ----------------------------------------------------------------- positive templates (spoken)
def p_card_spoken_split():
    d = card()
    z = ch("zero", "oh", "o", "nought")
    parts = split_n(d, 4)
    c = Case("positive", "call/%s: card read in groups over several turns, '%s' for zero, backchannels" % (ind(), z))
    c.a("okay go ahead with the long number on the card")
    for i, p in enumerate(parts):
        pre = ch("", "", "um ", "right ", "it's ")
        c.c(pre, P(say_digits(p, z), "CARD_NUMBER", "g"), ch("", "", " yeah"))
        if i < len(parts) - 1:
            c.a(ch("mhm", "okay go on", "yep", "uh huh", "got it"))
    return c


def p_card_spoken_pairs():
    d = card()
    c = Case("positive", "call/%s: card read in two-digit pairs ('forty one eleven')" % ind())
    c.a("can i take the card number please")
    c.c("yeah it's ", P(say_digits(d, pairs=True, multi=False), "CARD_NUMBER"))
    c.a("lovely thank you and that's for the " + ch("ninety nine pound", "two hundred dollar", "forty five euro") + " payment yeah")
    return c


def p_card_spoken_correction():
    d = card()
    parts = split_n(d, 4)
    wrong = parts[1][:-1] + str((int(parts[1][-1]) + 3) % 10)
    c = Case("positive", "call/%s: card with self-correction of one group; both readings labelled" % ind())
    c.a("card number when you're ready")
    c.c(P(say_digits(parts[0]), "CARD_NUMBER", "g"))
    c.a("mhm")
    c.c(P(say_digits(wrong), "CARD_NUMBER", "!w"), " no sorry ", P(say_digits(parts[1]), "CARD_NUMBER", "g"))
    c.a("okay")
    c.c(P(say_digits(parts[2]), "CARD_NUMBER", "g"), " ", P(say_digits(parts[3]), "CARD_NUMBER", "g"))
    c.a("and the expiry")
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    c.c(P(ch(say_digits("%02d" % mm) + " " + pair_words(str(yy)), MONTHS[mm - 1] + " twenty " + pair_words(str(yy)), say_digits("%02d" % mm, "oh") + " " + pair_words(str(yy))), "EXPIRY"))
    c.a("and the three digits on the back")
    c.c(P(say_digits(rdig(3)), "CVV"))
    return c


def p_card_readback_spoken():
    d = card()
    c = Case("positive", "call/%s: card with filler words inside, then agent reads it back" % ind())
    s = say_digits(d).split(" ")
    k = R.randint(4, len(s) - 3)
    s.insert(k, ch("um", "uh", "erm"))
    c.a("what's the card number")
    c.c(P(" ".join(s), "CARD_NUMBER"))
    c.a("so that's ", P(say_digits(d, "zero", multi=False), "CARD_NUMBER"), " yeah")
    c.c("yep that's it")
    return c


def p_ssn_spoken():
    s = ssn()
    st = R.randint(0, 2)
    if st == 0:
        txt = say_digits(s)
    elif st == 1:
        txt = say_digits(s[:3]) + " " + pair_words(s[3:5]) if s[3] != "0" else say_digits(s[:5])
        txt = (say_digits(s[:3]) + " " + (pair_words(s[3:5]) if s[3] != "0" else say_digits(s[3:5]))) + " " + say_digits(s[5:], pairs=True)
    else:
        txt = say_digits(s, pairs=True)
    c = Case("positive", "call/%s: SSN spoken (digits/pairs, zero variants)" % ch("insurance", "banking", "healthcare billing", "government services"))
    c.a("and can you verify the social for me")
    c.c(ch("sure ", "yeah it's ", "um ", ""), P(txt, "SSN"))
    return c


def p_ssn_spoken_split():
    s = ssn()
    c = Case("positive", "call/%s: SSN over three customer turns with agent read-back" % ch("insurance", "banking", "government services"))
    c.a("last thing i need is your social security number")
    c.c(P(say_digits(s[:3]), "SSN", "g"))
    c.a("okay")
    c.c(P(say_digits(s[3:5]), "SSN", "g"))
    c.a("mhm")
    c.c(P(say_digits(s[5:]), "SSN", "g"), ch("", " and i'm " + str(R.randint(30, 80)) + " if that matters"))
    c.a("thank you so that's ", P(say_digits(s, "zero", multi=False), "SSN"))
    return c


def p_ni_spoken():
    n = ni()
    mode = ch("plain", "nato", "homo")
    c = Case("positive", "call/%s: NI number spoken (%s letters)" % (ch("government services", "banking", "insurance"), mode))
    c.a("can i have your national insurance number please")
    digits = n[2:8]
    dtxt = ch(say_digits(digits), say_digits(digits, pairs=True, multi=False))
    txt = say_letter(n[0], mode) + " " + say_letter(n[1], mode) + " " + dtxt + " " + say_letter(n[8], mode)
    c.c(ch("yeah it's ", "", "um "), P(txt, "NI_NUMBER"))
    return c


def p_ni_spoken_split():
    n = ni()
    c = Case("positive", "call/government services: NI spoken across turns with nato letters")
    c.a("national insurance number")
    c.c(P(say_letter(n[0], "nato") + " " + say_letter(n[1], "nato"), "NI_NUMBER", "g"))
    c.a("yep")
    c.c(P(say_digits(n[2:5]) + " " + say_digits(n[5:8]), "NI_NUMBER", "g"))
    c.a("and the last letter")
    c.c(P(say_letter(n[8], ch("nato", "plain")), "NI_NUMBER", "g"))
    return c


def p_bank_spoken():
    sc = sortcode(); acc = account(8)
    c = Case("positive", "call/%s: sort code in pairs and account number in digits" % ch("banking", "utilities", "insurance"))
    c.a("what's the sort code")
    c.c(P(ch(" ".join(pair_words(sc[i:i + 2]) if sc[i] != "0" else say_digits(sc[i:i + 2]) for i in range(0, 6, 2)), say_digits(sc)), "SORT_CODE"))
    c.a("and the account number")
    parts = [acc[:4], acc[4:]]
    c.c(P(say_digits(parts[0]), "BANK_ACCOUNT", "g"))
    c.a("mhm")
    c.c(P(say_digits(parts[1]), "BANK_ACCOUNT", "g"), " and i want it on the " + ch("first", "fifteenth", "twenty eighth") + " of the month")
    return c


def p_iban_spoken():
    s = iban()
    c = Case("positive", "call/%s: IBAN spelled out over two turns" % ch("banking", "travel", "insurance"))
    c.a("can you read me the iban")
    k = 8
    z = ch("zero", "oh")
    c.c(P(say_alnum(s[:k], ch("plain", "nato"), z), "IBAN", "g"))
    c.a("okay")
    c.c(P(say_alnum(s[k:], "plain", z), "IBAN", "g"))
    return c


def p_phone_spoken():
    d, _ = phone_val()
    st = R.random()
    if d.startswith("44") or d.startswith("353") or (d.startswith("1") and len(d) == 11):
        pre = "plus " + ("four four" if d.startswith("44") else "three five three" if d.startswith("353") else "one")
        rest = d[2:] if d.startswith("44") else d[3:] if d.startswith("353") else d[1:]
        txt = pre + " " + say_digits(rest, pairs=st < 0.3)
    else:
        txt = say_digits(d, pairs=st < 0.3)
    c = Case("positive", "call/%s: phone number spoken with double/triple and zero variants" % ind())
    c.a("and a good contact number")
    c.c(ch("it's ", "yeah ", "um ", ""), P(txt, "PHONE"), ch("", " that's my mobile", " after about six o'clock"))
    return c


def p_phone_spoken_split():
    d, _ = phone_val()
    digits = d
    c = Case("positive", "call/%s: phone read in chunks across turns" % ind())
    c.a("what number can we call you back on")
    a, b = digits[:5], digits[5:]
    c.c(P(say_digits(a), "PHONE", "g"))
    c.a("okay go on")
    c.c(P(say_digits(b), "PHONE", "g"))
    return c


def p_email_spoken():
    local, dom = email_val()
    c = Case("positive", "call/%s: email read out with 'dot' and 'at'" % ind())
    c.a("and what email should we send the confirmation to")
    c.c(ch("it's ", "yeah so it's ", ""), P(say_email(local, dom), "EMAIL"))
    c.a("perfect thank you")
    return c


def say_year(y):
    if y >= 2000:
        return "two thousand" + (" and " + UNITS[y % 10] if y % 10 else "")
    return pair_words(str(y)[:2]) + " " + (pair_words(str(y)[2:]) if str(y)[2] != "0" else ("oh " + UNITS[y % 10] if y % 10 else "hundred"))


def p_dob_spoken():
    y, m, d = dob_val()
    ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
           "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
           "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
           "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]
    txt = ch("%s of %s %s" % (ORD[d - 1], MONTHS[m - 1], say_year(y)),
             "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], say_year(y)),
             "%s %s %s" % (say_digits("%02d" % d, "oh"), say_digits("%02d" % m, "oh"), pair_words(str(y)[2:]) if str(y)[2] != "0" else "oh " + UNITS[y % 10]))
    c = Case("positive", "call/%s: date of birth spoken, appointment date also mentioned" % ind())
    c.a("can you confirm your date of birth")
    c.c(ch("yeah it's ", "", "um ") + ("the " if " of " in txt else ""), P(txt, "DOB"))
    c.a("thanks and you wanted to move the appointment to the " + ch("third", "ninth", "twelfth") + " of " + R.choice(MONTHS) + " is that right")
    return c


def p_postcode_spoken():
    uk = R.random() < 0.65
    c = Case("positive", "call/%s: %s spoken" % (ind(), "UK postcode letters/digits" if uk else "US ZIP"))
    c.a(ch("and the postcode", "what's the zip code on the account"))
    if uk:
        pc = uk_postcode()
        txt = say_alnum(pc, ch("plain", "nato", "homo"), "zero")
        c.c(ch("it's ", "", "yeah "), P(txt, "POSTCODE"))
    else:
        z = zipcode()
        c.c(ch("it's ", ""), P(say_digits(z), "POSTCODE"))
    return c


def say_house(num):
    if len(num) <= 2:
        return pair_words(num.zfill(2)) if len(num) == 2 and num[0] != "0" else UNITS[int(num)]
    if len(num) == 3:
        return UNITS[int(num[0])] + " " + (pair_words(num[1:]) if num[1] != "0" else "oh " + UNITS[int(num[2])])
    return pair_words(num[:2]) + " " + (pair_words(num[2:]) if num[2] != "0" else "oh " + UNITS[int(num[3])])


def p_address_spoken():
    num, st, us = addr_val()
    if num[0] == "0":
        num = "1" + num[1:]
    c = Case("positive", "call/%s: street address and %s spoken" % (ind(), "ZIP" if us else "postcode"))
    c.a("can you confirm the first line of the address and the " + ("zip" if us else "postcode"))
    pc = zipcode() if us else uk_postcode()
    pct = say_digits(pc) if us else say_alnum(pc, ch("plain", "nato"), "zero")
    c.c(ch("yeah it's ", "", "um "), P(say_house(num) + " " + st, "ADDRESS"), ch(" and the postcode is ", " ", " uh ", " zip is "), P(pct, "POSTCODE"))
    return c


def p_cvv_expiry_spoken():
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    c = Case("positive", "call/%s: expiry and security code spoken in separate turns, balance nearby" % ind())
    c.a("what's the expiry date on the card")
    c.c(P(ch(say_digits("%02d" % mm, ch("oh", "zero")) + " " + pair_words(str(yy)), MONTHS[mm - 1] + " twenty " + pair_words(str(yy)), say_digits("%02d" % mm, "o") + " slash " + pair_words(str(yy))), "EXPIRY"))
    c.a("and the security code on the back")
    c.c(ch("", "it's "), P(say_digits(rdig(3)), "CVV"))
    c.a("thanks that's gone through your balance is now " + ch("forty two pounds", "zero", "one hundred and six dollars"))
    return c


def p_account_us_spoken():
    acc = account(R.choice([9, 10, 12]))
    c = Case("positive", "call/%s: US account number spoken as digits or pairs" % ch("banking", "utilities"))
    c.a("what's the account number")
    c.c(ch("it's ", "yeah "), P(say_digits(acc, pairs=R.random() < 0.4), "BANK_ACCOUNT"))
    return c


def p_sortcode_typed_msgs():
    sc = sortcode(); acc = account(8)
    c = Case("positive", "%s/banking: sort code and account number each split across messages" % chan())
    c.a("sort code and account number pls")
    c.c(P(sc[:2] + "-" + sc[2:4], "SORT_CODE", "s"), ch("-", ""))
    c.c(P(sc[4:], "SORT_CODE", "s"))
    c.c(ch("acc ", "and "), P(acc[:4], "BANK_ACCOUNT", "a"))
    c.c(P(acc[4:], "BANK_ACCOUNT", "a"), " " + R.choice(EMO))
    return c


def p_iban_split_typed():
    s = iban()
    g = [s[i:i + 4] for i in range(0, len(s), 4)]
    k = len(g) // 2
    c = Case("positive", "%s/%s: IBAN pasted in two messages" % (chan(), ch("banking", "travel")))
    c.a("Please send your IBAN")
    c.c(P(" ".join(g[:k]), "IBAN", "g"))
    c.c(P(" ".join(g[k:]), "IBAN", "g"), ch("", " sorry", " 😅"))
    return c


def p_phone_and_email_typed():
    d, t = phone_val(); local, dom = email_val()
    c = Case("positive", "%s/%s: phone and email in one message" % (chan(), ind()))
    c.a("How should we contact you?")
    c.c(ch("either ", "", "mob "), P(t, "PHONE"), ch(" or ", " / ", " or email "), P(local + "@" + dom, "EMAIL"), ch("", " tnx", " " + R.choice(EMO)))
    return c


def p_mixed_call_uk():
    n = ni(); y, m, d = dob_val(); pc = uk_postcode()
    c = Case("positive", "call/government services: NI, DOB and postcode in one verification")
    c.a("so i need your national insurance number date of birth and postcode")
    c.c("okay so n i is ", P(say_alnum(n, "plain"), "NI_NUMBER"))
    c.a("mhm")
    c.c("date of birth ", P(say_digits("%02d" % d, "oh") + " " + say_digits("%02d" % m, "oh") + " " + say_year(y), "DOB"), " and postcode ", P(say_alnum(pc, "plain", "zero"), "POSTCODE"))
    return c


def p_paste_artefacts():
    d = card()
    nb = ch("\u00a0", "\u2009", " ")
    t = nb.join(d[i:i + 4] for i in range(0, len(d), 4))
    local, dom = email_val()
    c = Case("positive", "%s/%s: copy-paste artefacts (non-breaking spaces, mailto:, quotes) around card and email" % (chan(), ind()))
    c.a("Could you send the card number and the email for the receipt?")
    c.c(ch("Card Number:\t", "\u201c", "> "), P(t, "CARD_NUMBER"), ch("\u201d", "", " "), ch(" \n", " "), "mailto:", P(local + "@" + dom, "EMAIL"))
    return c


def p_ni_o_typo():
    n = ni()
    k = R.randint(2, 7)
    t = n[:k] + n[k:8].replace("0", "O") + n[8]
    if "O" not in t[2:8]:
        t = n[:2] + n[2:8] + n[8]
    c = Case("positive", "%s/%s: NI typed in lower/mixed case possibly with letter O for zero, then DOB" % (chan(), ch("government services", "banking")))
    y, m, d = dob_val()
    c.a("Please confirm NI number and DOB")
    c.c(P(ch(t, t.lower(), t[:2] + " " + t[2:]), "NI_NUMBER"))
    c.c(ch("born ", "dob "), P("%d%s of %s %d" % (d, ordsuf(d), MONTHS[m - 1], y), "DOB"), ch("", " " + R.choice(EMO)))
    c.a("Thanks, so DOB ", P("%02d/%02d/%d" % (d, m, y), "DOB"), " and you're calling about the payment on %d %s?" % (R.randint(1, 28), R.choice(MONTHS).title()))
    return c


POS_TYPED = [p_paste_artefacts, p_ni_o_typo, p_card_typed, p_card_split_typed, p_card_full_oneline, p_ssn_typed, p_ssn_split_typed,
             p_ni_typed, p_ni_split_typed, p_bank_typed, p_bank_us_typed, p_iban_typed, p_phone_typed,
             p_email_typed, p_email_obf_typed, p_dob_typed, p_address_typed, p_postcode_only_typed,
             p_email_body, p_mixed_dm, p_ssn_dob_typed, p_ni_readback_typed, p_card_readback_typed,
             p_sortcode_typed_msgs, p_iban_split_typed, p_phone_and_email_typed]
POS_SPOKEN = [p_card_spoken_split, p_card_spoken_pairs, p_card_spoken_correction, p_card_readback_spoken,
              p_ssn_spoken, p_ssn_spoken_split, p_ni_spoken, p_ni_spoken_split, p_bank_spoken,
              p_iban_spoken, p_phone_spoken, p_phone_spoken_split, p_email_spoken, p_dob_spoken,
              p_postcode_spoken, p_address_spoken, p_cvv_expiry_spoken, p_account_us_spoken, p_mixed_call_uk]


# ----------------------------------------------------------------- negatives
def n_amounts():
    c = Case("negative", "%s/%s: prices and balances only" % (chan(), ind()))
    c.a("Your balance is £%d.%02d and the next bill of £%d.%02d is due on the %d%s." % (R.randint(100, 9999), R.randint(0, 99), R.randint(10, 300), R.randint(0, 99), R.randint(1, 28), "th"))
    c.c(ch("why is it so high", "thats 20% more than last month??", "ok can i pay $%d now and the rest later" % R.randint(10, 400)))
    return c


def n_order():
    ref = str(R.randint(10 ** 5, 10 ** R.choice([7, 8, 9, 10]) - 1))
    word = ch("order number", "order #", "ticket", "claim no.", "invoice", "reference", "case number", "booking ref")
    c = Case("negative", "%s/%s: %s with up to 10 digits" % (chan(), ind(), word))
    c.c(ch("hi ", "hey, ", "Hello "), "my " + word + " is " + ref + ch(" and it still hasnt arrived", " - any update?", " " + R.choice(EMO)))
    c.a("Thanks, I can see " + word.replace(" #", "").replace(" no.", "") + " " + ref + " was updated " + str(R.randint(2, 9)) + " days ago.")
    return c


def n_order_spoken():
    ref = rdig(R.choice([6, 7, 8]))
    c = Case("negative", "call/%s: order reference spoken digit by digit with its reference word" % ind())
    c.a("have you got the order number there")
    c.c("yeah the order number is " + say_digits(ref, multi=False))
    c.a("lovely and that was placed on the " + ch("fifth", "tenth", "twenty first") + " for " + ch("sixty pounds", "forty nine ninety nine", "a hundred and twenty dollars"))
    return c


def n_flight():
    c = Case("negative", "%s/travel: flight number, times, gate and seat" % chan())
    fl = ch("BA", "EI", "FR", "UA", "LH", "AA") + str(R.randint(10, 9999))
    c.c("my flight " + fl + " departs %02d:%02d from gate %s%d, seat %d%s" % (R.randint(0, 23), R.randint(0, 59), ch("A", "B", "C"), R.randint(1, 60), R.randint(1, 40), ch("A", "C", "F")))
    c.a("Flight " + fl + " is delayed by %d minutes, new departure %02d:%02d." % (R.randint(15, 200), R.randint(0, 23), R.randint(0, 59)))
    return c


def n_flight_spoken():
    c = Case("negative", "call/travel: flight number and times spoken")
    c.c("it's flight " + ch("b a", "e i", "u a") + " " + say_digits(str(R.randint(100, 999)), multi=False) + " leaving at " + ch("ten thirty", "six fifteen", "quarter past nine") + " on the " + ch("fourth", "ninth") + " of " + R.choice(MONTHS))
    c.a("okay and that's " + str(R.randint(2, 5)) + " passengers is it")
    return c


def n_meter():
    c = Case("negative", "%s/utilities: meter readings and usage" % chan())
    c.c("meter reading today is " + str(R.randint(10000, 99999)) + ch(" kwh", "", " on the day rate") + " and night " + str(R.randint(1000, 99999)))
    c.a("Thanks, that's %d units since your last reading on %d %s." % (R.randint(100, 2000), R.randint(1, 28), R.choice(MONTHS).title()))
    return c


def n_meter_spoken():
    c = Case("negative", "call/utilities: meter reading spoken as digits")
    c.a("can you read me the meter")
    c.c("yeah it says " + say_digits(rdig(5), multi=False) + " on the first dial thing")
    c.a("great that's about " + ch("three hundred", "four hundred and fifty", "two hundred") + " units for the quarter")
    return c


def n_model():
    c = Case("negative", "%s/retail: model numbers, quantities and sizes" % chan())
    c.c("i ordered %d x the %s%d-%s in size %d, price was £%d.99" % (R.randint(1, 6), ch("XR", "KD", "SM-A", "WH-"), R.randint(100, 9999), ch("BLK", "WHT", "2024"), R.randint(4, 14), R.randint(9, 499)))
    c.a("The %s%d is out of stock until %s." % (ch("model ", "item "), R.randint(1000, 99999), ch("next week", "the 14th", "March")))
    return c


def n_times():
    c = Case("negative", "%s/%s: appointment date/time, durations" % (chan(), ind()))
    c.a("Your appointment is on %02d/%02d/%d at %d:%02d%s and will take about %d minutes." % (R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2027), R.randint(1, 12), ch(0, 15, 30, 45), ch("am", "pm"), R.randint(10, 90)))
    c.c(ch("can we move it to the %dth" % R.randint(4, 20), "ok see u then", "is there anything at %d:30 instead" % R.randint(1, 11)))
    return c


def n_times_spoken():
    c = Case("negative", "call/%s: times and durations spoken" % ind())
    c.c("i've been on hold for " + ch("forty five", "twenty", "ninety") + " minutes and i called at " + ch("nine oh five", "ten fifteen", "two thirty") + " this morning")
    c.a("sorry about that it's been about " + ch("three", "four") + " hours wait today")
    return c


def n_speed():
    c = Case("negative", "%s/telecom: broadband speeds and data" % chan())
    c.c("paying for %d Mbps getting %d.%d lol and used %d GB this month, %d%% of my cap" % (R.randint(50, 1000), R.randint(1, 40), R.randint(0, 9), R.randint(10, 900), R.randint(10, 99)))
    c.a("I see %d dropouts in the last %d days on line %d." % (R.randint(2, 40), R.randint(2, 30), R.randint(1, 4)))
    return c


def n_ages():
    c = Case("negative", "%s/%s: ages, counts and years (not birth dates)" % (chan(), ind()))
    c.c("my son is %d and my mum is %d, weve been customers since %d, %d people on the policy" % (R.randint(2, 17), R.randint(60, 95), R.randint(1990, 2022), R.randint(2, 6)))
    c.a("Thank you for being with us %d years!" % R.randint(2, 30))
    return c


def n_temps():
    c = Case("negative", "%s/utilities: temperatures and pressures" % chan())
    c.c("boiler pressure is %d.%d bar and the house is %d degrees, thermostat at %d" % (R.randint(0, 2), R.randint(0, 9), R.randint(10, 24), R.randint(15, 25)))
    c.a("An engineer can come on %s between %d and %d." % (ch("Monday", "Tuesday", "Friday"), R.randint(8, 11), R.randint(12, 17)))
    return c


def n_room():
    c = Case("negative", "%s/travel: hotel room, nights and price" % chan())
    c.c("room %d, %d nights from the %dth, rate €%d per night" % (R.randint(100, 1299), R.randint(1, 9), R.randint(1, 28), R.randint(60, 400)))
    c.a("Room %d is confirmed, check-in from %d pm." % (R.randint(100, 1299), R.randint(1, 4)))
    return c


def n_payment_date():
    c = Case("negative", "%s/%s: payment and contract dates" % (chan(), ind()))
    c.c("contract started %d/%d/%d and my last payment was %s %d%s" % (R.randint(1, 28), R.randint(1, 12), R.randint(2019, 2025), R.choice(MONTHS).title(), R.randint(1, 28), ch("", "th")))
    c.a("Your contract ends on %d %s %d." % (R.randint(1, 28), R.choice(MONTHS).title(), R.randint(2026, 2028)))
    return c


def n_payment_spoken():
    c = Case("negative", "call/%s: amounts spoken in words" % ind())
    c.c("i paid " + ch("two hundred and forty nine pounds ninety nine", "fifty five euro", "one thousand two hundred dollars", "eighty six forty") + " on the " + ch("third", "twelfth", "thirtieth") + " of " + R.choice(MONTHS))
    c.a("yes i can see that payment of " + ch("forty pounds", "ninety nine ninety nine", "twelve fifty") + " it was refunded")
    return c


def n_last_four():
    c = Case("negative", "%s/%s: only last four digits of a card mentioned" % (chan(), ind()))
    c.a("Is that the card ending in %s?" % rdig(4))
    c.c(ch("yes the one ending %s" % rdig(4), "no the other one, ends in %s" % rdig(4)))
    return c


def n_percent():
    c = Case("negative", "%s/banking: interest rates and percentages" % chan())
    c.c("is the rate %d.%d%% or %d.%02d%% APR? and the term %d months" % (R.randint(1, 9), R.randint(0, 9), R.randint(10, 39), R.randint(0, 99), ch(12, 24, 36, 48, 60)))
    c.a("It's %d.%d%% fixed for %d years." % (R.randint(1, 9), R.randint(0, 9), R.randint(2, 5)))
    return c


def n_years_spoken():
    c = Case("negative", "call/insurance: car year, mileage and claim number")
    c.c("it's a " + ch("twenty eighteen", "two thousand and nine", "twenty twenty one") + " with about " + ch("forty thousand", "ninety two thousand", "sixty one thousand") + " miles on it")
    c.a("okay and your claim reference is " + say_digits(rdig(7), multi=False) + " keep hold of that")
    return c


def n_store_hours():
    c = Case("negative", "%s/retail: opening hours and delivery windows" % chan())
    c.a("We're open %d-%d Mon to Sat, delivery slot %d:00-%d:00 costs £%d.%02d" % (R.randint(7, 10), R.randint(17, 22), R.randint(7, 14), R.randint(15, 21), R.randint(1, 9), ch(0, 50, 99)))
    c.c(ch("ok cool", "can u do the %d:00 one" % R.randint(7, 14), "thx 👍"))
    return c


def n_count_spoken():
    c = Case("negative", "call/telecom: counts and data amounts spoken")
    c.c("i've got " + ch("three", "five", "two") + " lines and we used like " + ch("forty", "sixty", "a hundred and twenty") + " gig last month")
    c.a("okay the unlimited plan is " + ch("thirty five", "forty", "fifty five") + " a month per line for " + ch("twelve", "twenty four") + " months")
    return c


def n_ticket_spoken():
    c = Case("negative", "call/%s: ticket number with pairs and double" % ind())
    t = rdig(6)
    c.a("do you have a ticket number from last time")
    c.c("yeah ticket " + say_digits(t, pairs=True))
    c.a("thanks found it, opened " + ch("two", "four") + " weeks ago")
    return c


NEGS = [n_amounts, n_order, n_order_spoken, n_flight, n_flight_spoken, n_meter, n_meter_spoken, n_model,
        n_times, n_times_spoken, n_speed, n_ages, n_temps, n_room, n_payment_date, n_payment_spoken,
        n_last_four, n_percent, n_years_spoken, n_store_hours, n_count_spoken, n_ticket_spoken]


# ----------------------------------------------------------------- build
N_POS_TYPED = 138
N_POS_SPOKEN = 68
N_NEG = 120


def build():
    global R
    R = random.Random(SEED)
    cases = []
    for i in range(N_POS_TYPED):
        cases.append(POS_TYPED[i % len(POS_TYPED)]())
    for i in range(N_POS_SPOKEN):
        cases.append(POS_SPOKEN[i % len(POS_SPOKEN)]())
    order = list(range(len(cases)))
    R.shuffle(order)
    pos = [cases[i] for i in order]
    neg = [NEGS[i % len(NEGS)]() for i in range(N_NEG)]
    R.shuffle(neg)
    out = []
    for k, c in enumerate(pos, 1):
        c.id = "h179-pos-%03d" % k
        out.append(c)
    for k, c in enumerate(neg, 1):
        c.id = "h179-neg-%03d" % k
        out.append(c)
    return out


def to_json(c):
    return json.dumps({"id": c.id, "kind": c.kind, "turns": c.turns,
                       "spans": c.spans if c.kind == "positive" else [], "note": c.note},
                      ensure_ascii=False)


def counts(cases):
    ct = {t: 0 for t in TYPES}
    for c in cases:
        for s in c.spans:
            ct[s["type"]] += 1
    return ct


def render(cases):
    return "".join(to_json(c) + "\n" for c in cases)


def readme(cases):
    ct = counts(cases)
    npos = sum(c.kind == "positive" for c in cases)
    nneg = len(cases) - npos
    typed = sum(1 for c in cases if c.kind == "positive" and not c.note.startswith("call/"))
    lines = [
        "# PII hold-out set h179",
        "",
        "**Never use this set for tuning.** It exists only to measure the redactor on data it was not fitted to.",
        "",
        "Written by an AI helper acting as an independent author: it did not see the redaction code, its tests,",
        "its documentation or any other fixture; it only saw a three-line example of the JSONL format.",
        "Generated by `scripts/make_pii_holdout179.py` (standard library, one `random.Random(%d)`)." % SEED,
        "Every turn is assembled from plain-text segments and (value, TYPE) segments, so offsets are computed.",
        "`--check` regenerates the file, compares it byte for byte, and validates ids, offsets, word boundaries,",
        "overlaps and each value after normalising spoken forms (Luhn, mod-97, NI shape, digit counts, postcode shapes).",
        "",
        "## Make-up",
        "",
        "- positives: %d (typed channels: %d; phone-call ASR style: %d)" % (npos, typed, npos - typed),
        "- negatives: %d (spans are empty; nothing in them should be redacted)" % nneg,
        "",
        "| type | spans |",
        "|---|---|",
    ]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, ct[t]))
    lines += [
        "",
        "## Annotation conventions",
        "",
        "- A span covers the value only: from its first to its last character (letter/digit), never the cue words",
        "  (\"card number is\", \"dob\", \"sort code\") and never trailing punctuation or emoji.",
        "- Spoken values: the whole read-out including 'double'/'triple', 'oh'/'o'/'nought', 'plus', 'for bravo' letter",
        "  spellings, 'slash' and fillers (um/uh) that occur *inside* the reading are inside the span.",
        "- Values split across turns: each customer fragment is its own span with the same type; agent back-channels",
        "  are not labelled. When the agent reads a value back in full, the read-back is labelled too.",
        "- Self-corrections: both the wrong and the corrected reading are labelled; 'no sorry' between them is not.",
        "- EXPIRY and CVV are labelled only in a card context. DOB only when it is the person's birth date.",
        "- ADDRESS = house number + street name (+ suffix like St/Ave); the town, state and postcode are not inside it;",
        "  the postcode/ZIP is its own POSTCODE span. Apartment numbers are outside the ADDRESS span.",
        "- Typed NI numbers may contain the letter O typed for a zero in the digit block; the whole token is the span.",
        "- A leading article ('the tenth of may') is outside a DOB span; ordinals, 'of' and the year are inside.",
        "- EMAIL includes obfuscated forms ('x at y dot com', '[at]') as a single span.",
        "- PHONE includes the country prefix ('+44', '0044', 'plus four four') and brackets inside the number.",
        "- Not PII (never labelled): money, balances, times, durations, counts, years, percentages, non-birth dates,",
        "  order/ticket/claim/invoice/reference numbers with their reference word, flight/room/model numbers,",
        "  meter readings, speeds, ages, temperatures, the last four digits of a card.",
        "",
    ]
    return "\n".join(lines)


def check(cases, text):
    problems = []
    ids = [c.id for c in cases]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    if os.path.exists(OUT):
        with open(OUT, encoding="utf-8") as f:
            if f.read() != text:
                problems.append("cases.jsonl differs from regenerated output")
    else:
        problems.append("cases.jsonl missing")
    for c in cases:
        if c.kind == "negative" and c.spans:
            problems.append("%s: negative with spans" % c.id)
        if c.kind == "positive" and not c.spans:
            problems.append("%s: positive without spans" % c.id)
        by_turn = {}
        for s in c.spans:
            if not (0 <= s["turn"] < len(c.turns)):
                problems.append("%s: bad turn" % c.id); continue
            tx = c.turns[s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(tx)):
                problems.append("%s: offsets out of range" % c.id); continue
            if not ((tx[st].isalnum() or tx[st] in "+(") and tx[en - 1].isalnum()):
                problems.append("%s: span edge not alnum %r" % (c.id, tx[st:en]))
            if (st > 0 and tx[st - 1].isalnum()) or (en < len(tx) and tx[en].isalnum()):
                problems.append("%s: span not on word boundary %r" % (c.id, tx[st:en]))
            by_turn.setdefault(s["turn"], []).append((st, en))
        for t, lst in by_turn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    problems.append("%s: overlapping spans in turn %d" % (c.id, t))
        for gid, (typ, pieces) in c.groups.items():
            if gid.startswith("!"):
                ok, n = validate(typ, [c.turns[i]["text"][s:e] for i, s, e in pieces])
                continue
            texts = [c.turns[i]["text"][s:e] for i, s, e in pieces]
            ok, n = validate(typ, texts)
            if not ok:
                problems.append("%s: invalid %s %r -> %r" % (c.id, typ, texts, n))
    ct = counts(cases)
    npos = sum(c.kind == "positive" for c in cases)
    nneg = len(cases) - npos
    if npos < 170:
        problems.append("too few positives")
    if nneg < 100:
        problems.append("too few negatives")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if ct[t] < need:
            problems.append("type %s has %d spans < %d" % (t, ct[t], need))
    return problems, ct, npos, nneg


def main():
    cases = build()
    text = render(cases)
    if "--check" in sys.argv[1:]:
        problems, ct, npos, nneg = check(cases, text)
        if os.path.exists(README):
            with open(README, encoding="utf-8") as f:
                if f.read() != readme(cases):
                    problems.append("README.md differs from regenerated output")
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, ct[t]))
        for p in problems:
            print("PROBLEM:", p)
        print("OK" if not problems else "FAILED (%d problems)" % len(problems))
        sys.exit(1 if problems else 0)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme(cases))
    print("wrote %d cases to %s" % (len(cases), OUT))


if __name__ == "__main__":
    main()
