#!/usr/bin/env python3
"""Generate the pii_holdout435 held-out PII redaction evaluation set.

Standard library only.  Usage:
    python scripts/make_pii_holdout435.py           # write cases.jsonl
    python scripts/make_pii_holdout435.py --check   # regenerate + validate
Every turn is assembled from plain-text segments and labelled value segments,
so span offsets are computed, never typed by hand.
"""
import argparse
import json
import os
import random
import re
import sys

SEED = 435241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout435", "cases.jsonl")
R = random.Random(SEED)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
ZEROS = ["oh", "o", "nought", "zero", "oh"]
FILLERS = ["um", "uh", "er", "erm"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo",
        "F": "foxtrot", "G": "golf", "H": "hotel", "I": "india", "J": "juliet",
        "K": "kilo", "L": "lima", "M": "mike", "N": "november", "O": "oscar",
        "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango",
        "U": "uniform", "V": "victor", "W": "whiskey", "X": "x-ray", "Y": "yankee",
        "Z": "zulu"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]


def ch(seq):
    return R.choice(seq)


def dword(d):
    return ch(ZEROS) if d == "0" else UNITS[int(d)]


def num_words(n):
    """0..99 as words (no 'oh')."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + UNITS[u])


def ordinal(n):
    if n <= 20:
        return ORD[n - 1]
    t, u = divmod(n, 10)
    if u == 0:
        return "thirtieth" if t == 3 else "twentieth"
    return TENS[t] + " " + ORD[u - 1]


def say_year(y):
    if 2000 <= y < 2010:
        return ch(["two thousand and " + UNITS[y - 2000], "two thousand " + UNITS[y - 2000]])
    hi, lo = divmod(y, 100)
    return num_words(hi) + " " + (("oh " + UNITS[lo]) if lo < 10 else num_words(lo))


def _pair_ok(p):
    return not (p[0] >= "2" and p[1] == "0")


def say_group(s, style=None):
    """Speak a digit group so that it normalises back unambiguously."""
    style = style or ch(["single", "single", "pairs", "mixed", "hundreds"])
    if style == "hundreds" and len(s) == 3 and s[0] != "0" and _pair_ok(s[1:]):
        rem = int(s[1:])
        if rem == 0:
            return UNITS[int(s[0])] + " hundred"
        return UNITS[int(s[0])] + " hundred and " + num_words(rem)
    if style == "pairs" and len(s) % 2 == 0 and all(_pair_ok(s[i:i + 2]) for i in range(0, len(s), 2)):
        out = []
        for i in range(0, len(s), 2):
            p = s[i:i + 2]
            out.append(dword("0") + " " + UNITS[int(p[1])] if p[0] == "0" else num_words(int(p)))
        return " ".join(out)
    if style == "mixed" and len(s) >= 3:
        k = R.randint(1, len(s) - 1)
        return say_group(s[:k], "single") + " " + say_group(s[k:], "pairs")
    out, i = [], 0
    while i < len(s):
        d = s[i]
        if i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and R.random() < 0.5:
            out.append("triple " + dword(d))
            i += 3
        elif i + 1 < len(s) and s[i + 1] == d and R.random() < 0.7:
            out.append("double " + dword(d))
            i += 2
        else:
            out.append(dword(d))
            i += 1
    return " ".join(out)


def say_groups(groups, filler=0.25, seps=(", ", " ", "... ", ", ")):
    out = ""
    for i, g in enumerate(groups):
        if i:
            out += ch(seps)
            if R.random() < filler:
                out += ch(FILLERS) + ", "
        out += say_group(g)
    return out


def say_letter(c):
    lc = c.lower()
    return ch([lc, lc, lc + " for " + NATO[c], lc + " as in " + NATO[c], NATO[c]])


def say_alnum(s, filler=0.15):
    parts, buf = [], ""
    for c in s:
        if c.isdigit():
            buf += c
        else:
            if buf:
                parts.append(say_group(buf))
                buf = ""
            parts.append(say_letter(c))
    if buf:
        parts.append(say_group(buf))
    out = parts[0]
    for p in parts[1:]:
        out += ch([" ", ", ", " "]) + (ch(["um", "uh"]) + " " if R.random() < filler else "") + p
    return out


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [c for c in out if c]


def split_n(lst, n):
    """Split list into n non-empty consecutive parts."""
    cuts = sorted(R.sample(range(1, len(lst)), n - 1))
    parts, prev = [], 0
    for c in cuts + [len(lst)]:
        parts.append(lst[prev:c])
        prev = c
    return parts


# ---------------------------------------------------------------- values
def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def rdig(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def make_card():
    prefix, length = ch([("4", 16), ("4", 16), ("4", 16), ("51", 16), ("53", 16), ("55", 16),
                         ("2221", 16), ("34", 15), ("37", 15), ("6011", 16), ("4", 13),
                         ("6759", 19), ("4", 19)])
    body = prefix + rdig(length - 1 - len(prefix))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(card, odd=False):
    n = len(card)
    if odd:
        sizes = ch([[4, 6, 6], [2, 4, 4, 6], [8, 8], [3, 3, 3, 3, 4], [6, 4, 6], [5, 5, 6]])
    elif n == 15:
        sizes = [4, 6, 5]
    elif n == 13:
        sizes = [4, 4, 5]
    elif n == 19:
        sizes = [4, 4, 4, 4, 3]
    else:
        sizes = [4, 4, 4, 4]
    return chunks(card, sizes)


def fmt_card(card):
    g = card_groups(card, odd=R.random() < 0.2)
    sep = ch([" ", " ", "-", "", ".", "  ", " - ", "_"])
    return sep.join(g)


def make_ssn():
    a = R.choice([x for x in range(1, 900) if x != 666])
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def fmt_ssn(s):
    sep = ch(["-", "-", " ", "", ".", " - ", "/"])
    return sep.join([s[:3], s[3:5], s[5:]])


NI_L = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = ch(NI_L) + ch(NI_L)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ", "ER"):
            return p + rdig(6) + ch("ABCD")


def fmt_ni(n):
    f = ch(["plain", "spaced", "spaced", "lower", "dash", "mixed"])
    if f == "plain":
        return n
    if f == "spaced":
        return " ".join([n[:2], n[2:4], n[4:6], n[6:8], n[8]])
    if f == "lower":
        return ch([n.lower(), " ".join([n[:2], n[2:8], n[8]]).lower()])
    if f == "dash":
        return "-".join([n[:2], n[2:8], n[8]])
    return n[0] + n[1].lower() + " " + n[2:8] + " " + n[8]


def make_sort():
    return ch(["20", "40", "60", "30", "11", "83", "90", "07", "23", "77"]) + rdig(4)


def fmt_sort(s):
    sep = ch(["-", "-", " ", "", ".", " / "])
    return sep.join([s[:2], s[2:4], s[4:]])


def make_acct(us=False):
    return str(R.randint(1, 9)) + rdig(R.randint(9, 11) if us else 7)


def iban_for(cc, bban):
    conv = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return cc + "%02d" % (98 - int(conv) % 97) + bban


def make_iban():
    cc = ch(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        bban = ch(["NWBK", "BARC", "MIDL", "HBUK", "ABBY"]) + make_sort() + make_acct()
    elif cc == "IE":
        bban = ch(["AIBK", "BKIR"]) + rdig(14)
    elif cc == "DE":
        bban = rdig(18)
    elif cc == "FR":
        bban = rdig(23)
    elif cc == "NL":
        bban = ch(["ABNA", "INGB", "SNSB"]) + rdig(10)
    else:
        bban = rdig(20)
    return iban_for(cc, bban)


def fmt_iban(i):
    g = chunks(i, [4] * 9)
    f = ch(["groups", "groups", "plain", "lower", "lowergroups"])
    if f == "groups":
        return " ".join(g)
    if f == "plain":
        return i
    if f == "lower":
        return i.lower()
    return " ".join(g).lower()


def make_phone():
    k = ch(["ukmob", "ukmob", "uklon", "us", "us", "ie", "de", "fr"])
    if k == "ukmob":
        loc = "7700900" + rdig(3)
        return k, ch(["07700 900" + loc[-3:], "07700900" + loc[-3:], "+44 7700 900" + loc[-3:],
                      "+44 (0)7700 900 " + loc[-3:], "0044 7700 900" + loc[-3:],
                      "+447700900" + loc[-3:], "07700-900-" + loc[-3:]]), "0" + loc
    if k == "uklon":
        a = ch([("20", "7946 0"), ("161", "496 0"), ("113", "496 0"), ("131", "496 0")])
        tail = rdig(3)
        return k, ch(["0%s %s%s" % (a[0], a[1], tail), "+44 %s %s%s" % (a[0], a[1], tail),
                      "(0%s) %s%s" % (a[0], a[1], tail)]).lstrip("("), "0" + a[0] + a[1].replace(" ", "") + tail
    if k == "us":
        area = ch(["415", "212", "617", "303", "512", "206"])
        t = "01" + rdig(2)
        return k, ch(["%s-555-%s" % (area, t), "+1 %s 555 %s" % (area, t), "%s.555.%s" % (area, t),
                      "+1-%s-555-%s" % (area, t), "1 %s 555 %s" % (area, t)]), area + "555" + t
    if k == "ie":
        t = rdig(7)
        return k, ch(["+353 87 %s %s" % (t[:3], t[3:]), "087 %s %s" % (t[:3], t[3:]),
                      "00353 86 %s" % t]), "087" + t
    if k == "de":
        t = rdig(8)
        return k, ch(["+49 30 %s" % t, "+49 (0)30 %s %s" % (t[:4], t[4:])]), "030" + t
    t = rdig(8)
    return k, "+33 6 %s %s %s %s" % (t[:2], t[2:4], t[4:6], t[6:]), "06" + t


def say_phone(kind, digits):
    intl = R.random() < 0.35
    if kind == "ukmob":
        if intl:
            return ch(["plus four four", "double oh four four"]) + " " + say_groups(["7700", "900", digits[-3:]])
        return say_groups(["07700", "900", digits[-3:]])
    if kind == "us":
        return ("plus one " if intl else "") + say_groups([digits[:3], digits[3:6], digits[6:]])
    if kind == "ie":
        return ("plus three five three " + say_groups([digits[1:3], digits[3:6], digits[6:]])) if intl \
            else say_groups([digits[:3], digits[3:6], digits[6:]])
    return say_groups(chunks(digits, [4, 3, 4, 4]))


FIRST = ["Aoife", "Tom", "Priya", "Marcus", "Siobhan", "Daniel", "Grace", "Olu", "Wei", "Hannah",
         "Jamal", "Katie", "Luis", "Fatima", "Ben", "Chloe", "Ravi", "Megan", "Sean", "Ana"]
LAST = ["Reyes", "Natarajan", "O'Brien", "Kowalski", "Hughes", "Okafor", "Chen", "Murphy",
        "Schmidt", "Patel", "Dubois", "Walsh", "Jones", "Garcia", "Byrne", "Novak"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "btinternet.com",
           "eircom.net", "web.de", "proton.me", "aol.com"]


def make_email():
    f, l = ch(FIRST).lower().replace("'", ""), ch(LAST).lower().replace("'", "")
    local = ch([f + "." + l, f[0] + l, f + "_" + l + str(R.randint(1, 99)), l + f[0] + str(R.randint(70, 99)),
                f + "." + l[0], f + l])
    return local + "@" + ch(DOMAINS)


def fmt_email(e):
    f = ch(["plain", "plain", "plain", "upper", "brackets", "spaced"])
    if f == "upper":
        loc, dom = e.split("@")
        return loc.capitalize() + "@" + dom
    if f == "brackets":
        return e.replace("@", " [at] ").replace(".", " [dot] ")
    if f == "spaced":
        return e.replace("@", " at ").replace(".", " dot ")
    return e


def say_email(e):
    loc, dom = e.split("@")

    def part(p):
        out = []
        for tok in re.findall(r"[a-z]+|\d+|[._]", p):
            if tok == ".":
                out.append("dot")
            elif tok == "_":
                out.append("underscore")
            elif tok.isdigit():
                out.append(num_words(int(tok)) if tok[0] != "0" else say_group(tok, "single"))
            elif len(tok) <= 2 or R.random() < 0.2:
                out.append(" ".join(say_letter(c.upper()) if R.random() < 0.3 else c for c in tok))
            else:
                out.append(tok)
        return " ".join(out)
    return part(loc) + " at " + part(dom)


STREETS = ["Kingsley Road", "Mill Lane", "Acacia Avenue", "Holloway Road", "Station Road", "Church Street",
           "Beech Grove", "Ashgrove Park", "Victoria Terrace", "Marlowe Close", "Elm Drive", "Harbour Way",
           "Maple Street", "West 86th Street", "N. Lincoln Ave", "Cedar Lane", "Sunset Blvd", "Pine Court",
           "Queen's Crescent", "Albert Place"]
STREET_SUFFIX = ["road", "rd", "lane", "ln", "avenue", "ave", "street", "st", "grove", "park", "terrace",
                 "close", "drive", "dr", "way", "blvd", "boulevard", "court", "crescent", "place", "gardens",
                 "mews", "square", "row", "hill"]
TOWNS_UK = ["Leeds", "Manchester", "Bristol", "Cardiff", "Glasgow", "Norwich", "York", "Brighton"]
TOWNS_US = ["Austin, TX", "Denver, CO", "Seattle, WA", "Boston, MA", "Chicago, IL"]


def make_address(us=False):
    num = str(R.randint(1, 240)) + (ch(["", "", "", "a", "b"]) if not us else "")
    if us:
        num = str(R.randint(100, 9800))
    st = ch(STREETS[12:] if us else STREETS[:12])
    if R.random() < 0.3:
        return ch(["Flat %d, " % R.randint(1, 30), "Apt %d%s, " % (R.randint(1, 20), ch("ABC")),
                   "Flat %d%s " % (R.randint(1, 9), ch("ab"))]) + num + " " + st
    return num + " " + st


def say_address(addr):
    def conv(m):
        n = int(m.group(1))
        return (num_words(n) if n < 100 else say_group(str(n), "hundreds")) + (" " + m.group(2) if m.group(2) else "")
    s = addr.lower().replace(",", "").replace(".", "").replace("'", "")
    s = re.sub(r"\b(\d+)(th)\b", lambda m: m.group(0), s)
    return re.sub(r"\b(\d+)([ab])?\b", conv, s)


UK_AREAS = ["SW", "LS", "M", "B", "EH", "G", "CF", "BS", "NE", "L", "CB", "BT", "N", "E", "SE", "NW", "RG", "KT"]
IN_L = "ABDEFGHJLNPRSTUWXYZ"


def make_postcode(us=False):
    if us:
        return str(R.randint(10000, 99950)) + (("-" + rdig(4)) if R.random() < 0.3 else "")
    a = ch(UK_AREAS)
    d = str(R.randint(1, 20)) if len(a) == 1 or R.random() < 0.5 else str(R.randint(1, 9))
    return a + d + " " + str(R.randint(1, 9)) + ch(IN_L) + ch(IN_L)


def fmt_postcode(p):
    return ch([p, p, p.lower(), p.replace(" ", ""), p.upper()])


def make_dob():
    return R.randint(1938, 2004), R.randint(1, 12), R.randint(1, 28)


def fmt_dob(y, m, d, us=False):
    f = ch(["slash", "slash", "iso", "dmon", "mdy", "dots", "ord"])
    if us and f == "slash":
        return "%02d/%02d/%d" % (m, d, y)
    return {"slash": "%02d/%02d/%d" % (d, m, y), "iso": "%d-%02d-%02d" % (y, m, d),
            "dmon": "%d-%s-%d" % (d, MON3[m - 1], y), "mdy": "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y),
            "dots": "%02d.%02d.%02d" % (d, m, y % 100), "ord": "%d%s %s %d" % (
                d, "th" if d > 3 and d < 21 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"),
                MON3[m - 1], y)}[f]


def say_dob(y, m, d):
    f = ch(["ord", "ord", "digits", "us", "ordnum"])
    if f == "ord":
        return ch(["the ", ""]) * 0 + ordinal(d) + " of " + MONTHS[m - 1] + " " + say_year(y)
    if f == "us":
        return MONTHS[m - 1] + " " + ordinal(d) + " " + say_year(y)
    if f == "ordnum":
        return ordinal(d) + " of the " + ordinal(m) + " " + say_year(y)
    return say_groups(["%02d" % d, "%02d" % m, "%02d" % (y % 100)], filler=0.1)


def make_exp():
    return R.randint(1, 12), R.randint(25, 31)


def fmt_exp(m, y):
    return ch(["%02d/%02d" % (m, y), "%d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y),
               "%s %02d" % (MON3[m - 1], y), "%s 20%02d" % (MONTHS[m - 1].capitalize(), y), "%02d / %02d" % (m, y)])


def say_exp(m, y):
    return ch([say_group("%02d" % m, "single") + " " + num_words(y),
               MONTHS[m - 1] + " " + ch(["", "twenty "]) + num_words(y),
               say_group("%02d" % m, "single") + " slash " + say_group("%02d" % y, "single"),
               MONTHS[m - 1] + " twenty " + num_words(y)])


def make_cvv(amex=False):
    return rdig(4) if amex else rdig(3)


# ---------------------------------------------------------------- case helpers
BACK = ["mhm", "go on", "yep", "ok", "uh huh", "right", "got that", "ok, and the next bit?", "yes",
        "sure, carry on", "mm-hmm", "lovely"]
CHATBACK = ["ok", "got it", "thanks, next part?", "👍", "ok go ahead", "received"]
INDUSTRIES = ["bank", "mobile network", "energy supplier", "online retailer", "insurer", "airline",
              "hospital billing office", "tax office", "broadband provider", "water company"]


def V(text, typ):
    return (text, typ)


def T(speaker, *segs):
    return (speaker, list(segs))


def spoken_split(groups, typ, n):
    """Customer turns reading groups in n pieces with agent back-channels."""
    parts = split_n(groups, n)
    turns = []
    for i, p in enumerate(parts):
        lead = ch(["", "", "uh ", "then ", "ok ", "and "]) if i else ""
        tail = ch(["", "", "", "...", ","])
        turns.append(T("customer", lead, V(say_groups(p), typ), tail))
        if i < n - 1:
            turns.append(T("agent", ch(BACK)))
    return turns


# ---------------------------------------------------------------- positive scenarios
def p_chat_card():
    c = make_card()
    m, y = make_exp()
    return [T("agent", "Hi, thanks for contacting us. Please send the long number on the card you'd like to use."),
            T("customer", ch(["card no: ", "its ", "Card number - ", "here u go ", "crad number: ", "CARD "]),
              V(fmt_card(c), "CARD_NUMBER"), ch([" exp ", ", expiry ", " valid thru ", " / exp: "]),
              V(fmt_exp(m, y), "EXPIRY"), ch([" cvv ", ", security code ", " CVC: ", " and the 3 digits on back are "]),
              V(make_cvv(len(c) == 15), "CVV")),
            T("agent", "Thank you, the payment of £%d.%02d will go through shortly." % (R.randint(5, 900), R.randint(0, 99)))], \
        "chat: card, expiry and CVV in one message with label typo/variation"


def p_chat_card_split():
    c = make_card()
    g = card_groups(c)
    parts = split_n(g, R.randint(2, min(3, len(g))))
    turns = [T("agent", "Could you type the card number please? You can send it in parts if easier.")]
    for i, p in enumerate(parts):
        turns.append(T("customer", V(ch([" ", "-", " "]).join(p), "CARD_NUMBER")))
        if i < len(parts) - 1 and R.random() < 0.6:
            turns.append(T("agent", ch(CHATBACK)))
    turns.append(T("customer", ch(["thats it", "done", "that's all of it", "sorry phone keeps sending early"])))
    return turns, "chat: card number broken across several messages"


def p_email_card_lines():
    c = make_card()
    g = card_groups(c)
    k = R.randint(1, len(g) - 1)
    m, y = make_exp()
    kind, ph, _ = make_phone()
    name = ch(FIRST) + " " + ch(LAST)
    body = [T("customer", "Subject: RE: Payment failed - order #", str(R.randint(100000, 999999)),
              "\n\nHello,\n\nSorry about this, please use my other card instead: ",
              V(" ".join(g[:k]) + "\n" + " ".join(g[k:]), "CARD_NUMBER"),
              "\nexp ", V(fmt_exp(m, y), "EXPIRY"), ".\n\nThanks,\n", name, "\n",
              ch(["Mob: ", "Tel ", "M: ", "Sent from my phone | "]), V(ph, "PHONE"),
              "\n\n> On Tue, Support wrote:\n> We were unable to take payment of £", str(R.randint(20, 400)),
              ".00 for your order.")]
    return body, "e-mail: card wrapped over a line break, signature phone, quoted reply"


def p_sms_card():
    c = make_card()
    m, y = make_exp()
    return [T("customer", ch(["Hi its ", "hiya ", "Hello this is "]), ch(FIRST), ch([", ", " - ", ". "]),
              ch(["can u put £", "pls take £", "top up £"]), str(R.randint(5, 60)),
              ch([" on card ", " off ", " from "]), V(fmt_card(c).replace(" ", ""), "CARD_NUMBER"),
              " ", V("%02d%02d" % (m, y), "EXPIRY"), " ", V(make_cvv(len(c) == 15), "CVV"), ch([" ta", " thx", " x", ""])),
            T("agent", "Please don't send card details by SMS. We've topped up this time, ref TU",
              str(R.randint(100000, 999999)), ".")], "SMS: card, packed expiry and CVV without separators"


def p_asr_card():
    c = make_card()
    g = card_groups(c)
    turns = [T("agent", ch(["can i take the long card number please", "ok when you're ready, the sixteen digits on the front",
                            "and what's the card number"]))]
    turns += spoken_split(g, "CARD_NUMBER", R.randint(2, min(4, len(g))))
    if R.random() < 0.7:
        turns.append(T("agent", ch(["so that's ", "let me read that back, ", "just to confirm, "]),
                       V(say_groups(g, filler=0), "CARD_NUMBER"), ch(["", ", is that right", "?"])))
        turns.append(T("customer", ch(["yes", "yeah that's it", "correct", "spot on"])))
    return turns, "call: card read over several turns with back-channels and agent read-back"


def p_asr_card_aside():
    c = make_card()
    g = card_groups(c)
    k = R.randint(1, len(g) - 1)
    return [T("agent", "go ahead with the card number"),
            T("customer", V(say_groups(g[:k]), "CARD_NUMBER"), ch([", sorry, hang on, the dog's going mad, ",
                                                                   "... sorry i can't see it, let me get my glasses, right, ",
                                                                   ", hold on kids are shouting, ok, "]),
              V(say_groups(g[k:]), "CARD_NUMBER")),
            T("agent", ch(["and the expiry?", "thanks, and when does it expire"])),
            T("customer", V(say_exp(*make_exp()), "EXPIRY"))], "call: aside in the middle of a card reading; expiry spoken"


def p_asr_card_correction():
    c1, c2 = make_card(), make_card()
    return [T("customer", "it's ", V(say_groups(card_groups(c1), filler=0.1), "CARD_NUMBER"),
              ch([" ... no wait, that's my old one, it's ", " - no sorry scratch that, the new card is "]),
              V(say_groups(card_groups(c2), filler=0.1), "CARD_NUMBER")),
            T("agent", "no problem, and the three digit code on the back"),
            T("customer", V(say_group(make_cvv(), "single"), "CVV"))], \
        "call: customer reads wrong card then corrects with a full second reading (both labelled)"


def p_webform_card():
    c = make_card()
    m, y = make_exp()
    name = ch(FIRST) + " " + ch(LAST)
    pc = make_postcode(us=R.random() < 0.3)
    return [T("customer", "[Web form submission - Payment details]\nName on card: ", name,
              "\nCard number: ", V(fmt_card(c), "CARD_NUMBER"), "\nExpiry (MM/YY): ", V("%02d/%02d" % (m, y), "EXPIRY"),
              "\nCVV: ", V(make_cvv(len(c) == 15), "CVV"), "\nBilling postcode: ", V(pc, "POSTCODE"),
              "\nAmount: ", "£%d.%02d" % (R.randint(10, 2000), R.randint(0, 99)),
              "\nInvoice ref: INV-", rdig(6))], "web form: card payment fields with invoice distractor"


def p_pasted_card():
    c = make_card()
    return [T("customer", ch(["i copied it from my banking app: ", "pasting from notes -> ", "here's what the app says\n"]),
              "\"", V(fmt_card(c), "CARD_NUMBER"), "\"", ch([" (debit)", "", " - the visa one"])),
            T("agent", "Thanks. I'll update your ", ch(INDUSTRIES), " account now.")], \
        "chat: pasted card in quotes"


def p_chat_ssn():
    s = make_ssn()
    y, m, d = make_dob()
    return [T("agent", "To verify your identity for the ", ch(["benefits", "billing", "tax", "insurance"]),
              " account I need your SSN and date of birth."),
            T("customer", ch(["ssn ", "SSN: ", "social is ", "ss# ", "my social security # is "]), V(fmt_ssn(s), "SSN"),
              ch([" dob ", ", born ", " and DOB "]), V(fmt_dob(y, m, d, us=True), "DOB"))], "chat: US SSN and DOB"


def p_asr_ssn():
    s = make_ssn()
    g = [s[:3], s[3:5], s[5:]]
    turns = [T("agent", ch(["and your social security number", "can you verify your social please"]))]
    if R.random() < 0.5:
        turns += spoken_split(g, "SSN", R.randint(2, 3))
    else:
        turns.append(T("customer", ch(["yeah it's ", "sure, ", "", "ok um "]), V(say_groups(g, filler=0.3), "SSN")))
    if R.random() < 0.5:
        turns.append(T("agent", "thank you, I have ", V(say_groups(g, filler=0), "SSN")))
    return turns, "call: SSN spoken with fillers / over turns, read-back"


def p_email_ssn():
    s = make_ssn()
    kind, ph, _ = make_phone()
    return [T("customer", "Hi,\n\nRe: claim ", "CLM-", rdig(7), "\n\nMy social is\n", V(fmt_ssn(s), "SSN"),
              "\nand you can reach me at ", V(ph, "PHONE"), " after 5pm.\n\n--\n", ch(FIRST), "\n",
              ch(["Sent from Outlook for iOS", "Please consider the environment before printing"]))], \
        "e-mail: SSN on its own line, phone, claim-number distractor"


def p_form_ssn_masked():
    s = make_ssn()
    return [T("agent", "Our records show SSN ***-**-**** on file. Please re-enter the full number."),
            T("customer", "SSN (no dashes): ", V(s, "SSN"))], "form: masked SSN placeholder plus full unseparated SSN"


def p_chat_ni():
    n = make_ni()
    return [T("agent", "Can you provide your National Insurance number?"),
            T("customer", ch(["NI no. ", "ni number is ", "NINO: ", "its ", "N.I. "]), V(fmt_ni(n), "NI_NUMBER"),
              ch(["", " thanks", ".", " (from my payslip)"]))], "chat: UK NI number typed with mixed case/spacing"


def p_asr_ni():
    n = make_ni()
    turns = [T("agent", "and your national insurance number please")]
    if R.random() < 0.4:
        turns.append(T("customer", V(say_alnum(n[:4]), "NI_NUMBER"), ch([", ", "..."])))
        turns.append(T("agent", ch(BACK)))
        turns.append(T("customer", V(say_alnum(n[4:]), "NI_NUMBER")))
    else:
        turns.append(T("customer", ch(["yeah it's ", "", "right, ", "hang on... ok it's "]), V(say_alnum(n, 0.3), "NI_NUMBER")))
    if R.random() < 0.5:
        turns.append(T("agent", "so that's ", V(say_alnum(n, 0), "NI_NUMBER"), "?"))
        turns.append(T("customer", "that's right"))
    return turns, "call: NI number spoken with NATO spelling / split / read-back"


def p_webform_ni():
    n = make_ni()
    y, m, d = make_dob()
    pc = make_postcode()
    addr = make_address()
    em = make_email()
    return [T("customer", "New claim - online form\n-----------------------\nFull name: ", ch(FIRST), " ", ch(LAST),
              "\nDate of birth: ", V(fmt_dob(y, m, d), "DOB"), "\nNational Insurance number: ", V(fmt_ni(n), "NI_NUMBER"),
              "\nAddress line 1: ", V(addr, "ADDRESS"), "\nTown: ", ch(TOWNS_UK), "\nPostcode: ", V(fmt_postcode(pc), "POSTCODE"),
              "\nEmail: ", V(em, "EMAIL"), "\nNumber of dependants: ", str(R.randint(0, 4)))], \
        "web form: government services claim with DOB, NI, address, postcode, e-mail"


def p_email_ni_quoted():
    n = make_ni()
    fn = fmt_ni(n)
    return [T("customer", "Thanks for your help.\n\n> Please confirm the NI number you gave us.\n\nyes its ",
              V(fn, "NI_NUMBER"), " as i said before\n\n> > My NI is ", V(fn, "NI_NUMBER"),
              "\n> > Regards")], "e-mail: NI in reply and again in quoted earlier message"


def p_chat_bank():
    s, a = make_sort(), make_acct()
    return [T("agent", "Please give the sort code and account number for the refund."),
            T("customer", ch(["sort ", "S/C: ", "sortcode ", "sort code "]), V(fmt_sort(s), "SORT_CODE"),
              ch([" acct no: ", ", a/c ", " account ", "\nacc# "]), V(a, "BANK_ACCOUNT")),
            T("agent", "Thanks, the refund of £", "%d.%02d" % (R.randint(10, 500), R.randint(0, 99)),
              " should arrive in 3-5 working days.")], "chat: sort code and account number with terse labels"


def p_chat_acct_split():
    a = make_acct()
    k = R.randint(3, 5)
    return [T("customer", "acct is ", V(a[:k], "BANK_ACCOUNT")), T("customer", V(a[k:], "BANK_ACCOUNT")),
            T("customer", "sorry sent too soon"),
            T("agent", "No worries, and the sort code?"), T("customer", V(fmt_sort(make_sort()), "SORT_CODE"))], \
        "chat: account number broken across two messages"


def p_asr_bank():
    s, a = make_sort(), make_acct()
    turns = [T("agent", "what's the sort code on that account"),
             T("customer", V(say_groups([s[:2], s[2:4], s[4:]], filler=0.2), "SORT_CODE")),
             T("agent", ch(["lovely, and the account number", "and the eight digit account number"]))]
    turns += spoken_split(chunks(a, [4, 4]), "BANK_ACCOUNT", 2) if R.random() < 0.5 else \
        [T("customer", ch(["it's ", "", "erm "]), V(say_groups(chunks(a, [4, 4])), "BANK_ACCOUNT"))]
    turns.append(T("agent", "so that's ", V(say_groups([s[:2], s[2:4], s[4:]], filler=0), "SORT_CODE"), ", account ",
                   V(say_groups(chunks(a, [2, 2, 2, 2]), filler=0), "BANK_ACCOUNT")))
    return turns, "call: sort code and account spoken, agent read-back"


def p_us_bank():
    a = make_acct(us=True)
    return [T("customer", "routing # ", "0", rdig(8), " / checking acct ", V(a, "BANK_ACCOUNT")),
            T("agent", "Thanks, autopay is set for the 15th of each month.")], \
        "chat: US checking account (routing number unlabelled as it identifies the bank)"


def p_chat_iban():
    i = make_iban()
    return [T("agent", "For transfers from abroad we need your IBAN."),
            T("customer", ch(["IBAN: ", "iban ", "my iban is ", "IBAN -> "]), V(fmt_iban(i), "IBAN"),
              ch(["", " thanks", ".", "\nBIC " + ch(["AIBKIE2D", "BKIRIE2D", "NWBKGB2L", "INGBNL2A"])]))], "chat: IBAN typed with grouping/case variation"


def p_email_iban_lines():
    i = make_iban()
    g = chunks(i, [4] * 9)
    k = R.randint(2, len(g) - 1)
    return [T("customer", "Dear team,\n\nPlease pay the deposit refund into:\n\nIBAN ",
              V(" ".join(g[:k]) + "\n" + " ".join(g[k:]), "IBAN"), "\n(sorry the form box was too short)\n\nKind regards\n", ch(FIRST))], \
        "e-mail: IBAN split over two lines of a reply (one span across the line break)"


def p_asr_iban():
    i = make_iban()
    turns = [T("agent", "ok, go ahead with the iban")]
    k = R.randint(6, len(i) - 6)
    turns.append(T("customer", V(say_alnum(i[:k]), "IBAN")))
    turns.append(T("agent", ch(BACK)))
    turns.append(T("customer", V(say_alnum(i[k:]), "IBAN")))
    return turns, "call: IBAN spoken over two turns with letters spelled"


def p_chat_phone():
    kind, ph, _ = make_phone()
    return [T("agent", "What's the best number to reach you on?"),
            T("customer", ch(["", "mob ", "call me on ", "tel: ", "new number is ", "its "]), V(ph, "PHONE"),
              ch(["", " anytime after 6", " (whatsapp too)", " not the landline"]))], "chat: phone in national/international format"


def p_asr_phone():
    kind, ph, digits = make_phone()
    if kind not in ("ukmob", "us", "ie"):
        kind, ph, digits = "ukmob", "", "07700900" + rdig(3)
    return [T("agent", "and a contact number?"),
            T("customer", ch(["yeah it's ", "", "my mobile is ", "erm "]), V(say_phone(kind, digits), "PHONE")),
            T("agent", "thanks, and is that the best one for text updates"), T("customer", "yeah")], \
        "call: phone spoken with double/oh, some with country code"


def p_sms_phone_email():
    kind, ph, _ = make_phone()
    em = make_email()
    return [T("customer", ch(["new no ", "Changed my number -> ", "pls update my no to "]), V(ph, "PHONE"),
              ch([" & email ", ". email: ", " and e-mail "]), V(fmt_email(em), "EMAIL"), ch([" ta", "", " cheers"]))], \
        "SMS: phone and e-mail change, e-mail sometimes obfuscated"


def p_asr_email():
    em = make_email()
    return [T("agent", "can i take an email address for the confirmation"),
            T("customer", ch(["yeah it's ", "sure, ", "it's um "]), V(say_email(em), "EMAIL")),
            T("agent", ch(["lovely", "got it", "thank you"]), ", and that's all lower case?"), T("customer", "yep")], \
        "call: e-mail spelled out with 'dot' and 'at'"


def p_email_sig():
    em = make_email()
    kind, ph, _ = make_phone()
    addr, pc = make_address(), make_postcode()
    return [T("customer", "Hi, my broadband has been down since Monday, ticket TKT-", rdig(6),
              ". Please call me.\n\n", ch(FIRST), " ", ch(LAST), "\n", V(addr, "ADDRESS"), "\n", ch(TOWNS_UK), "\n",
              V(pc, "POSTCODE"), "\nT: ", V(ph, "PHONE"), "\nE: ", V(em, "EMAIL"))], \
        "e-mail: signature block with address, postcode, phone, e-mail; ticket distractor"


def p_chat_dob():
    y, m, d = make_dob()
    return [T("agent", "For security, what's your date of birth?"),
            T("customer", ch(["", "dob ", "born ", "its "]), V(fmt_dob(y, m, d), "DOB"))], "chat: DOB in varied formats"


def p_asr_dob():
    y, m, d = make_dob()
    return [T("agent", "can you confirm your date of birth"),
            T("customer", ch(["yes it's ", "", "um, "]), V(say_dob(y, m, d), "DOB")),
            T("agent", "thank you, and the first line of your address")], "call: DOB spoken"


def p_asr_address():
    addr, pc = make_address(), make_postcode()
    pcs = pc.replace(" ", "")
    return [T("agent", "what's the address we're sending it to"),
            T("customer", V(say_address(addr), "ADDRESS"), ", ", ch(TOWNS_UK).lower(), ch([", ", ". postcode ", ", and it's "]),
              V(say_alnum(pcs, 0.1), "POSTCODE")),
            T("agent", ch(["and that's in", "lovely"]), ", ", V(say_alnum(pcs, 0), "POSTCODE"), "?"), T("customer", "yeah")], \
        "call: address and UK postcode spoken, postcode read back"


def p_us_address():
    addr, z = make_address(us=True), make_postcode(us=True)
    ph = make_phone()
    while ph[0] != "us":
        ph = make_phone()
    return [T("customer", "Ship to: ", V(addr, "ADDRESS"), ", ", ch(TOWNS_US), " ", V(z, "POSTCODE"),
              "\nPhone: ", V(ph[1], "PHONE"))], "web form: US address with ZIP and phone"


def p_mixed_insurance():
    y, m, d = make_dob()
    pc = make_postcode()
    return [T("agent", "thanks for calling, can i take your policy number first"),
            T("customer", "yeah it's h x ", say_groups(["4412", "07"], filler=0)),
            T("agent", "and your date of birth"),
            T("customer", V(say_dob(y, m, d), "DOB")),
            T("agent", "and postcode"),
            T("customer", V(say_alnum(pc.replace(" ", "")), "POSTCODE"))], \
        "call: insurance ID&V; policy number spoken (unlabelled) then DOB and postcode"


POS = [(p_chat_card, 11), (p_chat_card_split, 10), (p_email_card_lines, 8), (p_sms_card, 8), (p_asr_card, 12),
       (p_asr_card_aside, 6), (p_asr_card_correction, 6), (p_webform_card, 8), (p_pasted_card, 5),
       (p_chat_ssn, 10), (p_asr_ssn, 10), (p_email_ssn, 6), (p_form_ssn_masked, 4),
       (p_chat_ni, 10), (p_asr_ni, 10), (p_webform_ni, 6), (p_email_ni_quoted, 4),
       (p_chat_bank, 7), (p_chat_acct_split, 4), (p_asr_bank, 6), (p_us_bank, 3),
       (p_chat_iban, 6), (p_email_iban_lines, 4), (p_asr_iban, 4),
       (p_chat_phone, 6), (p_asr_phone, 6), (p_sms_phone_email, 6), (p_asr_email, 6), (p_email_sig, 6),
       (p_chat_dob, 5), (p_asr_dob, 5), (p_asr_address, 6), (p_us_address, 4), (p_mixed_insurance, 4)]


# ---------------------------------------------------------------- negative scenarios
def n_order16():
    lab = ch(["order number", "Order #", "tracking no.", "reference", "booking ref", "claim number", "serial"])
    return [T("customer", "my ", lab, " is ", fmt_card(make_card())),
            T("agent", "Thanks, I can see that ", lab.lower().rstrip(".#"), " here, it was dispatched on ",
              str(R.randint(1, 28)), " ", ch(MON3), ".")], "16-digit Luhn-valid looking string labelled as an order/reference number"


def n_asr_ref():
    return [T("agent", "have you got the reference number from the letter"),
            T("customer", "yeah the reference is ", say_groups(chunks(rdig(R.choice([9, 12, 16])), [4, 4, 4, 4]))),
            T("agent", "mhm"), T("customer", "that's the reference, not my account")], \
        "call: long reference number read like a card/SSN"


def n_last4():
    l4 = rdig(4)
    return [T("agent", ch(["I can see a card ending ", "Is that the Visa ending in ", "Payment was taken from the card ending "]), l4, "?"),
            T("customer", ch(["yes the one ending ", "yeah ", "no, the one that ends "]),
              ch([l4, say_groups([l4], filler=0)]), ch(["", " thanks", ", the debit card"]))], "card last-four only (not PII)"


def n_masked():
    return [T("customer", ch(["Pasted from my statement: ", "app shows "]),
              ch(["**** **** **** ", "XXXX-XXXX-XXXX-", "************", "•••• "]), rdig(4),
              ch([" — was charged twice", ", charged £12.99 on the 3rd and again on the 4th", ""]))], \
        "masked card (last four visible) in pasted statement"


def n_balance():
    return [T("customer", "what's my balance"),
            T("agent", ch(["your balance is ", "you currently owe ", "the outstanding amount is "]),
              ch(["£%d,%03d.%02d" % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 99)),
                  "%s pounds %s" % (say_group(str(R.randint(100, 999)), "hundreds"), num_words(R.randint(1, 99))),
                  "$%d.%02d" % (R.randint(10, 99999), R.randint(0, 99)), "€%d" % R.randint(100, 99999)]),
              ch([", due on the 14th.", " and your next bill is on 3 June.", "."]))], "balances and amounts"


def n_hours():
    return [T("agent", ch(["we're open ", "the branch is open ", "lines are open "]),
              ch(["8am to 8pm Monday to Friday", "09:00-17:30 weekdays, 10:00-16:00 Sat", "nine till half five",
                  "from eight thirty in the morning till six"]), ch([", and about a 20 minute wait right now.",
                                                                   ". Average hold is 4 mins.", "."]))], "opening hours, times, durations"


def n_meter():
    return [T("customer", ch(["meter reading is ", "my reading today: ", "Reading - "]),
              ch([rdig(5), rdig(6), " ".join(rdig(5)), say_groups([rdig(5)], filler=0)]),
              ch([" on the day meter and ", " and night "]), rdig(5)),
            T("agent", "Thanks, meter serial ", ch(["E", "K", "S"]), rdig(2), ch(["M", "K"]), rdig(6),
              " updated.")], "meter readings and meter serial"


def n_travel():
    return [T("customer", "I'm on flight ", ch(["BA", "EI", "FR", "LH", "UA"]), str(R.randint(100, 9999)),
              ", seat ", str(R.randint(1, 40)), ch("ACDF"), ", gate ", ch(["B", "C", "A"]), str(R.randint(1, 60)),
              ", and my hotel room is ", str(R.randint(101, 1450)), "."),
            T("agent", "Booking reference ", "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
              " has been rebooked on the 18:45.")], "flight, seat, gate, room numbers, booking ref"


def n_ages():
    return [T("customer", "my son is ", str(R.randint(2, 17)), " and I'm ", num_words(R.randint(30, 79)),
              ", we've been customers for ", str(R.randint(2, 30)), " years, since ", str(R.randint(1985, 2020)), "."),
            T("agent", "That's great, you qualify for ", str(R.randint(5, 40)), "% off and the heating should be set to ",
              str(R.randint(18, 23)), "°C.")], "ages, years, durations, percentages, temperature"


def n_appointment():
    return [T("agent", ch(["your appointment is on ", "the engineer is booked for ", "your payment is due on "]),
              ch(["%d/%02d/2025" % (R.randint(1, 28), R.randint(1, 12)), "the %s of %s" % (ordinal(R.randint(1, 28)), ch(MONTHS)),
                  "%s %d" % (ch(MONTHS).capitalize(), R.randint(1, 28)), "2025-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28))]),
              " between ", ch(["8 and 12", "1pm and 5pm", "ten and two"]), "."),
            T("customer", "and my contract ends ", ch(["03/2026", "in March 2027", "end of next year"]), "?")], \
        "appointment, payment and contract dates"


def n_policy():
    lab = ch(["policy number", "Policy No.", "invoice", "ticket", "case ID", "model number", "IMEI", "serial number"])
    val = ch(["PX-" + rdig(8), rdig(9), rdig(15), "INV" + rdig(7), "%s-%s-%s" % (rdig(3), rdig(2), rdig(4)),
              "".join(ch("ABCDEFGH") for _ in range(2)) + rdig(6) + ch("ABCD")])
    return [T("customer", lab, ": ", val, ch([" - can you check status?", "", "\n\nthanks"]))], \
        "labelled policy/invoice/ticket/serial/IMEI number, some shaped like SSN/NI"


def n_roads():
    return [T("customer", "there's a power cut on the ", ch(["A40", "M25 junction 14", "B1234", "I-95", "Route 66", "N7"]),
              ch([" near the retail park", " by exit 22", ""]), ", about ", str(R.randint(2, 300)), " houses affected."),
            T("agent", "Thanks, we've logged it as incident ", rdig(7), ".")], "road names and incident numbers"


def n_asr_amounts():
    a, b = R.randint(100, 999), R.randint(20, 99)
    return [T("customer", "i paid ", say_group(str(a), "hundreds"), " pounds on the ",
              ordinal(R.randint(1, 28)), " and then another ", num_words(b), " fifty"),
            T("agent", "mhm, i can see two payments, one of £", str(a), " and one of £", str(b), ".50")], "call: amounts spoken with hundreds and pairs"


def n_chat_codes():
    return [T("customer", "tracking says ", ch(["1Z", "JD", "RN"]), rdig(16 if R.random() < 0.5 else 9), ch(["GB", "", ""]),
              " but nothing arrived"),
            T("agent", "Sorry, I've raised claim ", rdig(10), " and refunded order ", rdig(3), "-", rdig(7), "-", rdig(7), ".")], \
        "tracking / claim / order numbers in chat"


def n_email_quoted():
    return [T("customer", "> Your ticket #", rdig(8), " has been updated.\n> Status: pending\n\nstill waiting, it's been ",
              str(R.randint(3, 20)), " days!!\n\nSent from my iPhone")], "e-mail: quoted notification with ticket number"


def n_otp():
    return [T("agent", "I've sent a one-time code, it expires in 10 minutes."),
            T("customer", "code is ", rdig(6), ch([" ", ", "]), "and the case number is ", rdig(8))], \
        "one-time passcode and case number"


def n_asr_spoken_ssnlike():
    return [T("agent", "can you read me the invoice number off the top of the bill"),
            T("customer", "the invoice number is ", say_groups([rdig(3), rdig(2), rdig(4)])),
            T("agent", "and the amount on it"), T("customer", say_group(str(R.randint(100, 999)), "hundreds"),
                                                   " and ", num_words(R.randint(1, 99)), " pence")], \
        "call: invoice number with SSN-like 3-2-4 shape"


def n_form_counts():
    return [T("customer", "Feedback form\nRating: ", str(R.randint(1, 10)), "/10\nVisits this year: ", str(R.randint(1, 30)),
              "\nStore number: ", rdig(4), "\nTill: ", str(R.randint(1, 12)), "\nReceipt no: ", rdig(12),
              "\nComment: queue took ", str(R.randint(5, 45)), " minutes")], "web form: counts, store/till/receipt numbers"


def n_model():
    return [T("customer", "the boiler is a ", ch(["Worcester Greenstar 30i", "Vaillant ecoTEC plus 832", "Baxi 600 Combi 2"]),
              ", serial ", rdig(4), "-", rdig(4), "-", rdig(5), ", installed 2019"),
            T("agent", "Thanks, the warranty covers 7 years, so until 2026.")], "model and serial numbers"


NEG = [(n_order16, 10), (n_asr_ref, 8), (n_last4, 9), (n_masked, 7), (n_balance, 7), (n_hours, 5), (n_meter, 6),
       (n_travel, 6), (n_ages, 5), (n_appointment, 6), (n_policy, 9), (n_roads, 4), (n_asr_amounts, 5),
       (n_chat_codes, 5), (n_email_quoted, 4), (n_otp, 4), (n_asr_spoken_ssnlike, 6), (n_form_counts, 4), (n_model, 4)]


# ---------------------------------------------------------------- build
def build_case(cid, kind, turns_spec, note):
    turns, spans = [], []
    for ti, (speaker, segs) in enumerate(turns_spec):
        text = ""
        for s in segs:
            if isinstance(s, tuple):
                val, typ = s
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                text += val
            else:
                text += s
        turns.append({"speaker": speaker, "text": text})
    return {"id": cid, "kind": kind, "turns": turns, "spans": spans if kind == "positive" else [], "note": note}


def generate():
    R.seed(SEED)
    jobs = [("positive", f) for f, n in POS for _ in range(n)] + [("negative", f) for f, n in NEG for _ in range(n)]
    R.shuffle(jobs)
    cases, counts = [], {"positive": 0, "negative": 0}
    for kind, f in jobs:
        spec, note = f()
        counts[kind] += 1
        cid = "h435-%s-%03d" % ("pos" if kind == "positive" else "neg", counts[kind])
        cases.append(build_case(cid, kind, spec, note))
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


# ---------------------------------------------------------------- validation
NUMW = {w: i for i, w in enumerate(UNITS)}
for _z in ("oh", "o", "nought", "zero"):
    NUMW[_z] = 0
TEENW = {w: 10 + i for i, w in enumerate(TEENS)}
TENW = {v: k for k, v in TENS.items()}
NATOW = {v: k for k, v in NATO.items()}
NATOW["alfa"] = "A"
NATOW["xray"] = "X"
IGNORE = set(FILLERS) | {"slash"}


def compact(text, email=False):
    """Normalise typed/spoken value to a compact string."""
    toks = [t.lower() for t in re.findall(r"x-ray|[A-Za-z0-9]+|[+@._\-]", text)]
    if not email:
        toks = [t for t in toks if t not in "._-"]
    toks = [t for t in toks if t not in IGNORE]
    out, i, n = [], 0, len(toks)

    def small(j):
        """Parse number < 100 at j -> (value, next)."""
        t = toks[j] if j < n else None
        if t in TEENW:
            return TEENW[t], j + 1
        if t in TENW:
            if j + 1 < n and toks[j + 1] in UNITS[1:]:
                return TENW[t] * 10 + NUMW[toks[j + 1]], j + 2
            return TENW[t] * 10, j + 1
        if t in NUMW:
            return NUMW[t], j + 1
        raise ValueError("bad number after 'and': %r" % t)

    def one(j):
        t = toks[j]
        cs = (lambda x: x.lower()) if email else (lambda x: x.upper())
        if j + 2 < n and len(t) == 1 and t.isalpha() and toks[j + 1] == "for" and toks[j + 2] in NATOW:
            return cs(t), j + 3
        if j + 3 < n and len(t) == 1 and t.isalpha() and toks[j + 1] == "as" and toks[j + 2] == "in" and toks[j + 3] in NATOW:
            return cs(t), j + 4
        if email and t in ("o", "oh"):
            return "o", j + 1
        if t in ("plus", "+"):
            return "+", j + 1
        if email and t in ("dot", "."):
            return ".", j + 1
        if email and t in ("at", "@"):
            return "@", j + 1
        if email and t in ("underscore", "_"):
            return "_", j + 1
        if email and t in ("dash", "hyphen", "-"):
            return "-", j + 1
        if t in ("double", "triple"):
            v, k = one(j + 1)
            return v * (2 if t == "double" else 3), k
        if t in NUMW:
            d = NUMW[t]
            if j + 1 < n and toks[j + 1] in ("hundred", "thousand"):
                mult, width = (100, 3) if toks[j + 1] == "hundred" else (1000, 4)
                val, k = d * mult, j + 2
                if k < n and toks[k] == "and":
                    r, k = small(k + 1)
                    val += r
                elif mult == 1000 and k < n and (toks[k] in NUMW or toks[k] in TEENW or toks[k] in TENW):
                    r, k = small(k)
                    val += r
                return str(val).zfill(width), k
            return str(d), j + 1
        if t in TEENW:
            return str(TEENW[t]), j + 1
        if t in TENW:
            v, k = small(j)
            return str(v), k
        if t in NATOW:
            return cs(NATOW[t]), j + 1
        if t.isdigit():
            return t, j + 1
        return (t if email else t.upper()), j + 1

    while i < n:
        v, i = one(i)
        out.append(v)
    return "".join(out)


NI_RE = re.compile(r"^[ABCEGHJ-PRSTW-Z][ABCEGHJ-NPRSTW-Z]\d{6}[A-D]$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
EMAIL_RE = re.compile(r"^[a-z0-9._%+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+$")
MONTH_WORDS = set(MONTHS) | {m.lower() for m in MON3} | {"sept"}


def valid_date(text):
    words = set(re.findall(r"[a-z]+", text.lower()))
    if words & (MONTH_WORDS | set(ORD)) and (re.search(r"\d", text) or words & (set(NUMW) | set(TEENW) | set(TENW))):
        return True
    try:
        c = compact(re.sub(r"[/]", " ", text))
    except (ValueError, IndexError):
        return False
    return c.isdigit() and 3 <= len(c) <= 8


def valid(typ, text):
    if typ == "DOB" or typ == "EXPIRY":
        return valid_date(text)
    if typ == "ADDRESS":
        t = text.lower()
        starts = re.match(r"^(flat|apt|apartment|unit|\d|%s)" % "|".join(UNITS[1:] + TEENS + list(TENS.values())), t)
        return bool(starts) and any(re.search(r"\b%s\b" % s, t) for s in STREET_SUFFIX)
    try:
        c = compact(text, email=(typ == "EMAIL"))
    except (ValueError, IndexError):
        return False
    if typ == "CARD_NUMBER":
        return c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c)
    if typ == "CVV":
        return c.isdigit() and len(c) in (3, 4)
    if typ == "SSN":
        return c.isdigit() and len(c) == 9
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(c))
    if typ == "BANK_ACCOUNT":
        return c.isdigit() and 6 <= len(c) <= 17
    if typ == "SORT_CODE":
        return c.isdigit() and len(c) == 6
    if typ == "IBAN":
        if not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$", c):
            return False
        return int("".join(str(int(x, 36)) for x in c[4:] + c[:4])) % 97 == 1
    if typ == "PHONE":
        return bool(re.match(r"^\+?\d{7,15}$", c))
    if typ == "POSTCODE":
        return bool(UKPC_RE.match(c) or re.match(r"^\d{5}(\d{4})?$", c))
    if typ == "EMAIL":
        return bool(EMAIL_RE.match(c))
    return False


def partition_ok(texts, typ):
    """Spans of one type, in order, must split into consecutive groups each forming a valid value."""
    n = len(texts)
    memo = {}

    def go(i):
        if i == n:
            return True
        if i not in memo:
            memo[i] = any(valid(typ, " ".join(texts[i:j])) and go(j) for j in range(i + 1, n + 1))
        return memo[i]
    return go(0)


def check(data):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        if fh.read() != data:
            errs.append("cases.jsonl is not byte-identical to regenerated output")
    ids, counts, kinds = set(), {t: 0 for t in TYPES}, {"positive": 0, "negative": 0}
    for line in data.splitlines():
        c = json.loads(line)
        cid = c["id"]
        if cid in ids:
            errs.append("duplicate id " + cid)
        ids.add(cid)
        kinds[c["kind"]] += 1
        if c["kind"] == "negative" and c["spans"]:
            errs.append(cid + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(cid + ": positive without spans")
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(cid + ": bad speaker")
        by_turn, by_type = {}, {}
        for s in c["spans"]:
            text = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(text)):
                errs.append("%s: span out of range %r" % (cid, s))
                continue
            v = text[a:b]
            if not (v[0].isalnum() or v[0] == "+") or not v[-1].isalnum():
                errs.append("%s: span edges not alnum %r" % (cid, v))
            if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                errs.append("%s: span not on word boundary %r" % (cid, v))
            if s["type"] not in TYPES:
                errs.append("%s: bad type %s" % (cid, s["type"]))
            counts[s["type"]] += 1
            by_turn.setdefault(s["turn"], []).append((a, b))
            by_type.setdefault(s["type"], []).append(v)
        for spans in by_turn.values():
            spans.sort()
            for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
                if a2 < b1:
                    errs.append(cid + ": overlapping spans")
        for typ, texts in by_type.items():
            if not partition_ok(texts, typ):
                errs.append("%s: %s values do not validate: %r" % (cid, typ, texts))
    if kinds["positive"] < 200 or kinds["negative"] < 100:
        errs.append("too few cases %r" % kinds)
    mins = dict((t, 10) for t in TYPES)
    mins.update(CARD_NUMBER=70, SSN=30, NI_NUMBER=30)
    for t, m in mins.items():
        if counts[t] < m:
            errs.append("too few %s spans: %d < %d" % (t, counts[t], m))
    return errs, kinds, counts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    data = generate()
    if args.check:
        errs, kinds, counts = check(data)
        for e in errs[:50]:
            print("ERROR:", e)
        print("cases:", kinds)
        print("spans:", counts)
        if errs:
            print("FAILED with %d errors" % len(errs))
            sys.exit(1)
        print("OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(data)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
