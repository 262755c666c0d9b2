#!/usr/bin/env python3
# Writes core/store/FailureSentences.inc: the sentences versions before migration 13 stored as
# outbox.last_error, messages.error_message, blocked_numbers.reason and a failed text's history
# line (in English and as translations/ringback_{en,es,fr}.ts translated them, plural forms
# included), with their codes. Run once, when migration 13 was written; the table is a record of
# the past and is not regenerated.
import xml.etree.ElementTree as ET

forms = {}  # (context, source) -> [texts in en, es, fr, plural forms included]
for lang in ['en', 'es', 'fr']:
    t = ET.parse(f'translations/ringback_{lang}.ts')
    for ctx in t.getroot().iter('context'):
        name = ctx.find('name').text
        for m in ctx.iter('message'):
            s = m.find('source').text
            x = m.find('translation')
            texts = []
            if x is not None:
                numerus = [n.text for n in x.findall('numerusform') if n.text]
                texts = numerus or ([x.text] if x.text else [])
            forms.setdefault((name, s), [s])
            for text in texts:
                if text not in forms[(name, s)]:
                    forms[(name, s)].append(text)

E = 'TwilioErrorCodes'; M = 'TwilioErrorMapper'; S = 'ringback::SimulatorProvider'
O = 'ringback::OutboxSender'; I = 'ringback::MessageIngestor'
# (group, context, source, code, provider error, names of %1 %2 (%n is "n"))
entries = [
    ('Whole', O, 'Not sent: the caller opted out', 'opted_out_before_send', 0, ''),
    ('Whole', O, 'The phone provider did not take the text.', 'not_taken', 0, ''),
    ('Whole', I, 'The carrier reported the number cannot receive texts (30006)', 'carrier_error', 30006, ''),
    ('Wrapper', O, 'Not delivered: %1 (provider error %2)', '', 0, 'inner,error'),
    ('Wrapper', O, 'Not delivered: %1', '', 0, 'inner'),
]
codes = {21610: 'opted_out', 21211: 'invalid_number', 21408: 'region_not_permitted'}
for code, src in [
    (21610, 'This person has opted out of texts from your number, so Twilio will not deliver them.'),
    (21211, 'Twilio says this phone number is not valid or cannot receive texts.'),
    (21408, 'Your Twilio account may not text this country. Allow it in the Twilio Console under Messaging Geographic Permissions.'),
    (30001, 'Too many texts were waiting at the provider, so this one was dropped. Send it again.'),
    (30002, 'The provider account is suspended. Check it in the Twilio Console.'),
    (30003, 'The phone was switched off or out of reach.'),
    (30004, "The recipient's phone or carrier blocked the text."),
    (30005, 'The number does not exist or is no longer in service.'),
    (30006, 'The number is a landline or its carrier cannot take texts. Call them instead.'),
    (30007, 'The carrier filtered the text as spam. Try plainer wording without links.'),
    (30008, 'The carrier reported an unknown error.'),
    (30032, 'Your toll-free number is not verified for texting yet. Verify it in the Twilio Console.'),
    (30034, 'Your number is not registered for business texting (A2P 10DLC) yet. Register it in the Twilio Console.'),
]:
    entries.append(('Provider', E, src, codes.get(code, 'rejected'), code, ''))
entries += [
    ('Provider', M, 'Twilio refused the Account SID or Auth Token. Check them in Settings.', 'bad_credentials', 0, ''),
    ('Provider', M, "Twilio does not allow this account to do that. Check the account's permissions in the Twilio Console.", 'forbidden', 0, ''),
    ('Provider', M, 'Twilio does not know that account or record. Check the Account SID and the provider address in Settings.', 'not_found', 0, ''),
    ('Provider', M, 'Twilio asked Ringback to slow down, so it will try again in %n second(s).', 'rate_limited', 0, ''),
    ('Provider', M, 'Twilio asked Ringback to slow down, so it will try again shortly.', 'rate_limited', 0, ''),
    ('Provider', M, 'Twilio is having trouble right now (HTTP %1), so Ringback will try again.', 'server_error', 0, 'http'),
    ('Provider', M, 'Twilio refused the request (HTTP %1).', 'rejected', 0, 'http'),
    ('Provider', M, 'Twilio refused the request (error %1): %2', 'rejected', 0, 'error,detail'),
    ('Provider', M, 'The answer from %1 was not what the Twilio API sends. Check the provider address in Settings.', 'malformed_response', 0, 'host'),
    ('Provider', M, '%1 did not answer in time, so Ringback will try again.', 'timeout', 0, 'host'),
    ('Provider', M, 'The secure connection to %1 could not be trusted, so Ringback sent nothing. Check the computer\'s date and the provider address.', 'network', 0, 'host'),
    ('Provider', M, 'Ringback cannot find %1. Check the internet connection and the provider address.', 'network', 0, 'host'),
    ('Provider', M, 'Ringback cannot reach %1. Check the internet connection.', 'network', 0, 'host'),
    ('Provider', M, '%1 did not answer within %n second(s), so Ringback will try again.', 'timeout', 0, 'host'),
    ('Provider', M, 'Ringback stopped before %1 answered; a text that may have gone out is checked before it is sent again.', 'timeout', 0, 'host'),
    ('Provider', M, 'The answer from %1 was larger than %2 MB, so Ringback stopped reading it.', 'malformed_response', 0, 'host,mb'),
    ('Provider', S, 'The phone provider is busy; trying again shortly.', 'rate_limited', 20429, ''),
    ('Provider', S, 'The phone provider cannot be reached. Check the internet connection.', 'network', 0, ''),
    ('Provider', S, 'The phone provider did not answer in time.', 'timeout', 0, ''),
    ('Provider', S, 'The phone provider had an internal error; trying again shortly.', 'server_error', 0, ''),
    ('Provider', S, "The number to send from is not one of this account's text-capable numbers.", 'rejected', 21606, ''),
    ('Provider', S, 'The message is empty.', 'rejected', 21602, ''),
    ('Provider', S, 'The number to text is not a valid phone number.', 'invalid_number', 21211, ''),
    ('Provider', S, 'This person replied STOP: they do not want texts from this number until they reply START.', 'opted_out', 21610, ''),
]


def q(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


out = []
missing = []
for group, ctx, src, code, error, names in entries:
    texts = forms.get((ctx, src))
    if texts is None:
        missing.append((ctx, src))
        texts = [src]
    for text in texts:
        out.append(f'    {{Group::{group}, {q(code)}, {error}, {q(names)}, {q(text)}}},')
open('core/store/FailureSentences.inc', 'w').write(
    '// Generated by scripts/failure_sentences.py (see FailureSentences.cpp).\n' + '\n'.join(out) + '\n')
print('MISSING', missing)
