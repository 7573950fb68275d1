"""Held-out PII redaction eval set h272 (independent author). Stdlib only.
Usage: python scripts/make_pii_holdout272.py [--check]"""
import json, os, random, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout272")
OUT = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")
SEED = 272241124
U = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8, "ninety": 9}
TENW = {v: k for k, v in TENS.items()}
NATO = {"alpha": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E", "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "oscar": "O",
        "juliet": "J", "kilo": "K", "lima": "L", "mike": "M", "november": "N", "papa": "P", "quebec": "Q", "romeo": "R",
        "sierra": "S", "tango": "T", "uniform": "U", "victor": "V", "whiskey": "W", "xray": "X", "yankee": "Y", "zulu": "Z"}
LNATO = {v: k for k, v in NATO.items()}
MONTHS = "january february march april may june july august september october november december".split()
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
       "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
       "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
ORDW = {v: k for k, v in ORD.items()}
FILLER = {"um", "uh", "er", "erm", "and", "of", "the", "sorry", "then", "is", "that's", "like"}


# ---------------- spoken forms ----------------
def zw(rng):
    return rng.choice(["oh", "oh", "zero", "o", "nought"])

def sdig(rng, s, zero=None, runs=True):
    zero = zero or zw(rng)
    out, i = [], 0
    while i < len(s):
        d = s[i]
        w = zero if d == "0" else U[int(d)]
        if runs and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and rng.random() < 0.5:
            out.append("triple " + w); i += 3
        elif runs and i + 1 < len(s) and s[i + 1] == d and rng.random() < 0.6:
            out.append("double " + w); i += 2
        else:
            out.append(w); i += 1
    return " ".join(out)

def spair(p, zero="oh"):
    n = int(p)
    if p[0] == "0":
        return zero + " " + (zero if p[1] == "0" else U[n])
    if n < 20:
        return TEENS[n - 10]
    return TENW[n // 10] + ("" if n % 10 == 0 else " " + U[n % 10])

def smixed(rng, s, zero=None):
    zero = zero or zw(rng)
    out, i = [], 0
    while i < len(s):
        if i + 1 < len(s) and s[i] != "0" and s[i + 1] != "0" and rng.random() < 0.5:
            out.append(spair(s[i:i + 2], zero)); i += 2
        else:
            out.append(zero if s[i] == "0" else U[int(s[i])]); i += 1
    return " ".join(out)

def syear(rng, y):
    if y >= 2000:
        r = y - 2000
        return rng.choice(["two thousand and ", "two thousand "]) + (spair("%02d" % r) if r >= 10 else U[r]) if r else "two thousand"
    return spair(str(y)[:2]) + " " + spair(str(y)[2:])

def sord(d):
    if d in ORDW:
        return ORDW[d]
    return TENW[d // 10] + " " + ORDW[d % 10]

def sletters(rng, s):
    out = []
    for c in s:
        if c.isdigit():
            out.append(U[int(c)] if c != "0" else "zero")
        else:
            r = rng.random()
            out.append(c.lower() if r < 0.5 and c != "O" else (c.lower() + " for " + LNATO[c] if r < 0.8 else LNATO[c]))
    return " ".join(out)

# ---------------- normaliser (for --check) ----------------
def norm(text, months=False):
    toks = re.findall(r"[A-Za-z0-9']+|[^\sA-Za-z\d]", text.lower())
    chunks, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in ("double", "triple") and nxt:
            rep = 2 if t == "double" else 3
            v = norm(nxt); chunks.append(v * rep); i += 2; continue
        if len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(toks):
            chunks.append(t.upper()); i += 3; continue
        if months and t in MONTHS:
            chunks.append(t)
        elif t in ("oh", "o", "zero", "nought"):
            chunks.append("0")
        elif t in U:
            chunks.append(str(U.index(t)))
        elif t in TEENS:
            chunks.append(str(10 + TEENS.index(t)))
        elif t in TENS:
            if nxt in U[1:]:
                chunks.append(str(TENS[t] * 10 + U.index(nxt))); i += 1
            elif nxt in ORD and ORD[nxt] < 10:
                chunks.append(str(TENS[t] * 10 + ORD[nxt])); i += 1
            else:
                chunks.append(str(TENS[t] * 10))
        elif t in ORD:
            chunks.append(str(ORD[t]))
        elif t == "thousand":
            base = int(chunks.pop()) * 1000
            j = i + 1
            if j < len(toks) and toks[j] == "and":
                j += 1
            rest = 0
            if j < len(toks) and (toks[j] in TENS or toks[j] in TEENS or toks[j] in U):
                rest = int(norm(" ".join(toks[j:j + 2])) if toks[j] in TENS and j + 1 < len(toks) and toks[j + 1] in U else norm(toks[j]))
                j += 2 if toks[j] in TENS and j + 1 < len(toks) and toks[j + 1] in U else 1
            chunks.append(str(base + rest)); i = j; continue
        elif t == "hundred":
            base = int(chunks.pop()) * 100
            j = i + 1
            if j < len(toks) and toks[j] == "and":
                j += 1
            rest = 0
            if j < len(toks) and (toks[j] in TENS or toks[j] in TEENS or toks[j] in U[1:]):
                two = toks[j] in TENS and j + 1 < len(toks) and toks[j + 1] in U[1:]
                rest = int(norm(" ".join(toks[j:j + 2]) if two else toks[j])); j += 2 if two else 1
            chunks.append(str(base + rest)); i = j; continue
        elif nxt in ("for",) and len(t) == 1 and i + 2 < len(toks):
            chunks.append(t.upper()); i += 3; continue
        elif len(t) == 1 and t.isalpha() and nxt == "as" and i + 3 < len(toks):
            chunks.append(t.upper()); i += 4; continue
        elif t in NATO:
            chunks.append(NATO[t])
        elif t == "dot":
            chunks.append(".")
        elif t == "at":
            chunks.append("@")
        elif t == "underscore":
            chunks.append("_")
        elif t == "plus":
            chunks.append("+")
        elif t in FILLER:
            pass
        elif len(t) == 1 and t.isalpha():
            chunks.append(t.upper())
        else:
            chunks.append(t)
        i += 1
    return "".join(chunks)

def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9: n -= 9
        s += n
    return s % 10 == 0

def iban_ok(s):
    s = re.sub(r"[^A-Z0-9]", "", s.upper())
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def validate(typ, raw):
    n = norm(raw, typ in ("DOB", "EXPIRY")); d = re.sub(r"\D", "", n); a = re.sub(r"[^A-Za-z0-9]", "", n).upper()
    if typ == "CARD_NUMBER": return 13 <= len(d) <= 19 and luhn_ok(d) and len(d) == len(a)
    if typ == "CVV": return len(d) in (3, 4) and len(a) == len(d)
    if typ == "EXPIRY":
        m = [x for x in MONTHS if x in n.lower()]
        if m: return len(d) in (2, 4)
        return len(d) in (4, 6) and 1 <= int(d[:2]) <= 12
    if typ == "SSN": return len(d) == 9 and len(a) == 9
    if typ == "NI_NUMBER": return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", a))
    if typ == "BANK_ACCOUNT": return 6 <= len(d) <= 12 and len(a) == len(d)
    if typ == "SORT_CODE": return len(d) == 6 and len(a) == 6
    if typ == "IBAN": return iban_ok(a)
    if typ == "PHONE": return 10 <= len(d) <= 13 and len(a) == len(d)
    if typ == "EMAIL": return bool(re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", n.lower()))
    if typ == "DOB":
        m = [x for x in MONTHS if x in n.lower()]
        return (bool(m) and len(d) >= 3) or len(d) in (6, 8)
    if typ == "POSTCODE":
        return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", a) or re.fullmatch(r"\d{5}(\d{4})?", a))
    if typ == "ADDRESS":
        return bool(re.match(r"\d", n)) and bool(re.search(r"(street|road|avenue|lane|drive|close|way|court|terrace|place|crescent|boulevard|grove)$", n.lower()))
    return False

# ---------------- value generators ----------------
def card(rng, pref=None, ln=16):
    p = pref or rng.choice(["4", "4", "51", "52", "55", "2221", "6011"])
    if p in ("34", "37"): ln = 15
    body = p + "".join(str(rng.randrange(10)) for _ in range(ln - len(p) - 1))
    for c in "0123456789":
        if luhn_ok(body + c): return body + c

def amex(rng): return card(rng, rng.choice(["34", "37"]), 15)

def ssn(rng):
    a = rng.choice([x for x in range(1, 900) if x != 666])
    return "%03d%02d%04d" % (a, rng.randrange(1, 100), rng.randrange(1, 10000))

def ni(rng):
    L1 = "ABCEGHJKLMNPRSTWXYZ"; L2 = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(L1) + rng.choice(L2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"): break
    return p + "".join(str(rng.randrange(10)) for _ in range(6)) + rng.choice("ABCD")

def digits(rng, n, first="123456789"):
    return rng.choice(first) + "".join(str(rng.randrange(10)) for _ in range(n - 1))

def iban(rng):
    cc, bb = rng.choice([("GB", "NWBK{6}{8}"), ("IE", "AIBK{6}{8}"), ("DE", "{18}"), ("NL", "RABO{10}"), ("FR", "{23}"), ("ES", "{20}")])
    def fill(m): return "".join(str(rng.randrange(10)) for _ in range(int(m.group(1))))
    bban = re.sub(r"\{(\d+)\}", fill, bb)
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    return cc + "%02d" % chk + bban

def uk_mobile(rng): return "07" + digits(rng, 9, "3456789")
def us_phone(rng): return rng.choice(["212", "415", "312", "617", "646", "305", "713", "206"]) + digits(rng, 7, "23456789")
def ie_phone(rng): return "08" + rng.choice("35679") + digits(rng, 7)

def fmt_uk_mobile(rng, p):
    return rng.choice([p[:5] + " " + p[5:], p, "+44 " + p[1:5] + " " + p[5:], "+44" + p[1:], p[:5] + "-" + p[5:8] + "-" + p[8:]])
def fmt_us(rng, p):
    return rng.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]), "%s.%s.%s" % (p[:3], p[3:6], p[6:]), "+1 %s %s %s" % (p[:3], p[3:6], p[6:]), p])
def fmt_card(rng, c):
    if len(c) == 15:
        return rng.choice([c[:4] + " " + c[4:10] + " " + c[10:], c])
    sep = rng.choice([" ", " ", "-", "", "  "])
    return sep.join(c[i:i + 4] for i in range(0, len(c), 4))

FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "fatima", "chen", "greta", "daniel", "niamh", "kwame", "lucy", "raj", "emma", "pieter"]
LAST = ["walsh", "patel", "nguyen", "murphy", "schmidt", "brown", "kowalski", "ahmed", "byrne", "jensen", "lewis", "garcia", "evans", "kelly"]
DOMS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "btinternet.com", "eircom.net", "proton.me"]
STREETS = ["elm", "church", "station", "mill", "park", "victoria", "high", "maple", "king", "oak", "meadow", "chestnut", "willow", "queens"]
STYPES = ["road", "street", "avenue", "lane", "close", "drive", "way", "crescent", "grove", "terrace", "court", "place"]
UKPC = ["LS6 2AB", "M14 5RT", "SW1A 1AA", "B15 2TT", "EH3 9QP", "CF10 3AT", "BS8 1TH", "NE1 4LP", "G12 8QQ", "L18 9SD", "N16 7HU", "OX4 1DB", "CB2 3QZ", "BT9 6AZ"]

def email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice([f + "." + l, f[0] + l, f + l + str(rng.randrange(10, 99)), f + "_" + l, l + "." + f[0]])
    return local + "@" + rng.choice(DOMS)

def speak_email(rng, e):
    local, dom = e.split("@")
    def sp(part):
        out = []
        for bit in re.findall(r"[a-z]+|\d+|[._]", part):
            if bit == ".": out.append("dot")
            elif bit == "_": out.append("underscore")
            elif bit.isdigit(): out.append(spair(bit) if len(bit) == 2 else sdig(rng, bit))
            elif len(bit) == 1: out.append(bit)
            else: out.append(bit)
        return " ".join(out)
    return sp(local) + " at " + sp(dom)

def speak_pc(rng, pc):
    out = []
    for c in pc.replace(" ", ""):
        if c.isdigit(): out.append(U[int(c)] if c != "0" else "zero")
        else:
            r = rng.random(); out.append(c.lower() if r < 0.6 and c != "O" else c.lower() + " for " + LNATO.get(c, "oscar"))
    return " ".join(out)

# ---------------- templates ----------------
IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing", "government services"]
ACK = ["mhm", "okay go on", "yep", "uh huh", "right", "okay", "got it"]

def S(v, t, g=None): return (v, t, g)

def p_card_chat(rng):
    c = rng.choice([card(rng), card(rng), amex(rng)])
    ex = "%02d/%02d" % (rng.randrange(1, 13), rng.randrange(26, 31)); cv = digits(rng, 4 if len(c) == 15 else 3, "0123456789")
    order = digits(rng, 8)
    return [("agent", ["Can you type the card you'd like to use for order " + order + "?"]),
            ("customer", ["sure its ", S(fmt_card(rng, c), "CARD_NUMBER"), " exp ", S(ex, "EXPIRY"), " cvv ", S(cv, "CVV"), " and the total was \u00a3", str(rng.randrange(20, 400)), ".99 right?"])], "chat/retail: card+expiry+cvv typed in one line next to order number and price"

def p_card_split(rng):
    c = card(rng); z = zw(rng)
    parts = [c[i:i + 4] for i in range(0, 16, 4)]
    turns = [("agent", ["okay when you're ready the long number on the card"])]
    for k, p in enumerate(parts):
        lead = rng.choice(["", "yeah it's ", "um ", "", "right "]) if k == 0 else rng.choice(["", "", "um "])
        turns.append(("customer", [lead, S(sdig(rng, p, z) if rng.random() < 0.6 else smixed(rng, p, z), "CARD_NUMBER", "c")]))
        if k < 3: turns.append(("agent", [rng.choice(ACK)]))
    turns.append(("agent", ["and the expiry"]))
    m, y = rng.randrange(1, 13), rng.randrange(26, 30)
    turns.append(("customer", [S(rng.choice([spair("%02d" % m, z) + " " + spair("%02d" % y), MONTHS[m - 1] + " twenty " + U[y - 20]]), "EXPIRY"), " i think yeah"]))
    turns.append(("agent", ["and the three digits on the back please"]))
    turns.append(("customer", [S(sdig(rng, digits(rng, 3, "0123456789"), z, runs=False), "CVV")]))
    return turns, "call/%s: card read in groups over four turns with back-channels, spoken expiry and cvv" % rng.choice(IND)

def p_card_readback(rng):
    c = card(rng); z = zw(rng)
    return [("customer", ["it's ", S(smixed(rng, c, z), "CARD_NUMBER"), " that's the visa"]),
            ("agent", ["let me just read that back ", S(sdig(rng, c, z), "CARD_NUMBER"), " is that right"]),
            ("customer", ["yes and i'm paying the ", spair(str(rng.randrange(21, 99))), " pounds today"])], "call/utilities: card with pairs and agent read-back, amount spoken nearby"

def p_ssn(rng):
    s = ssn(rng)
    if rng.random() < 0.5:
        f = rng.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s, s[:3] + " " + s[3:5] + " " + s[5:]])
        return [("agent", ["To verify, I'll need your Social Security number and the claim number."]),
                ("customer", ["claim # is ", digits(rng, 9), " and SSN ", S(f, "SSN"), " thanks"])], "chat/insurance US: SSN typed next to 9-digit claim number"
    z = zw(rng)
    if rng.random() < 0.5:
        return [("agent", ["can i get your social please"]),
                ("customer", [S(sdig(rng, s[:3], z), "SSN", "s")]), ("agent", [rng.choice(ACK)]),
                ("customer", [S(spair(s[3:5], z) if s[3] != "0" else sdig(rng, s[3:5], z), "SSN", "s")]), ("agent", [rng.choice(ACK)]),
                ("customer", [S(smixed(rng, s[5:], z), "SSN", "s"), " and that's it"])], "call/government services US: SSN split 3-2-4 across turns"
    return [("agent", ["and the last thing is your social security number"]),
            ("customer", ["sure it's ", S(sdig(rng, s[:5], z) + " um " + sdig(rng, s[5:], z), "SSN"), " and i've been with you since ", syear(rng, rng.randrange(1995, 2020))])], "call/banking US: SSN with filler inside, year nearby"

def fmt_ni(rng, n):
    return rng.choice([n, n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8], n.lower(), n[:2] + n[2:8] + " " + n[8], n[:2] + "-" + n[2:4] + "-" + n[4:6] + "-" + n[6:8] + "-" + n[8]])

def p_ni(rng):
    n = ni(rng)
    if rng.random() < 0.4:
        return [("agent", ["What's your National Insurance number please?"]),
                ("customer", ["its ", S(fmt_ni(rng, n), "NI_NUMBER"), " - I'm ringing about the ", str(rng.randrange(150, 900)), " pound overpayment"])], "chat/government services UK: NI number typed, money amount nearby"
    z = zw(rng)
    if rng.random() < 0.5:
        return [("agent", ["and your national insurance number"]),
                ("customer", [S(sletters(rng, n[:2]) + " " + smixed(rng, n[2:8], z) + " " + sletters(rng, n[8]), "NI_NUMBER")]),
                ("agent", ["thank you"])], "call/government services UK: NI number spoken with phonetic letters"
    return [("agent", ["can you give me your ni number"]),
            ("customer", ["yeah ", S(sletters(rng, n[:2]) + " " + sdig(rng, n[2:5], z), "NI_NUMBER", "n")]), ("agent", [rng.choice(ACK)]),
            ("customer", [S(sdig(rng, n[5:8], z) + " " + sletters(rng, n[8]), "NI_NUMBER", "n")])], "call/insurance UK: NI number split over two turns"

def p_bank(rng):
    acc, sc = digits(rng, 8, "0123456789"), digits(rng, 6, "1234567")
    if rng.random() < 0.5:
        scf = rng.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
        return [("customer", ["For the refund of \u00a3", str(rng.randrange(10, 99)), ".50: sort code ", S(scf, "SORT_CODE"), ", account no. ", S(acc, "BANK_ACCOUNT")])], "chat/retail UK: sort code and account typed beside refund amount"
    z = zw(rng)
    return [("agent", ["what's the sort code"]), ("customer", [S(" ".join(spair(sc[i:i + 2], z) for i in range(0, 6, 2)), "SORT_CODE")]),
            ("agent", ["and the account number"]), ("customer", ["it's ", S(sdig(rng, acc, z), "BANK_ACCOUNT"), " the direct debit goes out on the ", sord(rng.randrange(1, 29))])], "call/utilities UK: sort code in pairs, account digits, payment day nearby"

def p_us_acct(rng):
    acc = digits(rng, rng.choice([10, 11, 12]))
    return [("agent", ["which checking account should the payment come from"]),
            ("customer", ["account number ", S(sdig(rng, acc) if rng.random() < 0.5 else acc, "BANK_ACCOUNT"), " for the ", str(rng.randrange(100, 999)), " dollar payment"])], "mixed/banking US: long account number beside amount"

def p_iban(rng):
    ib = iban(rng)
    if rng.random() < 0.6:
        f = rng.choice([ib, " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib.lower()])
        return [("agent", ["Please send the IBAN for the refund of EUR ", str(rng.randrange(30, 500)), "."]),
                ("customer", ["IBAN: ", S(f, "IBAN"), " (ref ", digits(rng, 7), ")"])], "chat/travel EU: IBAN typed next to a reference number"
    return [("agent", ["go ahead with the iban"]),
            ("customer", [S(sletters(rng, ib), "IBAN"), " that's it"])], "call/banking EU: IBAN spelled character by character"

def p_phone(rng):
    k = rng.randrange(3)
    if k == 0:
        p = uk_mobile(rng); f = fmt_uk_mobile(rng, p); typ = "UK"
    elif k == 1:
        p = us_phone(rng); f = fmt_us(rng, p); typ = "US"
    else:
        p = ie_phone(rng); f = rng.choice([p, p[:3] + " " + p[3:6] + " " + p[6:], "+353 " + p[1:3] + " " + p[3:]]); typ = "IE"
    if rng.random() < 0.45:
        return [("agent", ["Best number to reach you? We're open 8am-8pm."]),
                ("customer", ["call me on ", S(f, "PHONE"), " after 6"])], "chat/telecom %s: phone typed next to opening hours" % typ
    z = zw(rng)
    sp = sdig(rng, p, z) if rng.random() < 0.5 else smixed(rng, p, z)
    return [("agent", ["and a contact number"]), ("customer", [rng.choice(["it's ", "yeah ", "um it's "]), S(sp, "PHONE")]),
            ("agent", ["thanks i'll call you back at ", rng.choice(["three", "half four", "two thirty"])])], "call/telecom %s: phone spoken with double/pairs, callback time nearby" % typ

def p_phone_corr(rng):
    p = uk_mobile(rng); q = p[:-1] + str((int(p[-1]) + 3) % 10); z = zw(rng)
    return [("customer", ["my mobile is ", S(sdig(rng, q, z), "PHONE"), " no sorry ", S(sdig(rng, p, z), "PHONE")]),
            ("agent", ["okay ", S(sdig(rng, p, z), "PHONE")])], "call/healthcare billing UK: phone self-corrected then read back"

def p_email(rng):
    e = email(rng)
    if rng.random() < 0.45:
        f = e if rng.random() < 0.7 else e.upper()
        return [("customer", ["email is ", S(f, "EMAIL"), " and the invoice no. is INV-", digits(rng, 6)])], "chat/%s: email typed with invoice number" % rng.choice(IND)
    return [("agent", ["what email should we send the receipt to"]),
            ("customer", [S(speak_email(rng, e), "EMAIL")])], "call/%s: email spoken with dot/at" % rng.choice(IND)

def p_phone_email(rng):
    e, p = email(rng), us_phone(rng)
    return [("customer", ["you can reach me at ", S(fmt_us(rng, p), "PHONE"), " or ", S(e, "EMAIL"), " any time"])], "chat/insurance US: phone and email in one message"

def p_dob(rng):
    d, m, y = rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(1940, 2004)
    appt = "%02d/%02d/2026" % (rng.randrange(1, 29), rng.randrange(1, 13))
    if rng.random() < 0.45:
        f = rng.choice(["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MONTHS[m - 1].title(), y), "%02d.%02d.%02d" % (d, m, y % 100)])
        return [("agent", ["To confirm your appointment on " + appt + ", what's your date of birth?"]),
                ("customer", ["dob ", S(f, "DOB")])], "chat/healthcare billing: DOB typed after appointment date"
    sp = rng.choice([sord(d) + " of " + MONTHS[m - 1] + " " + syear(rng, y), MONTHS[m - 1] + " " + sord(d) + " " + syear(rng, y), spair("%02d" % d) + " " + spair("%02d" % m) + " " + spair(str(y)[2:])])
    return [("agent", ["can you confirm your date of birth"]), ("customer", ["yeah it's ", S(sp, "DOB")]),
            ("agent", ["lovely and you're due a payment on the ", sord(rng.randrange(1, 29)), " of ", rng.choice(MONTHS)])], "call/insurance: DOB spoken, payment date follows"

def p_addr(rng):
    num = rng.randrange(1, 300); st = rng.choice(STREETS) + " " + rng.choice(STYPES)
    if rng.random() < 0.5:
        if rng.random() < 0.5:
            pc = rng.choice(UKPC)
            return [("customer", ["new address is ", S("%d %s" % (num, st.title()), "ADDRESS"), ", Leeds ", S(rng.choice([pc, pc.lower(), pc.replace(" ", "")]), "POSTCODE")])], "chat/utilities UK: address and postcode typed"
        z = digits(rng, 5, "0123456789")
        if rng.random() < 0.3: z += "-" + digits(rng, 4, "0123456789")
        return [("customer", ["ship to ", S("%d %s" % (num, st.title()), "ADDRESS"), ", Apt ", str(rng.randrange(2, 40)), ", Portland OR ", S(z, "POSTCODE")])], "chat/retail US: address with apartment number and ZIP"
    pc = rng.choice(UKPC)
    nsp = rng.choice([smixed(rng, str(num), "oh"), sdig(rng, str(num), "oh")]) if num < 100 else U[num // 100] + " hundred and " + (spair("%02d" % (num % 100)) if num % 100 >= 10 else U[max(1, num % 100)])
    if num >= 100 and num % 100 < 10: nsp = U[num // 100] + " hundred" + ("" if num % 100 == 0 else " and " + U[num % 100])
    return [("agent", ["can i take the first line of the address and the postcode"]),
            ("customer", [S(nsp + " " + st, "ADDRESS"), " and it's ", S(speak_pc(rng, pc), "POSTCODE")])], "call/insurance UK: spoken address and spelled postcode"

def p_zip(rng):
    z = digits(rng, 5, "0123456789")
    return [("agent", ["and the billing zip code"]), ("customer", [S(sdig(rng, z), "POSTCODE"), " the card ends in ", sdig(rng, digits(rng, 4), "oh")])], "call/banking US: spoken ZIP next to card last four (unlabelled)"

def p_verif(rng):
    n, d, m, y = ni(rng), rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(1950, 2000)
    return [("agent", ["before we start i need your date of birth and ni number"]),
            ("customer", ["it's the ", S(sord(d) + " of " + MONTHS[m - 1] + " " + syear(rng, y), "DOB"), " and ", S(sletters(rng, n[:2]) + " " + sdig(rng, n[2:8]) + " " + sletters(rng, n[8]), "NI_NUMBER")])], "call/government services UK: DOB and NI in one turn"

def p_card_near(rng):
    c = card(rng); last4 = digits(rng, 4, "0123456789"); ref = digits(rng, 8)
    return [("agent", ["I see the card ending " + last4 + " was declined for ticket " + ref + "."]),
            ("customer", ["ok use this one instead ", S(fmt_card(rng, c), "CARD_NUMBER"), " it has \u00a3", str(rng.randrange(100, 2000)), " on it"])], "chat/travel: card typed right after old card last-four and ticket number"

def p_ssn_near(rng):
    s = ssn(rng)
    return [("customer", ["my policy number is ", digits(rng, 8), " and social ", S(s[:3] + "-" + s[3:5] + "-" + s[5:], "SSN"), ", premium $", str(rng.randrange(50, 300)), ".00/mo"])], "chat/insurance US: SSN between policy number and premium"

def p_ni_near(rng):
    n = ni(rng)
    return [("agent", ["whats your reference and ni number"]),
            ("customer", ["reference ", sdig(rng, digits(rng, 6)), " and ni ", S(sletters(rng, n[:2]) + " " + smixed(rng, n[2:8]) + " " + n[8].lower(), "NI_NUMBER")])], "call/government services UK: NI number right after a spoken reference"

POS = [(p_card_chat, 3), (p_card_split, 3), (p_card_readback, 1), (p_card_near, 2), (p_ssn, 5), (p_ssn_near, 2), (p_ni, 5), (p_ni_near, 1), (p_verif, 2),
       (p_bank, 3), (p_us_acct, 1), (p_iban, 4), (p_phone, 2), (p_phone_corr, 1), (p_email, 4), (p_phone_email, 1), (p_dob, 3), (p_addr, 4), (p_zip, 1)]

# ---------------- negatives ----------------
def n_order(rng):
    k = rng.randrange(6)
    if k == 0: return [("customer", ["Order #", digits(rng, 9), " still hasn't arrived, tracking says ", digits(rng, 22)])], "chat/retail: order number and 22-digit tracking number"
    if k == 1: return [("customer", ["tracking number is 1Z", digits(rng, 3), "AA", digits(rng, 10), " and the parcel weighed ", str(rng.randrange(2, 20)), " kg"])], "chat/retail: UPS style tracking number"
    if k == 2: return [("agent", ["your claim number is ", sdig(rng, digits(rng, 10))]), ("customer", ["okay thanks"])], "call/insurance: 10-digit claim number spoken"
    if k == 3: return [("customer", ["ticket ref ", digits(rng, 10), " - I was charged twice"])], "chat/telecom: 10-digit ticket reference"
    if k == 4: return [("agent", ["the invoice number is ", smixed(rng, digits(rng, 8))]), ("customer", ["and that's for ", str(rng.randrange(2, 12)), " months"])], "call/utilities: spoken invoice number"
    return [("customer", ["booking reference ", "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), " confirmation no. ", digits(rng, 8)])], "chat/travel: booking reference and confirmation number"

def n_amount(rng):
    k = rng.randrange(4)
    a = digits(rng, 4)
    if k == 0: return [("agent", ["your balance is ", sdig(rng, a, runs=False), " pounds and ", spair(str(rng.randrange(11, 99))), " pence"])], "call/banking: balance read digit by digit"
    if k == 1: return [("customer", ["i was charged ", U[int(a[0])], " thousand ", U[int(a[1]) or 1], " hundred and ", spair(str(rng.randrange(21, 99))), " dollars"])], "call/retail: amount in words"
    if k == 2: return [("customer", ["The bill went from \u00a3", str(rng.randrange(40, 90)), ".", digits(rng, 2), " to \u00a3", a[:3], ".", digits(rng, 2), " which is ", str(rng.randrange(10, 60)), "% more"])], "chat/utilities: amounts and percentage"
    return [("agent", ["the outstanding amount is ", "{:,}".format(int(a + digits(rng, 2))), ".00 dollars and your APR is ", str(rng.randrange(12, 30)), ".9%"])], "chat/banking: large balance with comma and APR"

def n_hours(rng):
    k = rng.randrange(3)
    if k == 0: return [("agent", ["we're open eight till eight monday to friday and nine till five on saturdays"])], "call/telecom: opening hours spoken"
    if k == 1: return [("agent", ["Lines are open 08:00-20:00 Mon-Fri, 09:00-17:00 Sat. Please call back between 10 and 4."])], "chat/utilities: opening hours with clock times"
    return [("customer", ["i've been on hold for ", spair(str(rng.randrange(21, 59))), " minutes and called ", U[rng.randrange(3, 9)], " times since the ", sord(rng.randrange(1, 29))])], "call/telecom: durations and counts"

def n_model(rng):
    k = rng.randrange(3)
    if k == 0: return [("customer", ["model number WF", digits(rng, 2), "R", digits(rng, 4), "AW serial ", digits(rng, 10)])], "chat/retail: model and 10-digit serial number"
    if k == 1: return [("customer", ["the router's a ", rng.choice(["hub", "tp link"]), " ", smixed(rng, digits(rng, 4)), " and the serial number is ", sdig(rng, digits(rng, 9))])], "call/telecom: spoken model and serial number"
    return [("customer", ["speed test says ", str(rng.randrange(5, 80)), ".", str(rng.randrange(10)), " Mbps down, I pay for ", str(rng.choice([100, 150, 500, 900])), " on the ", str(rng.randrange(12, 36)), "-month plan"])], "chat/telecom: speeds and contract length"

def n_meter(rng):
    if rng.random() < 0.5:
        return [("agent", ["go ahead with the meter reading"]), ("customer", [sdig(rng, digits(rng, 5, "0123456789"))]), ("agent", [rng.choice(ACK)]),
                ("customer", ["and the night one is ", sdig(rng, digits(rng, 5, "0123456789"))])], "call/utilities: meter readings read digit by digit over turns"
    return [("customer", ["Meter reading: ", digits(rng, 6, "0123456789"), " (day) / ", digits(rng, 6, "0123456789"), " (night), meter serial ", digits(rng, 2), "E", digits(rng, 7)])], "chat/utilities: typed meter readings and meter serial"

def n_dates(rng):
    k = rng.randrange(4)
    d, m, y = rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(2015, 2027)
    if k == 0: return [("agent", ["your next payment of \u00a3", str(rng.randrange(20, 90)), ".99 is due on ", "%02d/%02d/%d" % (d, m, y)])], "chat/telecom: payment due date"
    if k == 1: return [("agent", ["your appointment is on the ", sord(d), " of ", MONTHS[m - 1], " ", syear(rng, y), " at ", rng.choice(["ten thirty", "half two", "nine fifteen"])])], "call/healthcare billing: appointment date spoken with year"
    if k == 2: return [("customer", ["contract started ", "%d-%02d-%02d" % (y, m, d), " and I'm ", str(rng.randrange(20, 80)), " years old if it matters"])], "chat/telecom: contract start date and age"
    return [("customer", ["the accident happened on ", MONTHS[m - 1], " ", sord(d), " ", syear(rng, y), " about ", U[rng.randrange(2, 10)], " in the evening"])], "call/insurance: incident date spoken"

def n_last4(rng):
    l4 = digits(rng, 4, "0123456789")
    if rng.random() < 0.5:
        return [("agent", ["is that the card ending in ", l4, "?"]), ("customer", ["yes the one ending ", l4])], "chat/banking: card last four mentions"
    return [("agent", ["i can see a card ending ", sdig(rng, l4)]), ("customer", ["yeah that's the one ending ", sdig(rng, l4), " for the ", spair(str(rng.randrange(21, 99))), " quid"])], "call/retail: spoken card last four"

def n_travel(rng):
    if rng.random() < 0.5:
        return [("customer", ["flight ", rng.choice(["BA", "EI", "FR", "LH"]), " ", str(rng.randrange(100, 9999)), " on the ", str(rng.randrange(1, 29)), "th dep ", "%02d:%02d" % (rng.randrange(24), rng.randrange(0, 60, 5)), ", seat ", str(rng.randrange(1, 40)), "C, room ", str(rng.randrange(100, 999))])], "chat/travel: flight number, time, seat and room"
    return [("customer", ["we're in room ", smixed(rng, digits(rng, 3)), " for ", U[rng.randrange(2, 8)], " nights and the flight is ", rng.choice(["e i", "b a", "f r"]), " ", smixed(rng, digits(rng, 3)), " at ", rng.choice(["six forty", "ten fifteen"])])], "call/travel: spoken room and flight numbers"

def n_misc(rng):
    k = rng.randrange(4)
    if k == 0: return [("agent", ["press ", U[rng.randrange(1, 9)], " for billing or call extension ", sdig(rng, digits(rng, 4))])], "call/telecom: menu option and extension"
    if k == 1: return [("customer", ["policy HX-", digits(rng, 8), " renews in ", str(rng.randrange(2, 11)), " weeks, ", str(rng.randrange(2, 6)), " drivers, ", str(rng.randrange(3000, 15000)), " miles a year"])], "chat/insurance: policy number, counts and mileage"
    if k == 2: return [("customer", ["she had a temperature of ", str(rng.randrange(37, 40)), ".", str(rng.randrange(10)), " and the bill was ", str(rng.randrange(100, 900)), " dollars for ", U[rng.randrange(2, 9)], " visits"])], "chat/healthcare billing: temperature, amount and counts"
    return [("customer", ["customer since ", syear(rng, rng.randrange(1985, 2015)), " and i've used ", spair(str(rng.randrange(21, 99))), " gig of my ", str(rng.choice([100, 120])), " gig allowance"])], "call/telecom: year and data quantities"

NEG = [(n_order, 4), (n_amount, 3), (n_hours, 2), (n_model, 2), (n_meter, 2), (n_dates, 3), (n_last4, 2), (n_travel, 2), (n_misc, 2)]

# ---------------- build ----------------
def build(turns):
    out_t, spans, groups = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, tuple):
                v, t, g = s
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(v), "type": t}); groups.append(g)
                text += v
            else:
                text += s
        out_t.append({"speaker": spk, "text": text})
    return out_t, spans, groups

def generate():
    rng = random.Random(SEED)
    cases, meta = [], []
    pw = [f for f, w in POS for _ in range(w)]
    nw = [f for f, w in NEG for _ in range(w)]
    for i in range(190):
        f = pw[i % len(pw)] if i < len(pw) * 2 else rng.choice(pw)
        turns, note = f(rng); t, sp, g = build(turns)
        cases.append({"id": "h272-pos-%03d" % (i + 1), "kind": "positive", "turns": t, "spans": sp, "note": note}); meta.append(g)
    for i in range(115):
        f = nw[i % len(nw)] if i < len(nw) * 2 else rng.choice(nw)
        turns, note = f(rng); t, sp, g = build(turns)
        cases.append({"id": "h272-neg-%03d" % (i + 1), "kind": "negative", "turns": t, "spans": [], "note": note}); meta.append([])
    return cases, meta

def dump(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)

def counts(cases):
    c = {}
    for k in cases:
        for s in k["spans"]: c[s["type"]] = c.get(s["type"], 0) + 1
    return c

MINS = {"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30}
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

def readme(cases):
    c = counts(cases); npos = sum(k["kind"] == "positive" for k in cases)
    rows = "\n".join("| %s | %d |" % (t, c.get(t, 0)) for t in TYPES)
    return """# PII hold-out set h272

**Never use this set for tuning.** It is a held-out evaluation set; do not look at failures and adjust rules/patterns to them.

Written by an AI helper acting as an independent author. The author did not see the redaction code, its tests, its docs or
other fixtures; only a 3-line format example. Generated by `scripts/make_pii_holdout272.py` (seed %d, stdlib only,
byte-for-byte reproducible); `--check` regenerates and validates it.

Cases: %d positive, %d negative (%d total). Chat cases use typed formatting; call cases imitate ASR transcripts (lower case,
numbers as words, "oh"/"o"/"nought"/"zero", double/triple, pairs such as "forty one", years such as "nineteen eighty five",
phonetic letters "q for quebec", values split across turns with back-channels, agent read-backs, self-corrections).

## Annotation conventions
- A span covers only the value itself: from its first to its last character/word, including separators and fillers
  ("um") that sit inside the reading; lead-ins ("it's", "my number is") are outside.
- A value split over several turns gets one span per turn piece (same type).
- A read-back by the agent is labelled too. In a self-correction both the wrong and the corrected phone numbers are labelled.
- ADDRESS = house number + street name + street type only (flat/apartment numbers, town and state are not labelled);
  POSTCODE = UK postcode or US ZIP (+4).
- DOB only when the date is a birth date; EXPIRY/CVV only in card context.
- Not labelled (and the whole of every negative): amounts, balances, prices, times, durations, counts, years, percentages,
  appointment/payment/contract/incident dates, order/ticket/claim/invoice/policy/tracking/booking numbers, flight/room/seat
  numbers, model/serial numbers, meter readings, speeds, ages, temperatures, extensions, and card last-four mentions.

## Span counts per type
| type | spans |
|---|---|
%s
""" % (SEED, npos, len(cases) - npos, len(cases), rows)

def check(cases, meta):
    probs = []
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids): probs.append("duplicate ids")
    for c, g in zip(cases, meta):
        if c["kind"] == "negative" and c["spans"]: probs.append(c["id"] + " negative with spans")
        if c["kind"] == "positive" and not c["spans"]: probs.append(c["id"] + " positive without spans")
        last = {}
        grp = {}
        for s, gg in zip(c["spans"], g):
            if s["type"] not in TYPES: probs.append(c["id"] + " bad type")
            txt = c["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(txt)): probs.append(c["id"] + " offsets out of range"); continue
            if s["start"] > 0 and txt[s["start"] - 1].isalnum() or s["end"] < len(txt) and txt[s["end"]].isalnum():
                probs.append(c["id"] + " not on word boundary")
            v = txt[s["start"]:s["end"]]
            if v != v.strip(): probs.append(c["id"] + " span has outer whitespace")
            if s["turn"] in last and s["start"] < last[s["turn"]]: probs.append(c["id"] + " overlap")
            last[s["turn"]] = s["end"]
            if gg: grp.setdefault(gg, []).append((s["type"], v))
            elif not validate(s["type"], v): probs.append("%s invalid %s %r -> %r" % (c["id"], s["type"], v, norm(v)))
        for gg, items in grp.items():
            v = " ".join(x[1] for x in items)
            if not validate(items[0][0], v): probs.append("%s invalid group %s %r -> %r" % (c["id"], items[0][0], v, norm(v)))
    cnt = counts(cases)
    for t in TYPES:
        if cnt.get(t, 0) < MINS.get(t, 12): probs.append("too few %s: %d" % (t, cnt.get(t, 0)))
    npos = sum(c["kind"] == "positive" for c in cases)
    if npos < 170 or len(cases) - npos < 100: probs.append("too few cases")
    return probs, cnt, npos

def main():
    cases, meta = generate()
    data = dump(cases)
    probs, cnt, npos = check(cases, meta)
    if "--check" in sys.argv:
        try:
            with open(OUT, encoding="utf-8") as f: on_disk = f.read()
        except OSError: on_disk = None
        if on_disk != data: probs.append("cases.jsonl differs from regenerated output")
        try:
            with open(README, encoding="utf-8") as f:
                if f.read() != readme(cases): probs.append("README.md differs")
        except OSError: probs.append("README.md missing")
    else:
        os.makedirs(OUTDIR, exist_ok=True)
        with open(OUT, "w", encoding="utf-8", newline="\n") as f: f.write(data)
        with open(README, "w", encoding="utf-8", newline="\n") as f: f.write(readme(cases))
    print("positives=%d negatives=%d" % (npos, len(cases) - npos))
    for t in TYPES: print("  %-13s %d" % (t, cnt.get(t, 0)))
    for p in probs: print("PROBLEM:", p)
    print("OK" if not probs else "FAILED (%d problems)" % len(probs))
    sys.exit(1 if probs else 0)

if __name__ == "__main__":
    main()
