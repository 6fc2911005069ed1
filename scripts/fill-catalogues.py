#!/usr/bin/env python3
"""Dev tool: fill the "unfinished" messages lupdate leaves in translations/*.ts.

Works on the text of the catalogues (not an XML library), so the files keep the
exact form lupdate writes and scripts/check-translations.sh stays green.

  fill-catalogues.py dump translations/ringback_es.ts todo.json
      Writes the unfinished messages (context, source, comment, extracomment,
      numerus, current text) to todo.json for a translator.
  fill-catalogues.py apply translations/ringback_es.ts done.json
      done.json maps "context<US>source<US>comment" (US = \\u001f; comment may be
      empty) to the translation, or to [singular, plural] for a numerus message.
      Fills those messages and drops type="unfinished"; lists what it lacks.
  fill-catalogues.py fill-en translations/ringback_en.ts [plurals.json]
      Source-language catalogue: the translation is the source text; numerus
      messages take their forms from plurals.json (same keys) or else a guess
      from "(s)" that is printed for review.
  fill-catalogues.py check translations/ringback_*.ts
      Unfinished/empty messages, placeholders (%1, %n, {var}, STOP/START/HELP, as
      tests/i18n/tst_translations.cpp), accelerators (at most one '&', present
      when the source has one), and accelerator letters repeated in a context
      (warnings: the context may hold several menus).
"""
import collections
import html
import json
import re
import sys
import xml.dom.minidom

MSG_RE = re.compile(r'(    <message(?: numerus="yes")?>\n)(.*?)(    </message>\n)', re.S)
CTX_RE = re.compile(r'<context>\n    <name>(.*?)</name>\n(.*?)</context>\n', re.S)
TR_RE = re.compile(r'        <translation(?: type="([a-z]+)")?>(.*?)</translation>\n', re.S)
PLACEHOLDER = re.compile(r'%L?(?:\d{1,2}|n)|\{[a-z_]+\}|\b(?:STOP|START|HELP)\b')
ACCEL = re.compile(r'&(?!&)(\w)')
IRREGULAR = {'reply(s)': ('reply', 'replies')}


def esc(s):
    """Escape like lupdate's protect()."""
    out = []
    for ch in s:
        c = ord(ch)
        if ch == '"':
            out.append('&quot;')
        elif ch == '&':
            out.append('&amp;')
        elif ch == '>':
            out.append('&gt;')
        elif ch == '<':
            out.append('&lt;')
        elif ch == "'":
            out.append('&apos;')
        elif (c < 0x20 and ch not in '\n\t') or (c > 0x7f and ch.isspace()):
            out.append('&#x%x;' % c)
        else:
            out.append(ch)
    return ''.join(out)


def field(body, tag):
    m = re.search(r'<%s>(.*?)</%s>' % (tag, tag), body, re.S)
    return html.unescape(m.group(1)) if m else None


def messages(text):
    for cm in CTX_RE.finditer(text):
        ctx = html.unescape(cm.group(1))
        base = cm.start(2)
        for mm in MSG_RE.finditer(cm.group(2)):
            body = mm.group(2)
            numerus = 'numerus="yes"' in mm.group(1)
            tm = TR_RE.search(body)
            forms = None
            if tm:
                if numerus:
                    forms = [html.unescape(f) for f in
                             re.findall(r'<numerusform>(.*?)</numerusform>', tm.group(2), re.S)]
                else:
                    forms = html.unescape(tm.group(2))
            yield {
                'context': ctx,
                'source': field(body, 'source'),
                'comment': field(body, 'comment'),
                'extracomment': field(body, 'extracomment'),
                'numerus': numerus,
                'type': tm.group(1) if tm else None,
                'translation': forms,
                'tstart': base + mm.start(2) + tm.start() if tm else None,
                'tend': base + mm.start(2) + tm.end() if tm else None,
            }


def key(m):
    return '%s\x1f%s\x1f%s' % (m['context'], m['source'], m['comment'] or '')


def render(tr, numerus):
    if numerus:
        inner = ''.join('            <numerusform>%s</numerusform>\n' % esc(f) for f in tr)
        return '        <translation>\n%s        </translation>\n' % inner
    return '        <translation>%s</translation>\n' % esc(tr)


def plural_guess(src):
    def one(s, plural):
        for k, (sg, pl) in IRREGULAR.items():
            s = s.replace(k, pl if plural else sg)
        return s.replace('(s)', 's' if plural else '')
    return [one(src, False), one(src, True)]


def read(path):
    with open(path, encoding='utf-8') as f:
        return f.read()


def cmd_dump(path, out):
    todo = [{k: m[k] for k in ('context', 'source', 'comment', 'extracomment', 'numerus', 'translation')}
            for m in messages(read(path)) if m['type'] == 'unfinished']
    with open(out, 'w', encoding='utf-8') as f:
        json.dump(todo, f, ensure_ascii=False, indent=1)
    print('%s: %d unfinished message(s) written to %s' % (path, len(todo), out))
    return 0


def fill(path, keyed, source_mode):
    text = read(path)
    pieces, pos, done, missing, guessed = [], 0, 0, [], []
    for m in messages(text):
        if m['type'] != 'unfinished':
            continue
        tr = keyed.get(key(m))
        if source_mode:
            if not m['numerus']:
                tr = m['source']
            elif tr is None:
                tr = plural_guess(m['source'])
                guessed.append((m['context'], m['source'], tr))
        if tr is None or m['numerus'] != isinstance(tr, list) or (m['numerus'] and len(tr) != 2):
            missing.append((m['context'], m['source']))
            continue
        pieces += [text[pos:m['tstart']], render(tr, m['numerus'])]
        pos = m['tend']
        done += 1
    pieces.append(text[pos:])
    with open(path, 'w', encoding='utf-8') as f:
        f.write(''.join(pieces))
    print('%s: filled %d message(s)' % (path, done))
    for c, s, tr in guessed:
        print('  guessed plural forms, check them: [%s] %r -> %r' % (c, s, tr))
    for c, s in missing:
        print('  no (valid) translation: [%s] %r' % (c, s))
    return 1 if missing else 0


def load(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def cmd_check(paths):
    rc = 0
    for path in paths:
        text = read(path)
        xml.dom.minidom.parseString(text.encode('utf-8'))
        problems, warnings = [], []
        accels = collections.defaultdict(lambda: collections.defaultdict(set))
        msgs = list(messages(text))
        for m in msgs:
            where = '[%s] %r' % (m['context'], m['source'])
            if m['type']:
                problems.append('type="%s": %s' % (m['type'], where))
                continue
            forms = m['translation'] if m['numerus'] else [m['translation']]
            if m['numerus'] and len(forms) != 2:
                problems.append('%d plural forms: %s' % (len(forms), where))
            want = {p.replace('L', '') for p in PLACEHOLDER.findall(m['source'])}
            src_accel = ACCEL.findall(m['source'])
            for form in forms:
                if not form or not form.strip():
                    problems.append('empty: ' + where)
                    continue
                got = {p.replace('L', '') for p in PLACEHOLDER.findall(form)}
                if got != want:
                    problems.append('placeholders %s, expected %s: %s -> %r'
                                    % (sorted(got), sorted(want), where, form))
                accel = ACCEL.findall(form)
                if len(accel) > 1 or bool(accel) != bool(src_accel):
                    problems.append('accelerator: %s -> %r' % (where, form))
                if accel:
                    accels[m['context']][accel[0].lower()].add(form)
        for ctx, letters in accels.items():
            for letter, forms in sorted(letters.items()):
                if len(forms) > 1:
                    warnings.append('accelerator %r repeated in %s: %s' % (letter, ctx, sorted(forms)))
        print('%s: %d messages, %d unfinished, %d problem(s), %d accelerator warning(s)'
              % (path, len(msgs), text.count('type="unfinished"'), len(problems), len(warnings)))
        for p in problems:
            print('  PROBLEM ' + p)
        for w in warnings:
            print('  warning ' + w)
        rc |= bool(problems)
    return rc


def main(argv):
    if len(argv) >= 3 and argv[0] == 'dump':
        return cmd_dump(argv[1], argv[2])
    if len(argv) == 3 and argv[0] == 'apply':
        return fill(argv[1], load(argv[2]), False)
    if len(argv) in (2, 3) and argv[0] == 'fill-en':
        return fill(argv[1], load(argv[2]) if len(argv) == 3 else {}, True)
    if len(argv) >= 2 and argv[0] == 'check':
        return cmd_check(argv[1:])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
