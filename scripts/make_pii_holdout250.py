"""Generate the held-out PII evaluation set pii_holdout250 (independent author).

python scripts/make_pii_holdout250.py          -> writes fixture + README
python scripts/make_pii_holdout250.py --check  -> regenerate, verify identical and valid
"""
import json, os, random, re, sys

SEED = 250241126
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout250")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
R = random.Random(SEED)

DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
NATO = {c: w for c, w in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split())}
FILLERS = ["um", "uh", "er", "erm"]

# ---------------- value generators ----------------
def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2: n = n * 2 - 9 if n > 4 else n * 2
        s += n
    return s % 10 == 0

def card():
    pre, ln = R.choice([("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("37", 15), ("34", 15), ("6011", 16), ("4", 13), ("62", 19)])
    body = pre + "".join(R.choice("0123456789") for _ in range(ln - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c): return body + c

def digits(n, first="123456789"):
    return R.choice(first) + "".join(R.choice("0123456789") for _ in range(n - 1))

def ssn():
    a = R.choice([x for x in range(1, 900) if x != 666])
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))

def ni():
    p1 = R.choice("ABCEGHJKLMNPRSTWXYZ"); p2 = R.choice("ABCEGHJKLMNPRSTWXYZ")
    if p1 + p2 in ("GB", "NK", "TN", "ZZ", "BG", "KN", "NT"): p1, p2 = "J", "R"
    return p1 + p2 + digits(6, "0123456789") + R.choice("ABCD")

def iban():
    cc, bban = R.choice([("GB", lambda: R.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + digits(14, "0123456789")),
                         ("IE", lambda: R.choice(["AIBK", "BOFI"]) + digits(14, "0123456789")),
                         ("DE", lambda: digits(18, "0123456789")),
                         ("FR", lambda: digits(23, "0123456789")),
                         ("NL", lambda: R.choice(["ABNA", "INGB", "RABO"]) + digits(10, "0123456789")),
                         ("ES", lambda: digits(20, "0123456789"))])
    b = bban()
    num = "".join(str(int(c, 36)) for c in b + cc + "00")
    return cc + "%02d" % (98 - int(num) % 97) + b

def iban_ok(v):
    v = v.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", v): return False
    r = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def uk_phone():
    return R.choice(["07" + digits(9, "0123456789"), "020" + digits(8, "0123456789"), "0161" + digits(7, "0123456789"), "0131" + digits(7, "0123456789")])

def us_phone():
    return R.choice("23456789") + digits(2, "0123456789") + R.choice("23456789") + digits(6, "0123456789")

def ie_phone():
    return "08" + R.choice("35679") + digits(7, "0123456789")

UK_PC = ["SW1A 2AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "EH1 3QR", "LS6 2QT", "BS8 1TH", "G12 8QQ", "NE4 5PL", "CF10 3AT", "L18 9SN", "OX4 1JZ", "SE15 4RD", "N7 9QF", "BT9 6AB", "RG1 8DN", "PL4 6EY"]
STREETS = ["Mill Lane", "Station Road", "Church Street", "Victoria Road", "Oak Avenue", "Elm Grove", "Park Crescent", "Maple Drive", "High Street", "Willow Close", "Main Street", "Cedar Court", "Lakeview Boulevard", "Pine Street", "Jefferson Avenue", "Sunset Drive"]
NAMES = ["john.doe", "sarah_m", "kpatel", "liam.obrien", "mary.k.jones", "dwhite77", "emma.r", "tomasz.nowak", "aoife.byrne", "j.garcia"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "outlook.com", "hotmail.com", "icloud.com", "btinternet.com", "eircom.net", "aol.com"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]

# ---------------- spoken forms ----------------
def zero_word():
    return R.choice(["zero", "oh", "o", "nought", "oh"])

def say_digits(d, style=None):
    """Speak a digit string; returns text. Uses singles, doubles/triples, sometimes pairs."""
    style = style or R.choice(["single", "single", "double", "pairs"])
    out, i = [], 0
    while i < len(d):
        c = d[i]
        if style in ("double", "pairs") and i + 2 < len(d) + 0 and d[i:i + 3] == c * 3 and R.random() < 0.7:
            out.append("triple " + (zero_word() if c == "0" else DW[int(c)])); i += 3; continue
        if style in ("double", "pairs") and i + 1 < len(d) and d[i + 1] == c:
            out.append("double " + (zero_word() if c == "0" else DW[int(c)])); i += 2; continue
        if style == "pairs" and i + 1 < len(d) and c != "0" and d[i + 1] != "0" and R.random() < 0.6:
            n = int(d[i:i + 2])
            if n < 20: out.append(TEENS[n - 10])
            elif n % 10 == 0: out.append(TENS[n // 10])
            else: out.append(TENS[n // 10] + " " + DW[n % 10])
            i += 2; continue
        out.append(zero_word() if c == "0" else DW[int(c)]); i += 1
    return " ".join(out)

def say_letter(c, nato=None):
    if nato is None: nato = R.random() < 0.4
    if c == "O": nato = True
    return (c.lower() + " for " + NATO[c]) if nato else c.lower()

def say_alnum(v):
    parts = []
    for c in v:
        parts.append(say_digits(c, "single") if c.isdigit() else say_letter(c))
    return " ".join(parts)

def say_email_spoken(e):
    local, dom = e.split("@")
    sp = lambda s: s.replace(".", " dot ").replace("_", " underscore ")
    return sp(local) + " at " + sp(dom)

def year_words(y):
    a, b = divmod(y, 100)
    if a == 20 and b < 10: return "two thousand" + ("" if b == 0 else " and " + DW[b])
    if a == 20:
        return "twenty " + (TEENS[b - 10] if b < 20 else TENS[b // 10] + ("" if b % 10 == 0 else " " + DW[b % 10]))
    if b == 0: return TEENS[a - 10] + " hundred"
    return TEENS[a - 10] + " " + (("oh " + DW[b]) if b < 10 else (TEENS[b - 10] if b < 20 else TENS[b // 10] + ("" if b % 10 == 0 else " " + DW[b % 10])))

# ---------------- normalisation used by --check ----------------
WORDNUM = {w: str(i) for i, w in enumerate(DW)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "zero": "0"})
def spoken_to_digits(s):
    toks = re.findall(r"[a-z]+|\d+", s.lower())
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit(): out.append(t)
        elif t in ("double", "triple") and i + 1 < len(toks) and toks[i + 1] in WORDNUM:
            out.append(WORDNUM[toks[i + 1]] * (2 if t == "double" else 3)); i += 1
        elif t in WORDNUM: out.append(WORDNUM[t])
        elif t in TEENS: out.append(str(10 + TEENS.index(t)))
        elif t in TENS.values():
            tv = [k for k, v in TENS.items() if v == t][0]
            if i + 1 < len(toks) and toks[i + 1] in DW[1:]:
                out.append(str(tv) + WORDNUM[toks[i + 1]]); i += 1
            else: out.append(str(tv) + "0")
        elif t == "hundred": out.append("00")
        i += 1
    return "".join(out)

def spoken_to_alnum(s):
    s = re.sub(r"\b([a-z]) for [a-z]+\b", lambda m: "#" + m.group(1).upper(), s.lower())
    toks = re.findall(r"#[A-Z]|[a-z]+|\d+", s)
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        if t.startswith("#"): out.append(t[1])
        elif len(t) == 1 and t.isalpha() and t not in ("o",): out.append(t.upper())
        elif t.isdigit() or t in WORDNUM or t in ("double", "triple") or t in TEENS or t in TENS.values():
            j = i
            while j < len(toks) and (toks[j].isdigit() or toks[j] in WORDNUM or toks[j] in ("double", "triple") or toks[j] in TEENS or toks[j] in TENS.values()): j += 1
            out.append(spoken_to_digits(" ".join(toks[i:j]))); i = j; continue
        elif len(t) > 1 and re.fullmatch(r"[a-z]{2}", t) and not out: out.append(t.upper())
        elif re.fullmatch(r"[a-z]+\d*|\d+[a-z]+", t) and t not in FILLERS: out.append(t.upper())
        i += 1
    return "".join(out)

# ---------------- case assembly ----------------
CASELIST = []
def case(kind, note, turns):
    """turns: list of (speaker, [segments]) where a segment is str or (text, TYPE, group, canon)."""
    out_turns, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, str): text += s
            else:
                t, typ, grp, canon = s
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(t), "type": typ, "_g": grp, "_v": canon})
                text += t
        out_turns.append({"speaker": spk, "text": text})
    CASELIST.append({"kind": kind, "turns": out_turns, "spans": spans, "note": note})

def V(text, typ, canon, grp=0):
    return (text, typ, grp, canon)

A, C = "agent", "customer"
def fill(): return R.choice(FILLERS) + " "
def chunks(d, sizes):
    out, i = [], 0
    for s in sizes: out.append(d[i:i + s]); i += s
    if i < len(d): out[-1] += d[i:]
    return out

IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing", "government services"]
def ind(): return R.choice(IND)

# ---------------- positive templates ----------------
def p_card_call_one():
    c = card(); i = ind()
    case("positive", f"call/{i}: card spoken digit words in one turn, mixed doubles/pairs", [
        (A, ["can i take the long number across the front of the card please"]),
        (C, [R.choice(["yeah it's ", "okay so ", "right ", "sure um "]), V(say_digits(c), "CARD_NUMBER", c), R.choice(["", " and that's a visa", " did you get that"])])])

def p_card_split():
    c = card(); i = ind()
    parts = chunks(c, [4, 4, 4, 4] if len(c) == 16 else [4, 6, 5] if len(c) == 15 else [4, 4, 5] if len(c) == 13 else [4, 4, 4, 4, 3])
    turns = [(A, ["okay whenever you're ready with the card number"])]
    bc = ["mhm", "okay", "yep go on", "okay go on", "uh huh", "yeah"]
    for k, p in enumerate(parts):
        pre = R.choice(["", "", "so ", "um ", "and then "]) if k else R.choice(["right ", "okay it's ", ""])
        turns.append((C, [pre, V(say_digits(p), "CARD_NUMBER", p, 1)]))
        if k < len(parts) - 1: turns.append((A, [R.choice(bc)]))
    turns.append((A, ["thank you and the expiry"]))
    m, y = R.randint(1, 12), R.randint(26, 31)
    e = "%02d%02d" % (m, y)
    turns.append((C, [V(say_digits("%02d" % m, "single") + " " + say_digits("%02d" % y, R.choice(["single", "pairs"])), "EXPIRY", e, 2)]))
    case("positive", f"call/{i}: card split over {len(parts)} customer turns with back-channels then expiry as digits", turns)

def p_card_correction():
    c = card(); i = ind()
    wrong = c[:4] + str((int(c[4]) + 3) % 10)
    case("positive", f"call/{i}: customer restarts card reading after a mistake; both partial and full readings labelled", [
        (A, ["and the card number please"]),
        (C, [V(say_digits(wrong, "single"), "CARD_NUMBER", wrong, 1), " no sorry sorry let me start again ", V(say_digits(c), "CARD_NUMBER", c, 2)]),
        (A, ["lovely thank you"])])

def p_card_readback():
    c = card(); i = ind()
    cv = digits(4 if c.startswith("3") else 3, "0123456789")
    case("positive", f"call/{i}: agent reads card back; customer gives security code in the same turn as chit-chat", [
        (C, ["the card is ", V(say_digits(c, "single"), "CARD_NUMBER", c, 1)]),
        (A, ["so that's ", V(say_digits(c, "double"), "CARD_NUMBER", c, 2), " yeah"]),
        (C, ["yes that's it and the code on the back is ", V(say_digits(cv, "single"), "CVV", cv), " sorry the dog's barking"])])

def p_card_interrupt():
    c = card(); i = ind()
    a, b = c[:8], c[8:]
    case("positive", f"call/{i}: agent interrupts mid card reading, customer resumes from where they were", [
        (C, ["it's ", V(say_digits(a), "CARD_NUMBER", a, 1)]),
        (A, ["sorry you broke up there after ", V(say_digits(a[-4:], "single"), "CARD_NUMBER", a[-4:], 3)]),
        (C, ["oh ", V(say_digits(b), "CARD_NUMBER", b, 1), " is the rest of it"])])

def p_card_chat():
    c = card(); i = ind()
    g = R.choice([lambda: " ".join(chunks(c, [4, 4, 4, 4, 3])) if len(c) > 16 else " ".join(chunks(c, [4, 4, 4, 4][:len(c) // 4])) , lambda: "-".join(chunks(c, [4, 4, 4, 4][:len(c) // 4])), lambda: c, lambda: " ".join(chunks(c, [4, 6, 5])) ])
    txt = g()
    m, y = R.randint(1, 12), R.randint(26, 31)
    exp = R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d-%02d" % (m, y)])
    cv = digits(4 if c.startswith("3") else 3, "0123456789")
    case("positive", f"chat/{i}: card typed with separators, expiry and cvv in one message", [
        (A, ["Please provide the card details to complete the payment of £" + str(R.randint(20, 400)) + ".00"]),
        (C, [R.choice(["card ", "its ", "Card no: ", "ok here: "]), V(txt, "CARD_NUMBER", c), R.choice([" exp ", ", expires ", " valid till "]), V(exp, "EXPIRY", "%02d%02d" % (m, y)), R.choice([" cvv ", " sec code ", ", cvc "]), V(cv, "CVV", cv)])])

def p_expiry_words():
    m, y = R.randint(1, 12), R.randint(2026, 2031)
    i = ind()
    t = R.choice([MONTHS[m - 1] + " " + TENS[2] + " " + DW[y - 2020] if y < 2030 else MONTHS[m - 1] + " twenty thirty" + ("" if y == 2030 else " one"),
                  say_digits("%02d" % m, "single") + " slash " + say_digits("%02d" % (y % 100), "single")])
    case("positive", f"call/{i}: expiry spoken as month name/words", [
        (A, ["and when does the card expire"]),
        (C, [R.choice(["it expires ", "um ", "end of "]), V(t, "EXPIRY", "%02d%02d" % (m, y % 100))])])

def p_cvv_call():
    cv = digits(3, "0123456789"); i = ind()
    case("positive", f"call/{i}: security code with filler and self-correction", [
        (A, ["and the three digit security code on the back"]),
        (C, ["it's ", V(say_digits(cv[:2], "single"), "CVV", cv[:2], 1), " no wait ", V(say_digits(cv, "single"), "CVV", cv, 2)]),
        (A, ["okay thank you that's gone through for " + R.choice(["forty two pounds", "nineteen ninety nine", "a hundred and five dollars"])])])

def p_ssn_call():
    s = ssn(); i = ind()
    sty = R.choice(["single", "double", "pairs"])
    case("positive", f"call/{i}: US SSN spoken in 3-2-4 groups" , [
        (A, ["for verification can i get your social security number"]),
        (C, [R.choice(["sure it's ", "yeah ", "um okay ", "it's "]), V(say_digits(s[:3], sty) + " " + say_digits(s[3:5], sty) + " " + say_digits(s[5:], sty), "SSN", s)])])

def p_ssn_split():
    s = ssn(); i = ind()
    case("positive", f"call/{i}: SSN split over turns with agent back-channel and filler", [
        (A, ["and your social"]),
        (C, [V(say_digits(s[:3]), "SSN", s[:3], 1)]),
        (A, [R.choice(["mhm", "okay", "go on"])]),
        (C, [V(say_digits(s[3:5]) + " " + fill() + say_digits(s[5:]), "SSN", s[3:], 1)]),
        (A, ["thank you i've got that"])])

def p_ssn_last4_and_full():
    s = ssn(); i = ind()
    case("positive", f"call/{i}: SSN misheard, agent reads back then customer corrects", [
        (A, ["social please"]),
        (C, [V(say_digits(s), "SSN", s, 1)]),
        (A, ["i have ", V(say_digits(s[:-1] + str((int(s[-1]) + 1) % 10), "single"), "SSN", s[:-1] + str((int(s[-1]) + 1) % 10), 2)]),
        (C, ["no the last one is ", V(say_digits(s[-1], "single"), "SSN", s[-1], 3), " it's ", V(say_digits(s[-4:], "single"), "SSN", s[-4:], 4)])])

def p_ssn_chat():
    s = ssn(); i = ind()
    f = R.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s, s[:3] + " " + s[3:5] + " " + s[5:], s[:3] + "." + s[3:5] + "." + s[5:]])
    z = digits(5, "0123456789")
    case("positive", f"chat/{i}: SSN typed with separators and a ZIP nearby", [
        (A, ["To verify, please send your SSN and billing ZIP."]),
        (C, [R.choice(["ssn ", "SSN: ", "its ", "my social is "]), V(f, "SSN", s), R.choice([" and zip ", ", zip code ", " / "]), V(z, "POSTCODE", z), R.choice(["", " thx", ". Order #" + digits(7) + " btw"])])])

def p_ni_call():
    n = ni(); i = R.choice(["government services", "banking", "insurance", "utilities"])
    case("positive", f"call/{i}: UK NI number letters and digits spoken, nato letters", [
        (A, ["can you confirm your national insurance number"]),
        (C, [R.choice(["yep it's ", "it's ", "um ", "yeah so "]), V(say_letter(n[0]) + " " + say_letter(n[1]) + " " + say_digits(n[2:8], R.choice(["single", "pairs", "double"])) + " " + say_letter(n[8]), "NI_NUMBER", n)])])

def p_ni_split():
    n = ni(); i = R.choice(["government services", "banking", "insurance"])
    case("positive", f"call/{i}: NI number split across turns, agent interrupts to confirm letters", [
        (A, ["national insurance number please"]),
        (C, [V(say_letter(n[0], True) + " " + say_letter(n[1], True), "NI_NUMBER", n[:2], 1)]),
        (A, ["sorry was that ", V(n[0].lower() + " " + n[1].lower(), "NI_NUMBER", n[:2], 2)]),
        (C, ["yes then ", V(say_digits(n[2:4], "single") + " " + say_digits(n[4:6], "single") + " " + say_digits(n[6:8], "single"), "NI_NUMBER", n[2:8], 1)]),
        (A, ["and the letter at the end"]),
        (C, [V(say_letter(n[8]), "NI_NUMBER", n[8], 1)])])

def p_ni_chat():
    n = ni(); i = R.choice(["government services", "banking", "insurance"])
    f = R.choice([n, " ".join([n[:2], n[2:4], n[4:6], n[6:8], n[8]]), n.lower(), n[:2] + " " + n[2:8] + " " + n[8], "-".join([n[:2], n[2:4], n[4:6], n[6:8], n[8]])])
    case("positive", f"chat/{i}: NI typed in varied case/grouping", [
        (A, ["Could you share your National Insurance number?"]),
        (C, [R.choice(["NI: ", "sure its ", "ni no ", "It's "]), V(f, "NI_NUMBER", n), R.choice(["", " thanks", " - tax year " + str(R.randint(2021, 2025)) + "/" + str(R.randint(22, 26))])])])

def p_ni_homophone():
    n = ni(); i = "government services"
    hom = {"2": "to", "4": "for", "8": "ate"}
    ds = n[2:8]
    sp = " ".join(hom.get(c, zero_word() if c == "0" else DW[int(c)]) if R.random() < 0.5 else (zero_word() if c == "0" else DW[int(c)]) for c in ds)
    canon = n
    case("positive", f"call/{i}: NI number with ASR homophones (to/for/ate) for digits", [
        (A, ["what's your national insurance number"]),
        (C, ["it's ", V(say_letter(n[0]) + " " + say_letter(n[1]) + " " + sp + " " + say_letter(n[8]), "NI_NUMBER", canon, 9)])])

def p_bank_uk():
    acct = digits(8, "0123456789"); sc = digits(6, "0123456789"); i = R.choice(["banking", "utilities", "insurance"])
    case("positive", f"call/{i}: UK sort code in pairs and account number, two values in one turn", [
        (A, ["can i take the sort code and account number for the direct debit"]),
        (C, ["sort code ", V(say_digits(sc[:2], "pairs") + " " + say_digits(sc[2:4], "pairs") + " " + say_digits(sc[4:], "pairs"), "SORT_CODE", sc), " and the account is ", V(say_digits(acct, R.choice(["single", "double"])), "BANK_ACCOUNT", acct)]),
        (A, ["and that's your first payment of " + R.choice(["thirty two pounds", "fifty five pound forty", "twelve pounds"]) + " on the " + R.choice(ORD)])])

def p_bank_split():
    acct = digits(8, "0123456789"); sc = digits(6, "0123456789"); i = R.choice(["banking", "utilities"])
    case("positive", f"call/{i}: account number split with agent interruption, sort code hyphen dictated", [
        (A, ["go ahead with the account number"]),
        (C, [V(say_digits(acct[:4]), "BANK_ACCOUNT", acct[:4], 1)]),
        (A, ["sorry ", V(say_digits(acct[:4], "single"), "BANK_ACCOUNT", acct[:4], 2), " yeah"]),
        (C, ["yeah ", V(say_digits(acct[4:]), "BANK_ACCOUNT", acct[4:], 1)]),
        (A, ["and the sort code"]),
        (C, [V(" dash ".join(say_digits(sc[k:k + 2], "single") for k in (0, 2, 4)), "SORT_CODE", sc)])])

def p_bank_chat():
    acct = digits(R.choice([8, 10, 12]), "0123456789"); sc = digits(6, "0123456789"); i = "banking"
    case("positive", f"chat/{i}: account and sort code typed", [
        (C, [R.choice(["acc no ", "Account: ", "acct# ", "account number "]), V(acct, "BANK_ACCOUNT", acct), R.choice([" sort ", ", sort code ", " s/c "]), V(R.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]]), "SORT_CODE", sc)])])

def p_us_bank():
    acct = digits(R.choice([9, 10, 11, 12]), "0123456789"); i = R.choice(["banking", "healthcare billing", "utilities"])
    case("positive", f"call/{i}: US checking account number spoken with filler, routing not included", [
        (A, ["and the checking account number"]),
        (C, [V(say_digits(acct[:5]) + " " + fill() + say_digits(acct[5:]), "BANK_ACCOUNT", acct)])])

def p_iban():
    ib = iban(); i = R.choice(["banking", "travel", "retail", "insurance"])
    if R.random() < 0.5:
        f = R.choice([" ".join(ib[k:k + 4] for k in range(0, len(ib), 4)), ib, ib.lower()])
        case("positive", f"chat/{i}: IBAN typed (EU/UK/IE refund)", [
            (A, ["Please send the IBAN for the refund."]),
            (C, [R.choice(["IBAN ", "here: ", "its "]), V(f, "IBAN", ib)])])
    else:
        g = [ib[k:k + 4] for k in range(0, len(ib), 4)]
        turns = [(A, ["okay go ahead with the iban"])]
        for k, p in enumerate(g):
            turns.append((C, [V(say_alnum(p), "IBAN", p, 1)]))
            if k < len(g) - 1 and R.random() < 0.6: turns.append((A, [R.choice(["mhm", "yep", "okay"])]))
        # merge consecutive customer turns
        merged = []
        for spk, segs in turns:
            if merged and merged[-1][0] == spk == C: merged[-1] = (C, merged[-1][1] + [" "] + segs)
            else: merged.append((spk, segs))
        case("positive", f"call/{i}: IBAN spelled in groups of four with nato letters across turns", merged)

def p_phone():
    kind = R.choice(["uk", "us", "ie", "intl"])
    if kind == "uk": p = uk_phone(); sp = say_digits(p); canon = p
    elif kind == "us": p = us_phone(); sp = say_digits(p[:3]) + " " + say_digits(p[3:6]) + " " + say_digits(p[6:]); canon = p
    elif kind == "ie": p = ie_phone(); sp = say_digits(p); canon = p
    else:
        p = uk_phone(); sp = "plus four four " + say_digits(p[1:]); canon = "44" + p[1:]
    i = ind()
    case("positive", f"call/{i}: {kind} phone number spoken", [
        (A, ["what's the best number to reach you on"]),
        (C, [R.choice(["it's ", "my mobile ", "um ", "you can get me on "]), V(sp, "PHONE", canon), R.choice(["", " after six", " any time"])])])

def p_phone_split():
    p = uk_phone(); i = ind()
    case("positive", f"call/{i}: phone number split, customer corrects a digit group", [
        (A, ["and a contact number"]),
        (C, [V(say_digits(p[:5]), "PHONE", p[:5], 1)]),
        (A, ["yep"]),
        (C, [V(say_digits(p[5:8]), "PHONE", p[5:8], 2), " sorry no ", V(say_digits(p[5:]), "PHONE", p[5:], 1)])])

def p_phone_chat():
    kind = R.choice(["uk", "us", "intl"]); i = ind()
    if kind == "uk": p = uk_phone(); f = R.choice([p, p[:5] + " " + p[5:], "(" + p[:5] + ") " + p[5:]]); canon = p
    elif kind == "us": p = us_phone(); f = R.choice(["(" + p[:3] + ") " + p[3:6] + "-" + p[6:], p[:3] + "-" + p[3:6] + "-" + p[6:], p[:3] + "." + p[3:6] + "." + p[6:], "+1 " + p[:3] + " " + p[3:6] + " " + p[6:]]); canon = p
    else: p = R.choice(["+353", "+33", "+49"]) + digits(9, "0123456789"); f = p[:3] + " " + p[3:6] + " " + p[6:]; canon = p[1:]
    case("positive", f"chat/{i}: phone typed ({kind})", [
        (C, [R.choice(["call me on ", "my number: ", "tel ", "pls ring "]), V(f, "PHONE", re.sub(r"\D", "", f)), R.choice(["", " before 5pm", " thanks"])])])

def mk_email():
    return R.choice(NAMES) + str(R.choice(["", "", R.randint(1, 99)])) + "@" + R.choice(DOMAINS)

def p_email_call():
    e = mk_email(); i = ind()
    case("positive", f"call/{i}: email spoken with dot/at, letters spelled", [
        (A, ["and the email address for the confirmation"]),
        (C, [R.choice(["it's ", "yeah ", "um it's "]), V(say_email_spoken(e), "EMAIL", e), R.choice(["", " all lower case", " that's with the dot"])])])

def p_email_chat():
    e = mk_email(); i = ind()
    f = R.choice([e, e.upper() if R.random() < 0.3 else e.capitalize(), e.replace("@", " @ ")])
    case("positive", f"chat/{i}: email typed in message", [
        (C, [R.choice(["email is ", "send it to ", "pls use "]), V(f, "EMAIL", e), R.choice(["", " ty", " not the old one"])])])

def p_email_spell():
    user = R.choice(["kpatel", "dwhite", "aoife", "jgarcia", "mnowak"]); dom = R.choice(DOMAINS); i = ind()
    spelled = " ".join(say_letter(c.upper(), R.random() < 0.3) for c in user)
    case("positive", f"call/{i}: email local part spelled letter by letter", [
        (A, ["can you spell the email for me"]),
        (C, [V(spelled + " at " + dom.replace(".", " dot "), "EMAIL", user + "@" + dom)])])

def p_dob_call():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2004); i = ind()
    f = R.choice([ORD[d - 1] + " of " + MONTHS[m - 1] + " " + year_words(y),
                  "the " + ORD[d - 1] + " of " + MONTHS[m - 1] + " " + year_words(y),
                  MONTHS[m - 1] + " " + ORD[d - 1] + " " + year_words(y),
                  say_digits("%02d" % d, "single") + " " + say_digits("%02d" % m, "single") + " " + year_words(y)])
    case("positive", f"call/{i}: date of birth spoken", [
        (A, ["can i just take your date of birth"]),
        (C, [R.choice(["yeah it's ", "", "um ", "sure "]), V(f, "DOB", "%04d%02d%02d" % (y, m, d))]),
        (A, ["thank you and your appointment is on the " + R.choice(ORD) + " at " + R.choice(["ten thirty", "two fifteen", "nine o'clock"])])])

def p_dob_chat():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2004); i = ind()
    f = R.choice(["%02d/%02d/%04d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%02d-%02d-%04d" % (m, d, y), "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)])
    case("positive", f"chat/{i}: DOB typed", [
        (A, ["Please confirm your date of birth."]),
        (C, [R.choice(["dob ", "DOB: ", "born ", ""]), V(f, "DOB", "%04d%02d%02d" % (y, m, d))])])

def p_address_uk():
    n = R.randint(1, 240); st = R.choice(STREETS); pc = R.choice(UK_PC); i = ind()
    pcs = " ".join(say_letter(c) if c.isalpha() else DW[int(c)] for c in pc.replace(" ", ""))
    case("positive", f"call/{i}: UK street address and postcode spoken, postcode letter by letter", [
        (A, ["can i confirm the address on the account"]),
        (C, [V(R.choice(["flat " + str(R.randint(1, 9)) + " ", ""]) + str(n) + " " + st.lower(), "ADDRESS", "addr")]),
        (A, ["and the postcode"]),
        (C, [V(pcs, "POSTCODE", pc.replace(" ", ""))])])

def p_address_words():
    n = R.randint(11, 99); st = R.choice(STREETS); z = digits(5, "0123456789"); i = ind()
    case("positive", f"call/{i}: US address with house number in words and ZIP as digits", [
        (A, ["what's the billing address"]),
        (C, [V(say_digits(str(n), "pairs") + " " + st.lower(), "ADDRESS", "addr"), " ", R.choice(["springfield", "austin", "columbus"]), " zip ", V(say_digits(z, "single"), "POSTCODE", z)])])

def p_address_chat():
    n = R.randint(1, 400); st = R.choice(STREETS); pc = R.choice(UK_PC); i = ind()
    f = R.choice([pc, pc.lower(), pc.replace(" ", "")])
    case("positive", f"chat/{i}: address and postcode typed on one line", [
        (C, ["new address is ", V(str(n) + " " + st, "ADDRESS", "addr"), ", ", R.choice(["Leeds", "Bristol", "Manchester", "London"]), " ", V(f, "POSTCODE", pc.replace(" ", ""))])])

def p_mixed_verify():
    s = ssn(); d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1950, 2000); z = digits(5, "0123456789"); i = R.choice(["healthcare billing", "insurance", "banking"])
    case("positive", f"call/{i}: ID&V with SSN last digits corrected, DOB and ZIP in one call", [
        (A, ["to verify i need your date of birth and social"]),
        (C, [V(MONTHS[m - 1] + " " + ORD[d - 1] + " " + year_words(y), "DOB", "%04d%02d%02d" % (y, m, d)), " and the social is ", V(say_digits(s), "SSN", s)]),
        (A, ["and the zip code on file"]),
        (C, [V(say_digits(z), "POSTCODE", z), " but i moved like " + R.choice(["two", "three", "six"]) + " months ago"])])

def p_uk_verify():
    n = ni(); pc = R.choice(UK_PC); ph = uk_phone(); i = R.choice(["government services", "utilities", "telecom"])
    pcs = " ".join(say_letter(c) if c.isalpha() else DW[int(c)] for c in pc.replace(" ", ""))
    case("positive", f"call/{i}: UK verification, NI then postcode and phone, filler inside readings", [
        (A, ["first of all your national insurance number"]),
        (C, [V(say_letter(n[0]) + " " + say_letter(n[1]) + " " + say_digits(n[2:5], "single") + " " + fill() + say_digits(n[5:8], "single") + " " + say_letter(n[8]), "NI_NUMBER", n)]),
        (A, ["thanks and your postcode"]),
        (C, [V(pcs, "POSTCODE", pc.replace(" ", ""))]),
        (A, ["and is the mobile still ", V(say_digits(ph), "PHONE", ph)]),
        (C, ["yes that's right"])])

POS = [(p_card_call_one, 12), (p_card_split, 10), (p_card_correction, 4), (p_card_readback, 5), (p_card_interrupt, 4), (p_card_chat, 8),
       (p_expiry_words, 6), (p_cvv_call, 6), (p_ssn_call, 12), (p_ssn_split, 6), (p_ssn_last4_and_full, 3), (p_ssn_chat, 8),
       (p_ni_call, 12), (p_ni_split, 6), (p_ni_chat, 8), (p_ni_homophone, 4), (p_bank_uk, 7), (p_bank_split, 4), (p_bank_chat, 4), (p_us_bank, 4),
       (p_iban, 14), (p_phone, 9), (p_phone_split, 4), (p_phone_chat, 5), (p_email_call, 7), (p_email_chat, 5), (p_email_spell, 3),
       (p_dob_call, 8), (p_dob_chat, 5), (p_address_uk, 7), (p_address_words, 4), (p_address_chat, 4), (p_mixed_verify, 6), (p_uk_verify, 6)]

# ---------------- negatives ----------------
def num_words(n):
    if n < 10: return DW[n]
    if n < 20: return TEENS[n - 10]
    if n < 100: return TENS[n // 10] + ("" if n % 10 == 0 else " " + DW[n % 10])
    if n < 1000: return DW[n // 100] + " hundred" + ("" if n % 100 == 0 else " and " + num_words(n % 100))
    return num_words(n // 1000) + " thousand" + ("" if n % 1000 == 0 else (" and " if n % 1000 < 100 else " ") + num_words(n % 1000))

def neg(note, turns):
    case("negative", note, [(s, list(t)) for s, t in turns])

def n_money():
    a, b = R.randint(100, 9999), R.randint(10, 99)
    neg("call/" + ind() + ": money amounts spoken as long word strings", [(A, ["your balance is " + num_words(a) + " pounds and " + num_words(b) + " pence"]), (C, ["okay so i owe " + num_words(a) + " pounds " + R.choice(["that can't be right", "i only paid " + num_words(R.randint(20, 500)) + " last month"])])])

def n_ref():
    r = digits(R.randint(7, 10)); w = R.choice(["order number", "reference", "ticket number", "claim number", "invoice number", "case number"])
    neg("call/" + ind() + ": " + w + " spoken digit by digit with reference word", [(A, ["can i have the " + w]), (C, ["yeah the " + w + " is " + say_digits(r)])])

def n_ref_chat():
    r = digits(R.randint(6, 10)); w = R.choice(["Order #", "Ref: ", "Ticket ", "Claim no. ", "INV-", "Booking ref "])
    neg("chat/" + ind() + ": reference number typed", [(C, ["Hi, " + w + r + " still hasn't arrived, it's been " + str(R.randint(3, 20)) + " days"])])

def n_time():
    neg("call/" + ind() + ": appointment times, dates and durations", [(A, ["we can do the " + R.choice(ORD) + " of " + R.choice(MONTHS) + " at " + R.choice(["ten thirty", "two fifteen", "quarter to four"]) + " it'll take about " + R.choice(["forty five minutes", "two hours", "ninety minutes"])]), (C, ["the " + R.choice(ORD) + " works i'm off from " + R.choice(["nine till five", "eight to twelve"])])])

def n_meter():
    m = digits(5)
    neg("call/utilities: meter reading spoken", [(A, ["what's the reading on the meter"]), (C, ["it says " + say_digits(m) + " point " + DW[R.randint(0, 9)]]), (A, ["great that's " + say_digits(str(R.randint(100, 999)), "pairs") + " units since last time"])])

def n_flight():
    neg("call/travel: flight numbers, gates, seats", [(C, ["i'm on flight " + R.choice(["b a", "e i", "f r", "u a"]) + " " + say_digits(digits(R.randint(3, 4)), "pairs") + " leaving at " + R.choice(["six forty", "eleven oh five"])]), (A, ["that's gate " + say_digits(str(R.randint(10, 60)), "pairs") + " seat " + str(R.randint(1, 40)) + R.choice("abcdef")])])

def n_dates():
    neg("call/" + ind() + ": non-birth dates: payment date and contract start", [(A, ["your next payment of " + R.choice(["forty nine ninety nine", "twenty two fifty"]) + " is due on the " + R.choice(ORD) + " of " + R.choice(MONTHS) + " twenty twenty six"]), (C, ["and the contract started " + R.choice(MONTHS) + " " + year_words(R.randint(2019, 2025)) + " right"])])

def n_model():
    neg("call/retail: model and serial-like product codes, quantities", [(C, ["it's the model " + R.choice(["x", "k", "s"]) + " " + say_digits(digits(4), "pairs") + " and i ordered " + R.choice(["three", "twelve", "two"]) + " of them"]), (A, ["the " + R.choice(["sixty five", "fifty five"]) + " inch one yeah that's " + num_words(R.randint(200, 1999)) + " dollars"])])

def n_misc_chat():
    neg("chat/" + ind() + ": prices, percentages, speeds, years typed", [(C, [R.choice(["Why did my bill go up ", "I was charged "]) + str(R.randint(5, 30)) + "% to £" + str(R.randint(20, 300)) + "." + "%02d" % R.randint(0, 99) + "? I've been with you since " + str(R.randint(1998, 2020)) + " and speed is " + str(R.randint(10, 900)) + " Mbps"])])

def n_age_temp():
    neg("call/healthcare billing: ages, temperature, counts, room numbers", [(C, ["my son is " + R.choice(["seven", "twelve", "fifteen"]) + " and he had a temperature of " + R.choice(["thirty eight point five", "a hundred and one"]) + " we were in room " + say_digits(str(R.randint(100, 999)), R.choice(["single", "pairs"]))]), (A, ["okay i see " + R.choice(["three", "four"]) + " visits totalling " + num_words(R.randint(1000, 9999)) + " dollars"])])

def n_balance_chat():
    neg("chat/banking: balance and transaction amounts with long numerals", [(C, ["balance shows $" + "{:,}".format(R.randint(1000, 99999)) + "." + "%02d" % R.randint(0, 99) + " but should be " + str(R.randint(1000, 99999)) + " after the " + str(R.randint(1, 28)) + "/" + str(R.randint(1, 12)) + " deposit"])])

def n_nearmiss():
    neg("call/" + ind() + ": customer declines to give details; numbers are quantities only", [(A, ["can i take the card number"]), (C, ["no i'd rather not over the phone i've got like " + R.choice(["two", "three"]) + " cards anyway and one expired in " + year_words(R.randint(2015, 2022))]), (A, ["no problem you can pay online it's " + R.choice(["nineteen ninety nine", "thirty four fifty"]) + " a month"])])

NEG = [(n_money, 10), (n_ref, 16), (n_ref_chat, 10), (n_time, 8), (n_meter, 8), (n_flight, 8), (n_dates, 10), (n_model, 8), (n_misc_chat, 8), (n_age_temp, 6), (n_balance_chat, 6), (n_nearmiss, 6)]

# ---------------- validation ----------------
def validate_value(typ, v):
    if typ == "CARD_NUMBER": return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV": return v.isdigit() and len(v) in (3, 4)
    if typ == "EXPIRY": return v.isdigit() and len(v) == 4 and 1 <= int(v[:2]) <= 12
    if typ == "SSN": return v.isdigit() and len(v) == 9
    if typ == "NI_NUMBER": return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v))
    if typ == "BANK_ACCOUNT": return v.isdigit() and 8 <= len(v) <= 12
    if typ == "SORT_CODE": return v.isdigit() and len(v) == 6
    if typ == "IBAN": return iban_ok(v)
    if typ == "PHONE": return v.isdigit() and 10 <= len(v) <= 13
    if typ == "EMAIL": return bool(re.fullmatch(r"[a-z0-9._]+@[a-z0-9.]+\.[a-z]+", v))
    if typ == "DOB": return v.isdigit() and len(v) == 8 and 1900 < int(v[:4]) < 2010
    if typ == "POSTCODE": return bool(re.fullmatch(r"\d{5}|[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", v))
    if typ == "ADDRESS": return True
    return False

HOM = {"to": "2", "for": "4", "ate": "8"}
def normalise(typ, text):
    t = text.lower()
    if typ == "EMAIL":
        t = re.sub(r"\b([a-z]) for [a-z]+\b", r"\1", t)
        t = t.replace(" dot ", ".").replace(" at ", "@").replace(" underscore ", "_").replace(" ", "")
        return t
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        if typ == "NI_NUMBER":
            t = re.sub(r"\b([a-z]) for [a-z]+\b", lambda m: m.group(1) + "_", t)
            t = " ".join(HOM.get(w, w) for w in t.split()).replace("_", " for " + "x")
            t = re.sub(r"\b([a-z]) for x\b", lambda m: m.group(1) + " for xray", t)
        return spoken_to_alnum(t)
    if typ == "DOB":
        return None
    if typ == "EXPIRY" and any(m in t for m in MONTHS):
        return None
    return spoken_to_digits(t)

def build():
    global CASELIST
    CASELIST = []
    R.seed(SEED)
    for fn, n in POS:
        for _ in range(n): fn()
    pos = [c for c in CASELIST if c["kind"] == "positive"]
    CASELIST = []
    for fn, n in NEG:
        for _ in range(n): fn()
    negs = CASELIST
    order = pos + negs
    # deterministic shuffle within kind for variety
    R.shuffle(pos); R.shuffle(negs)
    for k, c in enumerate(pos): c["id"] = "h250-pos-%03d" % (k + 1)
    for k, c in enumerate(negs): c["id"] = "h250-neg-%03d" % (k + 1)
    return pos + negs

def serialise(cases):
    lines = []
    for c in cases:
        o = {"id": c["id"], "kind": c["kind"], "turns": c["turns"], "spans": [{k: s[k] for k in ("turn", "start", "end", "type")} for s in c["spans"]], "note": c["note"]}
        lines.append(json.dumps(o, ensure_ascii=False))
    return "\n".join(lines) + "\n"

def counts(cases):
    cnt = {}
    for c in cases:
        for s in c["spans"]: cnt[s["type"]] = cnt.get(s["type"], 0) + 1
    return cnt

def check(cases, text):
    probs = []
    if not os.path.exists(CASES) or open(CASES, encoding="utf-8").read() != text: probs.append("cases.jsonl differs from regenerated output")
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids): probs.append("duplicate ids")
    for c in cases:
        if c["kind"] == "negative" and c["spans"]: probs.append(c["id"] + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]: probs.append(c["id"] + ": positive without spans")
        groups = {}
        last = {}
        for s in sorted(c["spans"], key=lambda s: (s["turn"], s["start"])):
            txt = c["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(txt)): probs.append(c["id"] + ": offsets out of range"); continue
            if s["start"] > 0 and txt[s["start"] - 1].isalnum() or s["end"] < len(txt) and txt[s["end"]].isalnum():
                probs.append(c["id"] + ": span not on word boundary " + repr(txt[s["start"]:s["end"]]))
            if txt[s["start"]].isspace() or txt[s["end"] - 1].isspace(): probs.append(c["id"] + ": span has edge whitespace")
            if s["turn"] in last and s["start"] < last[s["turn"]]: probs.append(c["id"] + ": overlapping spans")
            last[s["turn"]] = s["end"]
            key = (s["type"], s["_g"]) if s["_g"] else (s["type"], id(s))
            g = groups.setdefault(key, {"norm": "", "canon": "", "ok": True})
            n = normalise(s["type"], txt[s["start"]:s["end"]])
            if n is None: g["ok"] = False
            else: g["norm"] += n
            g["canon"] += s["_v"]
        for (typ, _), g in groups.items():
            if typ == "ADDRESS": continue
            if typ == "EXPIRY" and g["ok"] and (g["norm"] in (g["canon"].lstrip("0"), g["canon"][:2] + "20" + g["canon"][2:], g["canon"][1:2] + "20" + g["canon"][2:]) or g["norm"].lstrip("0") == g["canon"].lstrip("0")): continue
            if g["ok"] and g["norm"] != g["canon"].replace(" ", "") and not (typ == "PHONE" and g["norm"].lstrip("0") == g["canon"].lstrip("0")):
                probs.append("%s: %s normalised %r != %r" % (c["id"], typ, g["norm"], g["canon"]))
        # full-value validation (per distinct full value; partial group pieces skipped)
        for s in c["spans"]:
            pass
    # validate canonical full values
    for c in cases:
        full = {}
        for s in c["spans"]:
            k = (s["type"], s["_g"]) if s["_g"] else (s["type"], id(s))
            full.setdefault(k, "")
            full[k] += s["_v"]
        for (typ, g), v in full.items():
            if g in (1, 2, 9) or not g:
                if typ == "NI_NUMBER" and g == 2: continue
                if typ in ("PHONE", "BANK_ACCOUNT", "CARD_NUMBER", "SSN", "CVV") and g == 2 and "correct" in c["note"]: continue
                if typ == "CARD_NUMBER" and "restarts" in c["note"] and g == 1: continue
                if typ == "CVV" and g == 1: continue
                if typ == "SSN" and "misheard" in c["note"] and g == 2: continue
                if typ == "BANK_ACCOUNT" and g == 2: continue
                if not validate_value(typ, v): probs.append("%s: invalid %s value %r" % (c["id"], typ, v))
    return probs

def readme(cases):
    cnt = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases); nneg = len(cases) - npos
    calls = sum(c["note"].startswith("call/") for c in cases)
    rows = "\n".join("| %s | %d |" % (k, cnt[k]) for k in sorted(cnt))
    return f"""# pii_holdout250 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data it was not developed against.

## Who wrote it and how
Written by an AI helper acting as an independent author. The author did not see the redaction code,
its tests, its documentation, benchmarks or any other PII fixture; the only data looked at was a
three-line JSONL format example. Cases are generated by `scripts/make_pii_holdout250.py` from template
functions; each turn is assembled from plain-text segments and (value, TYPE) segments so span offsets
are computed, never typed by hand. All values come from one `random.Random({SEED})`; the output is
byte-for-byte reproducible. `python scripts/make_pii_holdout250.py --check` regenerates, compares, and
validates offsets, word boundaries, overlaps and each value after normalising spoken forms
(Luhn, IBAN mod-97, NI shape, SSN 9 digits, sort code 6 digits, digit counts, postcode shapes).

About two thirds of the cases are phone calls written as a speech recogniser would (lower case, digit
words, oh/o/nought for zero, double/triple, pairs like "forty one", fillers, restarts, self-corrections,
agent read-backs and interruptions, values split over several turns, homophones such as "to"/"for"/"ate"
for digits inside NI numbers); the rest are typed chats.

## Annotation conventions
- A span covers only the value itself: the digit words / characters of the value, including fillers
  ("um", "uh") and connecting words ("double", "dash", "slash", "for bravo", "dot", "at") that occur inside
  the reading. Lead-ins like "it's", "the card is", "sort code" and trailing chit-chat are outside.
- A value split across turns is labelled as one span per turn piece (same type).
- Partial readings, abandoned starts and agent read-backs (including wrong digits in a misheard
  read-back, and the digits in a correction "the last one is six it's two nine oh six") are labelled with the
  type of the value they belong to.
- International prefixes ("plus four four", "+1") are inside PHONE spans.
- ADDRESS spans cover house/flat number and street name only; town names are outside; postcodes/ZIPs are
  separate POSTCODE spans.
- DOB spans cover the whole date expression (day, month, year). EXPIRY covers month and year.
- Negative cases contain no PII at all: amounts, prices, times, durations, counts, years, non-birth dates,
  reference/order/claim/ticket numbers with their reference word, flight numbers, model numbers, meter
  readings, room numbers, ages, temperatures, balances.

## Counts
Positives: {npos}; negatives: {nneg}; phone-call cases: {calls} of {len(cases)}.

| type | spans |
|---|---|
{rows}
"""

def main():
    cases = build()
    text = serialise(cases)
    cnt = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    if "--check" in sys.argv:
        probs = check(cases, text)
        if not os.path.exists(README) or open(README, encoding="utf-8").read() != readme(cases): probs.append("README.md differs")
        for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
            need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
            if cnt.get(t, 0) < need: probs.append("type %s has %d spans < %d" % (t, cnt.get(t, 0), need))
        if npos < 170 or len(cases) - npos < 100: probs.append("too few cases")
        print("cases: %d positive, %d negative" % (npos, len(cases) - npos))
        for k in sorted(cnt): print("  %-13s %d" % (k, cnt[k]))
        for p in probs[:50]: print("PROBLEM:", p)
        print("problems: %d" % len(probs))
        sys.exit(1 if probs else 0)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as f: f.write(text)
    with open(README, "w", encoding="utf-8") as f: f.write(readme(cases))
    print("wrote %d cases (%d positive)" % (len(cases), npos))

if __name__ == "__main__":
    main()
