"""Answers to a request for a number: every digit the caller reads out for a value that was asked for.

The detectors in :mod:`convo.redact.detectors` recognise a value by its shape (a Luhn-valid run, an
SSN's 3-2-4 groups, a UK mobile …). A reading that breaks the shape escapes them: a card read with
narration between the groups ("… that's the first four … and the last four are …"), an account
number finished in the next turn after "hang on", an SSN with "uh" and "hold on" between its
pieces, a phone number whose first digit is a turn of its own. This pass works the way PCI DSS
"pause and resume" works for recordings: once a value is asked for (by the agent: "the long number
on the card please", or named by the caller: "sort code … account …"), the digits the caller then
reads out, in that turn and the following ones, belong to that value, and so do the digits the
agent reads back, until the agent moves on to something else.

An *episode* is the digits said for one value type by one speaker while it is being asked for. It
is redacted as a whole when it holds at least :data:`MIN_DIGITS` digits for its type (a card is at
least 8: "the card ending 4821" stays); numbers that carry a unit or a reference word ("forty
pounds", "two weeks", "order 5521", "the last four"), and a lone year, are not part of a reading.
NI numbers, IBANs and postcodes take spelled letters too. Two more requests are answered the same
way: a date of birth or expiry asked for (the first plausible date of the reply, and the agent's
read-back of it), and an e-mail asked for (the reply's words up to the domain, over turns).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from convo.redact.answers import answered_dates, date_parts, email_reading
from convo.redact.patterns import CONTEXT, NEVER_ASKED, NI_CONTEXT, LONG_NUMBER, NOT_PAYMENT_CARD, NOT_THE_CARD, ON_OTHER_CARD, SAID_LETTERS, SUPPLIER_ACCOUNT, WHOSE
from convo.redact.numbers import UNITS
from convo.redact.queries import LONE_DIGIT, YES_NO, placed_digits, single
from convo.redact.reading import CORRECTION_WORDS, LEAD_INS, MIXED, announced_part, first_content, numeric, runs, said_with_word
from convo.redact.stream import GLUE, NATO, normalise
from convo.redact.tokens import Token


def _words(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(alternatives) + r")(?![a-z0-9])")


# Naming a value (asked for, or announced by the caller); the first listed match wins at a position.
ASKED: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("CVV", _words("cvv", "cvc", "cv2", "csc", "cid", "c v v", "c v c", "(?:three|four|3|4) on the back is", "little number",
                   "security (?:code|cold|number|digits|no|num)" + ON_OTHER_CARD, "(?:3|4) digit (?:code|number)",
                   "(?:3|4) (?:digits|numbers|numbrs|nums) on (?:the )?back", "(?:numbers|digits|code) on the back",  # not "the number on the back of your card": a phone
                   "back of the card", "card verification (?:code|number|value)", "verification code (?:on|from) the (?:back|card)",
                   "signature (?:strip|panel)")),  # not "i've sent a six digit verification code": a one-time code
    ("SORT_CODE", _words("sort ?code", "s/c")),
    ("BANK_ACCOUNT", _words("account (?:number|no|num)", "acct", "a/c", "bank account", "bank details", "account details",
                            # "account 7709…", "Account: 7709…", "acc no 1433…" (the last value of "sort code 16-47-19 acc no …")
                            r"acc(?:ount|t)?(?: (?:number|no|num|#))?(?= (?:is |it's |its |it is |: |# )?\d)",
                            # "which account would you like the refund paid into": bank details asked for
                            r"(?:which|what) account(?= (?:[a-z']+ |\d+ (?:pounds|dollars|euros|quid) ){0,9}(?:paid|pay|refunded|credited|transferred|sent|deposited|go|goes) (?:in)?to)")),
    ("IBAN", _words("iban", "i b a n", "i ban", "eye ban", "international bank account(?: number)?")),
    ("SSN", CONTEXT["ssn"]),
    ("NI_NUMBER", NI_CONTEXT),
    ("CARD_NUMBER", _words(NOT_PAYMENT_CARD + "card number", NOT_PAYMENT_CARD + "card no", NOT_PAYMENT_CARD + "card num", LONG_NUMBER, "(?:number|digits) (?:on|across) the (?:front|card)",
                           # a card read in blocks: "first four digits please" (not "20% off first 4 months")
                           "(?:first|1st) (?:4|four)(?: digits| numbers)?(?! of| (?:months?|weeks?|days?|years?|payments?|hours?|items?)(?![a-z]))")),
    # The card itself, named near another value, is where that value is ("the expiry on the card").
    ("CARD", _words("visa", "master ?card", "amex", "american express", "debit card", "credit card", NOT_PAYMENT_CARD + "card(?!" + NOT_THE_CARD + ")",
                    "(?:15|16|19) digits?")),
    ("PHONE", _words("phone(?: number| no|(?= is| it's| its| :))", "mobile(?! (?:plan|contract|app|network|data|signal|bill|tariff|bundle|package|deal|account|banking))", "cell", "landline", "telephone", "contact (?:number|no|num)", "number to (?:call|reach|text)",
                     "(?:best|good) number", "call(?: you| me)? (?:on|at)", "reach (?:you|me)(?! in | within | by | before | after )", "text me", "whatsapp", "call ?back number",
                     "number (?:for|to) (?:call|reach|text)", "ring (?:you|me)", "(?:call|text|ring)(?: me| us)?(?= \\+?\\d)",
                     "(?:number|digits) (?:[a-z']+ ){0,4}?(?:call|reach|text|ring)(?:s|ing)?")),
    # Values read some other way: naming one ends a digit episode.
    ("POSTCODE", _words("postcode", "post code", "postal code", "zip(?: code)?", "eircode")),
    ("DOB", _words("date (?:of|a) birth", "dob", "d o b", r"d\.o\.b\.?", "birth ?date", "birthday")),
    ("EXPIRY", _words("expir(?!ed)\\w*(?! in (?:a|an|one|two|three|five|ten|fifteen|thirty|\\d+) (?:seconds?|minutes?|mins?|hours?|days?))",
                      "valid (?:until|thru|through)", "valid-to", "end date(?= (?:on|of) (?:the|your|this|that) card)")),  # not "the code expires in five minutes"
    ("EMAIL", _words("e-?mail(?: address)?")),
    ("OTHER", _words("born", "address", "street", "name", "order", "reference", "ref",
                     "ticket", "claim", "invoice", "booking", "policy(?! ?holder)", "case", "tracking", "confirmation", "meter",
                     "parcel", "consignment", "shipment", "rma", "supply (?:point )?(?:number|no|reference|ref)",
                     "model", "serial", "s/n", "statement (?:number|no|ref)", "statement(?= \\d)", "flight", "room", "extension", "pin", "passcode", "password", "job", "version",
                     "firmware", "(?:member|group|subscriber|customer|membership|loyalty) (?:id|number|no|ref)", "authori[sz]ation",
                     "(?:loyalty|rewards?|membership|library|nectar|points|boarding|gift) card(?: number| no)?",  # not a payment card's
                     "transaction", "tax code", "tax year", "loan", "auth code", "imei", "iccid", "sku", "barcode", "part number",
                     "(?:rx ?)?(?:bin|pcn)(?= :? ?\\d| [a-z]{2,4} )", "(?:rx ?)?(?:grp|group)(?= :? ?\\d)",  # a pharmacy card's "BIN 355630 PCN 9999" (not "the bin")
                     "product code", "m ?p ?a ?n", "m ?p ?r ?n", "g ?p ?r ?n", "(?:vehicle )?reg(?:istration)?(?: number| no| plate)?",
                     "(?:promo(?:tion(?:al)?)?|discount|coupon|offer) code", "gate",
                     "(?:contract|quote|voucher|registration|installation|appointment|fault|repair|delivery|returns?|refund|store|"
                     "branch|subscriber|employee|staff|student|prescription|refill|service|cover|loyalty|rewards|points|auth|permit|licen[cs]e) (?:number|no|id|ref|reference|code)")),
)
_NOT_THIS = re.compile(r"(?<![a-z])not (?:my|the|your|his|her|a) (?:[a-z]+ )?$")
_ANY_ASKED = re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in ASKED))
DIGIT_TYPES = frozenset(t for t, _ in ASKED if t not in ("OTHER", "CARD", "DOB", "EXPIRY", "EMAIL"))
DATE_TYPES = frozenset({"DOB", "EXPIRY"})
SPELLED_TYPES = frozenset({"NI_NUMBER", "IBAN", "POSTCODE"})  # read as letters and digits
# A card named bare counts as asked for in a request, or with digits after it ("my visa is 4111 …").
REQUEST_CUE = _words("please", "can i", "could i", "may i", "can you", "could you", "what's", "what is", "read",
                     "give me", "go ahead", "take", "need", "pay", "use", "details", "(?:what|which) card", "ready with")
NEAR_TOKENS = 4  # a bare "card" this close to another name defers to it
_WHOSE = re.compile(rf"(?<![a-z]){WHOSE}$")  # "the tracking number for the replacement card": the card's reference
# "the card ending …", "the last four of the account": a truncated value, which the caller may say (PCI
# DSS lets the last four of a card be shown). Not an SSN's: its last four are what US contact centres
# verify a caller with, a secret in themselves, so "the last four of your social" asks for an SSN.
TRUNCATED = re.compile(r"(?<![a-z0-9])(?:last|final) (?:4|four)(?: digits| numbers)?(?: of)?(?: (?:your|my|the|their|his|her))? $")
# Fewest digits an episode needs before it is taken for the value asked for.
MIN_DIGITS = {"POSTCODE": 4, "CARD_NUMBER": 8, "CVV": 3, "SSN": 4, "NI_NUMBER": 4, "SORT_CODE": 4, "BANK_ACCOUNT": 4, "IBAN": 6, "PHONE": 6}
# "sorry you broke up a little, the last four again": the reading goes on.
AGAIN = _words("again", "repeat", "missed", "broke up", "breaking up", "didn't catch", "did not catch", "say that",
               "once more", "one more time", "cut out", "from the (?:start|beginning|top)",
               "(?:1st|2nd|3rd|4th|last|next|middle) (?:group|bit|part|set|block)", "is that right", "was that",
               # a pause and a resumption: the reading is still wanted ("the system's frozen bear with me", "where were we")
               "bear with me", "where were we", "where was i", "carry on", "keep going", "continue", "you were saying",
               "pick up where", "(?:one|a|just a) (?:moment|second|sec)", "(?:hold|hang) on", "frozen", "loading",
               # asked again for the whole value after a part of it ("i need the full nine digits for this request")
               "(?:full|whole|entire|complete|all) (?:[a-z0-9]+ )?(?:number|digits|thing)",
               "take your time", "(?:i've|i have) got", "so far", "slower", "slow down",
               # a hold and the return from it ("let me just pop you on a brief hold" / "sorry to keep you, you'd
               # given me the first eight digits so carry on from there")
               "(?:on|a) (?:brief |quick |short |little )?hold", "holding", "for waiting", "(?:to )?keep(?:ing)? you waiting",
               "sorry to keep you", "(?:i'm|i am) back", "hold the line", "please hold", "(?:put|pop|transfer|send)(?:ring)? you (?:through|over|across)",
               "transferring you", "(?:just )?picked (?:this|you) up", "(?:for|about) the wait", "timed out", "(?:you'd|you had|you've) given me", "(?:i|we) had the", "from there")
SHORT_AGENT_TURN = 8  # words: "take your time", "okay and the next four?" keep the request open
REQUEST_TURNS = 8  # turns a request stays open after it was made or last answered


@dataclass
class _Episode:
    type: str
    speaker: str
    tokens: list[Token] = field(default_factory=list)
    counted: int = 0  # digits that make the reading (not those after "ending" / "the last four")
    resumes: _Episode | None = None  # the caller's earlier part of this value, broken off ("carry on with the card after …")
    query: bool = False  # the agent's question about a part of the caller's reading ("sorry was that one at the end")
    runs: list[list[Token]] = field(default_factory=list)  # the reading's pieces, as said


def _digits(tokens: list[Token]) -> int:
    return sum(max(1, sum(c.isdigit() for c in t.text)) for t in tokens)


def _named(tokens: list[Token], caller: bool = False) -> list[tuple[int, str]]:
    """``(token index, type)`` where a value type is named in this turn, in order (``caller``: the customer's turn)."""
    text, starts = "", []
    for token in tokens:
        starts.append(len(text) + (1 if text else 0))
        text += (" " if text else "") + token.text
    if not _ANY_ASKED.search(text):
        return []  # most turns name nothing
    matches = sorted(((m.start(), -m.end(), kind) for kind, pattern in ASKED for m in pattern.finditer(text)))
    hits: dict[int, str] = {}
    long_number: set[int] = set()  # "the sixteen digits": a card's long number, unless something else was named first
    taken_to = -1
    for start, neg_end, kind in matches:  # leftmost, then longest: "social security number" is no CVV's "security number"
        if start < taken_to:
            continue
        taken_to = -neg_end
        at = max(i for i, s in enumerate(starts) if s <= start)
        if digit := re.search(r"\d(?!.*\d)", text[start:-neg_end]):  # "first 4": the count is the name's, the reading starts after it
            at = max(i for i, s in enumerate(starts) if s <= start + digit.start())
        if kind not in ("OTHER", "SSN") and TRUNCATED.search(text[:start]):
            kind = "OTHER"
        if kind == "PHONE" and (GREETING.search(text[max(0, start - 40) : start]) or _DEPARTMENT.match(text, -neg_end)):
            kind = "OTHER"  # "thanks for calling mobile how can i help", "skyline mobile chat support": a company's name
        if kind == "BANK_ACCOUNT" and _AMOUNT_OF_ACCOUNT.search(text[max(0, start - 40) : start]):
            kind = "OTHER"  # "the overdraft limit on the current account is fifteen hundred": an amount, no account number
        if kind == "BANK_ACCOUNT" and (_NOT_BANK.search(text[max(0, start - 24) : start]) or _ON_A_BILL.match(text, -neg_end)):
            kind = "OTHER"  # "my customer account number is 9883026682": a supplier's reference, no bank account
        if _NOT_THIS.search(text[max(0, start - 20) : start]):
            kind = "OTHER"  # "not my card number - the order ref is …", "not the card number, the reference next to it"
        if NEVER_ASKED.search(text[max(0, start - 60) : start]):
            kind = "OTHER"  # "we will never ask for your full card number, cvv or pin": a warning, nothing asked for
        if NOT_TO_HAND.search(text[max(0, start - 40) : start]):
            kind = "OTHER"  # "i don't have my national insurance number to hand": talked about, not read
        if kind == "CARD" and re.fullmatch(r"(?:15|16|19) digits", text[start:-neg_end]):
            long_number.add(at)
        if caller and kind == "PHONE" and re.match(r"(?:ring|call|reach) you", text[start:]):
            continue  # "my daughter said to ring you": the caller rings the company, no number of theirs
        if re.match(r" (?:(?:is|do you have|have you got|you have) on file|on file (?:is|shows))", text[-neg_end:]):
            kind = "OTHER"  # "which card is on file ?", "the ssn on file is ***-**-0846": talked about, not asked for
        if caller and UNCHANGED.match(text, -neg_end):
            kind = "OTHER"  # "my postcode hasn't changed": talked about, not read (the agent's "is it still the same" asks)
        hits.setdefault(at, kind)
    named = sorted(hits.items())
    out: list[tuple[int, str]] = []
    for at, kind in named:
        if any(k == "OTHER" and (0 < at - a <= NEAR_TOKENS or 0 < at - a <= 2 * NEAR_TOKENS and _WHOSE.search(" ".join(t.text for t in tokens[a + 1 : at])))
               and not _listed(tokens, a, at)
               and not any(t.text[:1].isdigit() for t in tokens[a + 1 : at])
               and not REQUEST_CUE.search(" ".join(t.text for t in tokens[a + 1 : at])) for a, k in named):
            continue  # "reference number for this call": a reference (not "case no 4471902, social is …": it has its number,
            # nor "for the benefits claim i need your n i number": a request of its own)
        if kind == "OTHER" and any(k in DIGIT_TYPES and 0 < at - a <= 2 * NEAR_TOKENS and not _listed(tokens, a, at)
                                   for a, k in named) and not _number_follows(tokens, at):
            continue  # "what iban should we pay the claim into": the value asked for stays asked for
        if kind == "CARD" and at in long_number and not any(k == "OTHER" and a < at for a, k in named):
            out.append((at, "CARD_NUMBER"))  # "and the sixteen digits on the front of the card" (not "the serial number … is 16 digits")
            continue
        if kind == "CARD":
            if at + 1 < len(tokens) and tokens[at + 1].text in ("ending", "ends"):
                if any(k in DIGIT_TYPES and k != "CARD_NUMBER" and a < at for a, k in named):
                    out.append((at, "OTHER"))  # "SSN question - card ending 1562": a card's last four, not the SSN named before
                continue  # "a payment taken from the card ending 1933": a card talked about by its last four
            others = [k for a, k in named if k != "CARD" and abs(a - at) <= NEAR_TOKENS]
            if others or _WHERE_ON_CARD.search(" ".join(t.text for t in tokens[max(0, at - 3) : at])):
                continue  # "the member id from the front of the card": where a value is, not the card's number
            near = " ".join(t.text for t in tokens[max(0, at - 6) : at + 5])
            if not (REQUEST_CUE.search(near) or any(tokens[j].text.isdigit() and numeric(tokens, j) for j in range(at + 1, min(at + 4, len(tokens))))):
                continue  # "i'll block the card and send a new one" / "… on your visa debit totalling 216 pounds": talked about
            kind = "CARD_NUMBER"
        out.append((at, kind))
    return out


def _number_follows(tokens: list[Token], at: int) -> bool:
    """The name at ``at`` has its own number right after it: "… NI number is fine. Your tax code is 1185l"."""
    words = [t.text for t in tokens[at + 1 : at + 5] if t.text not in GLUE]
    while words and not words[0][:1].isdigit() and sum(c.isdigit() for c in words[0]) < 4:  # "tracking number RN3059…"
        if words[0] not in ("is", "was", "code", "year", "number", "no", "#", "ref", "reference", "id", "reading", "readings"):  # "customer ref 0459…", "meter reading 5288…"
            return False
        words = words[1:]
    return bool(words)


_NOT_HAVING = r"(?<![a-z])(?:don't|dont|do not|haven't|havent|have not|can't|cant|cannot|couldn't|won't|wont|will not|not) (?:have|got|find|know|remember|see|need)"
NOT_TO_HAND = re.compile(_NOT_HAVING + r"(?: [a-z']+){0,2} $")  # before a value's name: "i don't have my …"
UNCHANGED = re.compile(r" (?:(?:has|is|was|hasn't|hasnt|has not|didn't|did not|is still|hasn't ever) )?"
                       r"(?:(?:not |never )?changed|(?:still )?the same|unchanged|fine|correct|right|up to date)(?![a-z])")
NOT_AT_HAND = re.compile(_NOT_HAVING + r"(?: [a-z']+){0,4} (?:to hand|on me|with me)(?![a-z])")  # "… my card to hand"
_DECLINED = re.compile(r"(?<![a-z])(?:(?:i'd|id|i would) rather not|(?:i )?(?:don't|dont|do not) want to (?:give|say|read)|not (?:over|on) the phone|"
                       r"(?:i'll|ill|i will) pay (?:it )?online)(?![a-z])")
GREETING = re.compile(r"(?:thanks|thank you) for (?:calling|contacting|messaging|choosing)|welcome to|you're through to|you've reached|"
                      r"you're (?:speaking|chatting|talking) (?:to|with)|(?:this is|it's) [a-z]+ (?:from|at)|good (?:morning|afternoon|evening)")
_ON_A_BILL = re.compile(r" (?:on|from) (?:the|your|my|this|that) (?:statement|bill|invoice|letter)(?![a-z])")  # a supplier's account
_DEPARTMENT = re.compile(r" (?:chat |customer |technical |tech )?(?:support|services|service desk|helpdesk|help desk|care|team)(?![a-z])"
                         r"|(?: ,)? (?:this is |it's )?[a-z]+ speaking(?![a-z])")  # "vireo mobile, tom speaking": a company's name
_WHERE_ON_CARD = re.compile(r"(?:front|back|side|top|bottom) of (?:the|your|my)$")


def _listed(tokens: list[Token], a: int, b: int) -> bool:
    """Two names in a list ("the expiry and the 3 digit code"), not one name qualifying the other."""
    return any(t.text in ("and", "or", ",", "then", "plus", "&") for t in tokens[a + 1 : b])


def _after_correction(tokens: list[Token], first: Token) -> bool:
    """``first`` comes shortly after a self-correction: "… 0 1 wait no 0 8", "no the last two are 6 1"."""
    i = next(n for n, t in enumerate(tokens) if t is first)
    before = [t.text for t in tokens[:i] if t.text not in GLUE][-5:]
    return any(w in CORRECTION_WORDS for w in before)


def _segments(tokens: list[Token], names: dict[int, str]) -> list[tuple[int, int, str | None | bool]]:
    """The turn cut at each value name: ``(start, stop, type named at start)``; ``False`` where
    nothing is named (the first segment), ``None`` where something other than a digit value is."""
    cuts = sorted(names)
    out: list[tuple[int, int, str | None | bool]] = [(0, cuts[0] if cuts else len(tokens), False)]
    for n, at in enumerate(cuts):
        named = names[at] if names[at] in DIGIT_TYPES else None
        out.append((at + 1, cuts[n + 1] if n + 1 < len(cuts) else len(tokens), named))
    return out


def _right_after(tokens: list[Token], start: int, first: Token) -> bool:
    """``first`` comes right after the value's name, with only lead-in words between: "the card is 5 3 um" is a
    reading begun, not a number in passing."""
    i = next(n for n, t in enumerate(tokens) if t is first)
    return all(t.text in LEAD_INS or t.text in GLUE or t.text in ("is", "number") for t in tokens[start:i])


def _truncated(tokens: list[Token], i: int) -> bool:
    """Digits said after "ending", "ends with" or "the last four (are)": a truncated card or
    account number, which is not secret on its own (it still goes with a full reading)."""
    before = " ".join(t.text for t in tokens[max(0, i - 4) : i])
    return bool(re.search(r"(?:ending|ends|ended)(?: in| with| on)?$|(?:last|final) 4(?: \w+){0,3}$", before))


def _spans(episode: _Episode, texts: list[str]) -> dict[int, list[tuple[int, int, str]]]:
    """Character spans per utterance: the episode's tokens with only spaces or punctuation between
    them become one span."""
    out: dict[int, list[tuple[int, int, str]]] = {}
    for token in episode.tokens:
        spans = out.setdefault(token.utt, [])
        if spans and not any(c.isalnum() for c in texts[token.utt][spans[-1][1] : token.start]):
            spans[-1] = (spans[-1][0], token.end, episode.type)
        else:
            spans.append((token.start, token.end, episode.type))
    return out


def requested_values(texts: list[str], speakers: list[str], entities: frozenset[str] | set[str]) -> list[list[tuple[int, int, str]]]:
    """Per utterance, ``(start, end, type)`` spans of digits read out for a value that was asked for."""
    out: list[list[tuple[int, int, str]]] = [[] for _ in texts]
    episodes: list[_Episode] = []
    open_type: str | None = None
    opened_at = 0
    asked_at = -1  # the agent turn that named the open request
    current: dict[str, _Episode] = {}  # speaker -> episode being read
    truncated_said: set[str] = set()  # digits said after "ending" / "the last four": "the one ending 5 2 5 6 ?" / "yes , 52 56"

    def close() -> None:
        episodes.extend(current.values())
        current.clear()

    email_from: tuple[int, int] | None = None  # (turn, first token) where an e-mail was asked for
    email_parts: list[tuple[int, int, int]] = []
    date_asked: tuple[int, str] | None = None  # (agent turn, DOB or EXPIRY): a date was asked for
    day_given: tuple[int, str] | None = None  # (turn, "23rd"): the day of a birth date, said alone; the agent may repeat it
    date_answered: tuple[int, str] | None = None  # the agent may read the date back: "so that's …"
    date_words: tuple[int, str, frozenset[str]] | None = None  # the words of a date given, which a part said again has
    asked_together: set[str] = set()  # values the agent's last turn asked for at once
    resumed: _Episode | None = None  # the caller's broken-off reading that the open request resumes
    year_asked: tuple[int, str] | None = None  # the agent asked for the year of the date just given
    last_four_asked = -9  # the agent's turn asking for an SSN's last four
    letter_asked = -9  # the agent's "and the last letter" of an NI number being read
    value_typed, queried, queried_type = -9, -9, None  # the caller's turn with a value typed whole; the agent's question
    email_named, spell_asked = -9, -9  # the turn an e-mail was named; the agent's "can you spell the first part"
    for u, (text, speaker) in enumerate(zip(texts, speakers)):
        tokens = list(normalise(text, u))
        names = dict(_named(tokens, speaker == "customer"))
        answered = date_answered  # the date the caller just gave: "and yours as the account holder" asks for another
        if speaker == "customer" and year_asked and year_asked[0] == u - 1:
            out[u].extend((tokens[a].start, tokens[b].end, year_asked[1]) for a, b in _year(tokens))
        year_asked = None
        if speaker == "customer" and last_four_asked == u - 1:  # "i just need the last four of your social" / "it's 1971"
            said_now = [t for t in tokens if any(c.isalnum() for c in t.text) and t.text not in LEAD_INS]
            if len(said_now) == 1 and re.fullmatch(r"\d{4}", said_now[0].text):  # (a year's shape, which a lone number is taken for)
                out[u].append((said_now[0].start, said_now[0].end, "SSN"))
        last_four_asked = u if speaker != "customer" and SSN_LAST_FOUR.search(text.lower()) else -9
        if date_words and date_words[0] == u - 1:  # "was that december nineteen sixty two?" / "yes, the ninth of december"
            parts = date_parts(tokens, date_words[2])
            out[u].extend((tokens[a].start, tokens[b].end, date_words[1]) for a, b in parts)
            date_words = (u, date_words[1], date_words[2]) if parts and speaker != "customer" else None
        if speaker != "customer" and date_answered and date_answered[0] == u - 1:
            out[u].extend((tokens[a].start, tokens[b].end, kind) for a, b, kind in answered_dates(tokens, date_answered[1]))
            if YEAR_ASKED.search(text.lower()):  # "march 2" / "mhm and what year" / "2003"
                year_asked = (u, date_answered[1])
        date_answered = None
        if day_given and day_given[0] == u - 1 and speaker != "customer":
            out[u].extend((t.start, t.end, "DOB") for t in tokens if t.text == day_given[1])  # "the twenty third yep"
        day_given = None
        if speaker == "customer" and date_asked and date_asked[0] == u - 1:
            dates = answered_dates(tokens, date_asked[1])
            day = _day_alone(tokens) if date_asked[1] == "DOB" and not dates else None
            if date_asked[1] == "DOB" and any(_DAY_AND_MONTH.fullmatch(t.text) for t in tokens):
                year_asked = (u, "DOB")  # "23/4" / "1954 sorry": the year in the caller's next message
            if day is not None:  # "and can i just take your date of birth" / "yeah it's the twenty third" / …
                out[u].append((day.start, day.end, "DOB"))
                day_given = (u, day.text)
            # the agent may read back a date the caller said in a form of its own ("o one thirty one" / "january 2031")
            date_answered = (u, date_asked[1]) if dates or any(t.text.isdigit() for t in tokens) else None
            out[u].extend((tokens[a].start, tokens[b].end, kind) for a, b, kind in dates)
            date_words = (u, dates[0][2], frozenset(t.text for t in tokens[dates[0][0] : dates[0][1] + 1])) if dates else None
            taken = {k for a, b, _ in dates for k in range(a, b + 1)}
            tokens = [t if k not in taken else Token("", t.utt, t.start, t.end) for k, t in enumerate(tokens)]
        if speaker != "customer":
            asked = [k for k in names.values() if k in DATE_TYPES]
            if not asked and answered and answered[0] == u - 1 and (AND_YOURS.search(text.lower()) or AGAIN.search(text.lower())):
                asked = [answered[1]]  # "and yours as the account holder" / "sorry, could you repeat the last part?"
            date_asked = (u, asked[0]) if asked else None
            asked_together = {k for k in names.values() if k != "OTHER"} if len(names) > 1 else set()
        if speaker == "customer" and spell_asked == u - 1:
            out[u].extend((tokens[a].start, tokens[b].end, "EMAIL") for a, b in _spelled(tokens))
        spell_asked = u if speaker != "customer" and "EMAIL" in entities and email_named >= u - 4 and SPELL.search(text.lower()) else -9
        if speaker == "customer" and "EMAIL" in entities and email_named >= u - 4 and " at " not in f" {text.lower()} ":
            # the domain put right after a read-back: "so clairetaylor at hotmail dot com" / "no aol dot com not hotmail"
            out[u].extend((m.start(), m.end(), "EMAIL") for m in _DOMAIN_SAID.finditer(text.lower()))
        if "EMAIL" in names.values():
            email_named = u
        if "EMAIL" in names.values() and "EMAIL" in entities:
            email_from = (u, max(i for i, k in names.items() if k == "EMAIL") + 1 if speaker == "customer" else len(tokens))
        if email_from is not None and speaker == "customer" and u - email_from[0] <= 4:
            reading = email_reading(tokens, email_from[1] if email_from[0] == u else 0)
            if reading is not None:
                email_parts.append((u, reading[0], reading[1]))
                if reading[2]:  # the domain is said: the e-mail is complete
                    for utt, first, last in email_parts:
                        toks = normalise(texts[utt], utt)
                        out[utt].append((toks[first].start, toks[last].end, "EMAIL"))
                    email_from, email_parts = None, []
        words = [t for t in tokens if any(c.isalnum() for c in t.text)]
        if speaker == "customer" and open_type and (NOT_AT_HAND.search(text.lower()) or _DECLINED.search(text.lower())):
            open_type = None  # "i don't have my card to hand", "i'd rather not say it over the phone": nothing will be read now
            close()
        if open_type and u - opened_at > REQUEST_TURNS:
            open_type = None
            close()
        if speaker != "customer" and open_type and NOT_NEEDED.search(text.lower()):
            open_type = None  # "should i give you my sort code" / "no need for that today": nothing will be read
            close()
        if speaker != "customer" and not names and open_type:
            readback = any(numeric(tokens, i) for i in range(len(tokens)))
            if len(words) > SHORT_AGENT_TURN and not readback and not AGAIN.search(text.lower()):
                open_type = None  # the agent moved on
                close()
        content = len(words)
        opener = first_content(tokens)  # the turn's first word that is not a lead-in
        if speaker == "customer" and letter_asked == u - 1 and opener is not None and opener.text in ("a", "b", "c", "d") \
                and any(e.speaker == "customer" and e.type == "NI_NUMBER" and e.counted >= 4 for e in (*episodes, *current.values())):
            out[u].append((opener.start, opener.end, "NI_NUMBER"))  # "and the last letter" / "d i've got a reference number …"
        letter_asked = u if speaker != "customer" and open_type == "NI_NUMBER" and LETTER_ASKED.search(text.lower()) else -9
        read_here = False  # digits of the requested value read earlier in this turn
        # the agent, while the caller reads a value, may ask about a part of it ("sorry was that j for juliet at
        # the start", "is that four on the end"): a letter said with its word, a digit with its place
        query = speaker != "customer" and open_type is not None and (value_typed >= u - 2 or any(
            e.speaker == "customer" and e.type == open_type and e.counted for e in (*episodes, *current.values())))
        placed = placed_digits(tokens) if query else []
        placed_at = {tokens[i].start for i in placed}
        if speaker == "customer" and queried == u - 1:  # "was that eight?" / "yep eight", "nope, e for edward"
            said_now = [t for t in tokens if any(c.isalnum() for c in t.text)]
            answer = said_now[1:] if said_now and said_now[0].text in YES_NO else said_now
            if len(answer) == 1 and single(answer[0]):
                out[u].append((answer[0].start, answer[0].end, queried_type))
        queried, queried_type = (u, open_type) if placed else (-9, None)
        out[u].extend((tokens[i].start, tokens[i].end, open_type) for i in placed if open_type is not None)
        if speaker == "customer" and open_type and any(sum(c.isdigit() for c in t.text) >= 4 for t in tokens):
            value_typed = u  # "its lx-32-63-96-A": a value typed whole, which the agent may ask about
        for i in placed:
            tokens[i] = Token(UNITS.get(tokens[i].text, NATO.get(tokens[i].text, tokens[i].text)), tokens[i].utt, tokens[i].start, tokens[i].end)
        if speaker == "customer" and open_type in DIGIT_TYPES and asked_at == u - 1 >= 0:
            said_now = [k for k, t in enumerate(tokens) if any(c.isalnum() for c in t.text)]
            if said_now and tokens[said_now[-1]].text in LONE_DIGIT and all(tokens[k].text in LEAD_INS for k in said_now[:-1]):
                k = said_now[-1]  # "whats the card number please" / "right so its for" / "14" / …: the reading's first digit
                tokens[k] = Token(LONE_DIGIT[tokens[k].text], tokens[k].utt, tokens[k].start, tokens[k].end)
                opener = tokens[k]
        ni = current.get(speaker)
        if speaker == "customer" and open_type == "NI_NUMBER" and ni is not None and ni.type == "NI_NUMBER" \
                and sum(c.isdigit() for t in ni.tokens for c in t.text) == 5:
            for i, tok in enumerate(tokens[:-1]):  # "e c 5 29 11 ..." / "and oh a": the sixth digit, then the letter
                if tok.text in ("oh", "o") and tokens[i + 1].text in ("a", "b", "c", "d"):
                    tokens[i] = Token("0", tok.utt, tok.start, tok.end)
        typed_back = speaker != "customer" and open_type is not None and sum(t.text.isdigit() for t in tokens) >= 2 \
            and _typed_back(tokens, open_type, (*episodes, *current.values()))
        for start, stop, named in _segments(tokens, names):
            aside = False
            if named is None and speaker != "customer" and open_type in DIGIT_TYPES and opened_at == u \
                    and names.get(start - 1) in (*DATE_TYPES, "EMAIL") and _listed(tokens, 0, start - 1):
                continue  # "confirm your SSN and date of birth": the date is asked for too, the SSN stays asked for
            if named is None and open_type is not None and speaker == "customer" and read_here:
                # the caller mentions something else mid-reading ("… we're on flight e i 154 later uh
                # 1 4 7 5 …"): its own number is not the value's, the reading goes on after it
                aside = True
            elif named is None and speaker == "customer" and open_type in DIGIT_TYPES and names.get(start - 1) in asked_together:
                pass  # the agent asked for two values and the caller answers the other on the way ("expires november
                # 29 and the code's 3 4 9"): the request for this one stands (the date is taken above)
            elif named is None and names.get(start - 1) == "OTHER" and speaker == "customer" and open_type in DIGIT_TYPES \
                    and asked_at == u - 1 and not any(t.text.isdigit() for t in tokens[start : start + 2]):
                # the agent just asked; the caller mentions something else on the way to the value, with no
                # number of its own right after ("… the claim was for about 120 dollars anyway it's 3 8 2 …")
                aside = True
            elif named == "CARD_NUMBER" and speaker == "customer" and open_type in ("SSN", "NI_NUMBER") \
                    and tokens[start - 1].text == "card" and (read_here or speaker in current):
                pass  # "… 1 6 2 17 hold on let me grab my card 34 82": the id's own card; the reading goes on
            elif named is not False:
                if named != open_type:  # the same value named again goes on ("… the card number continues …")
                    close()
                open_type, opened_at = named, u
                asked_at = u if speaker != "customer" else -1
                resumed = next((e for e in reversed(episodes) if e.type == named and e.speaker == "customer" and e.counted),
                               None) if speaker != "customer" and AGAIN.search(text.lower()) else None
            if open_type is None:
                continue
            ongoing = current.get(speaker)
            reading = ongoing is not None and ongoing.type == open_type and ongoing.counted > 0
            for n_run, run in enumerate(runs(tokens, start, stop, letters=open_type if open_type in SPELLED_TYPES else "",
                                              reading=reading)):
                if aside and n_run == 0:
                    continue
                digits = _digits(run)
                episode = current.get(speaker)
                suffix = open_type == "NI_NUMBER" and episode is not None and episode.counted >= 4 and len(run) == 1
                if digits < 3 and not typed_back and content > len(run) + 1 and not (len(run) >= 2 and all(t.text.isalpha() for t in run)) \
                        and not suffix and not _phonetic(run) and not any(t.start in placed_at for t in run) \
                        and not _closes_answer(tokens, run, speaker, asked_at == u - 1 >= 0) \
                        and not (opener is run[1 if run[0].text == "+" and len(run) > 1 else 0]
                                                or ((reading or read_here) and _after_correction(tokens, run[0]))
                                                or ((reading or read_here) and announced_part(tokens, run[0]))
                                                or (named not in (False, None) and sum(t.text.isdigit() for t in run) >= 2
                                                    and _right_after(tokens, start, run[0]))) \
                        and not any(MIXED.fullmatch(t.text) for t in run):
                    continue  # "i'm on windows 11": a number in passing, not a reading ("and 4" is one,
                    # and so is "five wait let me get my glasses" part-way through a reading)
                if episode is None or episode.type != open_type:
                    episode = current[speaker] = _Episode(open_type, speaker, resumes=resumed if speaker == "customer" else None,
                                                          query=query and (_phonetic(run) or any(t.start in placed_at for t in run)))
                episode.tokens += run
                episode.runs.append(run)
                read_here = True
                run_digits = "".join(c for t in run for c in t.text if c.isdigit())
                if open_type != "SSN" and _truncated(tokens, tokens.index(run[0])):
                    truncated_said.add(run_digits)
                elif open_type == "SSN" or run_digits not in truncated_said:  # a last four confirmed is no more of a reading
                    episode.counted += digits
                opened_at = u  # a reading in progress keeps the request open
    close()
    read = [e for e in episodes if e.type in entities and e.counted + (e.resumes.counted if e.resumes else 0) >= MIN_DIGITS[e.type]]
    read += [e.resumes for e in read if e.resumes is not None and e.resumes not in read]
    said = {e.type: "|".join(_characters(x) for x in read if x.type == e.type) for e in read}
    for episode in episodes:
        # an agent's part of a value read in full ("sorry you broke up after 8 7 0 3"), or a question about one
        # character of it ("was that one at the end"): it repeats the value
        part = _characters(episode)
        # or its pieces, each part of it ("so the card starting four seven four eight and ending twenty three double five")
        pieces = [_characters(_Episode(episode.type, episode.speaker, run)) for run in episode.runs]
        repeat = episode.speaker != "customer" and (episode.query or (len(part) >= 3 and part in said.get(episode.type, "")) or (
            len(pieces) > 1 and all(len(p) >= 4 and p in said.get(episode.type, "") for p in pieces)))
        if episode in read or (episode.type in entities and repeat):
            for piece in _bank_details(episode) if episode.type in ("SORT_CODE", "BANK_ACCOUNT") else (episode,):
                for utt, spans in _spans(piece, texts).items():
                    out[utt].extend(spans)
    return out


def _bank_details(episode: _Episode) -> tuple[_Episode, ...]:
    """Fourteen digits read for bank details ("forty seventy nine oh five eight two two seven four …"): a UK
    sort code (6) and account number (8), where the reading divides there."""
    if episode.counted != 14 or episode.resumes is not None:
        return (episode,)
    total = 0
    for k, token in enumerate(episode.tokens):
        total += _digits([token])
        if total == 6:
            return (_Episode("SORT_CODE", episode.speaker, episode.tokens[: k + 1]),
                    _Episode("BANK_ACCOUNT", episode.speaker, episode.tokens[k + 1 :]))
    return (episode,)


_NOT_BANK = re.compile(r"(?<![a-z])" + SUPPLIER_ACCOUNT.removesuffix(" account") + " $")  # "my customer account number is …"
_AMOUNT_OF_ACCOUNT = re.compile(r"(?<![a-z])(?:limit|balance|overdraft|fee|charge|interest|rate|payment)s? (?:on|of|in|for|from) "
                                r"(?:the|your|my|this|that) (?:[a-z]+ )?$")
NOT_NEEDED = _words("no need", "(?:don't|do not|won't|will not) need (?:that|it|them)", "not needed",
                    # the payment is done: "great, that's £312.40 taken", "that's all gone through"
                    r"(?:that's|thats|that is) (?:[£$€]?\d[\d.,]* (?:pounds |dollars |euros )?)?taken", "(?:has|have|'s|is) (?:all )?gone through")
AND_YOURS = _words("and yours", "and your own", "(?:what|how) about yours", "and for you", "and what's yours")
_DOMAIN_SAID = re.compile(r"(?<![a-z0-9])[a-z0-9\-]+ dot (?:co dot uk|com|net|org|ie|co|de|fr|edu)(?![a-z0-9])")
_DAY_AND_MONTH = re.compile(r"\d{1,2}[/.]\d{1,2}")
_DAY = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)")


def _day_alone(tokens: list[Token]) -> Token | None:
    """The answer to a date of birth that is only its day ("yeah it's the twenty third"): the month and year follow."""
    content = [t for t in tokens if t.text not in LEAD_INS and t.text not in GLUE and t.text != "the"]
    return content[0] if len(content) == 1 and _DAY.fullmatch(content[0].text) else None


SSN_LAST_FOUR = _words(r"last (?:4|four)(?: digits)? of (?:your|the|his|her|their) (?:social|ssn|social security(?: number)?)")
YEAR_ASKED = _words("(?:what|which) year", "and the year", "the year (?:please|of birth)", "year of birth")


def _year(tokens: list[Token]) -> list[tuple[int, int]]:
    """The first year said in the turn: "2003", "19 84"."""
    for i, t in enumerate(tokens):
        if re.fullmatch(r"(?:19|20)\d\d", t.text):
            return [(i, i)]
        if t.text in ("19", "20") and i + 1 < len(tokens) and re.fullmatch(r"\d\d", tokens[i + 1].text):
            return [(i, i + 1)]
    return []


LETTER_ASKED = _words("(?:last|final|end) letter", "letter (?:at|on) the end", "suffix")
# "can you spell the first part" (not "how do you spell the surname": a name spelled, no e-mail)
SPELL = _words(r"spell(?:ing)? (?:out )?(?:the |your |that |it )?(?:first part|(?:e-?mail|user ?name)(?: address)?|(?:bit|part) before the at|address)",
               r"spell (?:that|it)(?: out)?(?: for me)?(?: please)?$")


def _spelled(tokens: list[Token]) -> list[tuple[int, int]]:
    """The longest run of single letters and digits in the turn (three at least): an e-mail's name spelled out
    when the agent asked ("o c o n n o r e" from "oscar c for charlie oscar …")."""
    best, start = (0, -1), None
    for i, t in enumerate([*tokens, Token("", 0, 0, 0)]):
        if len(t.text) == 1 and t.text.isalnum() or t.text in ("dot", "underscore", "dash", "-", "_", "."):
            start = i if start is None else start
        elif start is not None:
            if i - start > best[1] - best[0] + 1 or best[1] < 0:
                best = (start, i - 1)
            start = None
    return [best] if best[1] >= 0 and best[1] - best[0] >= 2 else []


def _characters(episode: _Episode) -> str:
    """The digits of the reading (and its letters, for a value spelled with them)."""
    spelled = episode.type in SPELLED_TYPES
    texts = (SAID_LETTERS.get(t.text, NATO.get(t.text, t.text)) if spelled else t.text for t in episode.tokens)  # "pee", "dee"
    return "".join(c for text in texts for c in text if c.isdigit() or (spelled and c.isalpha()))


def _typed_back(tokens: list[Token], kind: str, episodes: tuple[_Episode, ...]) -> bool:
    """The agent reads the caller's value back in pieces while typing it in ("typing that in x pee... okay... seven
    two... mhm... five nine... one six, yep, dee"): the pieces together, six characters or more, are the caller's."""
    pieces = runs(tokens, 0, len(tokens), letters=kind if kind in SPELLED_TYPES else "", reading=True)
    said = "".join(_characters(_Episode(kind, "agent", run)) for run in pieces)
    caller = "".join(_characters(e) for e in episodes if e.speaker == "customer" and e.type == kind)
    return len(pieces) > 1 and len(said) >= 6 and said in caller


def _phonetic(run: list[Token]) -> bool:
    return any(said_with_word(t) for t in run)


def _closes_answer(tokens: list[Token], run: list[Token], speaker: str, just_asked: bool) -> bool:
    """Two or more digits ending the caller's turn right after the agent asked: "hang on let me turn it over
    it's really faded four seven" (the rest may follow in the next turn)."""
    if speaker != "customer" or not just_asked or len(run) < 2 or _digits(run) < 2:
        return False
    after = tokens[tokens.index(run[-1]) + 1 :]
    return not any(any(c.isalnum() for c in t.text) for t in after)
