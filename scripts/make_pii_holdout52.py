#!/usr/bin/env python3
"""Held-out PII redaction eval set h52 (independent author). Stdlib only.

python scripts/make_pii_holdout52.py          # write fixture + README
python scripts/make_pii_holdout52.py --check  # regenerate, verify, summarise
"""
import json, random, re, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests/fixtures/pii_holdout52"
SEED = 52241123
R = random.Random(SEED)
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8, "ninety": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot", "g": "golf",
        "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike", "n": "november", "p": "papa",
        "r": "romeo", "s": "sierra", "t": "tango", "w": "whiskey", "x": "xray", "y": "yankee", "z": "zulu"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
       "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]

def digits(n, first_nonzero=True):
    s = str(R.randint(1, 9)) if first_nonzero else str(R.randint(0, 9))
    return s + "".join(str(R.randint(0, 9)) for _ in range(n - 1))

def luhn_ok(d):
    t = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2:
            x *= 2
            if x > 9: x -= 9
        t += x
    return t % 10 == 0

def card():
    pre = R.choice(["4", "51", "52", "53", "54", "55", "37", "6011"])
    n = 15 if pre == "37" else 16
    body = pre + digits(n - len(pre) - 1, False)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c

def iban_check(bban_cc):
    s = "".join(str(int(ch, 36)) for ch in bban_cc)
    return int(s) % 97

def iban(cc=None):
    cc = cc or R.choice(["GB", "IE", "DE", "NL", "FR"])
    if cc in ("GB", "IE"):
        bban = "".join(R.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(4)) + digits(14, False)
    elif cc == "DE":
        bban = digits(18, False)
    elif cc == "NL":
        bban = "".join(R.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(4)) + digits(10, False)
    else:
        bban = digits(23, False)
    chk = 98 - iban_check(bban + cc + "00")
    return cc + "%02d" % chk + bban

def ni():
    a = R.choice("ABCEGHJKLMNPRSTWXYZ"); b = R.choice("ABCEGHJKLMNPRSTWXYZ")
    if a + b in ("GB", "NK", "TN", "ZZ", "BG", "KN", "NT"): a, b = "J", "R"
    return a + b + digits(6, False) + R.choice("ABCD")

def ssn():
    a = R.randint(100, 665)
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))

# ---------- spoken renderings ----------
def sp_digits(d, allow_double=True):
    out, i = [], 0
    while i < len(d):
        c = d[i]
        if allow_double and i + 2 < len(d) and d[i + 1] == c and d[i + 2] == c and R.random() < 0.5:
            out.append("triple " + dw(c)); i += 3; continue
        if allow_double and i + 1 < len(d) and d[i + 1] == c and R.random() < 0.6:
            out.append("double " + dw(c)); i += 2; continue
        out.append(dw(c)); i += 1
    return " ".join(out)

def dw(c):
    if c == "0":
        return R.choice(["zero", "oh", "o", "nought", "zero", "oh"])
    return DW[int(c)]

def pair_word(p):
    n = int(p)
    if p[0] == "0":
        return ("oh " + DW[n]) if n else "oh oh"
    if n < 10: return DW[n]
    if n < 20: return [k for k, v in TEENS.items() if v == n][0]
    t = [k for k, v in TENS.items() if v == n // 10][0]
    return t if n % 10 == 0 else t + " " + DW[n % 10]

def sp_pairs(d):
    return " ".join(pair_word(d[i:i + 2]) if i + 1 < len(d) else dw(d[i]) for i in range(0, len(d), 2))

def sp_mixed(d, groups):
    out, i = [], 0
    for g in groups:
        chunk = d[i:i + g]; i += g
        if g == 4 and "0" not in chunk and R.random() < 0.4:
            out.append(pair_word(chunk[:2]) + " " + pair_word(chunk[2:]))
        else:
            out.append(sp_digits(chunk))
    return " ".join(out)

def sp_letter(ch):
    ch = ch.lower()
    r = R.random()
    if ch in NATO and r < 0.35: return ch + " for " + NATO[ch]
    if ch in NATO and r < 0.5: return NATO[ch]
    return ch

def group(d, sizes, sep=" "):
    out, i = [], 0
    for g in sizes:
        out.append(d[i:i + g]); i += g
    return sep.join(out)

def card_chat(c):
    f = R.random()
    if len(c) == 15: return group(c, [4, 6, 5], R.choice([" ", "-", ""]))
    if f < 0.3: return group(c, [4, 4, 4, 4])
    if f < 0.5: return group(c, [4, 4, 4, 4], "-")
    if f < 0.65: return c
    if f < 0.8: return group(c, [4, 4, 4, 4], "  ")
    return group(c, [4, 4, 4, 4], ".")

def card_spoken(c):
    return sp_mixed(c, [4, 6, 5] if len(c) == 15 else [4, 4, 4, 4])

# ---------- normalisation used by --check ----------
WORDMAP = {w: str(i) for i, w in enumerate(DW)}
WORDMAP.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "to": "2", "too": "2", "for": "4", "won": "1", "ate": "8"})
def norm_spoken(text):
    t = text.lower().replace("-", " ").replace("/", " ").replace(".", " ").replace(",", " ").replace("(", " ").replace(")", " ").replace("+", " ")
    toks = t.split()
    out, i = [], 0
    while i < len(toks):
        w = toks[i]
        if w in ("double", "triple") and i + 1 < len(toks) and toks[i + 1] in WORDMAP:
            out.append(WORDMAP[toks[i + 1]] * (2 if w == "double" else 3)); i += 2; continue
        if w in TENS:
            if i + 1 < len(toks) and toks[i + 1] in DW[1:]:
                out.append(str(TENS[w]) + WORDMAP[toks[i + 1]]); i += 2; continue
            out.append(str(TENS[w]) + "0"); i += 1; continue
        if w in TEENS: out.append(str(TEENS[w])); i += 1; continue
        if len(toks) > i + 2 and toks[i + 1] == "for" and len(w) == 1 and w.isalpha():
            out.append(w); i += 3; continue
        inv = {v: k for k, v in NATO.items()}
        if w in inv: out.append(inv[w]); i += 1; continue
        if w in WORDMAP and not (w == "for" and False): out.append(WORDMAP[w]); i += 1; continue
        if w in ("uh", "um", "er", "erm", "sorry", "its", "it's", "and", "then", "no", "actually", "yeah", "like", "hang", "on"):
            i += 1; continue
        out.append(re.sub(r"[^0-9a-z]", "", w)); i += 1
    return "".join(out)

PC_UK = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")
def validate(v, typ):
    n = norm_spoken(v)
    d = re.sub(r"\D", "", n)
    if typ == "CARD_NUMBER": return 13 <= len(d) <= 19 and d == n and luhn_ok(d)
    if typ == "CVV": return len(d) in (3, 4) and d == n
    if typ == "EXPIRY": return 3 <= len(d) <= 6
    if typ == "SSN": return len(d) == 9 and d == n
    if typ == "NI_NUMBER": return re.fullmatch(r"[a-z]{2}\d{6}[a-d]", n) is not None
    if typ == "BANK_ACCOUNT": return 6 <= len(d) <= 12 and d == n
    if typ == "SORT_CODE": return len(d) == 6 and d == n
    if typ == "IBAN":
        u = n.upper()
        return re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", u) is not None and iban_check(u[4:] + u[:4]) == 1
    if typ == "PHONE": return 10 <= len(d) <= 13 and d == n
    if typ == "EMAIL":
        e = " " + v.lower() + " "
        e = e.replace(" dot ", ".").replace(" at ", "@").replace(" underscore ", "_").replace(" dash ", "-").replace(" ", "")
        return re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e) is not None
    if typ == "DOB": return len(d) >= 2 or any(m in v.lower() for m in MONTHS)
    if typ == "POSTCODE": return bool(PC_UK.match(n.upper())) or re.fullmatch(r"\d{5}", n) is not None
    if typ == "ADDRESS": return bool(re.match(r"^(\d|[a-z])", v.lower())) and len(v.split()) >= 2
    return False

# ---------- case building ----------
def T(speaker, *segs):
    text, spans = "", []
    for s in segs:
        if isinstance(s, tuple):
            spans.append((len(text), len(text) + len(s[0]), s[1])); text += s[0]
        else:
            text += s
    return speaker, text, spans

def A(*s): return T("agent", *s)
def C(*s): return T("customer", *s)

CASES = []
def add(kind, note, *turns):
    tj, sj = [], []
    for i, (sp, tx, spans) in enumerate(turns):
        tj.append({"speaker": sp, "text": tx})
        for a, b, ty in spans:
            sj.append({"turn": i, "start": a, "end": b, "type": ty})
    if kind == "negative": assert not sj
    n = sum(1 for c in CASES if c["kind"] == kind) + 1
    CASES.append({"id": "h52-%s-%03d" % ("pos" if kind == "positive" else "neg", n), "kind": kind,
                  "turns": tj, "spans": sj, "note": note})

FIRST = ["john", "sarah", "mike", "aoife", "priya", "liam", "emma", "tomasz", "grace", "daniel", "niamh", "olu", "kate", "raj", "sophie"]
LAST = ["doe", "murphy", "smith", "kowalski", "obrien", "patel", "jones", "walsh", "nguyen", "brown", "kelly", "evans"]
DOMS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.ie", "icloud.com", "btinternet.com", "aol.com", "proton.me"]
STREETS = ["Elm Street", "Station Road", "Church Lane", "Maple Avenue", "High Street", "Oak Drive", "Victoria Road", "Park Crescent", "Main Street", "Willow Close", "Mill Lane", "Lincoln Boulevard"]
UKPC = ["SW1A 2AA", "M1 1AE", "B33 8TH", "CR2 6XH", "LS1 4AP", "EH3 9QG", "BS8 1TH", "G12 8QQ", "NE1 7RU", "CF10 3AT", "OX4 2JY", "L17 8XY"]

def email():
    f, l = R.choice(FIRST), R.choice(LAST)
    return R.choice([f + "." + l, f[0] + l, f + l + str(R.randint(1, 99)), f + "_" + l]) + "@" + R.choice(DOMS)

def email_spoken(e):
    loc, dom = e.split("@")
    loc = loc.replace(".", " dot ").replace("_", " underscore ")
    loc = re.sub(r"(\d+)", lambda m: " " + sp_digits(m.group(1), False) + " ", loc)
    loc = " ".join(loc.split())
    if R.random() < 0.4 and len(loc.split()[0]) > 1:
        w = loc.split()[0]; loc = " ".join(list(w)) + loc[len(w):]
    return loc + " at " + dom.replace(".", " dot ")

def phone():
    r = R.random()
    if r < 0.4: return "07" + digits(9, False), "uk"
    if r < 0.7: return str(R.randint(201, 989)) + str(R.randint(200, 999)) + digits(4, False), "us"
    if r < 0.85: return "08" + str(R.randint(3, 7)) + digits(7, False), "ie"
    return "01" + digits(9, False), "ukl"

def phone_chat(p, kind):
    if kind == "us": return R.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]), "+1 %s %s %s" % (p[:3], p[3:6], p[6:]), p])
    if kind == "uk": return R.choice([p[:5] + " " + p[5:], "+44 " + p[1:5] + " " + p[5:], p, "+44 (0)" + p[1:5] + " " + p[5:]])
    if kind == "ie": return R.choice([p[:3] + " " + p[3:6] + " " + p[6:], "+353 " + p[1:3] + " " + p[3:], p])
    return R.choice([p[:4] + " " + p[4:7] + " " + p[7:], p])

def phone_spoken(p, kind):
    if kind == "us": return sp_digits(p[:3]) + " " + sp_digits(p[3:6]) + " " + sp_mixed(p[6:], [4])
    return sp_digits(p[:5]) + " " + sp_digits(p[5:])

def dob():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2004)
    return d, m, y

def dob_chat(d, m, y):
    return R.choice(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (m, d, y), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                     "%s %d, %d" % (MONTHS[m - 1].title()[:3], d, y), "%d-%02d-%02d" % (y, m, d), "%02d.%02d.%02d" % (d, m, y % 100)])

def year_sp(y):
    return pair_word(str(y)[:2]) + " " + pair_word(str(y)[2:]) if y < 2000 else "two thousand and " + DW[y - 2000] if y < 2010 else "twenty " + pair_word(str(y)[2:])

def dob_spoken(d, m, y):
    return R.choice(["the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], year_sp(y)),
                     "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], year_sp(y)),
                     "%s %s %s" % (sp_digits("%02d" % d), sp_digits("%02d" % m), year_sp(y))])

def address():
    return "%d %s" % (R.randint(2, 480), R.choice(STREETS))

def uszip(): return "%05d" % R.randint(10001, 99950)

def expiry():
    m, y = R.randint(1, 12), R.randint(25, 31)
    return m, y

def postcode_spoken(pc):
    out = []
    for ch in pc.replace(" ", ""):
        out.append(sp_letter(ch) if ch.isalpha() else dw(ch))
    return " ".join(out)

def ni_chat(n):
    return R.choice([n, n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8], n.lower(), n[:2] + n[2:8] + " " + n[8]])

def ni_spoken(n):
    return " ".join([sp_letter(n[0]), sp_letter(n[1]), sp_mixed(n[2:8], [2, 2, 2]) if R.random() < 0.5 else sp_digits(n[2:8]), sp_letter(n[8])])

def ssn_chat(s):
    return R.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s, s[:3] + " " + s[3:5] + " " + s[5:]])

FILL = ["", "uh ", "um ", "erm "]
def f(): return R.choice(FILL)

# ---------------- POSITIVE TEMPLATES ----------------
def p_card_chat():
    c = card(); m, y = expiry(); cv = digits(3, False) if len(c) == 16 else digits(4, False)
    add("positive", "chat/retail: card, expiry and cvv typed in one message with other numbers",
        A("Thanks! To complete the order for \u00a3%d.%02d please send the card details." % (R.randint(10, 400), R.randint(0, 99))),
        C("sure card is ", (card_chat(c), "CARD_NUMBER"), R.choice([" exp ", ", expires ", " - exp: "]), ("%02d/%d" % (m, y), "EXPIRY"),
          R.choice([" cvv ", " security code ", ", cvc: "]), (cv, "CVV")))

def p_card_call_split():
    c = card(); g = [c[0:4], c[4:8], c[8:12], c[12:]]
    add("positive", "call/telecom: card read in chunks across turns with back-channels",
        A("okay and the long number across the front of the card when you're ready"),
        C(f(), (sp_digits(g[0]), "CARD_NUMBER")), A(R.choice(["mhm", "okay go on", "yep"])),
        C((sp_digits(g[1]), "CARD_NUMBER")), A(R.choice(["mhm", "yep", "got that"])),
        C((sp_digits(g[2]), "CARD_NUMBER"), " ", (sp_digits(g[3]), "CARD_NUMBER")) if len(g[3]) == 4 else C((sp_digits(g[2] + g[3]), "CARD_NUMBER")),
        A("lovely thank you and that's the visa ending ", (sp_digits(g[3][-4:]), "CARD_NUMBER") if False else sp_digits("1"), " no sorry let me check" ) if False else A("lovely thank you"))

def p_card_call_one():
    c = card(); m, y = expiry()
    add("positive", "call/utilities: card in one turn spoken with pairs, expiry as words",
        A("what's the card number please"),
        C("yeah it's ", (card_spoken(c), "CARD_NUMBER")),
        A("and the expiry date"),
        C((R.choice(["%s %s" % (sp_digits("%02d" % m), pair_word(str(y))), "%s twenty %s" % (sp_digits("%02d" % m), pair_word(str(y))[7:] if str(y)[1] != "0" else "")]).strip(), "EXPIRY")))

def p_card_correction():
    c = card(); wrong = c[:4]; 
    add("positive", "call/travel: customer self-corrects inside card reading; agent reads back",
        A("can i take the card number for the booking"),
        C("it's ", (sp_digits(c[:8]) + " " + R.choice(["sorry", "no wait"]) + " " + sp_digits(c[4:8]) + " " + sp_digits(c[8:]), "CARD_NUMBER")) if False else
        C("it's ", (sp_digits(c[:8]), "CARD_NUMBER"), " sorry no scratch that start again ", (card_spoken(c), "CARD_NUMBER")),
        A("so that's ", (group(c, [4, 4, 4, 4]) if len(c) == 16 else c, "CARD_NUMBER"), " yeah"),
        C("yes that's right the fare was three hundred and twelve pounds"))

def p_card_cvv_call():
    c = card(); cv = digits(3, False)
    add("positive", "call/insurance: cvv said as words after card, with filler",
        A("and the three digits on the back"),
        C(R.choice(["um ", "it's ", "uh it's "]), (sp_digits(cv), "CVV"), " i think yeah"),
        A("and the card number itself"),
        C((card_spoken(c), "CARD_NUMBER")))

def p_ssn_chat():
    s = ssn()
    add("positive", "chat/healthcare billing: SSN typed with separators for identity check",
        A("For verification can you please confirm your social security number?"),
        C(R.choice(["its ", "sure ", "", "ok "]), (ssn_chat(s), "SSN"), R.choice(["", " thanks", ". I also have claim #%d" % R.randint(100000, 9999999)])))

def p_ssn_call():
    s = ssn()
    add("positive", "call/government: SSN spoken digit by digit, split 3-2-4 over turns",
        A("can i get your social please"),
        C(f(), (sp_digits(s[:3]), "SSN")), A("okay"), C((sp_digits(s[3:5]), "SSN")), A("mhm"), C((sp_digits(s[5:]), "SSN")))

def p_ssn_call_one():
    s = ssn(); d, m, y = dob()
    add("positive", "call/banking US: SSN in one turn plus DOB in the next",
        A("i'll need the last four or the full social"),
        C("full one is ", (sp_digits(s[:3]) + " " + sp_digits(s[3:5]) + " " + sp_mixed(s[5:], [4]), "SSN")),
        A("and your date of birth"),
        C((dob_spoken(d, m, y), "DOB")))

def p_ni_chat():
    n = ni()
    add("positive", "chat/government UK: NI number typed in varied case/spacing",
        A("Please provide your National Insurance number so I can look up your record."),
        C(R.choice(["it's ", "NI no. ", "", "ni is "]), (ni_chat(n), "NI_NUMBER"), R.choice(["", " cheers", " - tax year 2023/24"])))

def p_ni_call():
    n = ni()
    add("positive", "call/government UK: NI number with phonetic letters",
        A("and your national insurance number please"),
        C(f(), (ni_spoken(n), "NI_NUMBER")))

def p_ni_call_split():
    n = ni()
    add("positive", "call/pensions UK: NI number split across turns with agent back-channels",
        A("can you read me your national insurance number"),
        C("yeah it's ", (sp_letter(n[0]) + " " + sp_letter(n[1]), "NI_NUMBER")), A("yep"),
        C((sp_digits(n[2:5]), "NI_NUMBER")), A("mhm go on"), C((sp_digits(n[5:8]) + " " + sp_letter(n[8]), "NI_NUMBER")))

def p_bank_uk():
    a = digits(8, False); sc = digits(6, False)
    if R.random() < 0.5:
        add("positive", "chat/banking UK: sort code and account number typed",
            A("What are the sort code and account number for the direct debit?"),
            C("sort code ", ("%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE"), R.choice([" acc ", " account no ", ", a/c "]), (a, "BANK_ACCOUNT")))
    else:
        add("positive", "call/utilities UK: sort code in pairs then account number",
            A("sort code first please"),
            C((sp_pairs(sc), "SORT_CODE")), A("and the account number"),
            C(f(), (sp_digits(a), "BANK_ACCOUNT")))

def p_bank_us():
    a = digits(R.randint(9, 12), False)
    add("positive", "call/banking US: checking account number spoken, routing not asked",
        A("what's the checking account number you want the refund sent to"),
        C("it's ", (sp_digits(a), "BANK_ACCOUNT"), " and the refund was forty two dollars"))

def p_iban():
    ib = iban()
    if R.random() < 0.5:
        txt = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if R.random() < 0.6 else ib
        add("positive", "chat/travel EU: IBAN for refund typed",
            A("Which IBAN should we refund the cancelled booking to?"),
            C(R.choice(["", "IBAN: ", "here "]), (txt, "IBAN")))
    else:
        sp = " ".join(sp_letter(ch) if ch.isalpha() else dw(ch) for ch in ib[:4]) + " " + " ".join(sp_letter(ch) if ch.isalpha() else dw(ch) for ch in ib[4:])
        add("positive", "call/insurance EU: IBAN spelled out with letters and digits",
            A("and the iban for the payout please"),
            C("okay it's ", (sp, "IBAN")))

def p_phone():
    p, k = phone()
    if R.random() < 0.5:
        add("positive", "chat/telecom: callback number typed",
            A("What's the best number to reach you on?"),
            C(R.choice(["", "call me on ", "mobile: "]), (phone_chat(p, k), "PHONE"), R.choice(["", " after 5pm", " anytime before 6"])))
    else:
        add("positive", "call/retail: phone number spoken with double/oh",
            A("and a contact number"),
            C(f(), (phone_spoken(p, k), "PHONE"), R.choice(["", " that's my mobile", " after about three o'clock"])))

def p_email():
    e = email()
    if R.random() < 0.5:
        add("positive", "chat/retail: email typed",
            A("Which email should the receipt go to?"),
            C(R.choice(["", "pls send to ", "email is "]), (e if R.random() < 0.7 else e.upper(), "EMAIL")))
    else:
        add("positive", "call/telecom: email spoken with dot/at",
            A("and your email address"),
            C("it's ", (email_spoken(e), "EMAIL")))

def p_dob():
    d, m, y = dob()
    if R.random() < 0.5:
        add("positive", "chat/insurance: DOB typed for verification",
            A("Can you confirm your date of birth?"),
            C(R.choice(["", "dob ", "born "]), (dob_chat(d, m, y), "DOB")))
    else:
        add("positive", "call/healthcare: DOB spoken",
            A("and can i just confirm your date of birth"),
            C(R.choice(["yeah ", "it's ", "uh "]), (dob_spoken(d, m, y), "DOB")))

def p_address_uk():
    ad = address(); pc = R.choice(UKPC)
    if R.random() < 0.5:
        add("positive", "chat/utilities UK: street address and postcode typed",
            A("What's the supply address?"),
            C((ad, "ADDRESS"), ", Leeds, ", (pc if R.random() < 0.7 else pc.lower(), "POSTCODE")))
    else:
        add("positive", "call/retail UK: address words plus postcode with phonetics",
            A("and the delivery address"),
            C((ad.lower(), "ADDRESS")), A("and the postcode"),
            C((postcode_spoken(pc), "POSTCODE")))

def p_address_us():
    ad = address(); z = uszip()
    if R.random() < 0.5:
        add("positive", "chat/insurance US: address with ZIP",
            A("Please confirm the mailing address on the policy."),
            C((ad, "ADDRESS"), ", Apt %d, Springfield, IL " % R.randint(1, 40), (z, "POSTCODE")))
    else:
        add("positive", "call/telecom US: address and zip spoken",
            A("what's the service address"),
            C((ad.lower(), "ADDRESS"), " and the zip is ", (sp_digits(z), "POSTCODE")))

def p_combo():
    c = card(); p, k = phone(); e = email()
    add("positive", "chat/retail: many values in a single message plus order number (unlabelled)",
        C("hi order #%d, card ending was wrong, new card " % R.randint(1000000, 99999999), (card_chat(c), "CARD_NUMBER"),
          " my number ", (phone_chat(p, k), "PHONE"), " email ", (e, "EMAIL")))

def p_ni_ssn_mix():
    n = ni(); s = ssn()
    add("positive", "call/payroll: UK employee gives NI, then US SSN for a second employer record",
        A("can i take the national insurance number"),
        C((ni_spoken(n), "NI_NUMBER"), " and for the us office my social is ", (ssn_chat(s), "SSN")))

POS = [p_card_chat, p_card_call_split, p_card_call_one, p_card_correction, p_card_cvv_call,
       p_ssn_chat, p_ssn_call, p_ssn_call_one, p_ni_chat, p_ni_call, p_ni_call_split, p_ni_ssn_mix,
       p_bank_uk, p_bank_us, p_iban, p_bank_uk, p_iban, p_phone, p_email, p_dob, p_address_uk, p_address_us, p_combo]

# ---------------- NEGATIVE TEMPLATES ----------------
def n_amount():
    add("negative", "call/banking: balance and payment amounts spoken",
        A("your current balance is %s pounds and %s pence" % (sp_pairs(str(R.randint(1000, 9999))), pair_word(str(R.randint(10, 99))))),
        C("okay and when is the next payment due"), A("on the %s of %s" % (ORD[R.randint(0, 27)], R.choice(MONTHS))))

def n_ref():
    r = digits(R.randint(6, 10), False)
    add("negative", "chat/retail: order reference number with its keyword",
        C("Hi, my order number is %s and it hasn't arrived" % r), A("Thanks, I can see order %s was dispatched on %d March." % (r, R.randint(1, 28))))

def n_ref_sp():
    r = digits(R.randint(6, 8), False)
    add("negative", "call/insurance: claim reference spoken",
        A("have you got your claim reference"), C("yeah claim reference is %s" % sp_digits(r)))

def n_flight():
    add("negative", "call/travel: flight number, time and gate",
        C("i'm on flight %s %s at %s %s" % (R.choice(["ba", "ei", "fr", "ua"]), sp_digits(digits(3)), R.choice(["seven", "nine", "eleven"]), pair_word(str(R.randint(10, 59))))),
        A("that one departs at %d:%02d from gate %d" % (R.randint(6, 22), R.randint(0, 59), R.randint(1, 40))))

def n_meter():
    add("negative", "call/utilities: meter reading spoken",
        A("can you read me the meter"), C("it says %s" % sp_digits(digits(5))), A("thanks that's about %d kilowatt hours this month" % R.randint(100, 900)))

def n_appt():
    add("negative", "chat/healthcare: appointment date, not a DOB",
        C("Can I move my appointment from %02d/%02d/2026 to the %d?" % (R.randint(1, 28), R.randint(1, 12), R.randint(1, 28))),
        A("Yes, I've booked you for %s at %d:%02d." % (R.choice(MONTHS).title(), R.randint(8, 17), R.choice([0, 15, 30, 45]))))

def n_model():
    add("negative", "chat/retail: model number and price",
        C("is the model %s-%d still in stock at $%d.99?" % (R.choice(["XR", "SM", "KD"]), R.randint(100, 9999), R.randint(50, 1500))),
        A("Yes, we have %d units, delivery in %d days." % (R.randint(2, 40), R.randint(1, 9))))

def n_age():
    add("negative", "call/insurance: ages, years, percentages",
        C("i'm %s and i've been with you since %s" % (pair_word(str(R.randint(21, 89))), year_sp(R.randint(1990, 2015)))),
        A("thanks so your no claims discount is %d percent" % R.randint(10, 70)))

def n_contract():
    add("negative", "chat/telecom: contract start date, data allowance, minutes",
        C("My contract started on %d %s 2024 and I have %dGB data" % (R.randint(1, 28), R.choice(MONTHS).title(), R.choice([10, 20, 50, 100]))),
        A("You're %d months into a 24 month plan and have used %d minutes." % (R.randint(1, 23), R.randint(100, 999))))

def n_ticket():
    t = digits(R.randint(5, 8), False)
    add("negative", "call/telecom: ticket number spoken with its keyword",
        A("i'll give you a ticket number for this"), A("your ticket number is %s" % (sp_pairs(t) if len(t) % 2 == 0 else sp_digits(t))), C("thanks i'll write that down"))

def n_invoice():
    add("negative", "chat/utilities: invoice number and amount",
        C("Invoice INV-%d says I owe \u20ac%d.%02d but I paid on the %d" % (R.randint(10000, 9999999), R.randint(20, 900), R.randint(0, 99), R.randint(1, 28))),
        A("I can see a payment of \u20ac%d.00 on %d/%02d." % (R.randint(20, 900), R.randint(1, 28), R.randint(1, 12))))

def n_room():
    add("negative", "call/travel: hotel room number, nights, temperature",
        C("we're in room %s for %s nights and the heating's stuck at %s degrees" % (sp_digits(digits(3)), DW[R.randint(2, 9)], pair_word(str(R.randint(16, 30))))))

def n_speed():
    add("negative", "chat/telecom: broadband speed and duration",
        C("I'm only getting %d Mbps instead of %d, it's been %d hours" % (R.randint(2, 60), R.choice([100, 500, 900]), R.randint(2, 72))),
        A("Sorry! A %d%% drop is not expected. Case %d opened." % (R.randint(20, 90), R.randint(100000, 999999))))

NEG = [n_amount, n_ref, n_ref_sp, n_flight, n_meter, n_appt, n_model, n_age, n_contract, n_ticket, n_invoice, n_room, n_speed]

def build():
    global R, CASES
    R = random.Random(SEED); CASES = []
    i = 0
    while sum(1 for c in CASES if c["kind"] == "positive") < 189:
        POS[i % len(POS)](); i += 1
    i = 0
    while sum(1 for c in CASES if c["kind"] == "negative") < 117:
        NEG[i % len(NEG)](); i += 1
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES)

def counts(cases):
    ct = {t: 0 for t in TYPES}
    for c in cases:
        for s in c["spans"]: ct[s["type"]] += 1
    return ct

README = """# pii_holdout52 - held-out PII redaction evaluation set

**Never use this set for tuning.**

Written by an AI helper acting as an independent author, who did not see the redaction code,
its tests, its docs or other fixtures (only a 3-line example of the JSONL format). Generated by
`scripts/make_pii_holdout52.py` (seed 52241123, stdlib only, byte-for-byte reproducible);
`--check` regenerates and verifies the file.

## Conventions
- A span covers exactly the value: digits/letters plus the separators, spoken number words,
  "double"/"triple", "oh"/"nought", phonetic spellings ("b for bravo") and fillers *between* them.
  Lead-ins ("it's", "sort code", "exp") are outside the span.
- A value split across several customer turns is labelled as one span per turn fragment.
- An agent read-back of a value is also labelled.
- A self-corrected card reading labels both the abandoned fragment and the full reading.
- EXPIRY covers only the month/year; CVV only the code; POSTCODE is separate from ADDRESS;
  ADDRESS is house number + street name only (town/state not included).
- Emails spoken as "j dot doe at gmail dot com" are labelled as the whole spoken form.
- Negatives contain non-PII numbers (amounts, references with their keyword, flights, times, meter
  readings, model numbers, ages, percentages, non-birth dates) and must produce no redaction.

## Counts
%s
"""

def main():
    data = build()
    cases = [json.loads(l) for l in data.splitlines()]
    ct = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases); nneg = len(cases) - npos
    table = "| type | spans |\n|---|---|\n" + "".join("| %s | %d |\n" % (t, ct[t]) for t in TYPES)
    table += "\nPositive cases: %d; negative cases: %d; total spans: %d\n" % (npos, nneg, sum(ct.values()))
    readme = README % table
    fx, rd = OUT / "cases.jsonl", OUT / "README.md"
    if "--check" not in sys.argv:
        OUT.mkdir(parents=True, exist_ok=True)
        fx.write_text(data, encoding="utf-8"); rd.write_text(readme, encoding="utf-8")
        print("wrote", fx, rd)
    errs = []
    if not fx.exists() or fx.read_text(encoding="utf-8") != data: errs.append("cases.jsonl differs from regeneration")
    if not rd.exists() or rd.read_text(encoding="utf-8") != readme: errs.append("README.md differs from regeneration")
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids): errs.append("duplicate ids")
    for c in cases:
        if c["kind"] == "negative" and c["spans"]: errs.append(c["id"] + " negative with spans")
        if c["kind"] == "positive" and not c["spans"]: errs.append(c["id"] + " positive without spans")
        prev = {}
        for s in sorted(c["spans"], key=lambda s: (s["turn"], s["start"])):
            tx = c["turns"][s["turn"]]["text"]; a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)): errs.append("%s offsets out of range" % c["id"]); continue
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()) or not (tx[a].isalnum() or tx[a] in "+(") or not tx[b - 1].isalnum():
                errs.append("%s span not on word boundary: %r" % (c["id"], tx[a:b]))
            if prev.get(s["turn"], -1) > a: errs.append("%s overlapping spans" % c["id"])
            prev[s["turn"]] = b
            if s["type"] not in TYPES: errs.append("%s bad type" % c["id"])
            # split fragments (several spans of same type in consecutive turns) are validated jointly
        for t in TYPES:
            frags = [c["turns"][s["turn"]]["text"][s["start"]:s["end"]] for s in sorted(c["spans"], key=lambda s: (s["turn"], s["start"])) if s["type"] == t]
            if not frags: continue
            if all(validate(v, t) for v in frags): continue
            if validate(" ".join(frags), t): continue
            # correction case: the full reading(s) validate, the abandoned prefix is a prefix
            full = [v for v in frags if validate(v, t)]
            if full and all(validate(v, t) or norm_spoken(full[0]).startswith(norm_spoken(v)) for v in frags): continue
            errs.append("%s %s value(s) fail validation: %r" % (c["id"], t, frags))
    if npos < 170 or nneg < 100: errs.append("too few cases")
    for t in TYPES:
        if ct[t] < (30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12): errs.append("too few %s spans (%d)" % (t, ct[t]))
    print("positives %d negatives %d" % (npos, nneg))
    for t in TYPES: print("  %-13s %d" % (t, ct[t]))
    for e in errs[:50]: print("ERROR:", e)
    print("CHECK", "FAILED (%d problems)" % len(errs) if errs else "OK")
    sys.exit(1 if errs else 0)

if __name__ == "__main__":
    main()
