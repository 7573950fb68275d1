#!/usr/bin/env python3
"""Generate the held-out PII evaluation set pii_holdout262 (stdlib only).

Usage: python scripts/make_pii_holdout262.py          # write fixture + README
       python scripts/make_pii_holdout262.py --check  # regenerate and verify
"""
import json, os, random, re, sys

SEED = 262241126
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout262")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")
R = random.Random(SEED)

W = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
MONTHS = "january february march april may june july august september october november december".split()
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "e": "echo", "g": "golf", "h": "hotel", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "p": "papa", "r": "romeo", "s": "sierra",
        "t": "tango", "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu", "d": "delta", "f": "foxtrot",
        "q": "quebec", "u": "uniform", "v": "victor", "i": "india"}
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
       9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
       15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
       20: "twentieth", 21: "twenty first", 22: "twenty second", 23: "twenty third", 24: "twenty fourth",
       25: "twenty fifth", 26: "twenty sixth", 27: "twenty seventh", 28: "twenty eighth"}

# ---------------------------------------------------------------- spoken forms
def zero_word(uk):
    return R.choice(["oh", "oh", "zero", "o", "nought"] if uk else ["oh", "zero", "zero", "o"])

def say_digits(s, uk=False, doubles=True, filler=False):
    out, i = [], 0
    while i < len(s):
        d = s[i]
        w = zero_word(uk) if d == "0" else W[int(d)]
        if doubles and i + 2 < len(s) + 0 and s[i:i + 3] == d * 3 and R.random() < 0.6:
            out.append("triple " + w); i += 3; continue
        if doubles and i + 1 < len(s) and s[i + 1] == d and R.random() < 0.6:
            out.append("double " + w); i += 2; continue
        out.append(w); i += 1
        if filler and i < len(s) and R.random() < 0.12:
            out.append(R.choice(["um", "uh", "er"]))
    return " ".join(out)

def say_pair(p, uk=False):
    n = int(p)
    if p[0] == "0":
        return zero_word(uk) + " " + W[int(p[1])]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + W[n % 10])

def say_group(g, uk=False):
    """Say a digit group: digit by digit or as pairs."""
    # pairs are used only when unambiguous (no "x0" pair, which could swallow a following digit word)
    if len(g) % 2 == 0 and R.random() < 0.4 and all(g[i + 1] != "0" for i in range(0, len(g), 2)):
        return " ".join(say_pair(g[i:i + 2], uk) for i in range(0, len(g), 2))
    return say_digits(g, uk)

def say_letter(c, nato_p=0.35):
    c = c.lower()
    if R.random() < nato_p:
        return "%s for %s" % (c, NATO[c])
    return c

def say_alnum(s, uk=True):
    out = []
    for ch in s:
        if ch == " ":
            continue
        if ch.isdigit():
            out.append(zero_word(uk) if ch == "0" else W[int(ch)])
        else:
            out.append(say_letter(ch))
    return " ".join(out)

def say_year(y):
    return say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:]) if y % 100 >= 10 else \
        say_pair(str(y)[:2]) + " " + ("oh " + W[y % 10] if y % 100 else "hundred")

# ---------------------------------------------------------------- value generators
def luhn_ok(d):
    t = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2: n = n * 2 - 9 if n > 4 else n * 2
        t += n
    return t % 10 == 0

def gen_card():
    k = R.random()
    if k < 0.45: body, n = "4" + "".join(R.choice("0123456789") for _ in range(4)), 16
    elif k < 0.8: body, n = R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif k < 0.92: body, n = R.choice(["34", "37"]), 15
    else: body, n = "6011", 16
    while len(body) < n - 1:
        body += R.choice("0123456789")
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c

def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    return [c[i:i + 4] for i in range(0, 16, 4)]

def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666: break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))

NI_L = "ABCEGHJKLMNPRSTWXYZ"
def gen_ni():
    while True:
        p = R.choice(NI_L) + R.choice(NI_L)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"): break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")

def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)

def gen_iban():
    cc = R.choice(["GB", "IE", "DE", "NL", "FR", "ES"])
    dg = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if cc in ("GB", "IE"):
        bban = R.choice(["NWBK", "BARC", "HBUK", "AIBK", "MIDL", "ULSB"]) + dg(14)
    elif cc == "DE": bban = dg(18)
    elif cc == "NL": bban = R.choice(["ABNA", "INGB", "SNSB"]) + dg(10)
    elif cc == "FR": bban = dg(23)
    else: bban = dg(20)
    return cc + iban_check(cc, bban) + bban

def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s): return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1

UK_PC = ["SW1A 2AA", "M4 6PL", "B15 2TT", "LS6 3HN", "EH3 9QG", "CF10 1EP", "BS8 4RU", "NE1 7RU", "G12 8QQ",
         "L17 8XY", "OX4 1DS", "CB2 1TN", "BT9 6AA", "NG7 2RD", "SE15 4LP", "E8 3RL", "N16 0AU", "KT2 6QW",
         "PL4 8AA", "HU5 2JT", "DE22 1GB", "S10 2TN", "BN2 1RF", "RG1 4PS", "W1T 3JH", "CH4 7HS"]
US_ZIP = ["10027", "94110", "60614", "30307", "02139", "78704", "98103", "19104", "85004", "33139", "48207",
          "55408", "80205", "97214", "20009", "73102", "11215", "90026", "43215", "27701"]
STREETS = ["kingsley road", "maple avenue", "church lane", "victoria street", "elm grove", "harbour view",
           "oakfield drive", "station road", "willow crescent", "park terrace", "fairview close",
           "mill street", "birch way", "lincoln boulevard", "cedar court", "hazel gardens", "the drive",
           "queens parade", "orchard place", "bridge street", "riverside walk", "highfield road"]
ST_SUFFIX = ("road avenue lane street grove view drive crescent terrace close way boulevard court gardens "
             "parade place walk").split()
FIRST = ["sarah", "mike", "priya", "tom", "aoife", "james", "li", "omar", "kate", "dan", "niamh", "raj",
         "emma", "chris", "fatima", "sean", "lucy", "pete", "hannah", "marco"]
LAST = ["doyle", "patel", "nguyen", "walsh", "smith", "okafor", "murphy", "brennan", "kowalski", "evans",
        "reilly", "chen", "hughes", "garcia", "byrne", "khan"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "eircom.net", "btinternet.com",
           "proton.me", "aol.com", "live.ie"]

def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    local = R.choice([f + "." + l, f[0] + l, f + l + str(R.randint(1, 99)), f + "_" + l, l + "." + f[0]])
    return local + "@" + R.choice(DOMAINS)

def say_email(e):
    local, dom = e.split("@")
    parts = []
    for tok in re.split(r"([._])", local):
        if tok == ".": parts.append("dot")
        elif tok == "_": parts.append("underscore")
        elif tok.isdigit(): parts.append(say_digits(tok))
        elif len(tok) <= 2: parts.append(" ".join(tok))
        else:
            m = re.match(r"([a-z]+)(\d*)$", tok)
            parts.append(m.group(1) if R.random() < 0.7 else " ".join(m.group(1)))
            if m.group(2): parts.append(say_digits(m.group(2)))
    return " ".join(parts) + " at " + " dot ".join(dom.split("."))

def gen_phone(region):
    d = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if region == "UK":
        return "07" + R.choice("3456789") + d(8)
    if region == "IE":
        return "08" + R.choice("35679") + d(7)
    return R.choice("2345678") + d(2) + R.choice("2345678") + d(6)

def fmt_phone_chat(p, region):
    if region == "UK":
        return R.choice([p[:5] + " " + p[5:], "+44 " + p[1:5] + " " + p[5:], p, "+447" + p[2:]])
    if region == "IE":
        return R.choice([p[:3] + " " + p[3:6] + " " + p[6:], "+353 " + p[1:3] + " " + p[3:], p])
    return R.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                     "+1 %s %s %s" % (p[:3], p[3:6], p[6:]), p])

def say_phone(p, region):
    uk = region != "US"
    if region == "US":
        g = [p[:3], p[3:6], p[6:]]
        pre = "plus one " if R.random() < 0.2 else ""
        return pre + " ".join(say_group(x, False) if len(x) == 4 else say_digits(x) for x in g)
    if R.random() < 0.25:
        pre = "plus four four " if region == "UK" else "plus three five three "
        return pre + say_digits(p[1:5], uk) + " " + say_digits(p[5:], uk)
    return say_digits(p[:5], uk) + " " + say_digits(p[5:], uk)

def gen_dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1942, 2004)

def fmt_dob(dob, spoken, us):
    d, m, y = dob
    if spoken:
        k = R.randint(0, 3)
        if k == 0: return "the %s of %s %s" % (ORD[d], MONTHS[m - 1], say_year(y))
        if k == 1: return "%s %s %s" % (MONTHS[m - 1], ORD[d], say_year(y))
        if k == 2: return "%s %s %s" % (say_digits("%02d" % d if not us else "%02d" % m, not us, False),
                                        say_digits("%02d" % m if not us else "%02d" % d, not us, False), say_year(y))
        return "%s of the %s %s" % (ORD[d], W[m] if m < 10 else ["ten", "eleven", "twelve"][m - 10], say_year(y))
    k = R.randint(0, 3)
    if k == 0: return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if k == 1: return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if k == 2: return "%s %d, %d" % (MONTHS[m - 1].capitalize()[:3], d, y)
    return "%02d-%02d-%d" % (d, m, y)

def gen_address(spoken):
    n = R.choice([R.randint(1, 99), R.randint(100, 999)])
    st = R.choice(STREETS)
    if spoken:
        if n >= 100 and R.random() < 0.6:
            ns = W[n // 100] + " " + say_pair("%02d" % (n % 100)) if n % 100 >= 10 else W[n // 100] + " oh " + W[n % 10]
        else:
            ns = say_group(str(n)) if n >= 100 else (say_pair("%02d" % n) if n >= 10 else W[n])
        return ns + " " + st
    return "%d %s" % (n, st.title() if R.random() < 0.7 else st)

# ---------------------------------------------------------------- non-PII chatter
def amount(spoken, cur):
    a, p = R.randint(5, 480), R.choice([0, 0, 50, 99, 20, 45])
    if not spoken:
        sym = {"GBP": "£", "EUR": "€", "USD": "$"}[cur]
        return sym + (str(a) if not p else "%d.%02d" % (a, p))
    word = {"GBP": "pounds", "EUR": "euro", "USD": "dollars"}[cur]
    def num(n):
        if n < 10: return W[n]
        if n < 100: return say_pair("%02d" % n)
        return W[n // 100] + " hundred" + ("" if n % 100 == 0 else " and " + num(n % 100))
    return num(a) + " " + word + ("" if not p else " " + num(p))

def ref_no(spoken):
    r = str(R.randint(10 ** 5, 10 ** 8 - 1))
    return say_digits(r, doubles=False) if spoken else r

def a_date(spoken):
    d, m = R.randint(1, 28), R.randint(1, 12)
    return ("the %s of %s" % (ORD[d], MONTHS[m - 1])) if spoken else "%d %s" % (d, MONTHS[m - 1].capitalize())

def a_time(spoken):
    h, mm = R.randint(1, 11), R.choice([0, 15, 30, 45])
    if spoken:
        return "%s %s" % (say_pair("%02d" % h)[3:] if h < 10 else say_pair("%02d" % h),
                          {0: "o'clock", 15: "fifteen", 30: "thirty", 45: "forty five"}[mm])
    return "%d:%02d%s" % (h, mm, R.choice(["am", "pm", ""]))

def a_time(spoken):
    h, mm = R.randint(1, 11), R.choice([0, 15, 30, 45])
    if spoken:
        hw = W[h] if h < 10 else TEENS[h - 10]
        return "%s %s" % (hw, {0: "o'clock", 15: "fifteen", 30: "thirty", 45: "forty five"}[mm])
    return "%d:%02d%s" % (h, mm, R.choice(["am", "pm", ""]))

# ---------------------------------------------------------------- PII blocks
# A block returns a list of (speaker, [segments]); a segment is str or (text, TYPE).
A, C = "agent", "customer"
BC = ["mhm", "okay go on", "yep", "uh huh", "right", "okay", "got it", "yeah"]

def blk_card(ch, ctx):
    c = gen_card(); g = card_groups(c)
    if ch == "chat":
        sep = R.choice([" ", "-", "", " "])
        v = sep.join(g)
        return [(A, ["Can you type the long number on the card for me please?"]),
                (C, [R.choice(["sure its ", "ok ", "", "here you go: "]), (v, "CARD_NUMBER"),
                     R.choice(["", " and the balance was " + amount(False, ctx["cur"]), " (debit card)"])])]
    k = R.randint(0, 3)
    if k == 0:
        return [(A, ["okay and the long number across the front of the card when you're ready"]),
                (C, ["yeah it's ", (" ".join(say_digits(x, ctx["uk"], filler=True) for x in g), "CARD_NUMBER")])]
    if k == 1:
        t = [(A, ["go ahead with the card number"])]
        for i, x in enumerate(g):
            t.append((C, [R.choice(["", "right ", "um "]) if i == 0 else "", (say_group(x, ctx["uk"]), "CARD_NUMBER")]))
            if i < len(g) - 1: t.append((A, [R.choice(BC)]))
        return t
    if k == 2:
        v = " ".join(say_group(x, ctx["uk"]) for x in g)
        rb = " ".join(say_digits(x, ctx["uk"], doubles=False) for x in g)
        return [(A, ["and the card number please"]), (C, [(v, "CARD_NUMBER")]),
                (A, ["let me just read that back ", (rb, "CARD_NUMBER"), " is that right"]),
                (C, ["yes that's it"])]
    v1 = " ".join(say_digits(x, ctx["uk"]) for x in g[:2]); v2 = " ".join(say_digits(x, ctx["uk"]) for x in g[2:])
    return [(A, ["what's the card number"]), (C, ["hang on let me get my purse okay it's ", (v1, "CARD_NUMBER")]),
            (A, ["sorry you broke up a bit there after the first eight"]),
            (C, ["oh sorry ", (v2, "CARD_NUMBER")])]

def blk_cvv_exp(ch, ctx):
    cv = "".join(R.choice("0123456789") for _ in range(3))
    m, y = R.randint(1, 12), R.randint(26, 31)
    if ch == "chat":
        e = R.choice(["%02d/%d" % (m, y), "%02d/20%d" % (m, y), "%02d-%d" % (m, y), "%d/%d" % (m, y)])
        return [(A, ["Thanks. And the expiry date and the 3 digit security code on the back?"]),
                (C, [R.choice(["exp ", "expires ", "valid till "]), (e, "EXPIRY"), R.choice([" cvv ", ", security code ", " and the code is "]), (cv, "CVV")])]
    if R.random() < 0.5:
        e = say_digits("%02d" % m, ctx["uk"], False) + " " + say_pair(str(y))
    else:
        e = MONTHS[m - 1] + " twenty " + say_pair(str(y))
    return [(A, ["and the expiry date"]), (C, ["it's ", (e, "EXPIRY")]),
            (A, ["lovely and the three digits on the back"]),
            (C, [R.choice(["", "um ", "that's "]), (say_digits(cv, ctx["uk"]), "CVV")])]

def blk_ssn(ch, ctx):
    s = gen_ssn()
    if ch == "chat":
        v = R.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s, s[:3] + " " + s[3:5] + " " + s[5:]])
        return [(A, ["To verify, please provide your Social Security number."]),
                (C, [R.choice(["", "ok ", "ssn is ", "it's "]), (v, "SSN")])]
    k = R.randint(0, 2)
    if k == 0:
        return [(A, ["can i get your social security number please"]),
                (C, ["sure it's ", (say_digits(s, False, filler=True), "SSN")])]
    if k == 1:
        return [(A, ["and your social please"]), (C, [(say_digits(s[:3]), "SSN")]), (A, [R.choice(BC)]),
                (C, [(say_digits(s[3:5]), "SSN")]), (A, [R.choice(BC)]), (C, [(say_group(s[5:]), "SSN")])]
    return [(A, ["i just need the last four of your social actually the full social for this one sorry"]),
            (C, ["oh okay ", (say_digits(s[:5]) + " " + say_group(s[5:]), "SSN"), " do you need my date of birth too"])]

def blk_ni(ch, ctx):
    n = gen_ni()
    if ch == "chat":
        v = R.choice([n, "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), n.lower(), n[:2] + " " + n[2:8] + " " + n[8]])
        return [(A, ["Could you confirm your National Insurance number?"]),
                (C, [R.choice(["", "yes its ", "NI no. "]), (v, "NI_NUMBER")])]
    k = R.randint(0, 2)
    if k == 0:
        return [(A, ["can i take your national insurance number"]),
                (C, ["yeah it's ", (say_alnum(n[:2]) + " " + say_group(n[2:8], True) + " " + say_letter(n[8]), "NI_NUMBER")])]
    if k == 1:
        return [(A, ["and your n i number please"]), (C, [(say_alnum(n[:2]) + " " + say_digits(n[2:4], True), "NI_NUMBER")]),
                (A, [R.choice(BC)]), (C, [(say_digits(n[4:8], True) + " " + say_letter(n[8], 0.7), "NI_NUMBER")])]
    return [(A, ["i'll need your national insurance number to find the claim"]),
            (C, ["hold on it's on my payslip ", (say_alnum(n[:2]) + " " + " ".join(say_pair(n[i:i + 2], True) for i in (2, 4, 6)) + " " + say_letter(n[8]), "NI_NUMBER")]),
            (A, ["thank you"])]

def blk_bank(ch, ctx):
    uk = ctx["uk"]
    acct = "".join(R.choice("0123456789") for _ in range(8 if uk else R.randint(9, 12)))
    sc = "".join(R.choice("0123456789") for _ in range(6))
    if ch == "chat":
        t = [(A, ["What account should the refund go to?" if ctx["region"] != "US" else "Please send the routing-free account number for the refund."]),
             (C, ["account ", (acct, "BANK_ACCOUNT")] + ([" sort code ", (R.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]]), "SORT_CODE")] if uk else []))]
        return t
    t = [(A, ["and the account number"]), (C, ["it's ", (say_group(acct, uk), "BANK_ACCOUNT")])]
    if uk:
        scs = R.choice([" ".join(say_pair(sc[i:i + 2], True) for i in (0, 2, 4)), say_digits(sc, True)])
        t += [(A, ["and the sort code"]), (C, [(scs, "SORT_CODE")])]
    return t

def blk_iban(ch, ctx):
    ib = gen_iban()
    if ch == "chat":
        v = R.choice([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower()])
        return [(A, ["For a transfer from abroad we need your IBAN please."]), (C, ["IBAN: ", (v, "IBAN")])]
    half = 8 + 4 * R.randint(1, 2)
    return [(A, ["can you read me the iban"]), (C, ["okay ", (say_alnum(ib[:half]), "IBAN")]), (A, [R.choice(BC)]),
            (C, [(say_alnum(ib[half:]), "IBAN"), " that's everything"])]

def blk_phone(ch, ctx):
    p = gen_phone(ctx["region"])
    if ch == "chat":
        return [(A, ["What's the best number to reach you on?"]), (C, [R.choice(["", "mobile ", "call me on "]), (fmt_phone_chat(p, ctx["region"]), "PHONE"), R.choice(["", " after " + a_time(False)])])]
    if R.random() < 0.5:
        return [(A, ["what's a good contact number for you"]), (C, ["yeah it's ", (say_phone(p, ctx["region"]), "PHONE"), " best after " + a_time(True)])]
    s = say_phone(p, ctx["region"]).split(" "); h = len(s) // 2
    return [(A, ["and a callback number"]), (C, [(" ".join(s[:h]), "PHONE")]), (A, [R.choice(BC)]), (C, [(" ".join(s[h:]), "PHONE")]),
            (A, ["perfect"])]

def blk_email(ch, ctx):
    e = gen_email()
    if ch == "chat":
        v = e if R.random() < 0.7 else e.capitalize()
        return [(A, ["Which email should we send the confirmation to?"]), (C, [(v, "EMAIL"), R.choice(["", " pls", " thanks"])])]
    return [(A, ["and an email address for the confirmation"]), (C, ["yeah it's ", (say_email(e), "EMAIL")]),
            (A, ["lovely"])]

def blk_dob(ch, ctx):
    d = gen_dob()
    if ch == "chat":
        return [(A, ["Can you confirm your date of birth?"]), (C, [R.choice(["", "dob ", "born "]), (fmt_dob(d, False, ctx["region"] == "US"), "DOB")])]
    return [(A, ["and your date of birth please"]), (C, [R.choice(["it's ", "", "uh "]), (fmt_dob(d, True, ctx["region"] == "US"), "DOB")])]

def blk_addr(ch, ctx):
    sp = ch == "call"
    ad = gen_address(sp)
    if ctx["region"] in ("IE", "EU"):
        town = R.choice(["galway", "cork", "limerick", "sligo", "athlone"])
        return [(A, ["and the address on the account"]), (C, [(ad, "ADDRESS"), " " if sp else ", ", town if sp else town.title()])]
    if ctx["region"] == "US":
        z = R.choice(US_ZIP)
        zs = say_digits(z, False) if sp else z
    else:
        z = R.choice(UK_PC)
        zs = say_alnum(z) if sp else R.choice([z, z.lower(), z.replace(" ", "")])
    if sp:
        return [(A, ["can you confirm the first line of the address and the postcode" if ctx["region"] != "US" else "can you confirm the street address and zip"]),
                (C, [(ad, "ADDRESS"), R.choice([" and the postcode is ", " ", " and it's "]) if ctx["region"] != "US" else " zip code ", (zs, "POSTCODE")])]
    return [(A, ["What's the address on the account?"]), (C, [(ad, "ADDRESS"), ", ", (zs, "POSTCODE")])]

BLOCKS = {"CARD_NUMBER": blk_card, "SSN": blk_ssn, "NI_NUMBER": blk_ni, "BANK_ACCOUNT": blk_bank, "IBAN": blk_iban,
          "PHONE": blk_phone, "EMAIL": blk_email, "DOB": blk_dob, "ADDRESS": blk_addr}

# ---------------------------------------------------------------- conversation frames (non-PII content)
def frame(ind, sp, cur):
    """Return (opening turns, closing turns) for an industry, full of non-PII numbers."""
    am = lambda: amount(sp, cur); rf = lambda: ref_no(sp); dt = lambda: a_date(sp); tm = lambda: a_time(sp)
    num = (lambda n: say_pair("%02d" % n) if n >= 10 else W[n]) if sp else str
    if ind == "banking":
        o = [(A, ["thanks for calling the card services team how can i help"]),
             (C, ["hi there's a payment of %s on %s that i don't recognise" % (am(), dt())]),
             (A, ["i'm sorry to hear that i'll raise a dispute for you i can see it's pending since %s" % tm()]),
             (C, ["yeah and there was another one for %s as well two days later" % am()])]
        c = [(A, ["okay the dispute reference is %s and you'll hear back within %s working days" % (rf(), num(R.randint(5, 14)))]),
             (C, ["brilliant and my balance is still %s right" % am()]), (A, ["that's right anything else today"]),
             (C, ["no that's all thanks"])]
    elif ind == "telecom":
        o = [(A, ["you're through to mobile support what can i do for you"]),
             (C, ["my bill jumped to %s this month and my plan is only %s" % (am(), am())]),
             (A, ["let me have a look i can see %s gigabytes of roaming data used on %s" % (num(R.randint(2, 40)), dt())]),
             (C, ["i was only abroad for %s days" % num(R.randint(2, 9))])]
        c = [(A, ["i've applied a credit of %s it'll show on the bill dated %s" % (am(), dt())]),
             (C, ["okay and the contract still ends in %s months" % num(R.randint(3, 23))]),
             (A, ["yes ticket number %s for your records" % rf()]), (C, ["cheers bye"])]
    elif ind == "utilities":
        o = [(A, ["energy customer service how can i help"]),
             (C, ["i want to give a meter reading it's %s" % (say_digits("%05d" % R.randint(1000, 99999), doubles=False) if sp else "%05d" % R.randint(1000, 99999))]),
             (A, ["thanks that's logged for %s your direct debit is %s a month" % (dt(), am())]),
             (C, ["that seems high the heating's only on for %s hours a day" % num(R.randint(2, 8))])]
        c = [(A, ["i'll reduce it to %s from %s" % (am(), dt())]),
             (C, ["great and the engineer is coming at %s" % tm()]),
             (A, ["yes that's booked job reference %s" % rf()]), (C, ["perfect thank you"])]
    elif ind == "retail":
        o = [(A, ["hi you're chatting with the online store how can i help"]),
             (C, ["my order number %s arrived with %s items missing" % (rf(), num(R.randint(1, 4)))]),
             (A, ["sorry about that the order total was %s and it was dispatched on %s" % (am(), dt())]),
             (C, ["yes the jacket was %s and it was the model %s" % (am(), R.choice(["xr four hundred", "tx two", "m fifty"]) if sp else R.choice(["XR400", "TX-2", "M50"]))])]
        c = [(A, ["i've refunded %s it takes %s to %s days" % (am(), num(3), num(5))]),
             (C, ["okay thanks"]), (A, ["your return reference is %s" % rf()]), (C, ["great bye"])]
    elif ind == "insurance":
        o = [(A, ["claims line how can i help today"]),
             (C, ["i need to make a claim someone hit my car on %s about %s" % (dt(), tm())]),
             (A, ["oh dear is everyone okay what's the policy excess on there it says %s" % am()]),
             (C, ["yeah everyone's fine the quote for the repair was %s" % am()])]
        c = [(A, ["your claim number is %s and an assessor will call within %s hours" % (rf(), num(48))]),
             (C, ["and the courtesy car is for %s days" % num(R.randint(7, 21))]), (A, ["that's right"]),
             (C, ["thanks for your help"])]
    elif ind == "travel":
        fl = R.choice(["ba", "ei", "fr", "ua", "dl"]); fn = R.randint(100, 2999)
        o = [(A, ["travel bookings how can i help"]),
             (C, ["my flight %s is cancelled on %s and i'm in room %s at the hotel" % (
                 (" ".join(fl) + " " + say_digits(str(fn), doubles=False)) if sp else fl.upper() + str(fn), dt(),
                 say_digits(str(R.randint(101, 950))) if sp else str(R.randint(101, 950)))]),
             (A, ["i can rebook you on the %s departure tomorrow the fare difference is %s" % (tm(), am())]),
             (C, ["that's fine it's %s people on the booking" % num(R.randint(2, 5))])]
        c = [(A, ["done your booking reference is %s and the new gate opens at %s" % (rf(), tm())]),
             (C, ["thanks"]), (A, ["have a good trip"]), (C, ["bye"])]
    elif ind == "healthcare":
        o = [(A, ["patient billing office how can i help"]),
             (C, ["i got invoice number %s for %s and i thought insurance covered it" % (rf(), am())]),
             (A, ["let me check that was the appointment on %s at %s" % (dt(), tm())]),
             (C, ["yes the copay was supposed to be %s" % am()])]
        c = [(A, ["i've resubmitted it you'll owe %s once processed in %s days" % (am(), num(R.randint(10, 30)))]),
             (C, ["okay good"]), (A, ["your case number is %s" % rf()]), (C, ["thank you bye"])]
    else:
        o = [(A, ["thank you for calling the benefits helpline"]),
             (C, ["my payment of %s didn't arrive on %s" % (am(), dt())]),
             (A, ["i can see it was issued at %s for the tax year %s" % (tm(), "twenty twenty four to twenty five" if sp else "2024-25")]),
             (C, ["i've been waiting %s weeks and i'm %s years old i can't keep doing this" % (num(R.randint(2, 6)), num(R.randint(60, 89)))])]
        c = [(A, ["i've escalated it reference %s it should be paid within %s days" % (rf(), num(5))]),
             (C, ["okay"]), (A, ["is there anything else"]), (C, ["no thank you"])]
    return o, c

INDUSTRIES = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare", "government"]
REGION_TYPES = {"US": ["CARD_NUMBER", "SSN", "BANK_ACCOUNT", "PHONE", "EMAIL", "DOB", "ADDRESS"],
                "UK": ["CARD_NUMBER", "NI_NUMBER", "BANK_ACCOUNT", "IBAN", "PHONE", "EMAIL", "DOB", "ADDRESS"],
                "IE": ["CARD_NUMBER", "IBAN", "PHONE", "EMAIL", "DOB", "ADDRESS"],
                "EU": ["CARD_NUMBER", "IBAN", "EMAIL", "DOB"]}
CUR = {"US": "USD", "UK": "GBP", "IE": "EUR", "EU": "EUR"}

def render(turns, chat):
    out, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for sg in segs:
            if isinstance(sg, tuple):
                s0 = len(text); text += sg[0]
                spans.append({"turn": ti, "start": s0, "end": len(text), "type": sg[1]})
            else:
                text += sg
        first = next((sg for sg in segs if (sg[0] if isinstance(sg, tuple) else sg)), "")
        if chat and text and isinstance(first, str):
            text = text[0].upper() + text[1:]
        out.append({"speaker": spk, "text": text})
    return out, spans

PRIMARY = ["CARD_NUMBER", "SSN", "NI_NUMBER", "CARD_NUMBER", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "IBAN",
           "PHONE", "EMAIL", "DOB", "ADDRESS", "CVV"]

def make_positive(i):
    prim = PRIMARY[i % len(PRIMARY)]
    ch = "call" if R.random() < 0.6 else "chat"
    if prim in ("SSN",): region = "US"
    elif prim in ("NI_NUMBER",): region = "UK"
    elif prim == "IBAN": region = R.choice(["UK", "IE", "EU"])
    elif prim in ("BANK_ACCOUNT", "ADDRESS", "PHONE"): region = R.choice(["UK", "US", "IE"]) if prim == "PHONE" else R.choice(["UK", "US"])
    else: region = R.choice(["UK", "US", "IE", "EU"])
    ind = R.choice(INDUSTRIES)
    ctx = {"region": region, "uk": region != "US", "cur": CUR[region]}
    sp = ch == "call"
    o, c = frame(ind, sp, ctx["cur"])
    p = "CARD_NUMBER" if prim == "CVV" else prim
    kinds = [p] + R.sample([t for t in REGION_TYPES[region] if t != p], R.choice([0, 1, 1, 2]))
    mid, what = [], []
    for k in kinds:
        b = BLOCKS[k](ch, ctx)
        mid += b; what.append(k.lower())
        if k == "CARD_NUMBER" and (prim == "CVV" or R.random() < 0.5):
            mid += blk_cvv_exp(ch, ctx); what.append("cvv+expiry")
        mid.append((A, [R.choice(["thanks for that", "okay that's all verified", "lovely thank you", "great thanks bear with me one moment"])]))
        if len(mid) > 2 and mid[-2][0] == A:  # avoid two agent turns in a row
            mid.pop()
    cut = R.randint(1, len(o))
    turns = o[:cut] + mid + o[cut:] + c
    # merge consecutive same-speaker turns
    merged = []
    for spk, segs in turns:
        if merged and merged[-1][0] == spk:
            merged[-1] = (spk, merged[-1][1] + [" " if sp else ". "] + segs)
        else:
            merged.append((spk, list(segs)))
    t, s = render(merged, not sp)
    return t, s, "%s/%s (%s): %s amid %s conversation with amounts, dates and references" % (ch, ind, region, ", ".join(what), ind)

EXTRA_NEG = [
    lambda sp: (C, ["it's the model %s and it's about %s years old" % (("k x two thousand", "four") if sp else ("KX2000", "4"))]),
    lambda sp: (C, ["the thermostat says %s degrees" % ("twenty one" if sp else "21")]),
    lambda sp: (A, ["your broadband speed is showing %s megabits" % ("seventy two" if sp else "72")]),
    lambda sp: (C, ["i've been on hold for %s minutes" % ("forty five" if sp else "45")]),
    lambda sp: (A, ["the interest rate is %s percent" % ("four point nine" if sp else "4.9")]),
    lambda sp: (C, ["we moved in back in %s" % ("twenty nineteen" if sp else "2019")]),
    lambda sp: (A, ["the outstanding balance is %s" % amount(sp, "GBP")]),
    lambda sp: (C, ["the parcel weighed %s kilos" % ("twelve" if sp else "12")]),
]

def make_negative(i):
    ch = "call" if R.random() < 0.55 else "chat"; sp = ch == "call"
    region = R.choice(["UK", "US", "IE"]); ind = INDUSTRIES[i % len(INDUSTRIES)]
    o, c = frame(ind, sp, CUR[region])
    extra = [f(sp) for f in R.sample(EXTRA_NEG, R.randint(1, 3))]
    turns = o + [(A, ["can you tell me a bit more"])] + extra + c
    merged = []
    for spk, segs in turns:
        if merged and merged[-1][0] == spk:
            merged[-1] = (spk, merged[-1][1] + [" " if sp else ". "] + segs)
        else:
            merged.append((spk, list(segs)))
    t, s = render(merged, not sp)
    return t, s, "%s/%s (%s): no PII, lookalike numbers only (amounts, dates, times, references, counts)" % (ch, ind, region)

# ---------------------------------------------------------------- normalisation + validation (used by --check)
DIG = {w: str(i) for i, w in enumerate(W)}
DIG.update({"oh": "0", "o": "0", "nought": "0"})
TEENV = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENV = {v: k for k, v in TENS.items()}
ORDV = {v: k for k, v in ORD.items() if " " not in v}
MONV = {m: "%02d" % (i + 1) for i, m in enumerate(MONTHS)}
FILL = {"um", "uh", "er", "the", "of", "and", "plus"}

def norm(text, letters=True):
    toks = re.findall(r"[a-z0-9]+(?:-ray)?", text.lower())
    out, i, rep = [], 0, 1
    while i < len(toks):
        t = toks[i]; nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if t in ("double", "triple"):
            rep = 2 if t == "double" else 3; i += 1; continue
        if t in FILL: i += 1; continue
        if t in DIG: piece = DIG[t]
        elif t in TEENV: piece = TEENV[t]
        elif t in TENV:
            if nxt in DIG and DIG[nxt] != "0" and nxt not in ("oh", "o"):
                piece = str(TENV[t]) + DIG[nxt]; i += 1
            elif nxt in ORDV and ORDV[nxt] < 10:
                piece = str(TENV[t]) + str(ORDV[nxt]); i += 1
            else: piece = str(TENV[t]) + "0"
        elif t == "hundred": piece = "00"
        elif t in ORDV: piece = "%02d" % ORDV[t]
        elif t in MONV: piece = MONV[t]
        elif t in ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec"):
            piece = MONV[[m for m in MONTHS if m.startswith(t)][0]]
        elif len(t) == 1 and letters:
            piece = t
            if nxt == "for" and i + 2 < len(toks): i += 2
        elif t.isalnum() and re.fullmatch(r"[a-z0-9]+", t): piece = t
        else: piece = "?"
        out.append(piece * rep); rep = 1; i += 1
    return "".join(out)

def norm_email(text):
    t = text.lower()
    if "@" in t: return t
    t = re.sub(r"\bat\b", "@", t); t = re.sub(r"\bdot\b", ".", t); t = re.sub(r"\bunderscore\b", "_", t)
    toks = t.split()
    return "".join(DIG.get(x, x) if x not in ("o",) else x for x in toks)

IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "NL": 18, "FR": 27, "ES": 24}
UKPC = re.compile(r"^[a-z]{1,2}[0-9][a-z0-9]?[0-9][a-z]{2}$")
NIRE = re.compile(r"^[abceghj-prstw-z]{2}[0-9]{6}[a-d]$")

def valid(typ, v):
    d = v.isdigit()
    if typ == "CARD_NUMBER": return d and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV": return d and len(v) in (3, 4)
    if typ == "EXPIRY": return d and len(v) in (3, 4, 6) and 1 <= int(v[:-2] if len(v) != 6 else v[:2]) <= 12
    if typ == "SSN": return d and len(v) == 9
    if typ == "NI_NUMBER": return bool(NIRE.match(v))
    if typ == "BANK_ACCOUNT": return d and 6 <= len(v) <= 17
    if typ == "SORT_CODE": return d and len(v) == 6
    if typ == "IBAN": return iban_ok(v) and IBAN_LEN.get(v[:2].upper()) == len(v)
    if typ == "PHONE": return d and 10 <= len(v) <= 13
    if typ == "EMAIL": return bool(re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z]+)+", v))
    if typ == "DOB": return bool(re.search(r"(19[4-9][0-9]|200[0-9])$", v)) and 6 <= len(v) <= 8 and d
    if typ == "POSTCODE": return bool(UKPC.match(v)) or (d and len(v) == 5)
    if typ == "ADDRESS": return bool(re.match(r"^[0-9]+[a-z]", v)) and any(v.endswith(s) for s in ST_SUFFIX)
    return False

def build():
    lines = []
    for i in range(182):
        t, s, n = make_positive(i)
        lines.append({"id": "h262-pos-%03d" % (i + 1), "kind": "positive", "turns": t, "spans": s, "note": n})
    for i in range(110):
        t, s, n = make_negative(i)
        lines.append({"id": "h262-neg-%03d" % (i + 1), "kind": "negative", "turns": t, "spans": [], "note": n})
    return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), lines

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE",
         "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN = {t: 12 for t in TYPES}; MIN.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})

def check(lines):
    errs, counts, ids = [], {t: 0 for t in TYPES}, set()
    npos = nneg = 0
    for c in lines:
        cid = c["id"]
        if cid in ids: errs.append("duplicate id " + cid)
        ids.add(cid)
        if c["kind"] == "positive":
            npos += 1
            if not c["spans"]: errs.append(cid + ": positive without spans")
        else:
            nneg += 1
            if c["spans"]: errs.append(cid + ": negative with spans")
        byturn, buf = {}, {}
        for sp in c["spans"]:
            if sp["type"] not in counts: errs.append(cid + ": bad type"); continue
            counts[sp["type"]] += 1
            tx = c["turns"][sp["turn"]]["text"]; a, b = sp["start"], sp["end"]
            if not (0 <= a < b <= len(tx)): errs.append(cid + ": offsets out of range"); continue
            seg = tx[a:b]
            if not (seg[0].isalnum() or seg[0] in "+(") or not seg[-1].isalnum(): errs.append(cid + ": span edge %r" % seg)
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()): errs.append(cid + ": not on word boundary %r" % seg)
            byturn.setdefault(sp["turn"], []).append((a, b))
            v = norm_email(seg) if sp["type"] == "EMAIL" else norm(seg, sp["type"] in ("NI_NUMBER", "IBAN", "POSTCODE", "ADDRESS"))
            key = sp["type"]; buf[key] = buf.get(key, "") + v
            if valid(key, buf[key]): buf[key] = ""
        for k, v in buf.items():
            if v: errs.append("%s: %s value does not validate: %r" % (cid, k, v))
        for ti, lst in byturn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1: errs.append(cid + ": overlapping spans")
        if not 2 <= len(c["turns"]) <= 24: errs.append(cid + ": turn count %d" % len(c["turns"]))
    for t in TYPES:
        if counts[t] < MIN[t]: errs.append("type %s has only %d spans (min %d)" % (t, counts[t], MIN[t]))
    if npos < 170 or nneg < 100: errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    return errs, counts, npos, nneg

def readme(counts, npos, nneg, lines):
    nt = [len(c["turns"]) for c in lines]
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# pii_holdout262 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data it was not developed against.

## Who wrote it and how
Written by an AI helper acting as an independent author. The author did not see the redaction code, its tests,
its documentation or any other evaluation fixture; the only data looked at was a 3-line example of the JSONL format.
All cases are generated by `scripts/make_pii_holdout262.py` (standard library only) from template functions with a
single seeded `random.Random(%d)`; every turn is assembled from plain text and (value, TYPE) segments, so offsets are
computed, never typed by hand. `python scripts/make_pii_holdout262.py --check` regenerates the file, verifies it is
byte-identical, and validates ids, offsets, word boundaries, overlaps and every value (Luhn for cards, mod-97 for
IBANs, NI format, 9 digits for SSN, 6 for sort codes, digit counts for CVV/phone/account, postcode shapes) after
normalising spoken forms.

Emphasis: long whole calls and chats (%d-%d turns, mean %.1f) across banking, telecom, utilities, retail, insurance,
travel, healthcare billing and government services, in US, UK, Irish and EU settings. Calls are written as an ASR
would (lower case, numbers as words: "oh"/"o"/"nought"/"zero", "double"/"triple", pairs such as "forty one eleven",
letters as "b for bravo", e-mails as "j dot doe at gmail dot com"), with values split across turns with agent
back-channels, agent read-backs, fillers inside readings and several values in one turn. Every case also contains
non-PII numbers (amounts, dates, times, reference/claim/ticket numbers, counts, durations, model and flight numbers).

## Annotation conventions
* A span covers only the value itself: lead-ins ("it's", "my number is", "sort code") are outside; fillers ("um",
  "uh") and spelling aids ("b for bravo", "double", "triple") that occur *inside* a reading are inside.
* A value split across several turns is labelled once per turn, one span per piece, all with the same type.
* A value read back by the agent is labelled as well.
* Chat phone numbers include a leading "+" or "(" when typed.
* ADDRESS is the house number plus street name; the town is not labelled; the postcode/ZIP is a separate POSTCODE span.
* EXPIRY and CVV are labelled only in card context; DOB only when given as a date of birth.
* Negatives contain no PII at all; amounts, appointment/payment dates, times, references (<= 8 digits), flight,
  room and model numbers, meter readings, speeds, temperatures, ages, years and balances are never labelled.

## Counts
Positive cases: %d. Negative cases: %d.

| type | spans |
|---|---|
%s
""" % (SEED, min(nt), max(nt), sum(nt) / len(nt), npos, nneg, rows)

def main():
    text, lines = build()
    errs, counts, npos, nneg = check(lines)
    rd = readme(counts, npos, nneg, lines)
    if "--check" in sys.argv:
        for path, want in ((CASES, text), (README, rd)):
            if not os.path.exists(path) or open(path, encoding="utf-8").read() != want:
                errs.append("%s differs from regenerated output" % os.path.relpath(path, ROOT))
    else:
        os.makedirs(OUTDIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8") as f: f.write(text)
        with open(README, "w", encoding="utf-8") as f: f.write(rd)
    print("pii_holdout262: %d positive, %d negative" % (npos, nneg))
    for t in TYPES: print("  %-13s %d" % (t, counts[t]))
    for e in errs[:50]: print("ERROR:", e)
    print("OK" if not errs else "FAILED (%d problems)" % len(errs))
    sys.exit(1 if errs else 0)

if __name__ == "__main__":
    main()
