#!/usr/bin/env python3
"""Generate held-out PII redaction cases (set h286). Standard library only.

python scripts/make_pii_holdout286.py          # write fixture + README
python scripts/make_pii_holdout286.py --check  # regenerate, compare, validate
"""
import json
import random
import re
import sys
from pathlib import Path

SEED = 286241124
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout286"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty",
        9: "ninety"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
FILLERS = ["um", "uh", "er", "erm", "sorry", "hang on"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]

# ---------------------------------------------------------------- spoken <-> digits

WORDVAL = {w: str(i) for i, w in enumerate(UNITS)}
WORDVAL.update({"oh": "0", "o": "0", "nought": "0", "zero": "0"})
TEENVAL = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENVAL = {w: k for k, w in TENS.items()}


def normalise(text):
    """Spoken/typed form -> upper-case alnum string (digits & letters)."""
    if re.search(r"\d", text):
        return re.sub(r"[^0-9A-Za-z]", "", text).upper()
    t = text.lower().replace("-", " ").replace("/", " ").replace(".", " . ")
    toks = re.findall(r"[a-z]+|\d+|@|\.", t.replace("x ray", "xray"))
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if len(w) == 1 and nxt == "for" and i + 2 < len(toks):
            out.append(w.upper())
            i += 3
            continue
        if w.isdigit():
            out.append(w)
        elif w in ("double", "triple") and nxt in WORDVAL:
            out.append(WORDVAL[nxt] * (2 if w == "double" else 3))
            i += 1
        elif w in TENVAL:
            if nxt in WORDVAL and WORDVAL[nxt] != "0" and nxt not in ("oh", "o", "nought"):
                out.append(str(TENVAL[w]) + WORDVAL[nxt])
                i += 1
            else:
                out.append(str(TENVAL[w]) + "0")
        elif w in TEENVAL:
            out.append(TEENVAL[w])
        elif w in WORDVAL:
            out.append(WORDVAL[w])
        elif len(w) == 1:
            out.append(w.upper())
            if nxt == "for" and i + 2 < len(toks):
                i += 2
        i += 1
    return "".join(out)


def digit_words(d, zero):
    return zero if d == "0" else UNITS[int(d)]


def speak_digits(s, rng, allow_pairs=True, allow_double=True, fillers=False):
    """Render a digit string as ASR-style words; verified by round trip."""
    for _ in range(20):
        zero = rng.choice(["zero", "oh", "oh", "o", "nought"])
        words = []
        i = 0
        while i < len(s):
            r = rng.random()
            if allow_double and i + 2 < len(s) + 0 and s[i] == s[i + 1] == s[i + 2] and r < 0.6:
                words.append("triple " + digit_words(s[i], zero)); i += 3; continue
            if allow_double and i + 1 < len(s) and s[i] == s[i + 1] and r < 0.6:
                words.append("double " + digit_words(s[i], zero)); i += 2; continue
            if allow_pairs and i + 1 < len(s) and s[i] != "0" and r > 0.7 and (len(s) - i) % 2 == 0:
                a, b = int(s[i]), int(s[i + 1])
                if a == 1:
                    words.append(TEENS[b])
                elif b == 0:
                    words.append(TENS[a])
                else:
                    words.append(TENS[a] + " " + UNITS[b])
                i += 2; continue
            words.append(digit_words(s[i], zero)); i += 1
            if fillers and rng.random() < 0.06 and i < len(s):
                words.append(rng.choice(FILLERS))
        txt = " ".join(words)
        if normalise(txt) == s:
            return txt
    return " ".join(UNITS[int(c)] for c in s)


def speak_groups(groups, rng, **kw):
    """Speak several digit groups joined by spaces; joined text must round-trip."""
    for _ in range(30):
        txt = " ".join(speak_digits(g, rng, **kw) for g in groups)
        if normalise(txt) == "".join(groups):
            return txt
    return " ".join(speak_digits(g, rng, allow_pairs=False) for g in groups)


def speak_letters(s, rng):
    out = []
    for c in s.lower():
        if c.isdigit():
            out.append(UNITS[int(c)])
        elif c == "o":
            out.append("o for oscar")
        elif c in NATO and rng.random() < 0.35:
            out.append(c + " for " + NATO[c])
        else:
            out.append(c)
    return " ".join(out)

# ---------------------------------------------------------------- value generators


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def gen_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    pre, ln = {"visa": ("4", 16), "mc": (str(R.randint(51, 55)), 16),
               "amex": (R.choice(["34", "37"]), 15), "disc": ("6011", 16)}[kind]
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(ln - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def group_card(n):
    if len(n) == 15:
        return [n[:4], n[4:10], n[10:]]
    return [n[i:i + 4] for i in range(0, len(n), 4)]


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("GB", "BG", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return "%02d" % (98 - n % 97)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def gen_iban():
    c = R.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    dig = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    if c == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dig(14)
    elif c == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + dig(14)
    elif c == "DE":
        bban = dig(18)
    elif c == "FR":
        bban = dig(23)
    elif c == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + dig(10)
    else:
        bban = dig(20)
    return c + iban_check(c, bban) + bban


def fmt_iban(i):
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


def dig(n, first_nonzero=True):
    s = str(R.randint(1, 9)) if first_nonzero else str(R.randint(0, 9))
    return s + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "maria", "kevin", "fatima", "dan",
         "chloe", "niamh", "raj", "emma", "sean", "olga", "marcus", "hannah", "pedro", "grace"]
LAST = ["walsh", "okafor", "patel", "murphy", "nguyen", "schmidt", "brennan", "clarke", "lopez",
        "hughes", "kowalski", "byrne", "reid", "fischer", "obrien", "shah", "doyle", "martin"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "live.ie", "gmx.de"]
STREETS = ["maple avenue", "church road", "station street", "park lane", "victoria road",
           "elm grove", "high street", "mill lane", "oak drive", "kings road", "willow close",
           "sunset boulevard", "main street", "harbour view", "queens crescent"]
UK_AREAS = ["SW", "N", "M", "B", "LS", "EH", "G", "CF", "BS", "NE", "L", "E", "SE", "BT", "OX"]


def gen_postcode_uk():
    a = R.choice(UK_AREAS)
    inward = str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    return a + str(R.randint(1, 20)) + " " + inward


UK_PC_RE = re.compile(r"^[A-Z]{1,2}[0-9][0-9A-Z]?[0-9][A-Z]{2}$")

# ---------------------------------------------------------------- case builder


class Case:
    def __init__(self, channel, industry, note):
        self.turns = []
        self.spans = []
        self.meta = []  # (span index list, TYPE, canonical full value)
        self.channel = channel
        self.note = "%s/%s: %s" % (channel, industry, note)

    def turn(self, speaker, *segs):
        merge = bool(self.turns) and self.turns[-1]["speaker"] == speaker
        text = self.turns[-1]["text"] + " " if merge else ""
        if merge:
            self.turns.pop()
        idxs = []
        for s in segs:
            if isinstance(s, tuple):
                val, typ = s[0], s[1]
                start = len(text)
                text += val
                self.spans.append({"turn": len(self.turns), "start": start, "end": len(text),
                                   "type": typ})
                idxs.append(len(self.spans) - 1)
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        return idxs

    def value(self, typ, canon, idxs):
        self.meta.append((idxs, typ, canon))

    def ag(self, *s):
        return self.turn("agent", *s)

    def cu(self, *s):
        return self.turn("customer", *s)


def pick(x):
    return R.choice(x)


def chat_case(c):
    return c.channel == "chat"

# ------------------------------- PII blocks: each appends turns to case c


def blk_card(c):
    n = gen_card()
    g = group_card(n)
    if chat_case(c):
        sep = pick([" ", "-", "", " "])
        val = sep.join(g)
        c.ag(pick(["Could you type the long card number please?", "Please enter the card number you'd like to use."]))
        ix = c.cu(pick(["sure its ", "ok here: ", "", "card is "]), (val, "CARD_NUMBER"),
                  pick(["", " thanks", " (the visa)", "  - debit card"]))
        c.value("CARD_NUMBER", n, ix)
        return
    style = R.random()
    c.ag(pick(["okay and the long number across the front of the card when you're ready",
               "can i take the card number please", "go ahead with the sixteen digits on the card"]))
    if style < 0.45:
        parts = [speak_digits(x, R, fillers=True) for x in g]
        idx = []
        for k, p in enumerate(parts):
            pre = pick(["", "yeah ", "right ", "okay "]) if k == 0 else ""
            idx += c.cu(pre, (p, "CARD_NUMBER"))
            if k < len(parts) - 1:
                c.ag(pick(["mhm", "okay go on", "yep", "uh huh", "got that", "next four"]))
        c.value("CARD_NUMBER", n, idx)
    elif style < 0.7:
        # self-correction: wrong group then correct; whole utterance labelled
        ix = c.cu("it's ", (speak_groups(g, R), "CARD_NUMBER"))
        c.value("CARD_NUMBER", n, ix)
        c.ag("let me read that back ", (speak_groups(g, R, allow_pairs=False), "CARD_NUMBER"),
             " is that right")
        c.value("CARD_NUMBER", n, [len(c.spans) - 1])
        c.cu(pick(["yes that's it", "yeah spot on", "correct"]))
    else:
        ix = c.cu("hang on it's in my purse ", pick(["", "um "]), "okay ",
                  (speak_groups(g, R, fillers=True), "CARD_NUMBER"),
                  pick([" and that's a debit card", "", " sorry the light's bad in here"]))
        c.value("CARD_NUMBER", n, ix)


def blk_cvv_exp(c):
    m, y = R.randint(1, 12), R.randint(26, 31)
    cvv = dig(R.choice([3, 3, 3, 4]), first_nonzero=False)
    exp = "%02d/%02d" % (m, y)
    if chat_case(c):
        c.ag("Thanks. Expiry date and the security code on the back?")
        e = pick(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%d/%d" % (m, y)])
        ix = c.cu(pick(["exp ", "expires ", ""]), (e, "EXPIRY"), pick([" cvv ", " and code is ", ", cvc: "]), (cvv, "CVV"))
        c.value("EXPIRY", exp, ix[:1]); c.value("CVV", cvv, ix[1:])
        return
    c.ag(pick(["and the expiry date", "what's the expiry on it", "and when does the card expire"]))
    if R.random() < 0.5:
        e = speak_digits("%02d" % m, R, allow_pairs=False) + " " + TENS[2] + " " + UNITS[y - 20] if y < 30 else \
            speak_digits("%02d" % m, R, allow_pairs=False) + " " + ("thirty" if y == 30 else "thirty one")
    else:
        e = MONTHS[m - 1] + " twenty " + (UNITS[y - 20] if y < 30 else ("thirty" if y == 30 else "thirty one"))
        if y >= 30:
            e = MONTHS[m - 1] + " " + ("twenty thirty" if y == 30 else "twenty thirty one")
    ix = c.cu(pick(["it's ", "uh ", "", "expires "]), (e, "EXPIRY"))
    c.value("EXPIRY", exp, ix)
    c.ag(pick(["lovely and the three digit security code on the back", "and the last three digits on the signature strip"]) if len(cvv) == 3
         else "and the four digit code on the front for amex")
    ix = c.cu((speak_digits(cvv, R, allow_pairs=len(cvv) == 4), "CVV"))
    c.value("CVV", cvv, ix)


def blk_ssn(c):
    s = gen_ssn()
    if chat_case(c):
        f = pick(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (s[:3], s[3:5], s[5:])
        c.ag("To verify, please provide your Social Security number.")
        ix = c.cu(pick(["ssn ", "its ", "", "my social is "]), (f, "SSN"), pick(["", " thx", ". Can we hurry, I'm on lunch"]))
        c.value("SSN", s, ix)
        return
    c.ag(pick(["can i get your social security number", "i'll need your social to verify",
               "and the full nine digit social please"]))
    if R.random() < 0.5:
        ix = c.cu(pick(["sure it's ", "yeah ", "okay it is "]),
                  (speak_groups([s[:3], s[3:5], s[5:]], R, fillers=True), "SSN"))
        c.value("SSN", s, ix)
    else:
        i1 = c.cu((speak_digits(s[:3], R), "SSN"))
        c.ag(pick(["okay", "mhm", "go on"]))
        i2 = c.cu((speak_digits(s[3:5], R), "SSN"))
        c.ag("yep")
        i3 = c.cu((speak_digits(s[5:], R), "SSN"), pick(["", " that's it"]))
        c.value("SSN", s, i1 + i2 + i3)


def blk_ni(c):
    n = gen_ni()
    if chat_case(c):
        f = pick(["%s %s %s %s %s", "%s%s%s%s%s", "%s %s%s%s %s"]) % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
        if R.random() < 0.3:
            f = f.lower()
        c.ag("Can you confirm your National Insurance number?")
        ix = c.cu(pick(["NI no. ", "it's ", "", "ni number is "]), (f, "NI_NUMBER"))
        c.value("NI_NUMBER", n, ix)
        return
    c.ag(pick(["and your national insurance number please", "can you read me your n i number",
               "what's your national insurance number"]))
    letters = speak_letters(n[:2], R)
    digits = speak_digits(n[2:8], R)
    suf = speak_letters(n[8], R)
    if R.random() < 0.5:
        ix = c.cu(pick(["yeah it's ", "it's ", "right "]), (letters + " " + digits + " " + suf, "NI_NUMBER"))
        c.value("NI_NUMBER", n, ix)
    else:
        i1 = c.cu((letters, "NI_NUMBER"))
        c.ag(pick(["okay", "mhm", "yep"]))
        i2 = c.cu((digits, "NI_NUMBER"))
        c.ag("and the last letter")
        i3 = c.cu((suf, "NI_NUMBER"))
        c.value("NI_NUMBER", n, i1 + i2 + i3)


def blk_bank(c):
    uk = R.random() < 0.6
    acct = dig(8, False) if uk else dig(R.choice([10, 11, 12]))
    sc = dig(6, False) if uk else None
    if chat_case(c):
        c.ag("Which account should the refund go to?")
        if uk:
            scf = pick(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
            ix = c.cu("sort code ", (scf, "SORT_CODE"), pick([" acc no ", ", account ", " and account number "]), (acct, "BANK_ACCOUNT"))
            c.value("SORT_CODE", sc, ix[:1]); c.value("BANK_ACCOUNT", acct, ix[1:])
        else:
            ix = c.cu("checking acct ", (acct, "BANK_ACCOUNT"), " routing is on the form already")
            c.value("BANK_ACCOUNT", acct, ix)
        return
    if uk:
        c.ag("and the sort code")
        ix = c.cu(pick(["", "it's ", "um "]), (speak_groups([sc[:2], sc[2:4], sc[4:]], R), "SORT_CODE"))
        c.value("SORT_CODE", sc, ix)
    c.ag("and the account number")
    ix = c.cu(pick(["", "right it's ", "okay "]), (speak_digits(acct, R, fillers=True), "BANK_ACCOUNT"))
    c.value("BANK_ACCOUNT", acct, ix)


def blk_iban(c):
    i = gen_iban()
    if chat_case(c) or R.random() < 0.5:
        c.ag("Please send the IBAN for the transfer.")
        f = pick([fmt_iban(i), i, fmt_iban(i).lower()])
        ix = c.cu(pick(["IBAN: ", "here you go ", "its "]), (f, "IBAN"), pick(["", " (my partner's account)", " ta"]))
        c.value("IBAN", i, ix)
        return
    c.ag("can you read me the iban")
    ix = c.cu("okay ", (speak_letters(i[:2], R) + " " + speak_digits(i[2:4], R, allow_pairs=False) + " " +
                        " ".join(speak_letters(ch, R) if ch.isalpha() else speak_digits(ch, R) for ch in i[4:]), "IBAN"))
    c.value("IBAN", i, ix)


def gen_phone():
    k = R.choice(["uk", "uk", "us", "ie", "intl"])
    if k == "uk":
        d = "07" + dig(9, False)
        return d, pick(["%s %s" % (d[:5], d[5:]), d, "%s %s %s" % (d[:5], d[5:8], d[8:])])
    if k == "us":
        d = str(R.randint(2, 9)) + dig(2, False) + str(R.randint(2, 9)) + dig(6, False)
        return d, pick(["(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]), "%s.%s.%s" % (d[:3], d[3:6], d[6:])])
    if k == "ie":
        d = "08" + str(R.choice([3, 5, 6, 7, 9])) + dig(7, False)
        return d, pick(["%s %s %s" % (d[:3], d[3:6], d[6:]), d])
    d = "447" + dig(9, False)
    return d, pick(["+44 %s %s" % (d[2:6], d[6:]), "+%s" % d, "0044 %s %s" % (d[2:5], d[5:])])


def blk_phone(c):
    d, typed = gen_phone()
    if chat_case(c):
        c.ag("What's the best number to reach you on?")
        ix = c.cu(pick(["mobile: ", "call me on ", "", "best is "]), (typed, "PHONE"), pick(["", " after 5pm", " (whatsapp too)"]))
        c.value("PHONE", d, ix)
        return
    c.ag(pick(["and a good contact number", "what's the best number to call you back on"]))
    sp = speak_digits(d, R, fillers=True)
    if d.startswith("44") and R.random() < 0.5:
        sp = "plus " + speak_digits(d, R)
    if R.random() < 0.5:
        half = len(d) // 2
        a, b = speak_digits(d[:half], R), speak_digits(d[half:], R)
        i1 = c.cu("it's ", (a, "PHONE"))
        c.ag(pick(["mhm", "okay", "yeah"]))
        i2 = c.cu((b, "PHONE"))
        c.value("PHONE", d, i1 + i2)
    else:
        ix = c.cu(pick(["my mobile is ", "yeah ", "it's "]), (sp, "PHONE"), pick(["", " that's my mobile", " but i'm at work till six"]))
        c.value("PHONE", d, ix)


def gen_email():
    f, l = pick(FIRST), pick(LAST)
    local = pick(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s_%s%d" % (f, l, R.randint(1, 99)), "%s%d" % (l, R.randint(70, 99))])
    return local + "@" + pick(DOMAINS)


def speak_email(e):
    local, dom = e.split("@")
    def sp(x):
        x = x.replace(".", " dot ").replace("_", " underscore ")
        x = re.sub(r"\d+", lambda m: " " + speak_digits(m.group(0), R, allow_double=False) + " ", x)
        return re.sub(r"\s+", " ", x).strip()
    return sp(local) + " at " + sp(dom)


def blk_email(c):
    e = gen_email()
    if chat_case(c):
        c.ag("And the email for the confirmation?")
        f = e if R.random() < 0.7 else e.upper()
        ix = c.cu(pick(["", "email is ", "use "]), (f, "EMAIL"), pick(["", " please", " not the work one"]))
        c.value("EMAIL", e, ix)
        return
    c.ag(pick(["and your email address", "what email should i send that to"]))
    ix = c.cu(pick(["yeah it's ", "it's ", "okay so it's "]), (speak_email(e), "EMAIL"))
    c.value("EMAIL", e, ix)


def blk_dob(c):
    yy = R.randint(1941, 2004); m = R.randint(1, 12); d = R.randint(1, 28)
    canon = "%04d-%02d-%02d" % (yy, m, d)
    if chat_case(c):
        c.ag("For security, please confirm your date of birth.")
        f = pick(["%02d/%02d/%04d" % (d, m, yy), "%d %s %d" % (d, MONTHS[m - 1].title(), yy),
                  "%02d.%02d.%04d" % (d, m, yy), "%s %d, %d" % (MONTHS[m - 1][:3].title(), d, yy)])
        ix = c.cu(pick(["dob ", "", "born "]), (f, "DOB"))
        c.value("DOB", canon, ix)
        return
    c.ag(pick(["and can you confirm your date of birth", "what's the date of birth on the account"]))
    hi, lo = divmod(yy, 100)
    yr = (TEENS[hi - 10] if hi < 20 else "two thousand") + " " + (
        ("oh " + UNITS[lo]) if lo < 10 and hi == 19 else (UNITS[lo] if lo < 10 else speak_digits("%02d" % lo, R)))
    if hi == 19 and lo >= 10:
        a, b = divmod(lo, 10)
        yr = "nineteen " + (TEENS[b] if a == 1 else TENS[a] + ("" if b == 0 else " " + UNITS[b]))
    f = pick(["the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], yr), "%s %s %s" % (ORD[d - 1], MONTHS[m - 1], yr),
              "%s the %s %s" % (MONTHS[m - 1], ORD[d - 1], yr)])
    ix = c.cu(pick(["yeah it's ", "", "it's "]), (f, "DOB"))
    c.value("DOB", canon, ix)


def blk_address(c):
    num = R.randint(2, 240); st = pick(STREETS)
    us = R.random() < 0.35
    pc = dig(5, False) if us else gen_postcode_uk()
    if chat_case(c):
        c.ag("What's the delivery address?")
        a = "%d %s" % (num, st.title() if R.random() < 0.6 else st)
        town = pick(["Leeds", "Dublin 8", "Austin, TX", "Bristol", "Cork", "Manchester", "Columbus OH"])
        ix = c.cu((a, "ADDRESS"), ", %s " % town, (pc if R.random() < 0.7 else pc.lower(), "POSTCODE"))
        c.value("ADDRESS", "%d %s" % (num, st), ix[:1]); c.value("POSTCODE", pc.replace(" ", ""), ix[1:])
        return
    c.ag(pick(["and the first line of the address", "can you confirm the address we have on file"]))
    ix = c.cu(pick(["it's ", "", "yeah "]), (speak_digits(str(num), R) + " " + st, "ADDRESS"), pick(["", " in the town centre"]))
    c.value("ADDRESS", "%d %s" % (num, st), ix)
    c.ag(pick(["and the zip code", "and the zip"]) if us else pick(["and the postcode", "and the post code please"]))
    if us:
        sp = speak_digits(pc, R)
    else:
        out, inn = pc.split(" ")
        sp = speak_letters(out, R) + " " + speak_letters(inn, R)
    ix = c.cu((sp, "POSTCODE"))
    c.value("POSTCODE", pc.replace(" ", ""), ix)

# ------------------------------- non-PII chit-chat blocks (all numbers unlabelled)


def amt_spoken():
    p = R.randint(12, 480); pen = R.choice([0, 50, 99, 20, 45])
    if pen:
        return "%s pounds %s" % (spoken_num(p), spoken_num(pen))
    return "%s %s" % (spoken_num(p), pick(["pounds", "dollars", "euro"]))


def spoken_num(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        a, b = divmod(n, 10)
        return TENS[a] + ("" if b == 0 else " " + UNITS[b])
    h, r = divmod(n, 100)
    return UNITS[h] + " hundred" + ("" if r == 0 else " and " + spoken_num(r))


def nb_bill(c):
    if chat_case(c):
        c.cu(pick(["My bill jumped from £%d.%02d to £%d.%02d this month??" % (R.randint(20, 60), R.randint(0, 99), R.randint(70, 190), R.randint(0, 99)),
                   "I was charged $%d.%02d twice on the %dth" % (R.randint(20, 300), R.randint(0, 99), R.randint(4, 28)),
                   "Invoice INV-%d says €%d but I agreed %d a month" % (R.randint(100000, 9999999), R.randint(50, 200), R.randint(20, 49))]))
        c.ag(pick(["I'm sorry about that, let me have a look.", "I can see that, one moment please."]))
    else:
        c.cu(pick(["yeah i got a bill for %s and normally it's about %s" % (amt_spoken(), amt_spoken()),
                   "the direct debit went out on the %s and it was %s which is way more than usual" % (ORD[R.randint(0, 27)], amt_spoken()),
                   "i've been on hold for %s minutes already" % spoken_num(R.randint(12, 55))]))
        c.ag(pick(["oh i'm sorry about that let me take a look", "okay i can see that here bear with me"]))


def nb_ref(c):
    ref = dig(R.randint(6, 10))
    if chat_case(c):
        c.cu(pick(["Order #%s still hasn't arrived, it's been %d days" % (ref, R.randint(4, 19)),
                   "ticket ref %s from last week, nobody came back to me" % ref,
                   "Claim number %s - the engineer was meant to come %d Dec between 8-12" % (ref, R.randint(1, 28))]))
        c.ag("Thanks, I've got that reference up now.")
    else:
        c.cu(pick(["i've got a reference number it's %s" % speak_digits(ref, R),
                   "the order number is %s" % speak_digits(ref, R),
                   "my claim number is %s" % speak_digits(ref, R)]))
        c.ag(pick(["lovely i've got that up", "perfect thank you that's come up"]))


def nb_time(c):
    if chat_case(c):
        c.ag(pick(["An engineer can come on %d %s between 8am and 1pm." % (R.randint(1, 28), MONTHS[R.randint(0, 11)].title()),
                   "The refund of £%d.%02d will show in 3-5 working days." % (R.randint(5, 400), R.randint(0, 99)),
                   "Your new plan is %dGB for £%d/month on a %d month contract." % (R.choice([30, 50, 100]), R.randint(10, 45), R.choice([12, 18, 24]))]))
        c.cu(pick(["ok that works", "fine, thanks", "can it be earlier? I'm out after 2"]))
    else:
        c.ag(pick(["so i can get an engineer out on the %s of %s between eight and one" % (ORD[R.randint(0, 27)], MONTHS[R.randint(0, 11)]),
                   "the refund is %s and it'll take three to five working days" % amt_spoken(),
                   "your flight %s %s is now leaving at %s %s" % (pick(["e i", "b a", "f r"]), spoken_num(R.randint(100, 999)), spoken_num(R.randint(1, 12)), spoken_num(R.randint(10, 55))),
                   "the meter reading we have is %s" % " ".join(UNITS[int(x)] for x in dig(5))]))
        c.cu(pick(["okay that's fine", "right okay", "can you do any earlier than that", "great thanks"]))


def opening(c, industry):
    if chat_case(c):
        c.ag(pick(["Hi, you're chatting with %s. How can I help today?" % pick(["Amy", "Josh", "Leah", "Tariq"]),
                   "Hello! Thanks for contacting us. What can I do for you?"]))
        c.cu(pick(["hi i need help with my account", "Hello, problem with my %s" % pick(["bill", "order", "booking", "policy", "card"]), "hey"]))
    else:
        c.ag(pick(["good morning you're through to %s my name's %s how can i help" % (industry, pick(["gemma", "paul", "shauna", "mike"])),
                   "hi thanks for calling %s support this is %s" % (industry, pick(["ryan", "kate", "deepa"]))]))
        c.cu(pick(["hi yeah um i'm ringing about my %s" % pick(["bill", "account", "payment", "booking", "claim"]),
                   "hello yeah i've got a bit of a problem"]))


def closing(c):
    if chat_case(c):
        c.ag(pick(["Is there anything else I can help with?", "All sorted. Anything else today?"]))
        c.cu(pick(["no thats all thanks", "No, thank you!", "nope cheers"]))
    else:
        c.ag(pick(["is there anything else i can help with today", "okay that's all done for you"]))
        c.cu(pick(["no that's everything thanks", "no that's great thank you bye", "brilliant thanks bye"]))


INDUSTRIES = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
              "government services"]
PII_BLOCKS = {"CARD_NUMBER": blk_card, "CVV/EXPIRY": blk_cvv_exp, "SSN": blk_ssn, "NI_NUMBER": blk_ni,
              "BANK": blk_bank, "IBAN": blk_iban, "PHONE": blk_phone, "EMAIL": blk_email, "DOB": blk_dob,
              "ADDRESS": blk_address}
NB = [nb_bill, nb_ref, nb_time]


def build_positive(k):
    channel = "call" if k % 5 not in (1, 3) else "chat"
    ind = INDUSTRIES[k % len(INDUSTRIES)]
    c = Case(channel, ind, "")
    # mandatory focus block rotates; plus 1-2 extra
    focus_order = ["CARD_NUMBER", "SSN", "NI_NUMBER", "CARD_NUMBER", "DOB", "PHONE", "EMAIL", "BANK",
                   "IBAN", "ADDRESS", "CVV/EXPIRY", "SSN", "NI_NUMBER"]
    focus = focus_order[k % len(focus_order)]
    extras = R.sample(sorted(PII_BLOCKS), R.randint(1, 2))
    names = [focus] + [e for e in extras if e != focus]
    if "CARD_NUMBER" in names and "CVV/EXPIRY" not in names and R.random() < 0.6:
        names.insert(names.index("CARD_NUMBER") + 1, "CVV/EXPIRY")
    opening(c, ind)
    NB[k % 3](c)
    for j, nm in enumerate(names):
        PII_BLOCKS[nm](c)
        if R.random() < 0.6:
            pick(NB)(c)
    while len(c.turns) < 6:
        pick(NB)(c)
    closing(c)
    c.note = "%s/%s: whole %s with %s amid non-PII numbers" % (channel, ind, channel, ", ".join(n.lower() for n in names))
    return c


def build_negative(k):
    channel = "call" if k % 2 == 0 else "chat"
    ind = INDUSTRIES[k % len(INDUSTRIES)]
    c = Case(channel, ind, "")
    opening(c, ind)
    blocks = [NB[k % 3]] + [pick(NB) for _ in range(R.randint(2, 4))]
    for b in blocks:
        b(c)
    # extra lookalike turn
    if chat_case(c):
        c.cu(pick(["I'm %d, been a customer since %d" % (R.randint(22, 88), R.randint(1995, 2023)),
                   "room %d, checking out at 11:30" % R.randint(100, 950),
                   "model number KX-%d, bought it for £%d.99" % (R.randint(1000, 9999), R.randint(50, 900)),
                   "balance says -£%d.%02d, that's about %d%% more" % (R.randint(10, 900), R.randint(0, 99), R.randint(5, 60))]))
    else:
        c.cu(pick(["i'm %s now and i've been with you since %s" % (spoken_num(R.randint(22, 88)), "twenty " + spoken_num(R.randint(10, 23))),
                   "it's about %s degrees in the house the heating's broken" % spoken_num(R.randint(9, 16)),
                   "the speed test says %s megabits instead of %s" % (spoken_num(R.randint(2, 30)), spoken_num(R.randint(60, 500))),
                   "the balance is %s and my contract started in march twenty %s" % (amt_spoken(), spoken_num(R.randint(19, 25)))]))
    c.ag(pick(["understood", "okay i've noted that", "thanks for explaining"]))
    while len(c.turns) < 6:
        pick(NB)(c)
    closing(c)
    c.note = "%s/%s: negative whole %s with amounts, dates, refs, times, no PII" % (channel, ind, channel)
    return c


N_POS, N_NEG = 190, 110


def generate():
    R.seed(SEED)
    cases, metas = [], []
    for k in range(N_POS):
        c = build_positive(k)
        cases.append({"id": "h286-pos-%03d" % (k + 1), "kind": "positive", "turns": c.turns,
                      "spans": c.spans, "note": c.note})
        metas.append(c.meta)
    for k in range(N_NEG):
        c = build_negative(k)
        cases.append({"id": "h286-neg-%03d" % (k + 1), "kind": "negative", "turns": c.turns,
                      "spans": [], "note": c.note})
        metas.append(c.meta)
    text = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in cases)
    return cases, metas, text

# ---------------------------------------------------------------- validation


def validate_value(typ, canon, span_norm):
    probs = []
    if typ == "CARD_NUMBER":
        if not (canon.isdigit() and 13 <= len(canon) <= 19 and luhn_ok(canon)):
            probs.append("bad card")
        if span_norm != canon:
            probs.append("card text %s != %s" % (span_norm, canon))
    elif typ == "CVV":
        if not (canon.isdigit() and len(canon) in (3, 4)) or span_norm != canon:
            probs.append("bad cvv")
    elif typ == "EXPIRY":
        m = re.match(r"^(\d\d)/(\d\d)$", canon)
        if not m or not 1 <= int(m.group(1)) <= 12:
            probs.append("bad expiry")
    elif typ == "SSN":
        if not (canon.isdigit() and len(canon) == 9) or span_norm != canon:
            probs.append("bad ssn %s %s" % (canon, span_norm))
    elif typ == "NI_NUMBER":
        if not re.match(r"^[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]$", canon) or span_norm != canon:
            probs.append("bad ni %s %s" % (canon, span_norm))
    elif typ == "SORT_CODE":
        if not (canon.isdigit() and len(canon) == 6) or span_norm != canon:
            probs.append("bad sort code")
    elif typ == "BANK_ACCOUNT":
        if not (canon.isdigit() and 8 <= len(canon) <= 12) or span_norm != canon:
            probs.append("bad account %s %s" % (canon, span_norm))
    elif typ == "IBAN":
        if not iban_ok(canon) or span_norm != canon:
            probs.append("bad iban %s %s" % (canon, span_norm))
    elif typ == "PHONE":
        if not (canon.isdigit() and 10 <= len(canon) <= 13) or span_norm.lstrip("0") != canon.lstrip("0"):
            probs.append("bad phone %s %s" % (canon, span_norm))
    elif typ == "EMAIL":
        if not re.match(r"^[a-z0-9._]+@[a-z0-9.]+\.[a-z]{2,}$", canon):
            probs.append("bad email")
    elif typ == "DOB":
        y = int(canon[:4])
        if not 1930 <= y <= 2008:
            probs.append("bad dob")
    elif typ == "POSTCODE":
        if not (re.match(r"^\d{5}$", canon) or UK_PC_RE.match(canon)) or span_norm != canon:
            probs.append("bad postcode %s %s" % (canon, span_norm))
    elif typ == "ADDRESS":
        if not re.match(r"^\d+ [a-z ]+$", canon) or not span_norm[:1].isdigit():
            probs.append("bad address")
    return probs


def email_norm(t):
    t = t.lower()
    if "@" in t:
        return t
    out, run = [], []
    for w in t.split() + ["<end>"]:
        if w in WORDVAL or w in TEENVAL or w in TENVAL or w in ("double", "triple"):
            run.append(w)
            continue
        if run:
            out.append(normalise(" ".join(run)))
            run = []
        out.append({"at": "@", "dot": ".", "underscore": "_", "<end>": ""}.get(w, w))
    return "".join(out)


def _unused(t):
    t = re.sub(r"\s+at\s+", "@", t)
    t = re.sub(r"\s*\bdot\b\s*", ".", t)
    t = re.sub(r"\s*\bunderscore\b\s*", "_", t)
    t = re.sub(r"[a-z]+(?: [a-z]+)*", lambda m: m.group(0), t)
    parts = t.split()
    res = []
    for p in parts:
        res.append(normalise(p) if p in WORDVAL or p in TEENVAL or p in TENVAL else p)
    return "".join(res)


def check(file_text):
    problems = []
    cases, metas, text = generate()
    if file_text != text:
        problems.append("fixture differs from regenerated output")
    ids = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for case, meta in zip(cases, metas):
        cid = case["id"]
        if cid in ids:
            problems.append("duplicate id " + cid)
        ids.add(cid)
        if case["kind"] == "negative":
            nneg += 1
            if case["spans"]:
                problems.append(cid + " negative with spans")
            continue
        npos += 1
        if not case["spans"]:
            problems.append(cid + " positive without spans")
        by_turn = {}
        for sp in case["spans"]:
            if sp["type"] not in TYPES:
                problems.append(cid + " bad type")
            counts[sp["type"]] += 1
            txt = case["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(txt)):
                problems.append(cid + " offset out of range")
                continue
            if (s > 0 and txt[s - 1].isalnum()) or (e < len(txt) and txt[e].isalnum()):
                problems.append("%s span not on word boundary %r" % (cid, txt[s:e]))
            if not (txt[s].isalnum() or txt[s] in "+(") or not txt[e - 1].isalnum():
                problems.append("%s span edge not alnum %r" % (cid, txt[s:e]))
            by_turn.setdefault(sp["turn"], []).append((s, e))
        for t, lst in by_turn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    problems.append(cid + " overlapping spans")
        for idxs, typ, canon in meta:
            texts = [case["turns"][case["spans"][i]["turn"]]["text"][case["spans"][i]["start"]:case["spans"][i]["end"]]
                     for i in idxs]
            if any(case["spans"][i]["type"] != typ for i in idxs):
                problems.append(cid + " meta type mismatch")
            if typ == "EMAIL":
                n = "".join(email_norm(x) for x in texts)
                if n != canon:
                    problems.append("%s email %s != %s" % (cid, n, canon))
                n = canon
            else:
                n = "".join(normalise(x) for x in texts)
                if typ == "POSTCODE":
                    n = n.upper()
            for p in validate_value(typ, canon, n):
                problems.append("%s %s" % (cid, p))
    return problems, counts, npos, nneg


def readme(counts, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# PII hold-out set h286

Written by an AI helper acting as an **independent author** that did not see the
redaction code, its tests, docs or other fixtures (only a 3-line format example).
Generated by `scripts/make_pii_holdout286.py` from template functions: every turn is
assembled from plain-text segments and (value, TYPE) segments so offsets are computed,
never typed. All values come from one `random.Random(%d)`; output is byte-for-byte
reproducible. `python scripts/make_pii_holdout286.py --check` regenerates, compares and
validates (Luhn, mod-97, NI format, digit counts, postcode shapes after normalising
spoken forms, word-boundary offsets, non-overlap, unique ids).

**Never use this set for tuning.** It is a held-out evaluation set.

Emphasis: longer whole calls (ASR style: lower case, numbers as words, "oh"/"o"/"nought",
"double"/"triple", pairs like "forty one", letters like "b for bravo", values split over
several customer turns with agent back-channels, agent read-backs, fillers inside readings)
and chats (typed, varied separators and case), 8-20 turns, across banking, telecom,
utilities, retail, insurance, travel, healthcare billing and government services, US/UK/IE/EU.

## Annotation conventions
- A span covers exactly the value: from its first to its last letter/digit word, including
  spoken filler words ("um", "sorry") that occur *inside* a reading; lead-ins such as
  "it's", "my number is" and trailing chit-chat are outside.
- A value split across turns gets one span per turn fragment (same type).
- Agent read-backs of a value are labelled too.
- Card expiry and CVV are separate spans; sort code and account number are separate spans.
- An address span is house number + street (town is not included); the postcode/ZIP is its
  own POSTCODE span.
- E-mails spoken as "x dot y at gmail dot com" are labelled from the first to the last word.
- DOB spans cover the whole date phrase ("the fourth of may nineteen eighty two").
- Non-PII numbers (amounts, dates of appointments/payments, order/claim/ticket references,
  times, flight numbers, meter readings, ages, speeds, temperatures, balances) are never
  labelled; negatives contain only such numbers.

## Counts
Positive cases: %d. Negative cases: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def main():
    if "--check" in sys.argv:
        if not CASES.exists():
            print("missing", CASES); sys.exit(1)
        problems, counts, npos, nneg = check(CASES.read_text(encoding="utf-8"))
        if README.read_text(encoding="utf-8") != readme(counts, npos, nneg):
            problems.append("README differs from regenerated output")
        for t in TYPES:
            need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
            if counts[t] < need:
                problems.append("too few %s spans: %d < %d" % (t, counts[t], need))
        if npos < 170 or nneg < 100:
            problems.append("too few cases")
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        for p in problems[:50]:
            print("PROBLEM:", p)
        print("problems: %d" % len(problems))
        sys.exit(1 if problems else 0)
    cases, metas, text = generate()
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    _, counts, npos, nneg = check(text)
    README.write_text(readme(counts, npos, nneg), encoding="utf-8")
    print("wrote %d cases to %s" % (len(cases), CASES))


if __name__ == "__main__":
    main()
