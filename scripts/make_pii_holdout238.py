#!/usr/bin/env python3
"""Generate the held-out PII redaction set pii_holdout238 (long calls and chats).

Written by an AI helper acting as an independent author that did not see the
redaction code.  Standard library only.  All values come from one seeded
random.Random, so output is byte-for-byte reproducible.

    python scripts/make_pii_holdout238.py           # write fixture + README
    python scripts/make_pii_holdout238.py --check   # regenerate and verify
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 238241126
PREFIX = "h238"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout238")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra",
        "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
rng = random.Random(SEED)


# ---------------------------------------------------------------- value makers
def digits(n, first_nonzero=False):
    s = "".join(str(rng.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randrange(1, 10)) + s[1:]
    return s


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card():
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        body, n = "4" + digits(14), 16
    elif kind == "mc":
        body, n = str(rng.randint(51, 55)) + digits(13), 16
    elif kind == "amex":
        body, n = rng.choice(["34", "37"]) + digits(12), 15
    else:
        body, n = "6011" + digits(11), 16
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c, kind


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.upper()
    r = s[4:] + s[:4]
    return len(s) >= 15 and int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def make_iban(country):
    if country in ("GB", "IE"):
        bank = "".join(rng.choice("ABCDEGHKLMNPRSTWY") for _ in range(4))
        bban = bank + digits(6) + digits(8)
    elif country == "DE":
        bban = digits(18)
    elif country == "NL":
        bban = "".join(rng.choice("ABCDEGHKLMNPRSTWY") for _ in range(4)) + digits(10)
    else:  # FR
        bban = digits(23)
    return country + iban_check(country, bban) + bban


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + digits(6) + rng.choice("ABCD")


def make_ssn():
    area = rng.randint(1, 665)
    if area == 666:
        area = 667
    return "%03d%02d%04d" % (area, rng.randint(1, 99), rng.randint(1, 9999))


def make_uk_postcode():
    area = rng.choice(["SW", "SE", "N", "E", "W", "M", "B", "LS", "BS", "CF", "EH", "G", "NG",
                       "RG", "KT", "TW", "CR", "BN", "PL", "EX", "HU", "S", "L", "CH"])
    dist = str(rng.randint(1, 19 if len(area) == 1 else 9))
    inward = str(rng.randint(1, 9)) + "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
    return area + dist, inward


def make_zip():
    return "%05d" % rng.randint(10001, 99950)


FIRST = ["james", "sarah", "michael", "aoife", "priya", "tom", "grace", "liam", "chloe", "daniel",
         "fatima", "owen", "megan", "niamh", "ravi", "hannah", "conor", "emma", "lucas", "sofia"]
LAST = ["walsh", "patel", "oconnor", "smith", "brennan", "hughes", "kowalski", "murphy", "evans",
        "nguyen", "fischer", "dubois", "reilly", "clarke", "khan", "jensen", "morgan", "byrne"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "eircom.net",
           "btinternet.com", "protonmail.com", "aol.com", "live.ie"]
STREETS = ["kingsley", "maple", "station", "church", "victoria", "oak", "meadow", "harbour",
           "willow", "elm", "mill", "park", "chestnut", "grove", "highfield", "abbey", "ridge",
           "orchard", "lincoln", "cedar"]
SUFFIX_UK = ["road", "street", "avenue", "lane", "close", "crescent", "drive", "terrace", "way"]
SUFFIX_US = ["street", "avenue", "drive", "boulevard", "lane", "court", "road", "place"]
STREET_WORDS = set(SUFFIX_UK + SUFFIX_US + ["st", "rd", "ave", "dr", "blvd", "ln", "ct"])


# --------------------------------------------------------------- spoken forms
def sd(d):
    """spoken single digit"""
    if d == "0":
        return rng.choice(["zero", "oh", "oh", "o", "nought", "zero"])
    return ONES[int(d)]


def pair_words(p):
    n = int(p)
    if p[0] == "0":
        return sd("0") + " " + ONES[n]
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n % 10 == 0:
        return TENS[n // 10]
    return TENS[n // 10] + " " + ONES[n % 10]


def spoken_digits(s, style=None):
    """digit string -> spoken, with doubles/triples and sometimes pairs"""
    style = style or rng.choice(["plain", "plain", "double", "pairs"])
    out = []
    i = 0
    while i < len(s):
        if style == "pairs" and i + 1 < len(s) and rng.random() < 0.6 and s[i] != "0" and s[i + 1] != "0":
            out.append(pair_words(s[i:i + 2]))
            i += 2
            continue
        if style in ("double", "pairs") and i + 2 < len(s) and s[i] == s[i + 1] == s[i + 2]:
            out.append("triple " + sd(s[i]))
            i += 3
            continue
        if style in ("double", "pairs") and i + 1 < len(s) and s[i] == s[i + 1]:
            out.append("double " + sd(s[i]))
            i += 2
            continue
        out.append(sd(s[i]))
        i += 1
    return " ".join(out)


def spoken_letter(c, nato=None):
    c = c.lower()
    if nato is None:
        nato = rng.random() < 0.5
    if nato:
        return rng.choice(["%s for %s" % (c, NATO[c]), "%s as in %s" % (c, NATO[c])])
    return c


def spoken_alnum(s, nato=None):
    out = []
    buf = ""
    for ch in s:
        if ch.isdigit():
            buf += ch
        else:
            if buf:
                out.append(spoken_digits(buf, "plain"))
                buf = ""
            out.append(spoken_letter(ch, nato))
    if buf:
        out.append(spoken_digits(buf, "plain"))
    return " ".join(out)


def year_words(y):
    return pair_words(str(y)[:2]) + " " + pair_words(str(y)[2:]) if y < 2000 else \
        rng.choice(["two thousand and " + ONES[y - 2000] if y < 2010 else "two thousand and " + pair_words(str(y)[2:]),
                    "twenty " + pair_words(str(y)[2:])])


def day_ord(d):
    if d <= 20:
        return ORD[d]
    if d == 30:
        return "thirtieth"
    return TENS[d // 10] + " " + ORD[d % 10]


# ------------------------------------------------------------- case assembly
class Val:
    """a labelled value segment; group ties together pieces of one value"""

    def __init__(self, text, typ, group, canon, spoken):
        self.text, self.typ, self.group, self.canon, self.spoken = text, typ, group, canon, spoken


_gid = [0]


def V(pieces, typ, canon, spoken):
    """make one or more Val segments sharing a group"""
    _gid[0] += 1
    if isinstance(pieces, str):
        return Val(pieces, typ, _gid[0], canon, spoken)
    return [Val(p, typ, _gid[0], canon, spoken) for p in pieces]


def build(cid, kind, turns, note):
    out_turns, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            if isinstance(seg, Val):
                s = len(text)
                text += seg.text
                spans.append({"turn": ti, "start": s, "end": len(text), "type": seg.typ})
                meta.append(seg)
            else:
                text += seg
        out_turns.append({"speaker": spk, "text": text})
    case = {"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note}
    return case, meta


def A(*segs):
    return ("agent", list(segs))


def C(*segs):
    return ("customer", list(segs))


def pick(xs):
    return rng.choice(xs)


BACK = ["mhm", "okay", "yep", "okay go on", "yes", "right", "uh huh", "got that", "go ahead",
        "okay and the next bit"]
FILL_A = ["bear with me one moment while that loads", "okay lovely thank you",
          "just bear with me the system is a bit slow today", "okay i can see that here",
          "brilliant thank you for your patience", "right okay"]
FILL_C = ["yeah no worries", "sure", "okay", "yeah that's fine", "no problem take your time",
          "sorry it's a bit noisy here"]


# ------------------------------------------------------------ value renderers
def card_spoken(card):
    style = pick(["groups", "groups", "one", "pairs"])
    if style == "one":
        return [spoken_digits(card, pick(["plain", "double"]))]
    if len(card) == 15:
        cuts = [card[:4], card[4:10], card[10:]]
    else:
        cuts = [card[i:i + 4] for i in range(0, len(card), 4)]
    return [spoken_digits(c, "pairs" if style == "pairs" else pick(["plain", "double"])) for c in cuts]


def card_typed(card):
    sep = pick([" ", " ", "-", "", " ", "."])
    if len(card) == 15:
        return sep.join([card[:4], card[4:10], card[10:]])
    return sep.join(card[i:i + 4] for i in range(0, len(card), 4))


def expiry_forms(spoken):
    m, y = rng.randint(1, 12), rng.randint(27, 31)
    canon = "%02d%02d" % (m, y)
    if spoken:
        t = pick(["mm", "month", "mm_full"])
        if t == "mm":
            txt = "%s %s" % (pair_words("%02d" % m), pair_words(str(y)))
        elif t == "month":
            txt = "%s twenty %s" % (MONTHS[m - 1], pair_words(str(y)))
        else:
            txt = "%s of twenty %s" % (pair_words("%02d" % m), pair_words(str(y)))
    else:
        txt = pick(["%02d/%02d", "%02d/%02d", "%02d-%02d", "%d/20%02d", "%02d / %02d"]) % (m, y)
    return txt, canon


def dob_forms(spoken, us=False):
    y, m, d = rng.randint(1944, 2004), rng.randint(1, 12), rng.randint(1, 28)
    canon = (y, m, d)
    if spoken:
        t = pick(["ord", "us", "num"])
        if t == "ord" and not us:
            txt = "the %s of %s %s" % (day_ord(d), MONTHS[m - 1], year_words(y))
        elif t in ("us", "ord"):
            txt = "%s %s %s" % (MONTHS[m - 1], day_ord(d), year_words(y))
        else:
            txt = "%s %s %s" % (pair_words("%02d" % d) if not us else pair_words("%02d" % m),
                                pair_words("%02d" % m) if not us else pair_words("%02d" % d),
                                year_words(y))
    else:
        t = pick(["slash", "dash", "word", "dot"])
        if t == "slash":
            txt = ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
        elif t == "dash":
            txt = "%d-%02d-%02d" % (y, m, d)
        elif t == "dot":
            txt = "%d.%d.%d" % (d, m, y)
        else:
            txt = "%s %d %d" % (MONTHS[m - 1].capitalize(), d, y) if us else \
                "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    return txt, canon


def email_forms(spoken):
    f, l, dom = pick(FIRST), pick(LAST), pick(DOMAINS)
    num = str(rng.randint(1, 99)) if rng.random() < 0.4 else ""
    sep = pick([".", "_", ""])
    local = pick([f + sep + l + num, f[0] + sep + l + num, f + num])
    addr = local + "@" + dom
    if not spoken:
        return pick([addr, addr, addr.capitalize(), addr.upper() if rng.random() < 0.2 else addr]), addr
    words = []
    for part in re.split(r"([._@])", local):
        if part == ".":
            words.append("dot")
        elif part == "_":
            words.append("underscore")
        elif part.isdigit():
            words.append(spoken_digits(part, "pairs"))
        elif len(part) == 1:
            words.append(part)
        elif part:
            words.append(part)
    words.append("at")
    words.append(dom.replace(".", " dot "))
    return " ".join(words), addr


def address_forms(spoken, us=False):
    num = rng.randint(2, 1899 if us else 240)
    st = pick(STREETS)
    suf = pick(SUFFIX_US if us else SUFFIX_UK)
    flat = (not us) and rng.random() < 0.25
    if spoken:
        if num >= 100 and us:
            ns = pick([pair_words(str(num)[:-2]) + " " + pair_words(str(num)[-2:]) if num >= 1000 else
                       ONES[num // 100] + " " + pair_words(str(num)[-2:]),
                       spoken_digits(str(num), "plain")])
        elif num >= 100:
            ns = ONES[num // 100] + " hundred and " + (pair_words(str(num % 100)) if num % 100 >= 10 else ONES[num % 100])
        else:
            ns = pair_words(str(num))
        txt = ns + " " + st + " " + suf
        if flat:
            txt = "flat " + ONES[rng.randint(1, 9)] + " " + txt
    else:
        txt = "%d %s %s" % (num, st.capitalize(), suf.capitalize() if rng.random() < 0.6 else
                            {"road": "Rd", "street": "St", "avenue": "Ave", "drive": "Dr", "lane": "Ln",
                             "boulevard": "Blvd", "court": "Ct"}.get(suf, suf.capitalize()))
        if flat:
            txt = "Flat %d, %s" % (rng.randint(1, 12), txt)
    return txt, num


def uk_postcode_forms(spoken):
    out, inw = make_uk_postcode()
    canon = out + inw
    if spoken:
        return spoken_alnum(out.lower(), pick([True, False])) + " " + spoken_alnum(inw.lower(), pick([True, False])), canon
    return pick([out + " " + inw, out + inw, (out + " " + inw).lower()]), canon


def phone_forms(spoken, region):
    if region == "UK":
        d = "07" + digits(9)
        if spoken:
            if rng.random() < 0.5:
                return spoken_digits(d, pick(["plain", "double"])), d
            return "plus four four " + spoken_digits(d[1:], "double"), "44" + d[1:]
        t = pick(["%s %s" % (d[:5], d[5:]), d, "+44 %s %s %s" % (d[1:5], d[5:8], d[8:])])
        return t, re.sub(r"[^0-9]", "", t)
    if region == "IE":
        d = "08" + str(rng.choice([3, 5, 6, 7, 9])) + digits(7)
        if spoken:
            return spoken_digits(d, pick(["plain", "double"])), d
        t = pick(["%s %s %s" % (d[:3], d[3:6], d[6:]), "+353 %s %s %s" % (d[1:3], d[3:6], d[6:])])
        return t, re.sub(r"[^0-9]", "", t)
    d = str(rng.randint(201, 989)) + str(rng.randint(201, 999)) + digits(4)
    if spoken:
        return spoken_digits(d[:3], "plain") + " " + spoken_digits(d[3:6], "plain") + " " + \
            spoken_digits(d[6:], pick(["plain", "pairs"])), d
    t = pick(["(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]),
              "%s.%s.%s" % (d[:3], d[3:6], d[6:]), "+1 %s %s %s" % (d[:3], d[3:6], d[6:])])
    return t, re.sub(r"[^0-9]", "", t)


def money(spoken, cur="pounds"):
    a = rng.randint(12, 950)
    p = rng.randint(1, 99)
    if spoken:
        if a >= 100:
            rest = a % 100
            txt = ONES[a // 100] + " hundred"
            if rest:
                txt += " and " + (pair_words(str(rest)) if rest >= 10 else ONES[rest])
            txt += " " + cur
            if p >= 10 and rng.random() < 0.4:
                txt += " " + pair_words(str(p))
            return txt
        return "%s %s" % (pair_words(str(a)), cur)
    sym = {"pounds": "\u00a3", "euro": "\u20ac", "dollars": "$"}[cur]
    return "%s%d.%02d" % (sym, a, p)


def ref_no(spoken, n=None):
    n = n or rng.randint(6, 9)
    r = digits(n, True)
    return spoken_digits(r, "plain") if spoken else r


def time_of(spoken):
    h, m = rng.randint(8, 17), pick([0, 15, 30, 45])
    if spoken:
        hh = h if h <= 12 else h - 12
        hw = ONES[hh] if hh < 10 else TEENS[hh - 10]
        if m == 0:
            return hw + pick(["", " o'clock"])
        return "%s %s" % (hw, {15: "fifteen", 30: "thirty", 45: "forty five"}[m])
    return "%02d:%02d" % (h, m)


def pay_date(spoken):
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    if spoken:
        return "the %s of %s" % (day_ord(d), MONTHS[m - 1])
    return "%d %s" % (d, MONTHS[m - 1].capitalize())


# ------------------------------------------------------------ positive templates
def p_bank_lost_card():
    card, _ = make_card()
    dob, dc = dob_forms(True)
    pc, pcc = uk_postcode_forms(True)
    parts = card_spoken(card)
    cv = V(parts, "CARD_NUMBER", card, True)
    amt = money(True)
    turns = [A("thank you for calling northgate bank you're speaking to ", pick(["dave", "amira", "sean"]), " how can i help"),
             C("hi yeah i think i've lost my debit card i last had it on ", pay_date(True), " at the shops"),
             A("oh no sorry to hear that let's get it stopped first can i take your date of birth please"),
             C(pick(["yeah it's ", "sure ", "it's "]), V(dob, "DOB", dc, True)),
             A("and the postcode on the account"),
             C(V(pc, "POSTCODE", pcc, True)),
             A(pick(FILL_A)),
             A("okay and do you have the long card number at all maybe on a statement"),
             C("yeah hang on i've got the letter here it's ", cv[0])]
    for piece in cv[1:]:
        turns.append(A(pick(BACK)))
        turns.append(C(piece))
    turns += [A("thank you that card is now cancelled was there a payment of " + amt + " you didn't recognise"),
              C("no that one was me it's fine"),
              A("great a new card will be with you in ", pick(["three to five", "five to seven"]), " working days")]
    return turns, "call/banking UK: lost card, DOB+postcode verification then card split over turns amid amounts and dates"


def p_telecom_ssn():
    ssn = make_ssn()
    ph, phc = phone_forms(True, "US")
    z = make_zip()
    spl = pick(["split", "one", "dash"])
    if spl == "split":
        sv = V([spoken_digits(ssn[:3], "plain"), spoken_digits(ssn[3:5], "plain"), spoken_digits(ssn[5:], pick(["plain", "pairs"]))], "SSN", ssn, True)
    else:
        sv = [V(spoken_digits(ssn[:3], "plain") + " " + spoken_digits(ssn[3:5], "plain") + " " + spoken_digits(ssn[5:], "plain"), "SSN", ssn, True)]
    turns = [A("thanks for calling brightwave wireless this is ", pick(["kim", "marcus", "jo"]), " can i get the phone number on the account"),
             C("yeah it's ", V(ph, "PHONE", phc, True)),
             A("and for security the last bill was how much"),
             C("um like ", money(True, "dollars"), " i think"),
             A("okay and i'll need your social security number to make changes")]
    if len(sv) == 3:
        turns += [C("okay ", sv[0]), A(pick(BACK)), C(sv[1]), A(pick(BACK)), C(sv[2], " and that's it")]
    else:
        turns += [C(pick(["sure it's ", "yeah ", "it's um "]), sv[0])]
    turns += [A("and the billing zip code"),
              C(V(spoken_digits(z, pick(["plain", "pairs"])), "POSTCODE", z, True)),
              A("perfect so you wanted to upgrade to the unlimited plan at ", pick(["sixty five", "seventy", "eighty five"]), " a month"),
              C("yeah and add a second line for my son he's ", pick(["fourteen", "sixteen", "twelve"])),
              A("all done you'll get a text at ", V(ph.split(" ")[0] + " " + " ".join(ph.split(" ")[1:]), "PHONE", phc, True), " confirming it")]
    return turns, "call/telecom US: SSN over turns, phone read back by agent, ZIP, plan price and age around"


def p_chat_retail_card():
    card, kind = make_card()
    ex, exc = expiry_forms(False)
    cvv = digits(4 if kind == "amex" else 3, True)
    em, emc = email_forms(False)
    order = ref_no(False, 8)
    turns = [C("hi, my order #", order, " was charged twice?? total was ", money(False), " each time"),
             A("Hi there, sorry about that! Let me look into order ", order, " for you."),
             A("I can see the duplicate. Could you confirm the email on the account?"),
             C(pick(["its ", "", "email is "]), V(em, "EMAIL", emc, False)),
             A("Thanks. The refund will go back to the original card. To set up the replacement payment please send the card details."),
             C("ok card is ", V(card_typed(card), "CARD_NUMBER", card, False)),
             C(pick(["exp ", "expiry ", "expires "]), V(ex, "EXPIRY", exc, False), pick([" and cvv ", " cvc ", ", security code "]), V(cvv, "CVV", cvv, False)),
             A("Thank you. Payment of ", money(False), " taken, refund in 3-5 working days."),
             C("great thanks, will it arrive by ", pay_date(False), "?"),
             A("Yes, it's due on the ", pick(["2nd", "14th", "21st"]), ". Anything else?"),
             C("no thats all cheers")]
    return turns, "chat/retail: duplicate charge; email, card typed, expiry and CVV in one message; order number and amounts around"


def p_gov_ni():
    ni = make_ni()
    dob, dc = dob_forms(True)
    ad, an = address_forms(True)
    pc, pcc = uk_postcode_forms(True)
    style = pick(["split", "one", "nato"])
    if style == "split":
        nv = V([spoken_alnum(ni[:2].lower(), True), spoken_digits(ni[2:4], "plain") + " " + spoken_digits(ni[4:6], "plain"),
                spoken_digits(ni[6:8], "plain") + " " + spoken_letter(ni[8].lower())], "NI_NUMBER", ni, True)
    else:
        nv = [V(spoken_alnum(ni.lower(), style == "nato"), "NI_NUMBER", ni, True)]
    turns = [A("you're through to the benefits helpline my name's ", pick(["carol", "raj", "ian"]), " who am i speaking with"),
             C("hiya it's ", pick(FIRST), " i'm ringing about my payment it didn't come in on ", pay_date(True)),
             A("okay i can look at that for you can i take your national insurance number")]
    if len(nv) == 3:
        turns += [C("yeah it's ", nv[0]), A(pick(BACK)), C(nv[1]), A(pick(BACK)), C(nv[2])]
    else:
        turns += [C(pick(["yeah it's ", "right um ", "it's "]), nv[0])]
    turns += [A("and your date of birth"),
              C(V(dob, "DOB", dc, True)),
              A("and the first line of your address"),
              C(V(ad, "ADDRESS", an, True), " ", V(pc, "POSTCODE", pcc, True)),
              A(pick(FILL_A)),
              A("right so the payment of ", money(True), " was issued on the ", day_ord(rng.randint(1, 28)), " it should clear within two days"),
              C("okay it's just i've got rent due on friday"),
              A("i understand your reference for this call is ", ref_no(True, 7))]
    return turns, "call/government UK: missed benefit payment; NI number spoken, DOB, address and postcode amid payment amounts and a call reference"


def p_chat_bank_transfer():
    sc = digits(6)
    acc = digits(8)
    ib = make_iban(pick(["GB", "IE", "DE", "NL", "FR"]))
    scf = pick(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]) if True else sc
    ibf = pick([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower()])
    turns = [C("Hello, I need to send ", money(False, "euro"), " to my landlord abroad but the transfer keeps failing"),
             A("Hi! Sorry to hear that. Which account are you sending from?"),
             C("current account, sort code ", V(scf, "SORT_CODE", sc, False), " acc no ", V(acc, "BANK_ACCOUNT", acc, False)),
             A("Thanks. And the recipient's IBAN?"),
             C(V(ibf, "IBAN", ib, False)),
             A("I see the problem, the daily limit is £2,500 and you've tried 3 times today."),
             C("oh ok. can i do it tomorrow at like 9am?"),
             A("Yes, the limit resets at midnight. The fee is £4.50."),
             ]
    ph, phc = phone_forms(False, pick(["UK", "IE"]))
    turns += [C("fine. also can you update my mobile to ", V(ph, "PHONE", phc, False), " please")]
    turns += [A("Done, updated. Reference for today's chat is CH-", ref_no(False, 6), "."), C("thx")]
    return turns, "chat/banking UK: failed international transfer; sort code, account, IBAN, phone typed; limits, fees, times around"


def p_insurance_ssn():
    ssn = make_ssn()
    dob, dc = dob_forms(True, us=True)
    ad, an = address_forms(True, us=True)
    z = make_zip()
    claim = ref_no(True, 8)
    sv = V(pick([spoken_digits(ssn[:3]) + " " + spoken_digits(ssn[3:5]) + " " + spoken_digits(ssn[5:]),
                 spoken_digits(ssn[:3]) + " uh " + spoken_digits(ssn[3:5]) + " " + spoken_digits(ssn[5:], "pairs")]), "SSN", ssn, True)
    turns = [A("lakeside mutual claims this is ", pick(["brenda", "tyler", "ana"]), " do you have a claim number"),
             C("yes it's ", claim),
             A("thank you and that was the accident on ", pay_date(True), " right"),
             C("yeah at about ", time_of(True), " in the morning the other guy was doing like fifty"),
             A("okay i'm sorry to hear that to verify i need the last four of your social"),
             C("actually you guys always ask for the whole thing so it's ", sv),
             A("that's fine and your date of birth"),
             C(V(dob, "DOB", dc, True)),
             A("and is the garaging address still ", V(ad, "ADDRESS", an, True)),
             C("yep zip ", V(spoken_digits(z), "POSTCODE", z, True)),
             A("great your deductible is five hundred dollars and the rental covers thirty days"),
             C("okay thank you")]
    return turns, "call/insurance US: auto claim; full SSN with filler, DOB, agent reads address, ZIP; claim number, speed, deductible nearby"


def p_utility_iban_ie():
    ib = make_iban("IE")
    ph, phc = phone_forms(True, "IE")
    em, emc = email_forms(True)
    ibs = spoken_alnum(ib.lower(), pick([True, False]))
    words = ibs.split(" ")
    cut = len(words) // 2
    while words[cut - 1] in ("for", "as", "in") or words[cut] in ("for", "as", "in") or (cut >= 2 and words[cut - 2] in ("for", "in")):
        cut += 1
    iv = V([" ".join(words[:cut]), " ".join(words[cut:])], "IBAN", ib, True)
    turns = [A("good afternoon emerald energy you're speaking with ", pick(["siobhan", "declan", "niall"])),
             C("hi i want to set up a direct debit my bill was ", money(True, "euro"), " last month which is mad"),
             A("i can help with that do you have a meter reading for me first"),
             C("yeah it's ", spoken_digits(digits(5, True), "plain"), " units"),
             A("perfect and the iban you'd like to pay from"),
             C(iv[0]), A(pick(BACK)), C(iv[1]),
             A("lovely and a contact number in case the payment bounces"),
             C(V(ph, "PHONE", phc, True)),
             A("and an email for the bills"),
             C(V(em, "EMAIL", emc, True)),
             A("that's all set up the first collection will be on the ", day_ord(rng.randint(1, 28)), " of the month")]
    return turns, "call/utilities IE: direct debit set-up; IBAN spoken in two turns, Irish mobile, spoken e-mail; meter reading and bill around"


def p_chat_health_ssn():
    ssn = make_ssn()
    card, kind = make_card()
    ex, exc = expiry_forms(False)
    cvv = digits(4 if kind == "amex" else 3, True)
    ssf = pick(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (ssn[:3], ssn[3:5], ssn[5:])
    dob, dc = dob_forms(False, us=True)
    turns = [C("hi I got a bill for $", str(rng.randint(120, 2400)), ".00 from my visit on ", pay_date(False), " but insurance should cover it"),
             A("Hello, I can help. Can I get the patient's date of birth and SSN to pull up the account?"),
             C("DOB ", V(dob, "DOB", dc, False), " ssn ", V(ssf, "SSN", ssn, False)),
             A("Thanks. I see invoice INV-", ref_no(False, 7), " - the claim was denied for a missing referral."),
             C("ugh. fine can I just pay the copay of $", str(rng.choice([25, 30, 40, 50])), " now"),
             A("Sure, what card would you like to use?"),
             C(V(card_typed(card), "CARD_NUMBER", card, False), " exp ", V(ex, "EXPIRY", exc, False)),
             A("And the 3 or 4 digit security code?"),
             C(V(cvv, "CVV", cvv, False)),
             A("Payment processed. Your balance is now $0.00 for that visit."),
             C("thank you")]
    return turns, "chat/healthcare billing US: DOB and SSN in one message, card + expiry, CVV in its own message; invoice, amounts, copay around"


def p_travel_card_call():
    card, kind = make_card()
    ex, exc = expiry_forms(True)
    cvv = digits(4 if kind == "amex" else 3, True)
    em, emc = email_forms(True)
    cs = card_spoken(card)
    cv = V(cs, "CARD_NUMBER", card, True)
    turns = [A("skyway holidays this is ", pick(["paolo", "lena", "chris"]), " speaking"),
             C("hi we're booked on flight ", pick(["e i", "f r", "u two"]), " ", spoken_digits(digits(3, True), "plain"), " on the ", day_ord(rng.randint(1, 28)), " and i need to add a bag"),
             A("no problem that's ", pick(["forty", "thirty five", "fifty"]), " euro per bag each way how would you like to pay"),
             C("card please it's a", {"visa": " visa", "mc": " mastercard", "amex": "n amex", "disc": " discover"}[kind])]
    turns.append(C(cv[0]))
    for piece in cv[1:]:
        turns.append(A(pick(BACK)))
        turns.append(C(piece))
    turns += [A("and the expiry"),
              C(pick(["it's ", "", "expires "]), V(ex, "EXPIRY", exc, True)),
              A("and the three digits on the back" if kind != "amex" else "and the four digit code on the front"),
              C(V(spoken_digits(cvv, "plain"), "CVV", cvv, True)),
              A("thank you and shall i send the receipt to the email on the booking"),
              C("no send it to ", V(em, "EMAIL", emc, True), " actually"),
              A("done your bag is added departure is at ", time_of(True), " check in closes forty minutes before")]
    return turns, "call/travel EU: add baggage; card split over turns, expiry, CVV spoken, e-mail spoken; flight number, prices, times around"


def p_chat_gov_ni():
    ni = make_ni()
    nif = pick(["%s %s %s %s %s", "%s%s%s%s%s", "%s-%s-%s-%s-%s"]) % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    nif = pick([nif, nif.lower(), nif])
    pc, pcc = uk_postcode_forms(False)
    ph, phc = phone_forms(False, "UK")
    turns = [C("Hi, I moved house on ", pay_date(False), " and need to update my details for my tax code"),
             A("Hello, happy to help. Please provide your National Insurance number."),
             C(pick(["its ", "NI: ", "sure - ", ""]), V(nif, "NI_NUMBER", ni, False)),
             A("Thank you. What's the new postcode?"),
             C(V(pc, "POSTCODE", pcc, False), pick([" (it's a new build so might not show)", "", " thx"])),
             A("Got it. Your tax code is currently 1257L and you've paid £", str(rng.randint(200, 900)), " too much this year."),
             C("oh nice! when do i get that back"),
             A("Within 5 weeks. Is ", V(ph, "PHONE", phc, False), " still the best number for you?"),
             C("yes thats right"),
             A("Great, all updated. Ref: ", ref_no(False, 8)),
             C("thanks so much")]
    return turns, "chat/government UK: change of address; NI typed in varied format, postcode, agent states phone; tax code, refund amount around"


def p_bank_sort_call():
    sc = digits(6)
    acc = digits(8)
    scv = V(pick([pair_words(sc[:2]) + " " + pair_words(sc[2:4]) + " " + pair_words(sc[4:]),
                  spoken_digits(sc, "plain"), spoken_digits(sc, "double")]), "SORT_CODE", sc, True)
    acs = spoken_digits(acc, pick(["plain", "double", "pairs"]))
    w = acs.split(" ")
    h = len(w) // 2
    while h < len(w) - 1 and (w[h - 1] in ("double", "triple") or (w[h - 1] in TENS[2:] and w[h] in ONES)):
        h += 1
    av = V([" ".join(w[:h]), " ".join(w[h:])], "BANK_ACCOUNT", acc, True)
    readback = V(spoken_digits(acc, "plain"), "BANK_ACCOUNT", acc, True)
    turns = [A("good morning harbour building society you're speaking to ", pick(["gemma", "tariq", "paul"])),
             C("morning i want to switch my salary to come in here from ", pick(["the first", "next month", "the twenty fifth"])),
             A("lovely i'll need the details of the account it's coming from so the sort code"),
             C(pick(["yeah it's ", "okay ", ""]), scv),
             A("and the account number"),
             C(av[0]), A(pick(BACK)), C(av[1], pick(["", " i think yeah"])),
             A("so that's ", readback, " is that right"),
             C("yep that's it"),
             A("great the switch takes seven working days and there's a hundred and twenty five pound switching bonus"),
             C("brilliant thanks")]
    return turns, "call/banking UK: current account switch; sort code in pairs, account split over turns and read back by agent; bonus amount, days around"


def p_telecom_card_ni():
    card, kind = make_card()
    ni = make_ni()
    cs = spoken_digits(card, pick(["plain", "double", "pairs"]))
    ex, exc = expiry_forms(True)
    turns = [A("hi you're through to ", pick(["vortex mobile", "tellco"]), " my name's ", pick(["beth", "joe"]), " can i start with your name"),
             C(pick(FIRST), " ", pick(LAST)),
             A("thanks and as you're opening a contract i need to do a credit check can i have your national insurance number"),
             C("oh right um ", V(spoken_alnum(ni.lower(), pick([True, False])), "NI_NUMBER", ni, True)),
             A("thank you the check's come back fine so that's the ", pick(["iphone", "galaxy"]), " on the twenty four month plan at ", pick(["thirty two", "forty four", "fifty"]), " pounds a month"),
             C("yeah and it's a hundred pounds up front"),
             A("that's right how would you like to pay the hundred"),
             C("debit card ", V(cs, "CARD_NUMBER", card, True)),
             A("and the expiry date"),
             C(V(ex, "EXPIRY", exc, True)),
             A("lovely that's gone through your phone will arrive on ", pick(["thursday", "monday"]), " between seven and one")]
    return turns, "call/telecom UK: new contract; NI number for credit check and card read in one turn with expiry; plan price, upfront cost, delivery window around"


def p_bank_card_restart():
    card, kind = make_card()
    groups = card_spoken(card)
    filler = pick([" um ", " uh ", " er "])
    body = groups[0] if len(groups) == 1 else filler.join(groups)
    ph, phc = phone_forms(True, "US")
    z = make_zip()
    turns = [A("first harbor bank fraud team this is ", pick(["denise", "carl", "mia"]), " how can i help you today"),
             C("yeah hi i got a text saying somebody tried to spend ", money(True, "dollars"), " at a gas station in ", pick(["ohio", "nevada", "texas"])),
             A("okay let's take a look which card is it on"),
             C("the credit card it's four five oh hang on sorry that's my husband's card one second"),
             A("no problem take your time"),
             C("okay here we go ", V(body, "CARD_NUMBER", card, True)),
             A("thank you and can you confirm the phone number we have on file"),
             C(pick(["it's ", "should be ", ""]), V(ph, "PHONE", phc, True), " but i got a new phone last week"),
             A("that's fine and the billing zip"),
             C(V(spoken_digits(z, "plain"), "POSTCODE", z, True)),
             A(pick(FILL_A)),
             A("i can see the attempt at ", time_of(True), " last night for ", money(True, "dollars"), " it was declined so you haven't lost anything"),
             C("oh thank god"),
             A("i'll block the card and send a new one it takes seven to ten business days"),
             C("okay thanks so much")]
    return turns, "call/banking US: fraud alert; aborted partial read of another card (unlabelled), card read with fillers inside one span, phone, ZIP; amounts, time, days around"


def p_chat_travel_eu():
    ib = make_iban(pick(["DE", "FR", "NL"]))
    em, emc = email_forms(False)
    dob, dc = dob_forms(False)
    ibf = pick([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib])
    turns = [C("Hallo, our tour on ", pay_date(False), " was cancelled, booking ", "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ23456789") for _ in range(6)), ", 2 adults 1 child"),
             A("Hi, I'm sorry for the disruption. You're entitled to a full refund of €", str(rng.randint(300, 2400)), ". Shall we refund to a bank account?"),
             C("yes please to my account ", V(ibf, "IBAN", ib, False)),
             A("Thanks. For the account holder verification please give the lead passenger's date of birth."),
             C("born ", V(dob, "DOB", dc, False)),
             A("Thank you. The refund takes 5-10 business days; the child seat fee of €15 is also refunded."),
             C("ok and please send confirmation to ", V(em, "EMAIL", emc, False), " not the old address"),
             A("Done. Your case number is ", ref_no(False, 7), "."),
             C("danke, and the hotel for 3 nights is still ok?"),
             A("Yes, the hotel booking (room 214, check-in 15:00) is unaffected.")]
    return turns, "chat/travel EU: tour cancellation refund; IBAN typed, DOB typed, e-mail typed; booking code, amounts, room, times, nights around"


def p_insurance_uk_mixed():
    ni = make_ni()
    sc, acc = digits(6), digits(8)
    scv = V(spoken_digits(sc, pick(["plain", "double"])), "SORT_CODE", sc, True)
    acv = V(spoken_digits(acc, pick(["plain", "double"])), "BANK_ACCOUNT", acc, True)
    ad, an = address_forms(True)
    turns = [A("hello you're through to ", pick(["safeguard", "oakline"]), " home insurance my name is ", pick(["lucy", "mo"]), ""),
             C("hi i had a leak last week the kitchen ceiling came down it was about two in the morning"),
             A("oh that sounds awful is everyone okay"),
             C("yeah we're fine just the mess the plumber charged ", money(True), " for the call out"),
             A("okay so to start the claim can i confirm the address of the property"),
             C(V(ad, "ADDRESS", an, True)),
             A("and because the payout goes to a bank account i'll need your national insurance number for the anti fraud check"),
             C("sure it's ", V(spoken_alnum(ni.lower(), pick([True, False])), "NI_NUMBER", ni, True), " and do you want the bank details now as well"),
             A("yes please"),
             C("sort code ", scv, " and the account number is ", acv),
             A("lovely the excess on your policy is two hundred and fifty pounds and a loss adjuster will call within forty eight hours"),
             C("okay and the claim reference"),
             A("it's ", ref_no(True, 8), " i'll text that to you as well")]
    return turns, "call/insurance UK: escape of water claim; address, NI number, sort code and account in one turn; amounts, excess, times around"


POS_TEMPLATES = [p_bank_lost_card, p_telecom_ssn, p_chat_retail_card, p_gov_ni, p_chat_bank_transfer,
                 p_insurance_ssn, p_utility_iban_ie, p_chat_health_ssn, p_travel_card_call, p_chat_gov_ni,
                 p_bank_sort_call, p_telecom_card_ni, p_bank_card_restart, p_chat_travel_eu,
                 p_insurance_uk_mixed]


# ------------------------------------------------------------ negative templates
def n_billing_dispute():
    inv = ref_no(True, 8)
    turns = [A("thanks for calling ", pick(["brightwave", "vortex mobile", "emerald energy"]), " billing how can i help"),
             C("hi my bill this month is ", money(True), " and it's normally about ", money(True)),
             A("okay do you have the invoice number it's at the top of the bill"),
             C("yeah invoice number ", inv),
             A(pick(FILL_A)),
             A("i can see you went over your data by ", pick(["four", "twelve", "twenty"]), " gigabytes on the ", day_ord(rng.randint(1, 28))),
             C("that's weird i was on holiday from the ", day_ord(rng.randint(1, 14)), " to the ", day_ord(rng.randint(15, 28))),
             A("ah roaming charges apply at ", pick(["two", "three", "five"]), " pounds a day i can refund fifty percent as a goodwill gesture"),
             C("okay that helps will it be on the next bill"),
             A("yes it'll show as a credit on your bill dated ", pay_date(True), " the ticket number is ", ref_no(True, 6)),
             C("great thanks")]
    return turns, "call/telecom: bill dispute; invoice number, amounts, dates, data usage, percentage and ticket number, no PII"


def n_flight_change():
    turns = [A("skyway airlines how can i help"),
             C("hi my flight ", pick(["e i", "b a", "f r", "u a"]), " ", spoken_digits(digits(3, True), "plain"), " on the ", day_ord(rng.randint(1, 28)), " of ", pick(MONTHS), " got cancelled"),
             A("i'm sorry about that can i have the booking reference"),
             C("it's ", " ".join(spoken_letter(c, False) for c in "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)).lower())),
             A("thank you i can move you to the ", time_of(True), " departure the next day there are ", pick(["two", "four", "nine"]), " seats left"),
             C("is it still gate ", pick(["twelve", "b six", "forty one"]), " and how long is the flight"),
             A("gate is assigned on the day the flight time is ", pick(["two hours ten", "three hours forty five", "ninety minutes"])),
             C("and my bag allowance twenty three kilos still"),
             A("yes twenty three kilos and i've added a meal voucher worth ", money(True, "euro")),
             C("okay thanks and it's seat ", pick(["fourteen c", "twenty two a", "nine f"]), " yeah"),
             A("that's right have a good flight")]
    return turns, "call/travel: cancelled flight; flight number, dates, times, seat, gate, weights, booking ref letters, voucher amount, no PII"


def n_broadband_chat():
    turns = [C("hi my internet keeps dropping, getting like ", str(rng.randint(2, 15)), " Mbps when i pay for ", pick(["100", "500", "900"])),
             A("Sorry to hear that! Which router model do you have? It's on the sticker."),
             C("says model ", pick(["TG-", "HX", "VR"]), str(rng.randint(1000, 9999)), " version ", str(rng.randint(2, 6)), ".", str(rng.randint(0, 9))),
             A("Thanks. I've opened ticket #", ref_no(False, 7), ". Please restart it and wait 5 minutes."),
             C("done, now its ", str(rng.randint(40, 95)), " mbps"),
             A("Great. There was an outage affecting ", str(rng.randint(120, 4000)), " customers between 14:00 and 16:30 yesterday."),
             C("ok can i get money off? i've been paying £", str(rng.randint(25, 60)), ".99 a month for ", str(rng.randint(2, 6)), " years"),
             A("I've applied a £10 credit, that's about 20% of this month's bill. It'll show on the invoice dated ", pay_date(False), "."),
             C("cheers"),
             A("Anything else I can help with today?"),
             C("no thats it")]
    return turns, "chat/telecom: slow broadband; speeds, router model, ticket number, times, amounts, percentage, years, no PII"


def n_meter_reading():
    turns = [A("emerald energy good morning you're speaking with ", pick(["siobhan", "declan"])),
             C("hi i want to give a meter reading my bill was estimated"),
             A("sure go ahead with the reading"),
             C("it's ", spoken_digits(digits(5, True), "plain"), " and the night one is ", spoken_digits(digits(5, True), "plain")),
             A("thank you and the meter serial is on the front could you read that"),
             C("meter number ", " ".join(spoken_digits(digits(4, True), "plain").split()[:4])),
             A("perfect your unit rate is ", pick(["thirty one point two", "twenty eight point five"]), " cent and the standing charge is ", pick(["forty", "sixty two"]), " cent a day"),
             C("and what do i owe now"),
             A("the corrected bill is ", money(True, "euro"), " due on ", pay_date(True)),
             C("okay and the heating's set to twenty one degrees is that too high"),
             A("most people go for around nineteen or twenty it can save about ten percent")]
    return turns, "call/utilities IE: meter readings (5-digit), meter number, rates, amount, due date, temperatures, percentage, no PII"


def n_appointment():
    turns = [A("st mary's outpatients this is ", pick(["joan", "ahmed"]), " how can i help"),
             C("hi i need to move my appointment on ", pay_date(True), " at ", time_of(True)),
             A("okay what's the appointment reference"),
             C("it's ", spoken_digits(digits(7, True), "plain")),
             A("thanks i can offer ", pick(["tuesday", "wednesday", "friday"]), " the ", day_ord(rng.randint(1, 28)), " at ", time_of(True), " in room ", pick(["two oh four", "fourteen", "three one two"])),
             C("that's fine my son's ", pick(["six", "nine", "eleven"]), " so it'll be after school"),
             A("no problem it's about a forty five minute appointment and the parking is four pounds for two hours"),
             C("okay and do we need to bring anything"),
             A("just his red book and a list of medicines he takes like the five milligram tablets"),
             C("okay thanks"),
             A("you're welcome we'll text a reminder ", pick(["forty eight", "twenty four"]), " hours before")]
    return turns, "call/healthcare: rescheduling; appointment reference, dates (not DOB), times, room, age, duration, dosage, no PII"


def n_claim_chat():
    turns = [C("Hi, I'm following up on claim CLM-", ref_no(False, 8), ", submitted ", pay_date(False)),
             A("Hello! Let me check. This is for the ", str(rng.randint(2012, 2023)), " Honda Civic, correct?"),
             C("yes, damage was about $", str(rng.randint(800, 5000)), " from the storm, hail was like ", str(rng.randint(2, 5)), " cm"),
             A("I see the adjuster visited on ", pay_date(False), " at ", time_of(False), ". The estimate is $", str(rng.randint(900, 4800)), ".", str(rng.randint(10, 99)), "."),
             C("and my deductible is 500 right"),
             A("Correct. You'll receive the payment within 10 business days. Policy term runs to 12/31/", str(rng.randint(2026, 2028)), "."),
             C("ok what was the mileage they recorded"),
             A("The report says ", str(rng.randint(21000, 140000)), " miles."),
             C("fine. thanks"),
             A("You're welcome, case note #", ref_no(False, 6), " added.")]
    return turns, "chat/insurance US: claim follow-up; claim number, model year, amounts, dates, mileage, deductible, note number, no PII"


def n_retail_order():
    n = rng.randint(2, 12)
    turns = [A("Hi, welcome to HomeStyle support. How can I help?"),
             C("ordered ", str(n), " chairs on ", pay_date(False), " order no ", ref_no(False, 9), " only ", str(n - 1), " came"),
             A("So sorry! I can see the order total was £", str(rng.randint(200, 1500)), ".00 and it shipped in ", str(rng.randint(2, 4)), " boxes."),
             C("tracking says delivered at ", time_of(False), " but one box is missing"),
             A("I've raised a missing item case, reference MI", ref_no(False, 7), ". The courier has 48 hours to respond."),
             C("ok. the chairs are the 45cm ones, product code ", str(rng.randint(100000, 999999))),
             A("Thanks, a replacement is reserved. Estimated delivery ", pay_date(False), " between 8am and 6pm."),
             C("and if its late do i get a discount"),
             A("Yes, 15% off your next order.")]
    return turns, "chat/retail: missing item; quantities, order number (9 digits), product code, prices, times, dates, percentage, no PII"


def n_bank_balance():
    turns = [A("northgate bank you're speaking to ", pick(["dave", "amira"]), " how can i help"),
             C("hi i just want to check my balance and when my rent standing order goes out"),
             A("no problem you've already passed security through the app so your balance is ", money(True), " and your overdraft limit is five hundred"),
             C("okay and the standing order"),
             A("that's ", money(True), " on the ", day_ord(rng.randint(1, 28)), " of every month it started in march twenty twenty three"),
             C("can i move it to the first"),
             A("yes the change takes effect from next month and your savings rate is ", pick(["three point two", "four point one", "two point seven five"]), " percent"),
             C("what are your opening hours on saturday"),
             A("nine till ", pick(["one", "twelve thirty", "four"]), " and the branch on the high street has ", pick(["two", "three"]), " cash machines"),
             C("great thanks that's everything")]
    return turns, "call/banking: balance and standing order; amounts, overdraft, dates (not DOB), year, rate, opening hours, no PII"


def n_tax_chat():
    y = rng.randint(2023, 2025)
    turns = [C("Hi, I got a letter about underpaid tax for ", str(y), "/", str(y - 1999)[-2:], " of £", str(rng.randint(100, 3000)), ".", str(rng.randint(10, 99))),
             A("Hello. I can explain that. Your tax code for that year was 1257L and you had 2 jobs at the same time."),
             C("yes from ", pay_date(False), " to ", pay_date(False)),
             A("The underpayment will be collected through your tax code over 12 months, about £", str(rng.randint(10, 250)), " a month."),
             C("can I pay it in one go instead?"),
             A("Yes, by 31 January. Use payment reference on the letter, case ref ", ref_no(False, 9), "."),
             C("ok and the interest rate?"),
             A("Late payment interest is currently ", str(rng.randint(6, 8)), ".", str(rng.randint(0, 9)), "%."),
             C("fine thanks"),
             A("You're welcome. This chat will close in 2 minutes.")]
    return turns, "chat/government UK: tax underpayment; tax year, tax code, amounts, dates, case ref (9 digits), interest rate, no PII"


NEG_TEMPLATES = [n_billing_dispute, n_flight_change, n_broadband_chat, n_meter_reading, n_appointment,
                 n_claim_chat, n_retail_order, n_bank_balance, n_tax_chat]


# ------------------------------------------------------------------ generation
N_POS, N_NEG = 195, 117


def generate():
    global rng
    rng = random.Random(SEED)
    _gid[0] = 0
    cases, metas = [], []
    for i in range(N_POS):
        turns, note = POS_TEMPLATES[i % len(POS_TEMPLATES)]()
        c, m = build("%s-pos-%03d" % (PREFIX, i + 1), "positive", turns, note)
        cases.append(c)
        metas.append(m)
    for i in range(N_NEG):
        turns, note = NEG_TEMPLATES[i % len(NEG_TEMPLATES)]()
        c, m = build("%s-neg-%03d" % (PREFIX, i + 1), "negative", turns, note)
        cases.append(c)
        metas.append(m)
    return cases, metas


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


# ---------------------------------------------------------------- normalising
WORDNUM = {w: str(i) for i, w in enumerate(ONES)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "naught": "0"})
NATO_REV = {v: k for k, v in NATO.items()}


def normalise_spoken(text):
    toks = re.findall(r"[a-z0-9]+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if any(ch.isdigit() for ch in t):
            out.append(t.upper())
        elif t in ("double", "triple") and nxt in WORDNUM:
            out.append(WORDNUM[nxt] * (2 if t == "double" else 3))
            i += 1
        elif t in WORDNUM:
            out.append(WORDNUM[t])
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS and t:
            if nxt in ONES[1:]:
                out.append(str(TENS.index(t)) + WORDNUM[nxt])
                i += 1
            elif nxt in ORD[1:10]:
                out.append(str(TENS.index(t)) + str(ORD.index(nxt)))
                i += 1
            else:
                out.append(str(TENS.index(t)) + "0")
        elif t in ORD[1:]:
            out.append("%02d" % ORD.index(t))
        elif t == "thirtieth":
            out.append("30")
        elif t in MONTHS:
            out.append("%02d" % (MONTHS.index(t) + 1))
        elif t == "thousand":
            out.append("000")
        elif len(t) == 1:
            out.append(t.upper())
            if nxt == "for" and i + 2 < len(toks) and toks[i + 2] in NATO_REV:
                i += 2
            elif nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in" and toks[i + 3] in NATO_REV:
                i += 3
        elif t in NATO_REV:
            out.append(NATO_REV[t].upper())
        # anything else (fillers, street names, "hundred", "and") is ignored
        i += 1
    return "".join(out)


def normalise(text, spoken):
    if spoken:
        return normalise_spoken(text)
    return re.sub(r"[^0-9A-Za-z]", "", text).upper()


UK_PC = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$")


def validate_group(typ, text, canon, spoken):
    """return an error string or None"""
    n = normalise(text, spoken)
    if typ == "CARD_NUMBER":
        ok = n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n) and n == canon
    elif typ == "CVV":
        ok = n.isdigit() and len(n) in (3, 4) and n == canon
    elif typ == "EXPIRY":
        nn = n[:2] + n[-2:] if len(n) == 6 else ("0" + n[0] + n[-2:] if len(n) == 5 else n)
        ok = nn.isdigit() and len(nn) == 4 and 1 <= int(nn[:2]) <= 12 and nn == canon
    elif typ == "SSN":
        ok = n.isdigit() and len(n) == 9 and n == canon
    elif typ == "NI_NUMBER":
        ok = bool(NI_RE.match(n)) and n == canon
    elif typ == "BANK_ACCOUNT":
        ok = n.isdigit() and 8 <= len(n) <= 12 and n == canon
    elif typ == "SORT_CODE":
        ok = n.isdigit() and len(n) == 6 and n == canon
    elif typ == "IBAN":
        ok = iban_ok(n) and n == canon
    elif typ == "PHONE":
        ok = n.isdigit() and 10 <= len(n) <= 13 and n == canon
    elif typ == "EMAIL":
        if spoken:
            s = re.sub(r"\s+", " ", text.lower())
            s = s.replace(" dot ", ".").replace(" at ", "@").replace(" underscore ", "_")
            s = s.replace(" ", "")
            s = re.sub(r"(?<=[a-z])(?=[0-9])", "", s)
            ok = normalise(s, False) == normalise(canon, False) and "@" in s
        else:
            ok = text.lower() == canon.lower()
    elif typ == "DOB":
        y, m, d = canon
        ok = str(y) in n or ("20" + str(y)[2:] in n) or (str(y)[2:] in n and "000" in n)
        ok = ok and ("%02d" % d in n or str(d) in n) and (len(n) >= 6)
    elif typ == "POSTCODE":
        ok = (bool(UK_PC.match(n)) or bool(re.match(r"^[0-9]{5}([0-9]{4})?$", n))) and n == canon
    elif typ == "ADDRESS":
        words = set(re.findall(r"[a-z]+", text.lower()))
        ok = bool(words & STREET_WORDS) and (any(ch.isdigit() for ch in text) or bool(
            words & set(ONES[1:] + TEENS + TENS[2:])))
    else:
        return "unknown type %s" % typ
    return None if ok else "%s invalid: %r -> %r (canon %r)" % (typ, text, n, canon)


def check_cases(cases, metas):
    errs = []
    ids = Counter(c["id"] for c in cases)
    errs += ["duplicate id %s" % k for k, v in ids.items() if v > 1]
    for c, meta in zip(cases, metas):
        cid = c["id"]
        if c["kind"] == "negative" and c["spans"]:
            errs.append("%s: negative with spans" % cid)
        if c["kind"] == "positive" and not c["spans"]:
            errs.append("%s: positive without spans" % cid)
        if not (8 <= len(c["turns"]) <= 20):
            errs.append("%s: %d turns" % (cid, len(c["turns"])))
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"].strip():
                errs.append("%s: bad turn %r" % (cid, t))
            if "  " in t["text"] or t["text"] != t["text"].strip():
                errs.append("%s: whitespace problem in %r" % (cid, t["text"]))
        by_turn = {}
        for sp, m in zip(c["spans"], meta):
            if sp["type"] not in TYPES:
                errs.append("%s: bad type" % cid)
            if not (0 <= sp["turn"] < len(c["turns"])):
                errs.append("%s: bad turn index" % cid)
                continue
            text = c["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(text)):
                errs.append("%s: span out of range" % cid)
                continue
            seg = text[s:e]
            if seg != m.text:
                errs.append("%s: span text mismatch %r vs %r" % (cid, seg, m.text))
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                errs.append("%s: span not on word boundary %r" % (cid, seg))
            if not (seg[0].isalnum() or seg[0] in "(+") or not seg[-1].isalnum():
                errs.append("%s: span edge not alnum %r" % (cid, seg))
            by_turn.setdefault(sp["turn"], []).append((s, e))
        for ti, lst in by_turn.items():
            lst.sort()
            for (a, b), (c2, d2) in zip(lst, lst[1:]):
                if c2 < b:
                    errs.append("%s: overlapping spans in turn %d" % (cid, ti))
        groups = {}
        for m in meta:
            groups.setdefault(m.group, []).append(m)
        for g, ms in groups.items():
            joined = " ".join(x.text for x in ms)
            e = validate_group(ms[0].typ, joined, ms[0].canon, ms[0].spoken)
            if e:
                errs.append("%s: %s" % (cid, e))
    return errs


def counts(cases):
    cnt = Counter(sp["type"] for c in cases for sp in c["spans"])
    pos = sum(1 for c in cases if c["kind"] == "positive")
    neg = sum(1 for c in cases if c["kind"] == "negative")
    return cnt, pos, neg


def readme_text(cases):
    cnt, pos, neg = counts(cases)
    lines = ["# pii_holdout238 - held-out PII redaction evaluation set", "",
             "**Never use this set for tuning.** It exists only to measure the redactor on data it was not developed against.", "",
             "## Provenance", "",
             "Written by an AI helper acting as an independent author. The author did not see the redaction code, its tests,",
             "its documentation, the benchmark script or any other PII fixture; only a 3-line example of the JSONL format.",
             "Cases are generated by `scripts/make_pii_holdout238.py` from template functions (one per scenario) using a single",
             "`random.Random(%d)`; output is byte-for-byte reproducible. Every turn is assembled from plain-text segments and" % SEED,
             "labelled (value, TYPE) segments, so offsets are computed, never typed by hand.", "",
             "Emphasis: longer whole calls and chats (8-20 turns) in which PII appears amid normal conversation about the",
             "customer's problem, surrounded by non-PII numbers (amounts, dates, references, times, speeds, meter readings).",
             "Channels: chat (typed, varied separators/case) and phone calls as ASR transcripts (lower case, numbers as words,",
             "oh/o/nought/zero for 0, double/triple, pairs such as forty one, NATO spelling such as `b for bravo` / `b as in bravo`).",
             "Industries: banking, telecom, utilities, retail, insurance, travel, healthcare billing, government; US, UK, IE, EU.", "",
             "## Annotation conventions", "",
             "- A span covers only the value itself: no lead-in words (`it's`, `my number is`, `exp`, `cvv`), no trailing punctuation.",
             "- Values split over several customer turns (with agent back-channels between) are labelled as one span per turn, each",
             "  with the same type. Fillers such as `uh` inside one continuous reading stay inside the span.",
             "- Agent read-backs of a value (phone, account number, address) are labelled as well.",
             "- An aborted partial read of a different value (`it's four five oh hang on sorry that's my husband's card`) is",
             "  not labelled: three digits are not PII on their own; only the complete value that follows is labelled.",
             "- Spelled letters keep their NATO word inside the span (`q for quebec`).",
             "- EXPIRY covers month and year (`oh nine twenty seven`, `09/27`, `march twenty twenty nine`).",
             "- DOB covers the whole date including `the ... of`. ADDRESS covers house/flat number and street, not the postcode,",
             "  which is a separate POSTCODE span. US ZIP codes are POSTCODE.",
             "- EMAIL spoken forms (`j dot walsh at gmail dot com`) are labelled from the first to the last word of the address.",
             "- Negatives contain no PII at all; dates there are appointments, payments, travel or policy dates, never birth dates.",
             "  Reference/order/claim/invoice/ticket numbers are at most 10 digits and always introduced by their reference word.", "",
             "## Counts", "",
             "Positive cases: %d. Negative cases: %d." % (pos, neg), "",
             "| type | spans |", "|---|---|"]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, cnt.get(t, 0)))
    lines += ["", "Scoring note: a labelled span counts as found when every letter/digit inside it is covered by a redaction;",
              "a negative case fails if anything in it is redacted.", "",
              "Regenerate with `python scripts/make_pii_holdout238.py`; verify with `--check`.", ""]
    return "\n".join(lines)


def main():
    check = "--check" in sys.argv[1:]
    cases, metas = generate()
    data = serialise(cases)
    readme = readme_text(cases)
    errs = check_cases(cases, metas)
    cnt, pos, neg = counts(cases)
    mins = {t: 12 for t in TYPES}
    mins.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})
    for t, m in mins.items():
        if cnt.get(t, 0) < m:
            errs.append("type %s has %d spans, need %d" % (t, cnt.get(t, 0), m))
    if pos < 170 or neg < 100:
        errs.append("too few cases: %d pos %d neg" % (pos, neg))
    if check:
        for path, want in ((OUT, data), (README, readme)):
            try:
                with open(path, encoding="utf-8") as fh:
                    have = fh.read()
            except OSError as exc:
                errs.append("cannot read %s: %s" % (path, exc))
                continue
            if have != want:
                errs.append("%s differs from regenerated output" % path)
        # also re-validate the file as read (ids, offsets)
        try:
            with open(OUT, encoding="utf-8") as fh:
                file_cases = [json.loads(l) for l in fh if l.strip()]
            if len(file_cases) != len(cases):
                errs.append("file has %d cases, expected %d" % (len(file_cases), len(cases)))
        except (OSError, ValueError) as exc:
            errs.append("cannot parse %s: %s" % (OUT, exc))
    else:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(OUT, "w", encoding="utf-8") as fh:
            fh.write(data)
        with open(README, "w", encoding="utf-8") as fh:
            fh.write(readme)
    print("cases: %d positive, %d negative, %d spans" % (pos, neg, sum(cnt.values())))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt.get(t, 0)))
    for e in errs[:60]:
        print("ERROR:", e)
    if errs:
        print("FAILED: %d problem(s)" % len(errs))
        return 1
    print("OK" + (" (check passed)" if check else " (written)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
